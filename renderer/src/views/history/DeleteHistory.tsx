/**
 * "Delete my history": every break and check-in kept on this computer, after
 * a confirmation that says how many and that it cannot be undone. Focus goes
 * to the question when it opens and back to the button when it closes.
 */
import { useEffect, useRef, useState } from 'react';
import { getBackend } from '../../bridge';
import { t } from '../../../../electron/shared/i18n';
import { ErrorList } from '../../components/ErrorList';

interface Props {
  breaks: number;
  checkIns: number;
}

export function DeleteHistory({ breaks, checkIns }: Props) {
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const remove = async () => {
    setBusy(true);
    const result = await getBackend().clearHistory();
    setBusy(false);
    setAsking(false);
    if (result.ok) {
      setErrors([]);
      setStatus(t('history.delete.done'));
    } else setErrors(result.error.messages);
  };

  return (
    <section className="history-section" aria-labelledby="delete-title" data-testid="delete-history">
      <h2 id="delete-title">{t('history.delete.heading')}</h2>
      <p className="help">{t('history.delete.help')}</p>
      {asking ? (
        <div className="confirm" role="group" aria-labelledby="delete-question">
          <p id="delete-question" ref={question} tabIndex={-1}>
            <strong>
              {t('history.delete.confirm', {
                breaks: t('history.delete.breaks', { count: breaks }),
                checkIns: t('history.delete.checkIns', { count: checkIns }),
              })}
            </strong>
          </p>
          <div className="actions-row">
            <button type="button" disabled={busy} onClick={() => void remove()}>
              {t('history.delete.yes')}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(false)}>
              {t('history.delete.no')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions-row">
          <button
            type="button"
            className="secondary"
            ref={opener}
            disabled={breaks === 0 && checkIns === 0}
            onClick={() => {
              setStatus('');
              setAsking(true);
            }}
          >
            {t('history.delete.button')}
          </button>
        </div>
      )}
      {errors.length > 0 ? <ErrorList errors={errors} /> : null}
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
