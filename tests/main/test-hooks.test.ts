import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  findTrayAction,
  installTestHooks,
  scriptedDesktopPorts,
  type TestHooks,
} from '../../electron/main/test-hooks';
import { setupDesktopSignals } from '../../electron/main/desktop/setup';
import { trayModel } from '../../electron/core/tray-model';
import { startFakeDesktop, type FakeDesktop } from '../support/fake-desktop-bus';

describe('e2e tray hook', () => {
  const model = trayModel({
    status: { kind: 'next', at: 0 },
    now: 0,
    zone: 'UTC',
    routines: [{ id: 'upper-back-desk-reset', title: 'Upper-back desk reset', setting: 'desk' }],
  });

  it('finds actions by their menu path', () => {
    expect(findTrayAction(model.items, ['Pause', 'For 30 minutes'])).toEqual({
      kind: 'pause',
      request: { kind: 'minutes', minutes: 30 },
    });
    expect(findTrayAction(model.items, ['Start routine', 'Upper-back desk reset'])).toEqual({
      kind: 'start-routine',
      routineId: 'upper-back-desk-reset',
    });
  });

  it('finds nothing for a submenu, an unknown label or a disabled item', () => {
    expect(findTrayAction(model.items, ['Pause'])).toBeNull();
    expect(findTrayAction(model.items, ['Dance'])).toBeNull();
    expect(findTrayAction(model.items, ['Resume'])).toBeNull();
  });
});

/** The hooks as the app installs them with UNSLOUCH_E2E=1. */
function installHooks() {
  const previous = process.env.UNSLOUCH_E2E;
  process.env.UNSLOUCH_E2E = '1';
  try {
    installTestHooks(
      () => null,
      () => {},
    );
  } finally {
    process.env.UNSLOUCH_E2E = previous;
  }
}
const hooks = () => (globalThis as { __unslouchTest?: TestHooks }).__unslouchTest!;

describe('e2e scripted desktop', () => {
  it('is off unless both UNSLOUCH_E2E=1 and UNSLOUCH_E2E_DESKTOP=scripted', () => {
    expect(scriptedDesktopPorts({})).toBeNull();
    expect(scriptedDesktopPorts({ UNSLOUCH_E2E: '1' })).toBeNull();
    expect(scriptedDesktopPorts({ UNSLOUCH_E2E_DESKTOP: 'scripted' })).toBeNull();
  });

  it('answers what the suite scripted, from the next sample on, and drives the engine’s busy reasons', async () => {
    const env = { UNSLOUCH_E2E: '1', UNSLOUCH_E2E_DESKTOP: 'scripted' };
    const ports = scriptedDesktopPorts(env);
    if (!ports) throw new Error('no scripted desktop');
    installHooks();
    const setup = setupDesktopSignals({
      platform: 'darwin',
      powerMonitor: { getSystemIdleTime: () => 999 },
      settings: () => ({}),
      ownPids: () => [1],
      log: () => {},
      ...ports,
    });
    expect(setup.idleSeconds()).toBe(0);
    hooks().scriptDesktop({ busy: ['call'], idleSeconds: 42 });
    expect(setup.busyReasons()).toEqual([]);
    await setup.signals.sample();
    expect(setup.busyReasons()).toEqual(['call']);
    expect(setup.idleSeconds()).toBe(42);
    expect(setup.signals.last()?.readings.call).toMatchObject({ known: true, value: true });
    hooks().scriptDesktop({ busy: [] });
    await setup.signals.sample();
    expect(setup.busyReasons()).toEqual([]);
    expect((await setup.availability()).fullscreen).toBe('works');
  });
});

describe('e2e fake-bus desktop', () => {
  let desktop: FakeDesktop | null = null;
  afterEach(async () => {
    await desktop?.stop();
    desktop = null;
  });

  it('needs the desktop’s environment as JSON, and names the variable when it is missing', () => {
    expect(() => scriptedDesktopPorts({ UNSLOUCH_E2E: '1', UNSLOUCH_E2E_DESKTOP: 'fake-bus' })).toThrow(
      /UNSLOUCH_E2E_DESKTOP_ENV/,
    );
    expect(() =>
      scriptedDesktopPorts({
        UNSLOUCH_E2E: '1',
        UNSLOUCH_E2E_DESKTOP: 'fake-bus',
        UNSLOUCH_E2E_DESKTOP_ENV: '3',
      }),
    ).toThrow(/JSON object/);
  });

  it('runs the real probes against the suite’s private bus only, on Linux, with Electron’s Wayland idle time of 0', async () => {
    desktop = await startFakeDesktop(['mutter', 'gnome-session', 'logind']);
    const ports = scriptedDesktopPorts({
      UNSLOUCH_E2E: '1',
      UNSLOUCH_E2E_DESKTOP: 'fake-bus',
      UNSLOUCH_E2E_DESKTOP_ENV: JSON.stringify(desktop.env('GNOME')),
    });
    if (!ports) throw new Error('no fake-bus desktop');
    installHooks();
    const setup = setupDesktopSignals({
      platform: 'darwin', // the app's own platform is replaced: the fake bus is a Linux desktop
      powerMonitor: { getSystemIdleTime: () => 999 },
      settings: () => ({
        busy: { enabled: true, signals: { fullscreen: true }, apps: [], graceSeconds: 60 },
      }),
      ownPids: () => [process.pid],
      log: () => {},
      ...ports,
    });
    try {
      desktop.setIdleMs(7 * 60_000);
      desktop.setIdleInhibited(true);
      // One wake-up: its sample first, then the engine reads idle and busy.
      let wake: () => void = () => {};
      let woke: { idle: number; busy: readonly string[] } | null = null;
      setup
        .wrapScheduler({ plan: (_at: number | null, w: () => void) => void (wake = w) })
        .plan(1, () => (woke = { idle: setup.idleSeconds(), busy: setup.busyReasons() }));
      wake();
      await vi.waitFor(() => expect(woke).not.toBeNull());
      expect(setup.signals.last()?.idleSource).toBe('Mutter IdleMonitor');
      expect(woke!.idle).toBeGreaterThanOrEqual(420);
      expect(woke!.idle).toBeLessThan(425);
      expect(woke!.busy).toEqual(['fullscreen']);
      expect(desktop.calls).toContain('org.gnome.Mutter.IdleMonitor.GetIdletime');
      // Electron's own idle time, as the scripted powerMonitor answers it: 0 until the suite sets it.
      expect(ports.powerMonitor?.getSystemIdleTime()).toBe(0);
      hooks().scriptDesktop({ idleSeconds: 12 });
      expect(ports.powerMonitor?.getSystemIdleTime()).toBe(12);
      expect(() => hooks().scriptDesktop({ busy: ['call'] })).toThrow(/real probes read busy/);
      // Sealed off from the machine's own tools.
      expect(ports.env?.PATH).toBe('');
    } finally {
      setup.close();
    }
  });
});
