/**
 * Days off: holidays and other dates without breaks (ranges that start on
 * them do not exist). An entry is one date or a range (a week's holiday is
 * one entry). A new entry is checked by the core before it is added: a
 * malformed date (a five-digit year), a date in the past, a last day before
 * the first or an entry already covered are refused next to the fields.
 * "Preview" shows the entry's first day in the breaks preview.
 */
import { useRef, useState } from 'react';
import { t } from '../../../../electron/shared/i18n';
import { MAX_DAYS_OFF_RANGE, type DayOff } from '../../../../electron/core/settings';
import {
  checkNewDayOff,
  sortDaysOff,
  spanOf,
  type DayOffRefusal,
} from '../../../../electron/core/time/days-off';
import { formatDate } from './format';
import type { Problem } from './draft';
import { FieldProblems, describedBy } from './fields';
import { quoteValue } from './labels';
import { localZone, todayIn } from './preview';

const defaultToday = () => todayIn(localZone());

interface Props {
  daysOff: readonly DayOff[];
  problems: readonly Problem[];
  /** Today's local date (earlier dates cannot be added); read when a date is added, by default. */
  today?: () => string;
  onChange(daysOff: DayOff[]): void;
  /** Shows a date in the breaks preview. */
  onPreview(date: string): void;
}

/** A day off as the list shows it: "Mon 21 Dec 2026" or "Mon 21 Dec 2026 to Fri 25 Dec 2026". */
export function describeDayOff(entry: DayOff): string {
  const { from, to } = spanOf(entry);
  return from === to
    ? formatDate(from)
    : t('settings.daysOff.range', { from: formatDate(from), to: formatDate(to) });
}

function refusalText(refusal: DayOffRefusal): string {
  const field = (f: 'from' | 'to') =>
    t(f === 'from' ? 'settings.daysOff.fromLabel' : 'settings.daysOff.toLabel');
  switch (refusal.reason) {
    case 'malformed':
      return t('settings.daysOff.malformed', {
        field: field(refusal.field),
        value: quoteValue(refusal.value),
      });
    case 'past':
      return t('settings.daysOff.past', { field: field(refusal.field), date: formatDate(refusal.value) });
    case 'ends-before-start':
      return t('settings.daysOff.order');
    case 'too-long':
      return t('settings.daysOff.tooLong', { max: refusal.maxDays });
    case 'already':
      return t('settings.daysOff.already', { date: describeDayOff(refusal.entry) });
  }
}

export function DaysOffEditor({
  daysOff,
  problems,
  today: todayOf = defaultToday,
  onChange,
  onPreview,
}: Props) {
  // The date fields' lower bound; the check on adding reads today afresh.
  const [today] = useState(todayOf);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [local, setLocal] = useState<{ text: string; field: 'from' | 'to' } | null>(null);
  const fromInput = useRef<HTMLInputElement>(null);
  const toInput = useRef<HTMLInputElement>(null);

  const add = () => {
    if (!from) {
      setLocal({ text: t('settings.daysOff.pick'), field: 'from' });
      fromInput.current?.focus();
      return;
    }
    const checked = checkNewDayOff(daysOff, { from, to }, todayOf(), MAX_DAYS_OFF_RANGE);
    if (!checked.ok) {
      const field =
        'field' in checked.refusal
          ? checked.refusal.field
          : checked.refusal.reason === 'ends-before-start'
            ? 'to'
            : 'from';
      setLocal({ text: refusalText(checked.refusal), field });
      (field === 'to' ? toInput : fromInput).current?.focus();
      return;
    }
    setLocal(null);
    setFrom('');
    setTo('');
    onChange(sortDaysOff([...daysOff, checked.entry]));
  };

  const shown: Problem[] = local ? [{ path: '', message: local.text }] : [...problems];
  const invalid = shown.length > 0;
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };
  return (
    <div className="days-off" role="group" aria-labelledby="days-off-title">
      <h3 id="days-off-title">{t('settings.daysOff.heading')}</h3>
      <p className="help" id="days-off-help">
        {t('settings.daysOff.help')}
      </p>
      {daysOff.length === 0 ? (
        <p className="muted">{t('settings.daysOff.none')}</p>
      ) : (
        <ul className="date-list" aria-label={t('settings.daysOff.listLabel')}>
          {daysOff.map((entry) => {
            const span = spanOf(entry);
            const text = describeDayOff(entry);
            return (
              <li key={`${span.from}/${span.to}`}>
                <span>
                  <time dateTime={span.from}>{formatDate(span.from)}</time>
                  {span.to !== span.from ? (
                    <>
                      {' – '}
                      <time dateTime={span.to}>{formatDate(span.to)}</time>
                    </>
                  ) : null}
                </span>
                <button
                  type="button"
                  className="link"
                  aria-label={t('settings.daysOff.showLabel', { date: text })}
                  onClick={() => onPreview(span.from < today && span.to >= today ? today : span.from)}
                >
                  {t('settings.daysOff.show')}
                </button>
                <button
                  type="button"
                  className="link remove"
                  aria-label={t('settings.daysOff.removeLabel', { date: text })}
                  onClick={() => {
                    onChange(daysOff.filter((x) => x !== entry));
                    fromInput.current?.focus();
                  }}
                >
                  {t('settings.hours.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="add-date">
        <div className="inline">
          <div className="field">
            <label htmlFor="day-off-new">{t('settings.daysOff.fromLabel')}</label>
            <input
              id="day-off-new"
              ref={fromInput}
              type="date"
              min={today}
              value={from}
              aria-invalid={invalid && (!local || local.field === 'from')}
              aria-describedby={describedBy('days-off-help', invalid && 'days-off-error')}
              onChange={(e) => {
                setFrom(e.target.value);
                setLocal(null);
              }}
              onKeyDown={onKeyDown}
            />
          </div>
          <div className="field">
            <label htmlFor="day-off-to">{t('settings.daysOff.toLabel')}</label>
            <input
              id="day-off-to"
              ref={toInput}
              type="date"
              min={from || today}
              value={to}
              aria-invalid={invalid && local?.field === 'to'}
              aria-describedby={describedBy(invalid && 'days-off-error')}
              onChange={(e) => {
                setTo(e.target.value);
                setLocal(null);
              }}
              onKeyDown={onKeyDown}
            />
          </div>
          <button type="button" className="secondary" onClick={add}>
            {t('settings.daysOff.add')}
          </button>
        </div>
        <FieldProblems id="days-off-error" problems={shown} />
      </div>
    </div>
  );
}
