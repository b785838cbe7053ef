/** The last two weeks of breaks, newest first: what happened to each, natural and missed ones too. */
import { useState } from 'react';
import type { BreakRecord } from '../../../../electron/core/history/types';
import { routineTitle } from '../../catalog';
import { useSettings } from '../../hooks/useSettings';
import { formatDuration, t } from '../../../../electron/shared/i18n';
import { formatShortDate, formatTime } from '../settings/format';

/** The local date (YYYY-MM-DD) of an instant in the browser's zone. */
function localDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const RECENT_DAYS = 14;
/** Rows shown before "Show all". */
export const FIRST_ROWS = 12;

export function RecentBreaks({ records, now }: { records: readonly BreakRecord[]; now: number }) {
  const [all, setAll] = useState(false);
  const own = useSettings()?.routines.custom ?? [];
  const since = now - RECENT_DAYS * 24 * 60 * 60 * 1000;
  const recent = records
    .filter((r) => Date.parse(r.endedAt) >= since)
    .sort((a, b) => Date.parse(b.endedAt) - Date.parse(a.endedAt));
  return (
    <section className="history-section" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('history.recent.heading')}</h2>
      {recent.length === 0 ? (
        <p className="muted">{t('history.empty', { days: RECENT_DAYS })}</p>
      ) : (
        <div className="table-scroll">
          <table className="history-table" data-testid="history-table">
            <caption>{t('history.caption', { days: RECENT_DAYS })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.when')}</th>
                <th scope="col">{t('history.routine')}</th>
                <th scope="col">{t('history.outcome')}</th>
                <th scope="col">{t('history.moved')}</th>
              </tr>
            </thead>
            <tbody>
              {(all ? recent : recent.slice(0, FIRST_ROWS)).map((r) => (
                <tr key={r.id}>
                  <td className="when">
                    <time dateTime={r.endedAt}>
                      <span className="when-date">{formatShortDate(localDate(r.endedAt))}</span>{' '}
                      <span className="when-time">{formatTime(Date.parse(r.endedAt))}</span>
                    </time>
                  </td>
                  <td>{r.routineId ? routineTitle(r.routineId, own) : t('history.noRoutine')}</td>
                  <td>
                    <span className={`outcome outcome-${r.outcome}`}>
                      {t(`history.outcome.${r.outcome}`)}
                    </span>{' '}
                    <span className="muted">
                      {t(`history.trigger.${r.trigger}`)}
                      {r.snoozes > 0 ? `, ${t('history.snoozed', { count: r.snoozes })}` : ''}
                      {r.heldSeconds
                        ? `, ${t('history.held', { duration: formatDuration(r.heldSeconds) })}`
                        : ''}
                    </span>
                  </td>
                  <td>{r.secondsMoved > 0 ? formatDuration(r.secondsMoved) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {recent.length > FIRST_ROWS ? (
            <button type="button" className="link" aria-expanded={all} onClick={() => setAll((v) => !v)}>
              {all
                ? t('history.recent.showFewer', { count: FIRST_ROWS })
                : t('history.recent.showAll', { count: recent.length })}
            </button>
          ) : null}
        </div>
      )}
    </section>
  );
}
