/**
 * "Your breaks today": the prompt times the real break engine gives for the
 * settings being edited (the core's day plan, electron/core/plan/day-plan.ts,
 * where the simulation rule is written), for today, one of the next six days,
 * or any date (a day off's "Preview" shows it). Updates as you type; while a
 * field is invalid it keeps showing the last valid schedule and says so.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { Temporal } from 'temporal-polyfill';
import type { Settings } from '../../../../electron/core/settings';
import { t } from '../../../../electron/shared/i18n';
import { formatShortDate, formatTime } from './format';
import { localZone, previewDay, todayIn } from './preview';
import { LOCAL_DATE_PATTERN as LOCAL_DATE } from '../../../../electron/core/time/zone';

interface Props {
  /** The draft as valid settings, or null while a field is invalid. */
  settings: Settings | null;
  /** The day shown when the parent chooses it (e.g. a day off's "Preview"); today otherwise. */
  date?: string | null;
  onDateChange?(date: string): void;
}

export function BreaksPreview({ settings, date: chosen = null, onDateChange }: Props) {
  const [zone] = useState(localZone);
  const [today] = useState(() => todayIn(zone));
  const [own, setOwn] = useState<string | null>(null);
  const date = chosen ?? own ?? today;
  const setDate = (next: string) => {
    if (!LOCAL_DATE.test(next)) return;
    setOwn(next);
    onDateChange?.(next);
  };
  const [lastValid, setLastValid] = useState<Settings | null>(settings);
  if (settings !== null && settings !== lastValid) setLastValid(settings);

  const deferred = useDeferredValue(lastValid);
  const preview = useMemo(() => (deferred ? previewDay(deferred, date, zone) : null), [deferred, date, zone]);

  const days = useMemo(() => {
    const start = Temporal.PlainDate.from(today);
    return Array.from({ length: 7 }, (_, i) => start.add({ days: i }).toString());
  }, [today]);

  const dayLabel = (d: string, i: number) =>
    i === 0
      ? t('settings.preview.today', { date: formatShortDate(d) })
      : i === 1
        ? t('settings.preview.tomorrow', { date: formatShortDate(d) })
        : formatShortDate(d);

  const stale = settings === null;
  const breaks = preview?.breaks ?? [];
  return (
    <section className="box preview" aria-labelledby="preview-title" data-testid="breaks-preview">
      <div className="preview-head">
        <h2 id="preview-title">
          {date === today
            ? t('settings.preview.heading')
            : t('settings.preview.headingOn', { date: formatShortDate(date) })}
        </h2>
        <div className="inline">
          <label htmlFor="preview-day" className="inline-label">
            {t('settings.preview.day')}
          </label>
          <select id="preview-day" value={date} onChange={(e) => setDate(e.target.value)}>
            {days.map((d, i) => (
              <option key={d} value={d}>
                {dayLabel(d, i)}
              </option>
            ))}
            {days.includes(date) ? null : <option value={date}>{formatShortDate(date)}</option>}
          </select>
          <label htmlFor="preview-any-day" className="inline-label">
            {t('settings.preview.otherDay')}
          </label>
          <input id="preview-any-day" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
      </div>
      {preview ? (
        <>
          <p className="preview-hours" data-testid="preview-hours">
            {preview.allDay
              ? t('settings.preview.allDay')
              : preview.ranges.length === 0
                ? preview.dayOff
                  ? t('settings.preview.dayOff')
                  : t('settings.preview.noHours')
                : t('settings.preview.hours', {
                    ranges: preview.ranges
                      .map((r) => {
                        const range = `${formatTime(r.start)}–${formatTime(r.end)}`;
                        return r.fromDayBefore ? t('settings.preview.fromDayBefore', { range }) : range;
                      })
                      .join(', '),
                  })}
          </p>
          <p className="preview-count" aria-live="polite" data-testid="preview-count">
            {breaks.length === 0
              ? t('settings.preview.none')
              : t('settings.preview.count', {
                  count: breaks.length,
                  first: formatTime(breaks[0]!.at),
                  last: formatTime(breaks.at(-1)!.at),
                })}
          </p>
          {breaks.length > 0 ? (
            <ol className={stale ? 'times stale' : 'times'} aria-label={t('settings.preview.listLabel')}>
              {breaks.map((b) => (
                <li key={b.at}>
                  <time dateTime={new Date(b.at).toISOString()}>{formatTime(b.at)}</time>
                </li>
              ))}
            </ol>
          ) : null}
        </>
      ) : null}
      {stale ? <p className="fine stale-note">{t('settings.preview.stale')}</p> : null}
      <p className="fine">{t('settings.preview.rule')}</p>
    </section>
  );
}
