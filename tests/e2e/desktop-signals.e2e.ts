/**
 * The desktop-signal journeys of tests/desktop/desktop-signals.spec.ts against
 * the real app (Playwright `_electron`): GNOME Wayland where Electron's idle
 * time is 0 but Mutter's is not, a Linux lock seen through logind, and a
 * signal that fails. Runs where the Electron binary is installed (see
 * scripts/run-e2e.mjs); elsewhere it is reported NOT RUN.
 *
 * The app's real probes run, but against the suite's own desktop
 * (UNSLOUCH_E2E_DESKTOP=fake-bus, see `scriptedDesktopPorts`): a private
 * dbus-daemon with stand-in GNOME/logind services and scripted tools, handed
 * to the probes only, so Electron itself still runs on the machine's display.
 * That needs dbus-daemon, so these journeys are Linux-only and say so where
 * they cannot run. The main process runs on the harness's simulated clock
 * (fake-clock.mjs), each wake-up waiting for its real desktop sample:
 * Monday 23 March 2026, Berlin, default settings (breaks every 30 minutes
 * from 09:00, 5 idle minutes are a natural break).
 */
import { expect, test, type ElectronApplication } from '@playwright/test';
import {
  advanceTo,
  clickTray,
  collectStdout,
  freshUserData,
  historyRecords,
  launchJourney,
  recordNotifications,
  type Seen,
} from './app';
import { startFakeDesktop, type FakeDesktop } from '../support/fake-desktop-bus';
import { scriptedTools, type ScriptedTools } from '../desktop/harness/desktop-signals';
import { ZONE, at } from '../support/busy-moments';

const STEP = 30_000;

test.skip(
  process.platform !== 'linux',
  'the stand-in desktop is a private dbus-daemon with GNOME and logind services: Linux only',
);

let app: ElectronApplication | null = null;
let desktop: FakeDesktop | null = null;
let tools: ScriptedTools | null = null;
test.afterEach(async () => {
  await app?.close();
  app = null;
  await desktop?.stop();
  desktop = null;
  tools?.remove();
  tools = null;
});

async function start(desktopEnv: Record<string, string>, settings: object = {}) {
  const userData = freshUserData({
    'settings.json': JSON.stringify({ settings: { app: { welcomeSeen: true }, ...settings } }),
  });
  app = await launchJourney(userData, new Date(at('08:55')).toISOString(), ZONE, desktopEnv);
  const stdout = collectStdout(app);
  await expect
    .poll(() => app!.evaluate(() => '__unslouchTest' in globalThis), { message: 'the app finished starting' })
    .toBe(true);
  await recordNotifications(app);
  return { app, userData, stdout };
}

/** Steps the clock by 30 s from `from` to `until`, calling `before(t)` first; what was on screen at the end. */
async function stepTo(
  electronApp: ElectronApplication,
  from: number,
  until: number,
  before: (t: number) => void = () => {},
): Promise<Seen> {
  let seen: Seen | null = null;
  for (let t = from; t <= until; t += STEP) {
    before(t);
    seen = await advanceTo(electronApp, t);
  }
  return seen!;
}

test('GNOME on Wayland: Electron’s idle time is 0 but Mutter says idle → the natural break is seen', async () => {
  desktop = await startFakeDesktop(['mutter', 'gnome-session', 'logind']);
  const { app: a, userData } = await start(desktop.env('GNOME'));
  const awaySince = at('09:24');
  const seen = await stepTo(a, at('09:00'), at('09:40'), (t) =>
    desktop!.setIdleMs(Math.max(0, t - awaySince)),
  );
  expect(seen).toMatchObject({ notices: [], windows: 0, status: 'Away — counting this as a break' });

  const back = at('09:40');
  await stepTo(a, at('09:40:30'), at('09:42'), (t) => desktop!.setIdleMs(t - back));
  await expect
    .poll(() => historyRecords(userData))
    .toEqual([expect.objectContaining({ outcome: 'natural', trigger: 'idle', startedAt: null })]);
  expect(
    desktop.calls.filter((c) => c === 'org.gnome.Mutter.IdleMonitor.GetIdletime').length,
  ).toBeGreaterThan(10);
});

test('a Linux lock seen through logind is a natural break (Electron has no lock-screen event there)', async () => {
  desktop = await startFakeDesktop(['logind']);
  const { app: a, userData, stdout } = await start({ ...desktop.env('GNOME'), XDG_SESSION_TYPE: 'x11' });
  await stepTo(a, at('09:00'), at('09:24'));
  desktop.setLocked(true);
  await expect.poll(() => stdout.text()).toContain('the desktop says the screen is locked');
  const seen = await stepTo(a, at('09:24:30'), at('09:40'));
  expect(seen).toMatchObject({ notices: [], windows: 0, status: 'Away — counting this as a break' });

  desktop.setLocked(false);
  await expect.poll(() => stdout.text()).toContain('the desktop says the screen is unlocked');
  await expect.poll(() => historyRecords(userData).length).toBe(1);
  expect(historyRecords(userData)[0]).toMatchObject({ outcome: 'natural', startedAt: null });
});

test('a desktop signal that fails: the app keeps going, logs it once, and the settings window says it could not be read', async () => {
  desktop = await startFakeDesktop(['mutter', 'gnome-session', 'logind']);
  desktop.misbehave('GetIdletime', 'throw');
  // GNOME's do-not-disturb is read with gsettings: this one never answers.
  tools = scriptedTools(['gsettings']);
  tools.set('gsettings', { hang: true });
  const { app: a, stdout } = await start(
    { ...desktop.env('GNOME'), PATH: tools.path },
    // Busy signals off: wake-ups read only idle, so the hanging tool runs only for the settings window's probe.
    { busy: { enabled: false } },
  );
  const seen = await stepTo(a, at('09:00'), at('09:30'));
  // Idle time unknown: the break is prompted as usual.
  expect(seen.windows).toBe(1);
  await expect.poll(() => a.windows().some((p) => p.url().includes('#/prompt'))).toBe(true);
  const lines = stdout
    .text()
    .split('\n')
    .filter((l) => l.includes('desktop signal idle could not be read'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('GetIdletime failed');

  await clickTray(a, ['Open Unslouch']);
  await expect.poll(() => a.windows().some((p) => p.url().includes('#/settings'))).toBe(true);
  const settings = a.windows().find((p) => p.url().includes('#/settings'))!;
  await expect(settings.getByTestId('signal-idle')).toContainText('Could not be read');
  await expect(settings.getByTestId('signal-fullscreen')).toContainText('Works here');
  // The hanging tool is cut off by the probe's time limit, not waited for.
  await expect(settings.getByTestId('signal-dnd')).toContainText('Could not be read', { timeout: 15_000 });
  expect(tools.runs('gsettings')).toBe(1);
});
