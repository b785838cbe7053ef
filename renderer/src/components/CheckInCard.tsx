/**
 * The optional daily back-comfort check-in (app.checkIn, at most once a local
 * day): a 0–10 discomfort rating and the source article's warning questions.
 * Ticking any warning shows the doctor guidance at once, before saving; a
 * saved check-in with a warning keeps showing it for the day. Saved with
 * `saveCheckIn` into the local history; nothing is sent anywhere.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  DISCOMFORT_MAX,
  DISCOMFORT_MIN,
  WARNING_IDS,
  warningAdvice,
  type CheckIn,
  type CheckInWarnings,
} from '../../../electron/core/history/checkin';
import { getBackend } from '../bridge';
import { t } from '../../../electron/shared/i18n';
import { CheckInGuidance } from './CheckInGuidance';
import { ErrorList } from './ErrorList';

const NO_WARNINGS: CheckInWarnings = { legs: false, bladderBowel: false, fever: false, lyingDown: false };
const SCALE = Array.from({ length: DISCOMFORT_MAX - DISCOMFORT_MIN + 1 }, (_, i) => DISCOMFORT_MIN + i);

interface FormProps {
  onSaved(checkIn: CheckIn): void;
  /** The backend refused (already checked in today, e.g. from another window): reload. */
  onRefused(): void;
}

export function CheckInForm({ onSaved, onRefused }: FormProps) {
  const [discomfort, setDiscomfort] = useState<number | null>(null);
  const [warnings, setWarnings] = useState<CheckInWarnings>(NO_WARNINGS);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [needRating, setNeedRating] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (discomfort === null) {
      setNeedRating(true);
      document.getElementById('discomfort-0')?.focus();
      return;
    }
    setBusy(true);
    const result = await getBackend().saveCheckIn({ discomfort, warnings });
    setBusy(false);
    if (result.ok) {
      setErrors([]);
      onSaved(result.value);
    } else {
      setErrors(result.error.messages);
      if (result.error.code === 'refused') onRefused();
    }
  };

  return (
    <form className="checkin-form" onSubmit={submit} noValidate aria-labelledby="checkin-form-title">
      <h2 id="checkin-form-title">{t('checkin.heading')}</h2>
      <p className="help">{t('checkin.intro')}</p>
      <fieldset
        className="rating"
        aria-describedby={needRating && discomfort === null ? 'rating-scale rating-error' : 'rating-scale'}
      >
        <legend>{t('checkin.rating.legend')}</legend>
        <p id="rating-scale" className="help">
          {t('checkin.rating.scale')}
        </p>
        <div className="rating-options">
          {SCALE.map((n) => (
            <label key={n} className="rating-option">
              <input
                id={`discomfort-${n}`}
                type="radio"
                name="discomfort"
                value={n}
                checked={discomfort === n}
                onChange={() => setDiscomfort(n)}
              />
              <span>{n}</span>
            </label>
          ))}
        </div>
        <div className="rating-ends" aria-hidden="true">
          <span>{t('checkin.rating.none')}</span>
          <span>{t('checkin.rating.worst')}</span>
        </div>
        {needRating && discomfort === null ? (
          <p id="rating-error" className="field-error" role="alert">
            {t('checkin.rating.required')}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="warnings">
        <legend>{t('checkin.warnings.legend')}</legend>
        {WARNING_IDS.map((id) => (
          <label key={id} className="check">
            <input
              type="checkbox"
              name={id}
              checked={warnings[id]}
              onChange={(e) => setWarnings((w) => ({ ...w, [id]: e.target.checked }))}
            />{' '}
            {t(`checkin.question.${id}`)}
          </label>
        ))}
      </fieldset>
      <CheckInGuidance warnings={warnings} live />
      {errors.length > 0 ? <ErrorList errors={errors} /> : null}
      <div className="actions-row">
        <button type="submit" disabled={busy}>
          {t('checkin.save')}
        </button>
        <span className="fine">{t('checkin.private')}</span>
      </div>
    </form>
  );
}

/**
 * Today's saved check-in, with the guidance when it had a warning. Shown in
 * place of the form just saved (`justSaved`), it takes focus so the advice is
 * where the person is, and offers "Pause breaks": the advice says to stop the
 * exercises until a doctor has seen them.
 */
export function CheckInToday({ checkIn, justSaved = false }: { checkIn: CheckIn; justSaved?: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const [paused, setPaused] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const warned = warningAdvice(checkIn).show;
  useEffect(() => {
    if (justSaved) box.current?.focus();
  }, [justSaved]);

  const pause = async () => {
    const result = await getBackend().pauseBreaks({ until: 'resumed' });
    if (result.ok) {
      setErrors([]);
      setPaused(true);
    } else setErrors(result.error.messages);
  };

  return (
    <div
      className="checkin-today"
      data-testid="checkin-today"
      ref={box}
      tabIndex={justSaved ? -1 : undefined}
      aria-labelledby={justSaved ? 'checkin-today-text' : undefined}
    >
      <p id="checkin-today-text">
        {t('checkin.today', { discomfort: checkIn.discomfort, max: DISCOMFORT_MAX })}
      </p>
      <CheckInGuidance warnings={checkIn.warnings} />
      {justSaved && warned ? (
        <div className="actions-row">
          <button
            type="button"
            disabled={paused}
            aria-describedby="checkin-pause-help"
            onClick={() => void pause()}
          >
            {t('checkin.pause')}
          </button>
          <span id="checkin-pause-help" className="fine">
            {t('checkin.pauseHelp')}
          </span>
        </div>
      ) : null}
      {errors.length > 0 ? <ErrorList errors={errors} /> : null}
      <p role="status" className="status">
        {paused ? t('checkin.paused') : ''}
      </p>
    </div>
  );
}
