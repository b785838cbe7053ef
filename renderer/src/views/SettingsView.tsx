import { useEffect, useState, type FormEvent } from 'react';
import type { Settings } from '../../../electron/core/settings/schema';
import { getBackend } from '../bridge';
import { t } from '../i18n';

export function SettingsView() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [draft, setDraft] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    const backend = getBackend();
    void backend.getSettings().then((result) => {
      if (result.ok) {
        setSettings(result.value);
        setDraft(String(result.value.breaks.everyMinutes));
      } else {
        setErrors(result.error.messages);
      }
    });
    return backend.on('settingsChanged', (next) => setSettings(next));
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const minutes = Number(draft);
    const result = await getBackend().updateSettings({
      breaks: { everyMinutes: draft.trim() === '' || Number.isNaN(minutes) ? draft : minutes },
    });
    if (result.ok) {
      setSettings(result.value);
      setErrors([]);
      setSaved(true);
    } else {
      setErrors(result.error.messages);
    }
  }

  return (
    <main className="page">
      <h1>{t('settings.heading')}</h1>
      {settings === null && errors.length === 0 ? <p>{t('app.loading')}</p> : null}
      {settings ? (
        <form onSubmit={save} noValidate>
          <label htmlFor="every-minutes">{t('settings.everyMinutes')}</label>
          <input
            id="every-minutes"
            name="everyMinutes"
            inputMode="numeric"
            value={draft}
            aria-invalid={errors.length > 0}
            aria-describedby="every-minutes-help every-minutes-error"
            onChange={(e) => setDraft(e.target.value)}
          />
          <p id="every-minutes-help" className="help">
            {t('settings.everyMinutesHelp')}{' '}
            <strong data-testid="current-interval">{settings.breaks.everyMinutes}</strong>{' '}
            {t('settings.minutes')}
          </p>
          <div id="every-minutes-error" role="alert" className="error">
            {errors.map((e) => (
              <p key={e}>{e}</p>
            ))}
          </div>
          <button type="submit" className="primary">
            {t('settings.save')}
          </button>
          <p role="status" className="status">
            {saved ? t('settings.saved') : ''}
          </p>
        </form>
      ) : null}
    </main>
  );
}
