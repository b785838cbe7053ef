/**
 * Wires the desktop signals into today's app with as little as possible in
 * index.ts: the idle port, the wake scheduler (a sample before every wake-up
 * the engine already has), Linux lock events, and the settings window's probe.
 * Electron-free: Electron's parts come in as ports (tested with stand-ins).
 */
import { isBusySettingsShape, type DesktopSignalsReport } from '../../shared/desktop-signals';
import type { WakeScheduler } from '../../core/service/break-service';
import type { SystemEvent } from '../system-events';
import type { BusySignal } from '../../shared/desktop-signals';
import { linuxDesktop, type Rect } from './context';
import { createDesktopSignals, type DesktopSignals, type DesktopSignalsOptions } from './index';

export interface DesktopSetupPorts {
  platform: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  powerMonitor: { getSystemIdleTime(): number };
  /** Electron's screen (display bounds), where it is ready. */
  displays?: () => Rect[];
  /** The whole settings object; `busy` is read from it when it has one. */
  settings: () => unknown;
  /** Our processes (main and every renderer). */
  ownPids: () => number[];
  ownWindowIds?: () => string[];
  now?: () => number;
  log: (message: string) => void;
  /** Only for tests: a facade built elsewhere. */
  signals?: DesktopSignals;
  signalOptions?: Partial<DesktopSignalsOptions>;
}

export interface DesktopSetup {
  signals: DesktopSignals;
  /** The engine's idle port: the desktop's answer where powerMonitor is wrong (Wayland), else powerMonitor. */
  idleSeconds(): number;
  /**
   * A scheduler whose every wake-up first takes one sample (and none in
   * between), on every OS: the engine decides with what the desktop says at
   * that instant, so a call that began since the last wake-up is held at once.
   */
  wrapScheduler<S extends WakeScheduler>(inner: S): S;
  /**
   * Runs `then` once a fresh sample is in: for a return from sleep or a
   * lock, so the engine does not judge with the busy signals from before.
   */
  afterSample(then: () => void): Promise<void>;
  /**
   * Wraps the system-event handler: a return from sleep or a lock waits for a
   * fresh sample (a call may have begun meanwhile, R11), and every event keeps
   * its order behind it.
   */
  sampleBeforeReturns(send: (event: SystemEvent) => void): (event: SystemEvent) => void;
  /** Linux screen lock (Electron has no lock-screen event there, electron#24800); elsewhere nothing to do. */
  onLock(handler: (locked: boolean) => void): void;
  /** The busy signals that were on at the latest sample (R11; the engine applies the settings). */
  busyReasons(): readonly BusySignal[];
  availability(): Promise<DesktopSignalsReport>;
  close(): void;
}

export function setupDesktopSignals(ports: DesktopSetupPorts): DesktopSetup {
  const env = ports.env ?? process.env;
  const now = ports.now ?? Date.now;
  const powerIdle = () => {
    try {
      return ports.powerMonitor.getSystemIdleTime();
    } catch {
      return 0;
    }
  };
  const signals =
    ports.signals ??
    createDesktopSignals({
      platform: ports.platform,
      env,
      settings: () => {
        const busy = (ports.settings() as { busy?: unknown } | null)?.busy;
        return isBusySettingsShape(busy) ? busy : undefined;
      },
      ownWindows: () => ({ pids: ports.ownPids(), windowIds: ports.ownWindowIds?.() ?? [] }),
      displays: ports.displays,
      electronIdleSeconds: powerIdle,
      log: ports.log,
      ...ports.signalOptions,
    });
  // On Wayland powerMonitor's idle time stays 0 (electron#27912): idle time is the desktop's answer there.
  const desktopIdle = ports.platform === 'linux' && linuxDesktop(env).session === 'wayland';
  let sampledAt = 0;
  /** The sample under way: a wake-up while one runs (a re-plan fired early) waits for it rather than start another. */
  let sampling: Promise<void> | null = null;
  const takeSample = () => {
    const startedAt = now();
    return signals.sample().then(() => {
      sampledAt = startedAt;
    });
  };
  const sampleOnce = () =>
    (sampling ??= takeSample()
      // The facade's sample never throws; should one still, the engine goes on with the last answer.
      .catch((error: unknown) => ports.log(`desktop sample failed: ${(error as Error)?.message ?? error}`))
      .finally(() => {
        sampling = null;
      }));
  /** Runs work the app hands on (the engine's wake-up, a system event); a throw goes to `failed`, never left unhandled. */
  const guarded = (work: () => void, failed: (message: string) => void) => {
    try {
      work();
    } catch (error) {
      failed(String((error as Error)?.message ?? error));
    }
  };
  const afterSample = (then: () => void): Promise<void> =>
    sampleOnce().then(() => guarded(then, (message) => ports.log(`after a desktop sample: ${message}`)));

  return {
    signals,
    idleSeconds() {
      const last = signals.last();
      if (!desktopIdle || last?.idleSeconds === null || last?.idleSeconds === undefined) return powerIdle();
      // The sample was taken at this wake-up; a few ms may have passed since.
      return last.idleSeconds + Math.max(0, Math.floor((now() - sampledAt) / 1000));
    },
    wrapScheduler(inner) {
      const plan: WakeScheduler['plan'] = (at, onWake) =>
        inner.plan(at, () => {
          // The engine decides as of the instant the wake-up fired, with the sample taken then,
          // however long the sample took (PowerShell on Windows: about a second).
          const firedAt = now();
          void afterSample(() => onWake(firedAt));
        });
      return { ...inner, plan };
    },
    afterSample,
    sampleBeforeReturns(send) {
      let queue: Promise<void> = Promise.resolve();
      return (event) => {
        const deliver = () =>
          guarded(
            () => send(event),
            (message) => ports.log(`system event ${event}: ${message}`),
          );
        queue = queue.then(() =>
          event === 'resume' || event === 'unlock' ? afterSample(deliver) : deliver(),
        );
      };
    },
    onLock(handler) {
      if (ports.platform !== 'linux') return;
      void signals.onLockChange((locked) => {
        ports.log(`the desktop says the screen is ${locked ? 'locked' : 'unlocked'}`);
        handler(locked);
      });
    },
    busyReasons: () => signals.last()?.reasons ?? [],
    availability: () => signals.availability(),
    close: () => signals.close(),
  };
}
