/**
 * The Linux D-Bus probes against a real bus: a private dbus-daemon with
 * stand-in GNOME / KDE / logind services (tests/support/fake-desktop-bus.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createDesktopSignals, type DesktopSignals } from '../../../electron/main/desktop';
import type { BusySettingsShape } from '../../../electron/shared/desktop-signals';
import { startFakeDesktop, type FakeDesktop, type FakeService } from '../../support/fake-desktop-bus';

const ALL_ON: BusySettingsShape = {
  enabled: true,
  signals: { dnd: true, fullscreen: true, call: false, screenShare: false, apps: false },
  apps: [],
  graceSeconds: 60,
};
const ALL_OFF: BusySettingsShape = {
  enabled: true,
  signals: { dnd: false, fullscreen: false, call: false, screenShare: false, apps: false },
  apps: ['zoom'],
  graceSeconds: 60,
};

let desktop: FakeDesktop | null = null;
let signals: DesktopSignals | null = null;
afterEach(async () => {
  signals?.close();
  await desktop?.stop();
  desktop = null;
  signals = null;
});

async function setUp(
  services?: FakeService[],
  opts: { kind?: 'GNOME' | 'KDE'; settings?: BusySettingsShape; timeoutMs?: number } = {},
) {
  desktop = await startFakeDesktop(services);
  const logs: string[] = [];
  signals = createDesktopSignals({
    platform: 'linux',
    env: desktop.env(opts.kind),
    settings: () => opts.settings ?? ALL_ON,
    ownWindows: () => ({ pids: [process.pid], windowIds: [] }),
    // On Wayland Electron's idle time stays 0 (electron#27912).
    electronIdleSeconds: () => 0,
    log: (m) => logs.push(m),
    probeTimeoutMs: opts.timeoutMs ?? 3000,
  });
  return { desktop, signals, logs };
}

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
};

describe('GNOME on Wayland', () => {
  it('reads the idle time from Mutter where powerMonitor says 0', async () => {
    const { desktop, signals } = await setUp();
    desktop.setIdleMs(7 * 60_000 + 500);
    const sample = await signals.sample();
    expect(sample.idleSeconds).toBe(420);
    expect(sample.idleSource).toBe('Mutter IdleMonitor');
  });

  it('says full screen while the session holds an idle inhibitor', async () => {
    const { desktop, signals } = await setUp();
    expect((await signals.sample()).readings.fullscreen).toMatchObject({ known: true, value: false });
    desktop.setIdleInhibited(true);
    const sample = await signals.sample();
    expect(sample.reasons).toEqual(['fullscreen']);
    expect(sample.busy).toBe(true);
  });

  it('sees a lock through logind: as an event, and in the next sample', async () => {
    const { desktop, signals } = await setUp();
    const seen: boolean[] = [];
    await signals.onLockChange((locked) => seen.push(locked));
    desktop.setLocked(true);
    await until(() => seen.length === 1, 'the lock event');
    expect((await signals.sample()).locked).toBe(true);
    desktop.setLocked(false);
    await until(() => seen.length === 2, 'the unlock event');
    expect(seen).toEqual([true, false]);
    expect((await signals.sample()).locked).toBe(false);
  });

  it("sees GNOME's screen saver ActiveChanged when logind is not there", async () => {
    const { desktop, signals } = await setUp(['mutter', 'gnome-screensaver']);
    const seen: boolean[] = [];
    await signals.onLockChange((locked) => seen.push(locked));
    desktop.setScreenSaverActive('gnome', true);
    await until(() => seen.length === 1, 'the screen saver event');
    expect(seen).toEqual([true]);
    expect((await signals.sample()).locked).toBe(true);
  });

  it('a method that fails or never answers: unknown, logged once, and the sample still answers', async () => {
    const { desktop, signals, logs } = await setUp(undefined, { timeoutMs: 400 });
    desktop.misbehave('GetIdletime', 'hang');
    desktop.misbehave('IsInhibited', 'throw');
    const first = await signals.sample();
    const second = await signals.sample();
    expect(first.idleSeconds).toBeNull();
    expect(second.readings.fullscreen).toMatchObject({ known: false, why: 'unreadable' });
    expect(logs.filter((l) => l.includes('idle'))).toHaveLength(1);
    expect(logs.filter((l) => l.includes('fullscreen'))).toHaveLength(1);
    desktop.misbehave('GetIdletime', null);
    desktop.setIdleMs(1000);
    expect((await signals.sample()).idleSeconds).toBe(1);
  });

  it('asks nothing for signals that are off', async () => {
    const { desktop, signals } = await setUp(undefined, { settings: ALL_OFF });
    const sample = await signals.sample();
    expect(sample.readings).toEqual({});
    expect(sample.cost.spawned).toBe(0);
    expect(desktop.calls.some((c) => c.includes('Notifications') || c.includes('IsInhibited'))).toBe(false);
    // Idle and lock are not settings: they are still read.
    expect(desktop.calls).toContain('org.gnome.Mutter.IdleMonitor.GetIdletime');
  });
});

describe('KDE', () => {
  it('reads idle time from org.freedesktop.ScreenSaver and do-not-disturb from Inhibited', async () => {
    const { desktop, signals } = await setUp(['kde-screensaver', 'notifications', 'logind'], { kind: 'KDE' });
    desktop.setIdleMs(90_000);
    desktop.setNotificationsInhibited(true);
    const sample = await signals.sample();
    expect(sample.idleSeconds).toBe(90);
    expect(sample.idleSource).toBe('org.freedesktop.ScreenSaver');
    expect(sample.readings.dnd).toMatchObject({ known: true, value: true });
    expect(sample.reasons).toContain('dnd');
    // KWin on Wayland: no way to see other windows.
    expect(sample.readings.fullscreen).toMatchObject({ known: false, why: 'wayland' });
  });

  it('reports per-signal availability for the settings window', async () => {
    const { signals } = await setUp(['kde-screensaver', 'notifications', 'logind'], { kind: 'KDE' });
    const report = await signals.availability();
    expect(report).toMatchObject({ dnd: 'works', fullscreen: 'wayland', idle: 'works', lock: 'works' });
  });

  it('a Wayland desktop with none of the services: idle is unknown, not 0', async () => {
    const { signals } = await setUp(['notifications'], { kind: 'KDE' });
    const sample = await signals.sample();
    expect(sample.idleSeconds).toBeNull();
    expect((await signals.availability()).idle).toBe('wayland');
  });
});
