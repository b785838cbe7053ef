/**
 * The small modules index.ts wires in: platform conventions and the
 * notification keeper through the desktop harness's Electron stand-in, and
 * setupDesktopSignals' ports (idle, wake-ups, lock) with a scripted facade.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APP_USER_MODEL_ID, applyPlatformConventions } from '../../../electron/main/platform-conventions';
import { createNotificationKeeper } from '../../../electron/main/notification-keeper';
import { setupDesktopSignals, type DesktopSetupPorts } from '../../../electron/main/desktop/setup';
import { emptySample, type DesktopSample, type DesktopSignals } from '../../../electron/main/desktop';
import { createFakeElectron } from '../../desktop/harness/fake-electron/create.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function fakeElectron() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-wiring-'));
  dirs.push(dir);
  const { electron, ctx } = createFakeElectron({
    appPath: dir,
    paths: { userData: dir, temp: dir, home: dir },
  });
  ctx.becomeReady();
  return { electron, ctx };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
async function collect() {
  for (let i = 0; i < 3; i++) {
    await tick();
    gc();
  }
}

describe('platform conventions', () => {
  it('Windows gets the AppUserModelID electron-builder uses; Linux nothing', () => {
    const { electron, ctx } = fakeElectron();
    applyPlatformConventions(electron.app, 'linux');
    expect(ctx.calls.filter((c) => c.method === 'setAppUserModelId')).toEqual([]);
    applyPlatformConventions(electron.app, 'win32');
    expect(ctx.calls.filter((c) => c.method === 'setAppUserModelId').map((c) => c.args)).toEqual([
      [APP_USER_MODEL_ID],
    ]);
    const builder = fs.readFileSync(path.join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');
    expect(builder).toMatch(new RegExp(`^appId: ${APP_USER_MODEL_ID.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('macOS hides the Dock icon', () => {
    const hide = vi.fn();
    applyPlatformConventions({ setAppUserModelId: vi.fn(), dock: { hide } }, 'darwin');
    expect(hide).toHaveBeenCalledOnce();
  });
});

describe('notifications stay referenced until clicked or closed (electron#16922)', () => {
  it('without the keeper, a dropped notification loses its click handler in the stand-in', async () => {
    const { electron, ctx } = fakeElectron();
    const clicked = vi.fn();
    let id = '';
    (() => {
      const n = new electron.Notification({ title: 'A break is coming up' });
      n.on('click', clicked);
      n.show();
      id = n.id as string;
    })();
    await collect();
    await expect(ctx.run('notification.click', { id })).rejects.toThrow(/garbage-collected/);
    expect(clicked).not.toHaveBeenCalled();
  });

  it('with the keeper, the click still reaches the app, and the reference goes after it', async () => {
    const { electron, ctx } = fakeElectron();
    const keeper = createNotificationKeeper();
    const clicked = vi.fn();
    let id = '';
    (() => {
      const n = keeper.keep(new electron.Notification({ title: 'A break is coming up' }));
      n.on('click', clicked);
      n.show();
      id = n.id as string;
    })();
    await collect();
    expect(keeper.size()).toBe(1);
    await ctx.run('notification.click', { id });
    expect(clicked).toHaveBeenCalledOnce();
    expect(keeper.size()).toBe(0);
  });

  it('a dismissed notification is released too', async () => {
    const { electron, ctx } = fakeElectron();
    const keeper = createNotificationKeeper();
    const n = keeper.keep(new electron.Notification({ title: 'x' }));
    n.show();
    await ctx.run('notification.dismiss', { id: n.id });
    expect(keeper.size()).toBe(0);
  });
});

function scriptedSignals(samples: Partial<DesktopSample>[]) {
  const order: string[] = [];
  let last: DesktopSample | null = null;
  const lockHandlers: ((locked: boolean) => void)[] = [];
  const signals: DesktopSignals = {
    sample: async () => {
      order.push('sample');
      last = { ...emptySample(), ...samples.shift() };
      return last;
    },
    last: () => last,
    availability: async () => ({}) as never,
    onLockChange: async (l) => (lockHandlers.push(l), () => {}),
    close: () => {},
  };
  return { signals, order, lockHandlers };
}

/** setupDesktopSignals with quiet defaults (macOS, powerMonitor 0, no settings); `ports` override them. */
const quietSetup = (ports: Partial<DesktopSetupPorts> & Pick<DesktopSetupPorts, 'signals'>) =>
  setupDesktopSignals({
    platform: 'darwin',
    powerMonitor: { getSystemIdleTime: () => 0 },
    settings: () => ({}),
    ownPids: () => [1],
    log: () => {},
    ...ports,
  });

describe('setupDesktopSignals', () => {
  it('on Wayland a wake-up waits for a sample, and idle time is the desktop’s (powerMonitor says 0)', async () => {
    const { signals, order } = scriptedSignals([{ idleSeconds: 420, idleSource: 'Mutter IdleMonitor' }]);
    let now = 1_000_000;
    const setup = quietSetup({
      platform: 'linux',
      env: { XDG_SESSION_TYPE: 'wayland' },
      now: () => now,
      signals,
    });
    let wake: () => void = () => {};
    const scheduler = setup.wrapScheduler({ plan: (_at: number | null, w: () => void) => void (wake = w) });
    let idleAtWake = -1;
    scheduler.plan(5, () => {
      order.push('wake');
      idleAtWake = setup.idleSeconds();
    });
    wake();
    await vi.waitFor(() => expect(order).toEqual(['sample', 'wake']));
    expect(idleAtWake).toBe(420);
    now += 3000;
    expect(setup.idleSeconds()).toBe(423);
  });

  it('on macOS, Windows and X11 the wake-up waits for its sample too, and idle time is powerMonitor’s', async () => {
    for (const [platform, env] of [
      ['darwin', {}],
      ['win32', {}],
      ['linux', { XDG_SESSION_TYPE: 'x11' }],
    ] as const) {
      const { signals, order } = scriptedSignals([{ idleSeconds: 9 }]);
      const setup = quietSetup({
        platform,
        env,
        powerMonitor: { getSystemIdleTime: () => 75 },
        signals,
      });
      let wake: () => void = () => {};
      const scheduler = setup.wrapScheduler({ plan: (_at: number | null, w: () => void) => void (wake = w) });
      scheduler.plan(5, () => order.push(`wake:${setup.idleSeconds()}`));
      wake();
      expect(order).toEqual(['sample']);
      await vi.waitFor(() => expect(order).toEqual(['sample', 'wake:75']));
    }
  });

  /** A setup whose wake-ups note the busy signals the engine reads (`heard`). */
  function busyWakes(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, samples: Partial<DesktopSample>[]) {
    const scripted = scriptedSignals(samples);
    const setup = quietSetup({
      platform,
      env,
      signals: scripted.signals,
    });
    let wake: () => void = () => {};
    const scheduler = setup.wrapScheduler({ plan: (_at: number | null, w: () => void) => void (wake = w) });
    const heard: (readonly string[])[] = [];
    scheduler.plan(5, () => heard.push(setup.busyReasons()));
    return { heard, order: scripted.order, wake: () => wake() };
  }

  it('on every OS the engine reads the busy signals of the wake-up’s own sample, not the previous one', async () => {
    // 09:29:30: a call began after the 09:29 sample; the wake-up must see it, or a heads-up flashes first.
    for (const [platform, env] of [
      ['darwin', {}],
      ['win32', {}],
      ['linux', { XDG_SESSION_TYPE: 'x11' }],
      ['linux', { XDG_SESSION_TYPE: 'wayland' }],
    ] as const) {
      const { heard, wake } = busyWakes(platform, env, [
        { reasons: [] },
        { reasons: ['call'] },
        { reasons: [] },
      ]);
      wake();
      await vi.waitFor(() => expect(heard).toEqual([[]]));
      wake();
      await vi.waitFor(() => expect(heard).toEqual([[], ['call']]));
      wake();
      await vi.waitFor(() => expect(heard).toEqual([[], ['call'], []]));
    }
  });

  it('the wake-up hands the engine the instant it fired, not the end of its sample', async () => {
    const { signals, order } = scriptedSignals([{}]);
    let now = 1_000;
    const setup = quietSetup({
      platform: 'win32',
      now: () => now,
      signals,
    });
    let wake: () => void = () => {};
    const scheduler = setup.wrapScheduler({ plan: (_at: number | null, w: () => void) => void (wake = w) });
    const firedAt: (number | undefined)[] = [];
    scheduler.plan(5, (at?: number) => void firedAt.push(at));
    wake();
    now = 2_400; // PowerShell took 1.4 s
    await vi.waitFor(() => expect(firedAt).toEqual([1_000]));
    expect(order).toEqual(['sample']);
  });

  it('afterSample runs its work once a fresh sample is in (a return from sleep or a lock)', async () => {
    const { signals, order } = scriptedSignals([{ reasons: ['call'] }]);
    const setup = quietSetup({
      signals,
    });
    const busyThen: (readonly string[])[] = [];
    setup.afterSample(() => busyThen.push(setup.busyReasons()));
    expect(busyThen).toEqual([]);
    await vi.waitFor(() => expect(busyThen).toEqual([['call']]));
    expect(order).toEqual(['sample']);
  });

  it('a return from sleep or a lock waits for a fresh sample, and the system events keep their order', async () => {
    const { signals, order } = scriptedSignals([{ reasons: ['call'] }, { reasons: [] }]);
    const setup = quietSetup({
      platform: 'linux',
      env: { XDG_SESSION_TYPE: 'x11' },
      signals,
    });
    const send = setup.sampleBeforeReturns((event) =>
      order.push(`${event} ${setup.busyReasons().join(',')}`),
    );
    send('resume');
    send('lock');
    send('unlock');
    await vi.waitFor(() => expect(order).toHaveLength(5));
    expect(order).toEqual(['sample', 'resume call', 'lock call', 'sample', 'unlock ']);
  });

  it('a wake-up while a sample is under way waits for that one: no second sample at once', async () => {
    const { heard, order, wake } = busyWakes('darwin', {}, [{ reasons: ['dnd'] }, { reasons: [] }]);
    wake();
    wake();
    await vi.waitFor(() => expect(heard).toEqual([['dnd'], ['dnd']]));
    expect(order).toEqual(['sample']);
    wake();
    await vi.waitFor(() => expect(heard).toEqual([['dnd'], ['dnd'], []]));
    expect(order).toEqual(['sample', 'sample']);
  });

  it('a facade whose sample throws still wakes the engine, and the failure is logged', async () => {
    const logs: string[] = [];
    const setup = setupDesktopSignals({
      platform: 'win32',
      powerMonitor: { getSystemIdleTime: () => 0 },
      settings: () => ({}),
      ownPids: () => [1],
      log: (m) => logs.push(m),
      signals: { ...scriptedSignals([]).signals, sample: () => Promise.reject(new Error('boom')) },
    });
    let wake: () => void = () => {};
    const scheduler = setup.wrapScheduler({ plan: (_at: number | null, w: () => void) => void (wake = w) });
    let woke = 0;
    scheduler.plan(5, () => (woke += 1));
    wake();
    await vi.waitFor(() => expect(woke).toBe(1));
    expect(logs).toEqual(['desktop sample failed: boom']);
  });

  it('Linux lock changes reach the handler; on macOS and Windows Electron’s own events do it', async () => {
    const linux = scriptedSignals([]);
    const seen: boolean[] = [];
    quietSetup({
      platform: 'linux',
      signals: linux.signals,
    }).onLock((locked) => seen.push(locked));
    await tick();
    linux.lockHandlers.forEach((h) => h(true));
    expect(seen).toEqual([true]);
    const mac = scriptedSignals([]);
    quietSetup({
      signals: mac.signals,
    }).onLock(() => {});
    expect(mac.lockHandlers).toEqual([]);
  });

  it('reads busy.* from the settings object only when it has that shape', async () => {
    const seen: unknown[] = [];
    const setup = setupDesktopSignals({
      platform: 'linux',
      env: {},
      powerMonitor: { getSystemIdleTime: () => 0 },
      settings: () => ({ busy: { enabled: true, signals: { apps: true }, apps: [], graceSeconds: 60 } }),
      ownPids: () => [process.pid],
      log: () => {},
      signalOptions: {
        run: async (file) => (
          seen.push(file),
          { ok: false, kind: 'missing', code: 'ENOENT', stdout: '', stderr: '' }
        ),
        bus: {
          call: async () => ({ ok: false, problem: 'none', missing: true }),
          subscribe: async () => null,
          calls: () => 0,
          close: () => {},
        },
      },
    });
    // apps is on but the list is empty: nothing to look for, nothing started.
    const sample = await setup.signals.sample();
    expect(sample.readings).toEqual({});
    expect(seen).toEqual([]);
  });
});
