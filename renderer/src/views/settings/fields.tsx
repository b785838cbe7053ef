/** Form fields of the settings window: every problem sits next to its field, tied to it with aria-describedby. */
import type { ReactNode } from 'react';
import { WEEKDAYS, type Weekday } from '../../../../electron/core/settings';
import { t } from '../../../../electron/shared/i18n';
import type { Problem } from './draft';

/**
 * A schema message as a sentence for the field it belongs to: the field's
 * name is left out (the message sits next to it), overlaps name the weekday.
 */
export function describeProblem(problem: Problem): string {
  const m = problem.message;
  const day = /^overlaps (mon|tue|wed|thu|fri|sat|sun) (.+)$/.exec(m);
  if (day && (WEEKDAYS as readonly string[]).includes(day[1]!)) {
    return t('settings.problem.overlapsDay', { day: t(`weekday.${day[1] as Weekday}`), range: day[2]! });
  }
  const same = /^overlaps (.+)$/.exec(m);
  if (same) return t('settings.problem.overlaps', { range: same[1]! });
  const text = m.charAt(0).toUpperCase() + m.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  const lines = [...new Set(problems.map(describeProblem))];
  return (
    <p id={id} className="field-error" role="alert">
      {lines.map((line, i) => (
        <span key={line}>
          {i > 0 ? ' ' : null}
          {line}
        </span>
      ))}
    </p>
  );
}

/** The ids an input is described by: its help, and its problems while there are any. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

interface NumberFieldProps {
  id: string;
  label: string;
  help: ReactNode;
  min: number;
  max: number;
  value: string;
  problems: readonly Problem[];
  onEdit(value: string): void;
  onCommit(): void;
}

/** A whole number; Enter or leaving the field saves it, so does a pause in typing. */
export function NumberField({
  id,
  label,
  help,
  min,
  max,
  value,
  problems,
  onEdit,
  onCommit,
}: NumberFieldProps) {
  const invalid = problems.length > 0;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={id}
        type="number"
        inputMode="numeric"
        className="number"
        min={min}
        max={max}
        step={1}
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy(`${id}-help`, invalid && `${id}-error`)}
        onChange={(e) => onEdit(e.target.value)}
        onBlur={onCommit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onCommit();
          }
        }}
      />
      <p id={`${id}-help`} className="help">
        {help}
      </p>
      <FieldProblems id={`${id}-error`} problems={problems} />
    </div>
  );
}

interface SwitchFieldProps {
  id: string;
  label: string;
  help?: ReactNode;
  checked: boolean;
  problems?: readonly Problem[];
  onChange(checked: boolean): void;
}

/** An on/off setting, saved when flipped. */
export function SwitchField({ id, label, help, checked, problems = [], onChange }: SwitchFieldProps) {
  const invalid = problems.length > 0;
  return (
    <div className="field switch-field">
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="switch"
        checked={checked}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(help ? `${id}-help` : null, invalid && `${id}-error`)}
        onChange={(e) => onChange(e.target.checked)}
      />
      <div className="switch-text">
        <label htmlFor={id}>{label}</label>
        {help ? (
          <p id={`${id}-help`} className="help">
            {help}
          </p>
        ) : null}
        <FieldProblems id={`${id}-error`} problems={problems} />
      </div>
    </div>
  );
}
