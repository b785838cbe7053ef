/**
 * The desktop signals facade: at the moments the engine already wakes,
 * `sample()` answers whether the person is busy (and why), how long they have
 * been idle and whether the screen is locked. It never throws, never polls by
 * itself, and starts nothing for a signal that is off in settings.
 */
import os from 'node:os';
// Deadlines on real work are real time: node:timers, so a simulated clock (the desktop harness) cannot expire them early.
import { clearTimeout, setTimeout } from 'node:timers';
import {
  BUSY_SIGNALS,
  DESKTOP_SIGNALS,
  type BusySettingsShape,
  type BusySignal,
  type DesktopSignalName,
  type DesktopSignalsReport,
  type SignalAvailability,
} from '../../shared/desktop-signals';
import { nodeFiles, type FileAccess, type OwnWindows, type ProbeContext, type Rect } from './context';
import { createBusAccess, type BusAccess } from './dbus';
import { createRunner, type Runner } from './run';
import { unknown, type Reading } from './types';
import { readDarwinApps } from './apps/darwin';
import { readLinuxApps } from './apps/linux';
import { readWin32Apps } from './apps/win32';
import { readDarwinCall } from './call/darwin';
import { readLinuxCall } from './call/linux';
import { readWin32Call } from './call/win32';
import { readDarwinDnd } from './dnd/darwin';
import { readLinuxDnd } from './dnd/linux';
import { readWin32Dnd } from './dnd/win32';
import { readDarwinFullscreen } from './fullscreen/darwin';
import { readLinuxFullscreen } from './fullscreen/linux';
import { readWin32Fullscreen } from './fullscreen/win32';
import { readLinuxIdle } from './idle/linux';
import { readLinuxLock, watchLinuxLock } from './lock/linux';
import { readDarwinScreenShare } from './screen-share/darwin';
import { readLinuxScreenShare } from './screen-share/linux';
import { readWin32ScreenShare } from './screen-share/win32';

export type { Reading } from './types';
export type { OwnWindows, Rect } from './context';

type Probe<T> = (ctx: ProbeContext, apps: string[]) => Promise<Reading<T>>;
type Platform = 'linux' | 'darwin' | 'win32';

const BUSY_PROBES: Record<BusySignal, Record<Platform, Probe<boolean>>> = {
  dnd: { linux: readLinuxDnd, darwin: readDarwinDnd, win32: readWin32Dnd },
  fullscreen: { linux: readLinuxFullscreen, darwin: readDarwinFullscreen, win32: readWin32Fullscreen },
  call: { linux: readLinuxCall, darwin: readDarwinCall, win32: readWin32Call },
  screenShare: { linux: readLinuxScreenShare, darwin: readDarwinScreenShare, win32: readWin32ScreenShare },
  apps: {
    linux: (ctx, apps) => readLinuxApps(ctx, apps).then(anyRunning),
    darwin: (ctx, apps) => readDarwinApps(ctx, apps).then(anyRunning),
    win32: (ctx, apps) => readWin32Apps(ctx, apps).then(anyRunning),
  },
};

function anyRunning(r: Reading<string[]>): Reading<boolean> {
  return r.known ? { known: true, value: r.value.length > 0, source: r.value.join(', ') || r.source } : r;
}

export interface DesktopSample {
  /** At least one enabled signal is on (and busy.enabled). */
  busy: boolean;
  /** The signals that are on, in BUSY_SIGNALS order. */
  reasons: BusySignal[];
  /** What each signal that was asked answered (signals that are off are absent). */
  readings: Partial<Record<BusySignal, Reading<boolean>>>;
  /** Seconds since the last input, null when the system cannot tell. */
  idleSeconds: number | null;
  idleSource: string | null;
  /** Screen locked (Linux; elsewhere Electron's own events tell), null when unknown. */
  locked: boolean | null;
  /** Processes started and D-Bus calls made for this sample. */
  cost: { spawned: number; busCalls: number; ms: number };
}

export interface DesktopSignalsOptions {
  platform: NodeJS.Platform;
  /** Current busy.* settings; undefined: no busy signal is asked. */
  settings: () => BusySettingsShape | undefined;
  /** Our own processes and windows: they never count as "another app". */
  ownWindows: () => OwnWindows;
  env?: NodeJS.ProcessEnv;
  home?: string;
  execPath?: string;
  displays?: () => Rect[];
  electronIdleSeconds?: () => number;
  log?: (message: string) => void;
  run?: Runner;
  bus?: BusAccess;
  files?: FileAccess;
  /** A probe that has not answered by then counts as "could not be read". */
  probeTimeoutMs?: number;
}

export interface DesktopSignals {
  sample(): Promise<DesktopSample>;
  /** The last sample's answer, for synchronous ports (the engine's idle sample). */
  last(): DesktopSample | null;
  /** Asks every signal once (the settings window opening): does it work here? */
  availability(): Promise<DesktopSignalsReport>;
  /** Lock changes, from system events where there are some (Linux D-Bus) and from samples. */
  onLockChange(listener: (locked: boolean) => void): Promise<() => void>;
  close(): void;
}

const availabilityOf = (r: Reading<unknown>): SignalAvailability => (r.known ? 'works' : r.why);

export function createDesktopSignals(options: DesktopSignalsOptions): DesktopSignals {
  const platform = (
    ['linux', 'darwin', 'win32'].includes(options.platform) ? options.platform : null
  ) as Platform | null;
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const baseRun = options.run ?? createRunner(env);
  let spawned = 0;
  const run: Runner = (file, args, o) => {
    spawned += 1;
    return baseRun(file, args, o);
  };
  let ownBus: BusAccess | null = null;
  const bus = (): BusAccess => options.bus ?? (ownBus ??= createBusAccess(env));
  const timeoutMs = options.probeTimeoutMs ?? (platform === 'win32' ? 10_000 : 4_000);
  const logged = new Set<DesktopSignalName>();
  let latest: DesktopSample | null = null;
  const lockListeners = new Set<(locked: boolean) => void>();
  let lockKnown: boolean | null = null;
  /** Lock events seen so far, so a sample begun before one does not undo it. */
  let lockEvents = 0;

  const context = (): ProbeContext => {
    const memo = new Map<string, Promise<unknown>>();
    return {
      platform: options.platform,
      env,
      home: options.home ?? os.homedir(),
      execPath: options.execPath ?? process.execPath,
      run,
      bus: bus(),
      files: options.files ?? nodeFiles,
      own: safe(options.ownWindows, { pids: [process.pid], windowIds: [] }),
      displays: () => safe(options.displays ?? (() => []), []),
      electronIdleSeconds: () => safe(options.electronIdleSeconds ?? (() => 0), 0),
      once: <T>(key: string, read: () => Promise<T>) => {
        if (!memo.has(key)) memo.set(key, read());
        return memo.get(key) as Promise<T>;
      },
    };
  };

  /** A probe's answer within the time limit; a throw or a hang is "could not be read", logged once. */
  const guarded = async <T>(
    name: DesktopSignalName,
    probe: () => Promise<Reading<T>>,
  ): Promise<Reading<T>> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<Reading<T>>((resolve) => {
      timer = setTimeout(() => resolve(unknown('unreadable', `no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    let reading: Reading<T>;
    try {
      reading = await Promise.race([probe(), late]);
    } catch (error) {
      reading = unknown('unreadable', `failed: ${(error as Error)?.message ?? String(error)}`);
    } finally {
      clearTimeout(timer);
    }
    if (!reading.known && reading.why === 'unreadable') {
      if (!logged.has(name)) log(`desktop signal ${name} could not be read: ${reading.detail}`);
      logged.add(name);
    } else if (reading.known) logged.delete(name);
    return reading;
  };

  const setLock = (locked: boolean) => {
    if (locked === lockKnown || (lockKnown === null && !locked)) {
      lockKnown = locked;
      return;
    }
    lockKnown = locked;
    for (const listener of lockListeners) {
      try {
        listener(locked);
      } catch (error) {
        log(`lock listener failed: ${(error as Error).message}`);
      }
    }
  };

  const readIdle = (ctx: ProbeContext): Promise<Reading<number>> =>
    platform === 'linux'
      ? guarded('idle', () => readLinuxIdle(ctx))
      : Promise.resolve({ known: true, value: ctx.electronIdleSeconds(), source: 'powerMonitor' });

  const sample = async (): Promise<DesktopSample> => {
    const started = performance.now();
    const spawnedBefore = spawned;
    const lockEventsBefore = lockEvents;
    const callsBefore = bus().calls();
    const ctx = context();
    const busy = safe(options.settings, undefined);
    const asked = BUSY_SIGNALS.filter(
      (s) =>
        platform !== null &&
        busy?.enabled === true &&
        busy.signals[s] &&
        (s !== 'apps' || busy.apps.length > 0),
    );
    const [readings, idle, lock] = await Promise.all([
      Promise.all(asked.map((s) => guarded(s, () => BUSY_PROBES[s][platform!](ctx, busy?.apps ?? [])))),
      readIdle(ctx),
      platform === 'linux' ? guarded('lock', () => readLinuxLock(ctx)) : Promise.resolve(null),
    ]);
    const byName = Object.fromEntries(asked.map((s, i) => [s, readings[i]!])) as DesktopSample['readings'];
    const reasons = asked.filter((s) => {
      const r = byName[s];
      return r?.known === true && r.value;
    });
    // A lock event that came while this sample ran is newer than its reading: the event wins.
    if (lock?.known && lockEvents === lockEventsBefore) setLock(lock.value);
    latest = {
      busy: reasons.length > 0,
      reasons,
      readings: byName,
      idleSeconds: idle.known ? idle.value : null,
      idleSource: idle.known ? idle.source : null,
      locked: lock?.known ? lock.value : null,
      cost: {
        spawned: spawned - spawnedBefore,
        busCalls: bus().calls() - callsBefore,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
    };
    return latest;
  };

  const availability = async (): Promise<DesktopSignalsReport> => {
    const report = Object.fromEntries(DESKTOP_SIGNALS.map((s) => [s, 'unsupported'])) as DesktopSignalsReport;
    if (platform === null) return report;
    const ctx = context();
    const apps = safe(options.settings, undefined)?.apps ?? [];
    await Promise.all([
      ...BUSY_SIGNALS.map(async (s) => {
        report[s] = availabilityOf(await guarded(s, () => BUSY_PROBES[s][platform](ctx, apps)));
      }),
      readIdle(ctx).then((r) => (report.idle = availabilityOf(r))),
      (platform === 'linux'
        ? guarded('lock', () => readLinuxLock(ctx))
        : Promise.resolve({ known: true, value: false, source: 'powerMonitor' } as const)
      ).then((r) => (report.lock = availabilityOf(r))),
    ]);
    return report;
  };

  let watching: Promise<() => void> | null = null;
  const onLockChange = async (listener: (locked: boolean) => void) => {
    lockListeners.add(listener);
    if (platform === 'linux' && !watching) {
      watching = watchLinuxLock(
        bus(),
        env,
        safe(options.ownWindows, { pids: [process.pid], windowIds: [] }).pids[0] ?? process.pid,
        (locked) => {
          lockEvents += 1;
          setLock(locked);
        },
      )
        .then((w) => w.stop)
        .catch((error: unknown) => {
          log(`lock events could not be watched: ${(error as Error)?.message ?? error}`);
          return () => {};
        });
    }
    await watching;
    return () => {
      lockListeners.delete(listener);
    };
  };

  return {
    sample: () =>
      sample().catch((error: unknown) => {
        // Not reachable by design (every probe is guarded); kept so the engine never sees a throw.
        log(`desktop signals sample failed: ${(error as Error)?.message ?? error}`);
        return emptySample();
      }),
    last: () => latest,
    availability: () =>
      availability().catch(
        () => Object.fromEntries(DESKTOP_SIGNALS.map((s) => [s, 'unreadable'])) as DesktopSignalsReport,
      ),
    onLockChange,
    close() {
      void watching?.then((stop) => stop());
      ownBus?.close();
    },
  };
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** A sample that knows nothing (no signal answered): not busy, nothing read. */
export const emptySample = (): DesktopSample => ({
  busy: false,
  reasons: [],
  readings: {},
  idleSeconds: null,
  idleSource: null,
  locked: null,
  cost: { spawned: 0, busCalls: 0, ms: 0 },
});
