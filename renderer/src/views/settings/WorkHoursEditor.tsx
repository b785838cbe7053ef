/**
 * Work hours per weekday: any number of ranges a day, each a start and an end
 * time; an end at or before the start runs past midnight (shown as "ends next
 * day"). Adding, removing and "Copy Monday to Tuesday–Friday" save at once;
 * a typed time saves when focus leaves the day, on Enter, or after a pause.
 * Overlaps and malformed times come from the settings schema and are shown
 * under the range they concern.
 */
import { useEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { WEEKDAYS, type Weekday } from '../../../../electron/core/settings';
import { t } from '../../../../electron/shared/i18n';
import { rangeKey, suggestRange, pastMidnight, type DraftRange, type Problem } from './draft';
import { FieldProblems, describedBy } from './fields';

export type Days = Record<Weekday, DraftRange[]>;

interface Props {
  days: Days;
  /** Problems of `workHours.days` to show (paths like workHours.days.tue.1). */
  problems: readonly Problem[];
  onChange(days: Days, mode: 'now' | 'typed'): void;
  onCommit(): void;
}

const WORKDAYS: readonly Weekday[] = ['tue', 'wed', 'thu', 'fri'];

/** Monday's ranges copied (with fresh keys) to Tuesday–Friday. */
export function copyMondayToWeekdays(days: Days): Days {
  const out = { ...days };
  for (const day of WORKDAYS) out[day] = days.mon.map((r) => ({ ...r, key: rangeKey() }));
  return out;
}

export function WorkHoursEditor({ days, problems, onChange, onCommit }: Props) {
  // Where focus goes after adding or removing a range (applied once the DOM has it).
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    const target = document.getElementById(focusNext.current);
    focusNext.current = null;
    target?.focus();
  });

  const setDay = (day: Weekday, ranges: DraftRange[], mode: 'now' | 'typed') =>
    onChange({ ...days, [day]: ranges }, mode);

  return (
    <div className="work-days">
      {WEEKDAYS.map((day) => (
        <DayRanges
          key={day}
          day={day}
          ranges={days[day]}
          problems={problems.filter(
            (p) => p.path === `workHours.days.${day}` || p.path.startsWith(`workHours.days.${day}.`),
          )}
          onChange={(ranges, mode) => setDay(day, ranges, mode)}
          onCommit={onCommit}
          onAdd={() => {
            const next = { ...suggestRange(days[day]), key: rangeKey() };
            focusNext.current = `range-${day}-${next.key}-start`;
            setDay(day, [...days[day], next], 'now');
          }}
          onRemove={(index) => {
            const rest = days[day].filter((_, i) => i !== index);
            const neighbour = rest[Math.min(index, rest.length - 1)];
            focusNext.current = neighbour ? `range-${day}-${neighbour.key}-start` : `add-range-${day}`;
            setDay(day, rest, 'now');
          }}
        />
      ))}
      <p className="copy-row">
        <button
          type="button"
          className="secondary small"
          onClick={() => onChange(copyMondayToWeekdays(days), 'now')}
        >
          {t('settings.hours.copyMonday')}
        </button>
      </p>
    </div>
  );
}

interface DayProps {
  day: Weekday;
  ranges: DraftRange[];
  problems: readonly Problem[];
  onChange(ranges: DraftRange[], mode: 'now' | 'typed'): void;
  onCommit(): void;
  onAdd(): void;
  onRemove(index: number): void;
}

function DayRanges({ day, ranges, problems, onChange, onCommit, onAdd, onRemove }: DayProps) {
  const dayName = t(`weekday.${day}`);
  const labelId = `day-${day}-label`;
  const dayProblems = problems.filter((p) => p.path === `workHours.days.${day}`);

  // Save when focus leaves the whole day, so editing a start and then its end is one change.
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onCommit();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onCommit();
    }
  };
  const setTime = (index: number, field: 'start' | 'end', value: string) =>
    onChange(
      ranges.map((r, i) => (i === index ? { ...r, [field]: value } : r)),
      'typed',
    );

  return (
    <div className="day" role="group" aria-labelledby={labelId} onBlur={onBlur} data-testid={`day-${day}`}>
      <span id={labelId} className="day-name">
        {dayName}
      </span>
      <div className="day-body">
        {ranges.length === 0 ? <p className="muted no-work">{t('settings.hours.noWork')}</p> : null}
        {ranges.length > 0 ? (
          <ul className="ranges">
            {ranges.map((range, index) => {
              const n = index + 1;
              const base = `range-${day}-${range.key}`;
              const own = problems.filter(
                (p) =>
                  p.path === `workHours.days.${day}.${index}` ||
                  p.path.startsWith(`workHours.days.${day}.${index}.`),
              );
              const badStart = own.some((p) => !p.path.endsWith('.end'));
              const badEnd = own.some((p) => !p.path.endsWith('.start'));
              const errorId = own.length > 0 ? `${base}-error` : null;
              const overnight = pastMidnight(range);
              return (
                <li key={range.key} className="range">
                  <div className="range-row">
                    <label htmlFor={`${base}-start`} className="visually-hidden">
                      {t('settings.hours.startLabel', { day: dayName, n })}
                    </label>
                    <input
                      id={`${base}-start`}
                      type="time"
                      className="time"
                      value={range.start}
                      required
                      aria-invalid={badStart}
                      aria-describedby={describedBy(errorId, overnight && `${base}-night`)}
                      onChange={(e) => setTime(index, 'start', e.target.value)}
                      onKeyDown={onKeyDown}
                    />
                    <span className="range-to" aria-hidden="true">
                      {t('settings.hours.to')}
                    </span>
                    <label htmlFor={`${base}-end`} className="visually-hidden">
                      {t('settings.hours.endLabel', { day: dayName, n })}
                    </label>
                    <input
                      id={`${base}-end`}
                      type="time"
                      className="time"
                      value={range.end}
                      required
                      aria-invalid={badEnd}
                      aria-describedby={describedBy(errorId, overnight && `${base}-night`)}
                      onChange={(e) => setTime(index, 'end', e.target.value)}
                      onKeyDown={onKeyDown}
                    />
                    {overnight ? (
                      <span id={`${base}-night`} className="tag">
                        {t('settings.hours.nextDay')}
                      </span>
                    ) : null}
                    <button
                      type="button"
                      className="link remove"
                      aria-label={t('settings.hours.removeLabel', {
                        day: dayName,
                        n,
                        range: `${range.start}–${range.end}`,
                      })}
                      onClick={() => onRemove(index)}
                    >
                      {t('settings.hours.remove')}
                    </button>
                  </div>
                  <FieldProblems id={`${base}-error`} problems={own} />
                </li>
              );
            })}
          </ul>
        ) : null}
        <FieldProblems id={`day-${day}-error`} problems={dayProblems} />
        <button
          type="button"
          id={`add-range-${day}`}
          className="link add"
          aria-label={t('settings.hours.addLabel', { day: dayName })}
          onClick={onAdd}
        >
          {t('settings.hours.add')}
        </button>
      </div>
    </div>
  );
}
