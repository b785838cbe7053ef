/**
 * Per routine: how often it ran, finished or was closed early, and the minutes
 * moved (the core's routineBreakdown: only routines that actually ran count),
 * over a period the person picks.
 */
import { useState } from 'react';
import { Temporal } from 'temporal-polyfill';
import { recordLocalDate, routineBreakdown, weekStartOn } from '../../../../electron/core/history/stats';
import type { BreakRecord } from '../../../../electron/core/history/types';
import { routineTitle } from '../../catalog';
import { useSettings } from '../../hooks/useSettings';
import { t, formatDuration } from '../../../../electron/shared/i18n';

export const PERIODS = ['week', 'month', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** First local date of a period that ends today; the week starts on `firstDay` (1 = Monday … 7 = Sunday). */
export function periodStart(period: Period, today: string, firstDay: number): string {
  if (period === 'week') return weekStartOn(today, firstDay);
  const day = Temporal.PlainDate.from(today);
  if (period === 'month') return day.subtract({ days: 29 }).toString();
  return day.subtract({ days: 365 }).toString();
}

interface Props {
  records: readonly BreakRecord[];
  today: string;
  zone: string;
  /** The locale's first day of the week, 1 = Monday … 7 = Sunday. */
  firstDay: number;
}

export function RoutineBreakdown({ records, today, zone, firstDay }: Props) {
  const [period, setPeriod] = useState<Period>('month');
  const own = useSettings()?.routines.custom ?? [];
  const from = periodStart(period, today, firstDay);
  const inPeriod = records.filter((r) => {
    const date = recordLocalDate(r, zone);
    return date !== null && date >= from && date <= today;
  });
  const usage = routineBreakdown(inPeriod);
  const most = Math.max(1, ...usage.map((u) => u.started));

  return (
    <section className="history-section" aria-labelledby="routines-title">
      <div className="section-head">
        <h2 id="routines-title">{t('history.byRoutine.heading')}</h2>
        <div className="inline">
          <label htmlFor="routine-period" className="inline-label">
            {t('history.byRoutine.period')}
          </label>
          <select id="routine-period" value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`history.period.${p}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {usage.length === 0 ? (
        <p className="muted">{t('history.byRoutine.none')}</p>
      ) : (
        <ul className="usage" data-testid="routine-breakdown">
          {usage.map((u) => (
            <li key={u.routineId}>
              <div className="usage-text">
                <strong>{routineTitle(u.routineId, own)}</strong>
                <span className="muted">
                  {[
                    t('history.byRoutine.runs', { count: u.started }),
                    t('history.byRoutine.completed', { count: u.completed }),
                    u.partial > 0 ? t('history.byRoutine.partial', { count: u.partial }) : null,
                    formatDuration(u.minutesMoved * 60),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </div>
              <span className="usage-bar" aria-hidden="true">
                <span className="usage-fill" style={{ width: `${(u.started / most) * 100}%` }} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
