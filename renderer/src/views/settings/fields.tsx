/** Form fields of the settings window: every problem sits next to its field, tied to it with aria-describedby. */
import type { ReactNode } from 'react';
import { describeIssue } from './labels';
import type { Problem } from './draft';

/** A problem as a sentence that names its field and quotes the value (see ./labels.ts). */
export function describeProblem(problem: Problem): string {
  return describeIssue(problem);
}

export function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  // Questions the form asks (such as "ends the next day?") are shown by their own field.
  const lines = [...new Set(problems.filter((p) => !p.code).map(describeProblem))];
  if (lines.length === 0) return null;
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
