/**
 * "Don't interrupt me": the busy.* settings (break-rules.md R11) — a switch
 * per signal, the list of apps that mean busy, the grace time — and next to
 * each signal whether it works on this computer, from a real probe of the
 * desktop made when the window opens (main's `getDesktopSignals`).
 *
 * Each change is saved at once with `updateSettings({ busy })`; main's
 * schema checks it, and a refusal is shown here with main's own words.
 */
import { useEffect, useId, useState } from 'react';
import {
  BUSY_SIGNALS,
  type BusySettingsShape,
  type BusySignal,
  type DesktopSignalName,
  type DesktopSignalsReport,
  isBusySettingsShape,
} from '../../../../electron/shared/desktop-signals';
import { getBackend } from '../../bridge';
import { t } from '../../../../electron/shared/i18n';
import { ErrorList } from '../../components/ErrorList';
import { SwitchField } from './fields';

const isBusy = isBusySettingsShape;

type Probe =
  | { state: 'checking' }
  | { state: 'done'; report: DesktopSignalsReport }
  | { state: 'failed'; message: string };

function Availability({ id, probe, signal }: { id: string; probe: Probe; signal: DesktopSignalName }) {
  const text =
    probe.state === 'checking'
      ? t('settings.busy.availability.checking')
      : probe.state === 'failed'
        ? t('settings.busy.availability.unreadable')
        : t(`settings.busy.availability.${probe.report[signal]}`);
  const works = probe.state === 'done' && probe.report[signal] === 'works';
  return (
    <span id={id} className={works ? 'availability works' : 'availability'}>
      {text}
    </span>
  );
}

export function BusySection({ busy: saved }: { busy: unknown }) {
  const uid = useId();
  const [busy, setBusy] = useState<BusySettingsShape | null>(isBusy(saved) ? saved : null);
  const [probe, setProbe] = useState<Probe>({ state: 'checking' });
  const [errors, setErrors] = useState<string[]>([]);
  const [newApp, setNewApp] = useState('');
  const [grace, setGrace] = useState(isBusy(saved) ? String(saved.graceSeconds) : '');

  // Changes made elsewhere (another window, an import) reach the section.
  const [seen, setSeen] = useState(saved);
  if (saved !== seen) {
    setSeen(saved);
    if (isBusy(saved)) {
      setBusy(saved);
      setGrace(String(saved.graceSeconds));
    }
  }

  useEffect(() => {
    let live = true;
    void getBackend()
      .getDesktopSignals()
      .then((result) => {
        if (!live) return;
        setProbe(
          result.ok
            ? { state: 'done', report: result.value }
            : { state: 'failed', message: result.error.messages.join(' ') },
        );
      });
    return () => {
      live = false;
    };
  }, []);

  const save = async (next: BusySettingsShape) => {
    setBusy(next);
    const result = await getBackend().updateSettings({ busy: next });
    if (result.ok) {
      const value = (result.value as { busy?: unknown }).busy;
      if (isBusy(value)) {
        setBusy(value);
        setGrace(String(value.graceSeconds));
      }
      setErrors([]);
    } else setErrors(result.error.messages);
  };

  const availabilityId = (signal: DesktopSignalName) => `${uid}-${signal}-availability`;
  const systemRows = (['idle', 'lock'] as const).map((signal) => (
    <li key={signal} data-testid={`signal-${signal}`}>
      <span>{t(`settings.busy.signal.${signal}`)}</span>{' '}
      <Availability id={availabilityId(signal)} probe={probe} signal={signal} />
    </li>
  ));

  const addApp = () => {
    if (!busy) return;
    const name = newApp.trim();
    if (name === '') return;
    setNewApp('');
    void save({ ...busy, apps: [...busy.apps, name] });
  };

  return (
    <section className="settings-section" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t('settings.busy.heading')}</h2>
      <p className="help">{t('settings.busy.lead')}</p>
      {probe.state === 'failed' ? (
        <p className="help">{t('settings.busy.availability.failed', { message: probe.message })}</p>
      ) : null}
      {busy ? (
        <>
          <SwitchField
            id={`${uid}-enabled`}
            label={t('settings.busy.enabled')}
            checked={busy.enabled}
            onChange={(enabled) => void save({ ...busy, enabled })}
          />
          <ul className="busy-signals">
            {BUSY_SIGNALS.map((signal: BusySignal) => (
              <li key={signal} data-testid={`signal-${signal}`}>
                <SwitchField
                  id={`${uid}-${signal}`}
                  label={t(`settings.busy.signal.${signal}`)}
                  help={<Availability id={availabilityId(signal)} probe={probe} signal={signal} />}
                  checked={busy.signals[signal]}
                  onChange={(on) => void save({ ...busy, signals: { ...busy.signals, [signal]: on } })}
                />
              </li>
            ))}
          </ul>
          <h3 id={`${uid}-apps-title`}>{t('settings.busy.apps.heading')}</h3>
          <p className="help" id={`${uid}-apps-help`}>
            {t('settings.busy.apps.help')}
          </p>
          {busy.apps.length === 0 ? (
            <p>{t('settings.busy.apps.empty')}</p>
          ) : (
            <ul aria-labelledby={`${uid}-apps-title`} className="busy-apps">
              {busy.apps.map((name, index) => (
                <li key={`${index}-${name}`}>
                  <span>{name}</span>{' '}
                  <button
                    type="button"
                    onClick={() => void save({ ...busy, apps: busy.apps.filter((_, i) => i !== index) })}
                  >
                    {t('settings.busy.apps.remove', { name })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="field">
            <label htmlFor={`${uid}-new-app`}>{t('settings.busy.apps.new')}</label>
            <input
              id={`${uid}-new-app`}
              value={newApp}
              aria-describedby={`${uid}-apps-help`}
              onChange={(e) => setNewApp(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addApp();
                }
              }}
            />
            <button type="button" onClick={addApp}>
              {t('settings.busy.apps.add')}
            </button>
          </div>
          <div className="field">
            <label htmlFor={`${uid}-grace`}>{t('settings.busy.grace')}</label>
            <input
              id={`${uid}-grace`}
              type="number"
              inputMode="numeric"
              className="number"
              min={0}
              max={600}
              step={1}
              value={grace}
              aria-describedby={`${uid}-grace-help`}
              onChange={(e) => setGrace(e.target.value)}
              onBlur={() => {
                if (grace !== String(busy.graceSeconds)) void save({ ...busy, graceSeconds: Number(grace) });
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && grace !== String(busy.graceSeconds)) {
                  e.preventDefault();
                  void save({ ...busy, graceSeconds: Number(grace) });
                }
              }}
            />
            <p id={`${uid}-grace-help`} className="help">
              {t('settings.busy.graceHelp')}
            </p>
          </div>
        </>
      ) : (
        <>
          <p className="help">{t('settings.busy.unavailable')}</p>
          <ul className="busy-signals">
            {BUSY_SIGNALS.map((signal) => (
              <li key={signal} data-testid={`signal-${signal}`}>
                <span>{t(`settings.busy.signal.${signal}`)}</span>{' '}
                <Availability id={availabilityId(signal)} probe={probe} signal={signal} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('settings.busy.systemHeading')}</h3>
      <ul className="busy-signals">{systemRows}</ul>
      {errors.length > 0 ? <ErrorList errors={errors} /> : null}
    </section>
  );
}
