/**
 * Work hours per weekday: any number of ranges a day, each a start and an end
 * time; an end at or before the start runs past midnight (shown as "ends next
 * day") once the person says so: an end typed at or before its start asks
 * "Ends the next day?" next to the field that was typed, and nothing is saved
 * (nor reported as an overlap elsewhere) until they answer. Adding, removing
 * and "Copy Monday to Tuesday–Friday" save at once;
 * a typed time saves when focus leaves the day, on Enter, or after a pause.
 * Overlaps and malformed times come from the settings schema and are shown
 * under the range they concern.
 */
import { useEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { WEEKDAYS, type Weekday } from '../../../../electron/core/settings';
import { t } from '../../../../electron/shared/i18n';
import {
  rangeKey,
  suggestRange,
  pastMidnight,
  type DraftRange,
  type Problem,
  awaitsOvernight,
} from './draft';
import { formatClockTime } from './format';
import { fieldLabel } from './labels';
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
            const suggested = suggestRange(days[day]);
            const next = { ...suggested, key: rangeKey(), overnight: pastMidnight(suggested) };
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
      ranges.map((r, i) => {
        if (i !== index) return r;
        const next = { ...r, [field]: value, typed: field };
        // A range that no longer runs past midnight asks again if it later does.
        return pastMidnight(next) ? next : { ...next, overnight: false };
      }),
      'typed',
    );
  const answerOvernight = (index: number, yes: boolean, fieldId: string) => {
    if (yes)
      onChange(
        ranges.map((r, i) => (i === index ? { ...r, overnight: true } : r)),
        'now',
      );
    else {
      const input = document.getElementById(fieldId) as HTMLInputElement | null;
      input?.focus();
    }
  };

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
              const wrong = own.filter((p) => !p.code);
              const badStart = wrong.some((p) => !p.path.endsWith('.end'));
              const badEnd = wrong.some((p) => !p.path.endsWith('.start'));
              const errorId = wrong.length > 0 ? `${base}-error` : null;
              const asking = awaitsOvernight(range);
              const typed = range.typed ?? 'end';
              const questionId = asking ? `${base}-ask` : null;
              const overnight = pastMidnight(range) && !asking;
              const shown = `${formatClockTime(range.start)}–${formatClockTime(range.end)}`;
              return (
                <li key={range.key} className="range">
                  <div className="range-row">
                    <label htmlFor={`${base}-start`} className="visually-hidden">
                      {fieldLabel(`workHours.days.${day}.${index}.start`)}
                    </label>
                    <input
                      id={`${base}-start`}
                      type="time"
                      className="time"
                      value={range.start}
                      required
                      aria-invalid={badStart}
                      aria-describedby={describedBy(
                        errorId,
                        overnight && `${base}-night`,
                        typed === 'start' && questionId,
                      )}
                      onChange={(e) => setTime(index, 'start', e.target.value)}
                      onKeyDown={onKeyDown}
                    />
                    <span className="range-to" aria-hidden="true">
                      {t('settings.hours.to')}
                    </span>
                    <label htmlFor={`${base}-end`} className="visually-hidden">
                      {fieldLabel(`workHours.days.${day}.${index}.end`)}
                    </label>
                    <input
                      id={`${base}-end`}
                      type="time"
                      className="time"
                      value={range.end}
                      required
                      aria-invalid={badEnd}
                      aria-describedby={describedBy(
                        errorId,
                        overnight && `${base}-night`,
                        typed === 'end' && questionId,
                      )}
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
                        range: shown,
                      })}
                      onClick={() => onRemove(index)}
                    >
                      {t('settings.hours.remove')}
                    </button>
                  </div>
                  {asking ? (
                    <div
                      className="ask-overnight"
                      id={`${base}-ask`}
                      data-testid="ask-overnight"
                      data-field={typed}
                    >
                      <p>
                        <strong>{t('settings.hours.askOvernight')}</strong>{' '}
                        {t('settings.hours.askOvernightDetail', { range: shown })}
                      </p>
                      <div className="inline">
                        <button
                          type="button"
                          className="secondary small"
                          onClick={() => answerOvernight(index, true, `${base}-${typed}`)}
                        >
                          {t('settings.hours.overnightYes')}
                        </button>
                        <button
                          type="button"
                          className="secondary small"
                          onClick={() => answerOvernight(index, false, `${base}-${typed}`)}
                        >
                          {t('settings.hours.overnightNo')}
                        </button>
                      </div>
                    </div>
                  ) : null}
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
