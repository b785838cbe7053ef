/**
 * The facade with recorded outputs in place of the system tools: what each OS
 * runs, that nothing runs for a signal that is off, and that a failing or
 * hanging tool never reaches the caller.
 */
import { describe, expect, it } from 'vitest';
import { createDesktopSignals } from '../../../electron/main/desktop';
import type { FileAccess } from '../../../electron/main/desktop/context';
import type { BusAccess } from '../../../electron/main/desktop/dbus';
import type { RunResult, Runner } from '../../../electron/main/desktop/run';
import { BUSY_SIGNALS, type BusySettingsShape } from '../../../electron/shared/desktop-signals';
import { fixture } from './fixtures';

const settings = (on: boolean, apps = ['zoom.exe', 'zoom.us']): BusySettingsShape => ({
  enabled: true,
  signals: { dnd: on, fullscreen: on, call: on, screenShare: on, apps: on },
  apps,
  graceSeconds: 60,
});

function recorder(outputs: Record<string, RunResult | (() => Promise<RunResult>)> = {}) {
  const calls: string[] = [];
  const run: Runner = async (file, args) => {
    calls.push([file, ...args.slice(0, 2)].join(' '));
    const out = outputs[file];
    if (typeof out === 'function') return out();
    return out ?? { ok: false, kind: 'missing', code: 'ENOENT', stdout: '', stderr: '' };
  };
  return { run, calls };
}

const noBus = (): BusAccess & { made: string[] } => {
  const made: string[] = [];
  return {
    made,
    call: async (_bus, target) => {
      made.push(`${target.iface}.${target.member}`);
      return { ok: false, problem: 'no bus here', missing: true };
    },
    subscribe: async () => null,
    calls: () => made.length,
    close: () => {},
  };
};

const files = (map: Record<string, string> = {}): FileAccess => ({
  readText: async (p) => (p in map ? { ok: true, text: map[p]! } : { ok: false, code: 'ENOENT' }),
  list: async () => [],
  link: async () => null,
});

const ok = (stdout: string): RunResult => ({ ok: true, stdout, stderr: '' });

describe.each(['linux', 'darwin', 'win32'] as const)('%s', (platform) => {
  it('starts nothing for signals that are off in settings', async () => {
    const { run, calls } = recorder();
    const bus = noBus();
    const signals = createDesktopSignals({
      platform,
      env: { XDG_SESSION_TYPE: 'x11', XDG_CURRENT_DESKTOP: 'GNOME', DISPLAY: ':0' },
      settings: () => settings(false),
      ownWindows: () => ({ pids: [1], windowIds: [] }),
      run,
      bus,
      files: files(),
    });
    const sample = await signals.sample();
    expect(calls).toEqual([]);
    expect(sample.cost.spawned).toBe(0);
    expect(sample.readings).toEqual({});
    // Only idle and lock (Linux, D-Bus) are asked; neither starts a process.
    expect(bus.made.every((m) => /IdleMonitor|ScreenSaver|login1/.test(m))).toBe(true);
  });

  it('starts nothing either when busy.enabled is off or the settings are missing', async () => {
    const { run, calls } = recorder();
    for (const s of [{ ...settings(true), enabled: false }, undefined]) {
      const signals = createDesktopSignals({
        platform,
        settings: () => s,
        ownWindows: () => ({ pids: [1], windowIds: [] }),
        run,
        bus: noBus(),
        files: files(),
      });
      await signals.sample();
    }
    expect(calls).toEqual([]);
  });

  it('a tool that throws or hangs: the sample answers, the signal is unknown, logged once', async () => {
    const logs: string[] = [];
    const hang = () => new Promise<RunResult>(() => {});
    const { run } = recorder({
      'powershell.exe': hang,
      reg: () => Promise.reject(new Error('spawn EPERM')),
      tasklist: hang,
      osascript: hang,
      ps: () => Promise.reject(new Error('spawn EPERM')),
      xprop: hang,
      pactl: hang,
      gsettings: hang,
      'pw-dump': hang,
      defaults: hang,
    });
    const signals = createDesktopSignals({
      platform,
      env: { XDG_SESSION_TYPE: 'x11', XDG_CURRENT_DESKTOP: 'GNOME', DISPLAY: ':0' },
      settings: () => settings(true),
      ownWindows: () => ({ pids: [1], windowIds: [] }),
      run,
      bus: noBus(),
      files: files(),
      log: (m) => logs.push(m),
      probeTimeoutMs: 50,
    });
    await signals.sample();
    const sample = await signals.sample();
    expect(sample.busy).toBe(false);
    const unreadable = BUSY_SIGNALS.filter(
      (s) => sample.readings[s]?.known === false && sample.readings[s]?.why === 'unreadable',
    );
    expect(unreadable).toEqual(
      {
        win32: ['dnd', 'fullscreen', 'call', 'screenShare', 'apps'],
        darwin: ['dnd', 'fullscreen', 'apps'],
        // Linux reads the process list from /proc (no tool to hang); the call waits for pactl.
        linux: ['dnd', 'fullscreen', 'call', 'screenShare'],
      }[platform],
    );
    const perSignal = new Map<string, number>();
    for (const l of logs) {
      const name = /desktop signal (\w+)/.exec(l)?.[1] ?? '?';
      perSignal.set(name, (perSignal.get(name) ?? 0) + 1);
    }
    expect([...perSignal.values()].every((n) => n === 1)).toBe(true);
    expect(perSignal.size).toBeGreaterThan(0);
  });
});

describe('Windows', () => {
  it('one PowerShell run answers dnd, full screen and presentation; reg and tasklist the rest', async () => {
    const { run, calls } = recorder({
      'powershell.exe': ok(fixture('fullscreen/win32-report-presentation.txt')),
      reg: ok(fixture('call/win32-consent-store-zoom-in-call.txt')),
      tasklist: ok(fixture('apps/win32-tasklist.txt')),
    });
    const signals = createDesktopSignals({
      platform: 'win32',
      settings: () => settings(true),
      ownWindows: () => ({ pids: [10872], windowIds: [] }),
      execPath: 'C:\\Program Files\\Unslouch\\Unslouch.exe',
      run,
      bus: noBus(),
      files: files(),
    });
    const sample = await signals.sample();
    expect(calls.filter((c) => c.startsWith('powershell.exe'))).toHaveLength(1);
    expect(calls).toHaveLength(3);
    expect(sample.reasons).toEqual(['call', 'screenShare', 'apps']);
    expect(sample.readings.apps).toMatchObject({ known: true, value: true, source: 'zoom.exe' });
  });

  it('a full-screen window of our own does not count', async () => {
    const { run } = recorder({
      'powershell.exe': ok('quns=2\r\nforeground_pid=10872\r\nfocus_assist=0\r\n'),
    });
    const signals = createDesktopSignals({
      platform: 'win32',
      settings: () => ({ ...settings(false), signals: { ...settings(false).signals, fullscreen: true } }),
      ownWindows: () => ({ pids: [10872], windowIds: [] }),
      run,
      bus: noBus(),
      files: files(),
    });
    expect((await signals.sample()).readings.fullscreen).toMatchObject({ known: true, value: false });
  });
});

describe('macOS', () => {
  it('Focus from the assertions file, full screen from System Events, apps from ps', async () => {
    const { run, calls } = recorder({
      osascript: ok(fixture('fullscreen/darwin-keynote-fullscreen.txt')),
      ps: ok(fixture('apps/darwin-ps.txt')),
    });
    const signals = createDesktopSignals({
      platform: 'darwin',
      home: '/Users/ann',
      settings: () => settings(true),
      ownWindows: () => ({ pids: [1204], windowIds: [] }),
      displays: () => [{ x: 0, y: 0, width: 1512, height: 982 }],
      run,
      bus: noBus(),
      files: files({
        '/Users/ann/Library/DoNotDisturb/DB/Assertions.json': fixture(
          'dnd/darwin-sonoma-assertions-focus-on.json',
        ),
      }),
    });
    const sample = await signals.sample();
    expect(sample.reasons).toEqual(['dnd', 'fullscreen', 'apps']);
    expect(sample.readings.call).toMatchObject({ known: false, why: 'unsupported' });
    expect(sample.readings.screenShare).toMatchObject({ known: false, why: 'unsupported' });
    expect(calls.sort()).toEqual(['osascript -e tell application "System Events"', 'ps -A -o']);
  });

  it('Focus file without Full Disk Access is "could not be read"; without the file, the legacy preference', async () => {
    const denied: FileAccess = { ...files(), readText: async () => ({ ok: false, code: 'EPERM' }) };
    const dndOnly = { ...settings(false), signals: { ...settings(false).signals, dnd: true } };
    const a = createDesktopSignals({
      platform: 'darwin',
      settings: () => dndOnly,
      ownWindows: () => ({ pids: [1], windowIds: [] }),
      run: recorder().run,
      bus: noBus(),
      files: denied,
    });
    expect((await a.sample()).readings.dnd).toMatchObject({ known: false, why: 'unreadable' });
    const { run } = recorder({ defaults: ok(fixture('dnd/darwin-bigsur-defaults-on.txt')) });
    const b = createDesktopSignals({
      platform: 'darwin',
      settings: () => dndOnly,
      ownWindows: () => ({ pids: [1], windowIds: [] }),
      run,
      bus: noBus(),
      files: files(),
    });
    expect((await b.sample()).readings.dnd).toMatchObject({ known: true, value: true });
  });
});

describe('Linux', () => {
  it('GNOME do-not-disturb and a call through pactl, in the C locale', async () => {
    const seen: { file: string; env?: Record<string, string> }[] = [];
    const run: Runner = async (file, _args, o) => {
      seen.push({ file, env: o?.env });
      if (file === 'gsettings') return ok(fixture('dnd/linux-gnome-gsettings-banners-off.txt'));
      if (file === 'pactl') return ok(fixture('call/linux-pulseaudio-firefox-meeting.txt'));
      return { ok: false, kind: 'missing', code: 'ENOENT', stdout: '', stderr: '' };
    };
    const signals = createDesktopSignals({
      platform: 'linux',
      env: { XDG_SESSION_TYPE: 'x11', XDG_CURRENT_DESKTOP: 'ubuntu:GNOME', DISPLAY: ':0' },
      settings: () => ({
        ...settings(false),
        signals: { ...settings(false).signals, dnd: true, call: true },
      }),
      ownWindows: () => ({ pids: [1], windowIds: [] }),
      run,
      bus: noBus(),
      files: files(),
    });
    const sample = await signals.sample();
    expect(sample.reasons).toEqual(['dnd', 'call']);
    expect(seen.find((s) => s.file === 'pactl')?.env).toEqual({ LC_ALL: 'C' });
  });
});
