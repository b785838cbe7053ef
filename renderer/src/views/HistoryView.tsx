import { useEffect, useState } from 'react';
import type { BreakRecord } from '../../../electron/core/history/types';
import { getRoutine } from '../catalog';
import { getBackend } from '../bridge';
import { formatDateTime, formatDuration, t } from '../i18n';

const DAYS = 14;

/** A minimal list of recorded breaks (the full history window is another issue). */
export function HistoryView() {
  const [records, setRecords] = useState<BreakRecord[] | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  useEffect(() => {
    const backend = getBackend();
    let live = true;
    const load = () =>
      void backend.getHistory({ days: DAYS }).then((result) => {
        if (!live) return;
        if (result.ok) {
          setRecords(result.value);
          setErrors([]);
        } else setErrors(result.error.messages);
      });
    load();
    const off = backend.on('historyChanged', load);
    return () => {
      live = false;
      off();
    };
  }, []);

  return (
    <main className="page history" aria-labelledby="history-title">
      <h1 id="history-title">{t('history.heading')}</h1>
      <div role="alert" className="error">
        {errors.map((e) => (
          <p key={e}>{e}</p>
        ))}
      </div>
      {records === null && errors.length === 0 ? <p>{t('app.loading')}</p> : null}
      {records && records.length === 0 ? <p>{t('history.empty', { days: DAYS })}</p> : null}
      {records && records.length > 0 ? (
        <table className="history-table" data-testid="history-table">
          <caption>{t('history.caption', { days: DAYS })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.when')}</th>
              <th scope="col">{t('history.routine')}</th>
              <th scope="col">{t('history.outcome')}</th>
              <th scope="col">{t('history.moved')}</th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.endedAt)}</td>
                <td>
                  {r.routineId ? (getRoutine(r.routineId)?.title ?? r.routineId) : t('history.noRoutine')}
                </td>
                <td>
                  <span className={`outcome outcome-${r.outcome}`}>{t(`history.outcome.${r.outcome}`)}</span>{' '}
                  <span className="muted">{t(`history.trigger.${r.trigger}`)}</span>
                </td>
                <td>{r.secondsMoved > 0 ? formatDuration(r.secondsMoved) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p>
        <a href="#/routines">{t('history.routines')}</a>
      </p>
    </main>
  );
}
