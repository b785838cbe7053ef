import { describe, expect, it } from 'vitest';
import {
  findTrayAction,
  installTestHooks,
  scriptedDesktopPorts,
  type TestHooks,
} from '../../electron/main/test-hooks';
import { setupDesktopSignals } from '../../electron/main/desktop/setup';
import { trayModel } from '../../electron/core/tray-model';

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

describe('e2e scripted desktop', () => {
  const hooks = () => (globalThis as { __unslouchTest?: TestHooks }).__unslouchTest!;

  it('is off unless both UNSLOUCH_E2E=1 and UNSLOUCH_E2E_DESKTOP=scripted', () => {
    expect(scriptedDesktopPorts({})).toBeNull();
    expect(scriptedDesktopPorts({ UNSLOUCH_E2E: '1' })).toBeNull();
    expect(scriptedDesktopPorts({ UNSLOUCH_E2E_DESKTOP: 'scripted' })).toBeNull();
  });

  it('answers what the suite scripted, from the next sample on, and drives the engine’s busy reasons', async () => {
    const env = { UNSLOUCH_E2E: '1', UNSLOUCH_E2E_DESKTOP: 'scripted' };
    const ports = scriptedDesktopPorts(env);
    if (!ports) throw new Error('no scripted desktop');
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
    const setup = setupDesktopSignals({
      platform: 'darwin',
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
