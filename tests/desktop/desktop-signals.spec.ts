/**
 * Journeys with the desktop's own signals, through the harness: a fake
 * desktop on a real private D-Bus bus (GNOME's Mutter, logind…), the app's
 * real probes asking it. Simulated clock: Monday 23 March 2026, Berlin,
 * default settings (breaks every 30 minutes from 09:00, 5 idle minutes are a
 * natural break).
 */
import { expect, test, type DesktopApp } from './harness';
import { historyRecords } from './harness/break-cycles';
import {
  scriptedTools,
  startFakeDesktop,
  stepUntil as stepUntilInstant,
  type FakeDesktop,
} from './harness/desktop-signals';

const ZONE = 'Europe/Berlin';
const mon = (time: string) => `2026-03-23T${time}:00+01:00`;

let desktop: FakeDesktop | null = null;
test.afterEach(async () => {
  await desktop?.stop();
  desktop = null;
});

const stepUntil = (app: DesktopApp, until: string, before?: (atMs: number) => void) =>
  stepUntilInstant(app, Date.parse(mon(until)), before);

test('GNOME on Wayland: powerMonitor says 0 but Mutter says idle → the natural break is seen', async ({
  launchApp,
}) => {
  desktop = await startFakeDesktop(['mutter', 'gnome-session', 'logind']);
  const app = await launchApp({
    clock: mon('08:55'),
    timezone: ZONE,
    linuxSession: 'wayland',
    env: desktop.env('GNOME'),
  });
  await app.tray();
  const awaySince = Date.parse(mon('09:24'));
  const script = (at: number) => desktop!.setIdleMs(Math.max(0, at - awaySince));

  await stepUntil(app, '09:40', script);
  // Electron's own idle time stays 0 on Wayland (electron#27912) …
  expect(((await app.state()) as { powerMonitor: { idleSeconds: number } }).powerMonitor.idleSeconds).toBe(0);
  // … yet the app knows the person is away: no heads-up, no prompt.
  expect(await app.notifications()).toEqual([]);
  expect(await app.windows()).toEqual([]);
  expect(await app.statusLine()).toBe('Away — counting this as a break');

  // Back at the desk: Mutter's idle time starts again from 0.
  const back = Date.parse(mon('09:40'));
  await stepUntil(app, '09:42', (at) => desktop!.setIdleMs(at - back));
  const records = historyRecords(app);
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({ outcome: 'natural', trigger: 'idle', startedAt: null });
  expect(
    desktop.calls.filter((c) => c === 'org.gnome.Mutter.IdleMonitor.GetIdletime').length,
  ).toBeGreaterThan(10);
});

test('a Linux lock seen through logind is a natural break (Electron has no lock-screen event there)', async ({
  launchApp,
}) => {
  desktop = await startFakeDesktop(['logind']);
  const app = await launchApp({
    clock: mon('08:55'),
    timezone: ZONE,
    env: { ...desktop.env('GNOME'), XDG_SESSION_TYPE: 'x11' },
  });
  await app.tray();
  // The stand-in is as strict as Electron: no lock-screen on Linux.
  await expect(app.power('lock-screen')).rejects.toThrow(/electron#24800/);

  await app.setClock(mon('09:24'));
  desktop.setLocked(true);
  await expect.poll(() => app.stdout).toContain('the desktop says the screen is locked');
  await app.setClock(mon('09:40'), { until: ['window', 'notification'] });
  expect(await app.notifications()).toEqual([]);
  expect(await app.windows()).toEqual([]);
  expect(await app.statusLine()).toBe('Away — counting this as a break');

  desktop.setLocked(false);
  await expect.poll(() => app.stdout).toContain('the desktop says the screen is unlocked');
  await expect.poll(() => historyRecords(app).length).toBe(1);
  expect(historyRecords(app)[0]).toMatchObject({ outcome: 'natural', startedAt: null });
  await expect.poll(() => app.statusLine()).toMatch(/^Next break at/);
});

test('a desktop signal that fails: the app keeps going, logs it once, and the settings window says it could not be read', async ({
  launchApp,
}) => {
  desktop = await startFakeDesktop(['mutter', 'gnome-session', 'logind']);
  desktop.misbehave('GetIdletime', 'throw');
  // GNOME's do-not-disturb is read with gsettings: this one never answers.
  const tools = scriptedTools(['gsettings']);
  tools.set('gsettings', { hang: true });
  test.info().attach('tools', { body: tools.path });
  const app = await launchApp({
    clock: mon('08:55'),
    timezone: ZONE,
    linuxSession: 'wayland',
    env: { ...desktop.env('GNOME'), PATH: tools.path },
    // Busy signals off: wake-ups read only idle, so the hanging tool runs only for the settings window's probe.
    userDataFiles: {
      'settings.json': JSON.stringify({ settings: { version: 1, busy: { enabled: false } } }),
    },
  });
  await app.tray();
  await stepUntil(app, '09:30');
  // Idle time unknown: the break is prompted as usual.
  await expect
    .poll(async () => (await app.windows()).map((w) => w.url))
    .toContainEqual(expect.stringContaining('#/prompt'));
  const lines = app.stdout.split('\n').filter((l) => l.includes('desktop signal idle could not be read'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('GetIdletime failed');

  await app.secondInstance(['--settings']);
  const settings = await app.waitForWindow('#/settings');
  const row = settings.page.getByTestId('signal-idle');
  await expect(row).toContainText('Could not be read');
  await expect(settings.page.getByTestId('signal-fullscreen')).toContainText('Works here');
  // The hanging tool is cut off by the probe's time limit, not waited for.
  await expect(settings.page.getByTestId('signal-dnd')).toContainText('Could not be read', {
    timeout: 15_000,
  });
  expect(tools.runs('gsettings')).toBe(1);
  tools.remove();
});
