/**
 * The first-run welcome: what Unslouch does, where its tray icon is, work
 * hours from a preset with the live "your breaks today" preview, start at
 * login, when the first break comes, and a routine to try. The main process
 * opens it once (app.welcomeSeen); the tray's "Welcome and tour" reopens it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Temporal } from 'temporal-polyfill';
import type { Settings } from '../../../electron/core/settings';
import { closeWindow, getBackend } from '../bridge';
import { ROUTINES } from '../catalog';
import { useSettings } from '../hooks/useSettings';
import { t } from '../../../electron/shared/i18n';
import { BreaksPreview } from './settings/BreaksPreview';
import { SwitchField } from './settings/fields';
import { formatShortDate, formatTime } from './settings/format';
import { localZone, todayIn } from './settings/preview';
import { OFFICE_WEEK, desktopOs, firstBreakAfter, isOfficeWeek } from './welcome/first-break';
import { TrayPicture } from './welcome/TrayPicture';

type Hours = 'preset' | 'custom';

export function WelcomeView() {
  const settings = useSettings();
  const heading = useRef<HTMLHeadingElement>(null);
  const [hours, setHours] = useState<Hours | null>(null);
  const [status, setStatus] = useState('');
  const os = useMemo(() => desktopOs(navigator.userAgent), []);
  useEffect(() => heading.current?.focus(), []);

  const chosen: Hours | null =
    hours ?? (settings ? (isOfficeWeek(settings.workHours) ? 'preset' : 'custom') : null);

  const choosePreset = async () => {
    setHours('preset');
    const saved = await getBackend().updateSettings({ workHours: { enabled: true, days: OFFICE_WEEK } });
    setStatus(saved.ok ? t('welcome.hours.saved') : saved.error.messages.join(' '));
  };
  const setStartAtLogin = async (on: boolean) => {
    const saved = await getBackend().updateSettings({ app: { startAtLogin: on } });
    if (!saved.ok) setStatus(saved.error.messages.join(' '));
  };
  const tryRoutine = async () => {
    const routineId = ROUTINES.find((r) => r.setting === 'desk')?.id ?? ROUTINES[0]!.id;
    const started = await getBackend().startRoutine({ routineId });
    // The main process (or the preview's controller) opens the routine.
    if (!started.ok) setStatus(t('welcome.tryRefused', { reason: started.error.messages.join(' ') }));
  };

  return (
    <main className="page welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title" ref={heading} tabIndex={-1}>
        {t('welcome.heading')}
      </h1>
      <p className="lead">{t('welcome.intro')}</p>

      <section className="settings-section" aria-labelledby="welcome-tray">
        <h2 id="welcome-tray">{t('welcome.tray.heading')}</h2>
        <TrayPicture os={os} />
        <p>{t(`welcome.tray.body.${os}`)}</p>
        <p className="fine">{t('welcome.tray.missing')}</p>
      </section>

      <section className="settings-section" aria-labelledby="welcome-hours">
        <h2 id="welcome-hours">{t('welcome.hours.heading')}</h2>
        <fieldset className="field choices">
          <legend>{t('welcome.hours.legend')}</legend>
          <label className="choice">
            <input
              type="radio"
              name="welcome-hours"
              checked={chosen === 'preset'}
              disabled={!settings}
              onChange={() => void choosePreset()}
            />{' '}
            {t('welcome.hours.preset')}
          </label>
          <label className="choice">
            <input
              type="radio"
              name="welcome-hours"
              checked={chosen === 'custom'}
              disabled={!settings}
              onChange={() => setHours('custom')}
            />{' '}
            {t('welcome.hours.custom')}
          </label>
          {chosen === 'custom' ? (
            <p>
              <a href="#/settings">{t('welcome.hours.customLink')}</a>
            </p>
          ) : null}
        </fieldset>
        <BreaksPreview settings={settings} />
        <FirstBreak settings={settings} />
      </section>

      <section className="settings-section" aria-labelledby="welcome-more">
        <h2 id="welcome-more" className="visually-hidden">
          {t('welcome.login.label')}
        </h2>
        <SwitchField
          id="welcome-login"
          label={t('welcome.login.label')}
          help={t('welcome.login.help')}
          checked={settings?.app.startAtLogin ?? false}
          onChange={(on) => void setStartAtLogin(on)}
        />
        <div className="actions-row">
          <button type="button" className="primary" onClick={() => void tryRoutine()}>
            {t('welcome.try')}
          </button>
          <button type="button" className="secondary" onClick={closeWindow}>
            {t('welcome.close')}
          </button>
        </div>
        <p className="help">{t('welcome.tryHelp')}</p>
        <p role="status" className="status" data-testid="welcome-status">
          {status}
        </p>
        <p className="fine">{t('welcome.reopen')}</p>
      </section>
    </main>
  );
}

function FirstBreak({ settings }: { settings: Settings | null }) {
  const [zone] = useState(localZone);
  // From when the window opened: the answer does not jump as time passes while it is read.
  const [openedAt] = useState(() => Date.now());
  const at = useMemo(
    () => (settings ? firstBreakAfter(settings, zone, openedAt) : undefined),
    [settings, zone, openedAt],
  );
  let text: string;
  if (at === undefined) text = t('welcome.first.loading');
  else if (at === null) text = t('welcome.first.none');
  else {
    const today = Temporal.PlainDate.from(todayIn(zone));
    const day = Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(zone).toPlainDate();
    const dayText = day.equals(today)
      ? t('welcome.first.today')
      : day.equals(today.add({ days: 1 }))
        ? t('welcome.first.tomorrow')
        : formatShortDate(day.toString());
    text = t('welcome.first.at', { time: formatTime(at), day: dayText });
  }
  return (
    <div className="box first-break" aria-labelledby="welcome-first">
      <h3 id="welcome-first">{t('welcome.first.heading')}</h3>
      <p data-testid="first-break">{text}</p>
    </div>
  );
}
