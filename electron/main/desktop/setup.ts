/**
 * Wires the desktop signals into today's app with as little as possible in
 * index.ts: the idle port, the wake scheduler (a sample at every wake-up the
 * engine already has), Linux lock events, and the settings window's probe.
 * Electron-free: Electron's parts come in as ports (tested with stand-ins).
 */
import { isBusySettingsShape, type DesktopSignalsReport } from '../../shared/desktop-signals';
import type { WakeScheduler } from '../../core/service/break-service';
import type { BusySignal } from '../../shared/desktop-signals';
import { linuxDesktop, type Rect } from './context';
import {
  createDesktopSignals,
  type DesktopSample,
  type DesktopSignals,
  type DesktopSignalsOptions,
} from './index';

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
  /** A scheduler that takes one sample at every wake-up (and none in between). */
  wrapScheduler<S extends WakeScheduler>(inner: S): S;
  /** Linux screen lock (Electron has no lock-screen event there, electron#24800); elsewhere nothing to do. */
  onLock(handler: (locked: boolean) => void): void;
  /** The busy signals that were on at the latest sample (R11; the engine applies the settings). */
  busyReasons(): readonly BusySignal[];
  /** Every sample, for whoever turns busy into engine events. */
  onSample(listener: (sample: DesktopSample) => void): void;
  /**
   * Where a wake-up does not wait for its sample (everywhere but Wayland), the
   * engine read the previous sample's busy signals; when this wake-up's own
   * sample finds them changed, the listener hears it at once, so a busy
   * stretch's end (R11's grace time) counts from the sample that saw it, not
   * from the next wake-up a minute later.
   */
  onBusyChange(listener: (reasons: readonly BusySignal[]) => void): void;
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
  // On Wayland powerMonitor's idle time stays 0 (electron#27912): the wake-up must wait for the desktop's answer.
  const sampleFirst = ports.platform === 'linux' && linuxDesktop(env).session === 'wayland';
  const listeners = new Set<(sample: DesktopSample) => void>();
  const busyListeners = new Set<(reasons: readonly BusySignal[]) => void>();
  let sampledAt = 0;
  const busyReasons = (): readonly BusySignal[] => signals.last()?.reasons ?? [];
  const tellBusyChange = (heard: readonly BusySignal[]) => {
    const reasons = busyReasons();
    if (reasons.length === heard.length && reasons.every((r, i) => r === heard[i])) return;
    for (const listener of busyListeners) {
      try {
        listener(reasons);
      } catch (error) {
        ports.log(`busy change listener failed: ${(error as Error).message}`);
      }
    }
  };

  const takeSample = async () => {
    const at = now();
    const sample = await signals.sample();
    sampledAt = at;
    for (const listener of listeners) {
      try {
        listener(sample);
      } catch (error) {
        ports.log(`desktop sample listener failed: ${(error as Error).message}`);
      }
    }
  };

  return {
    signals,
    idleSeconds() {
      const last = signals.last();
      if (!sampleFirst || last?.idleSeconds === null || last?.idleSeconds === undefined) return powerIdle();
      // The sample was taken at this wake-up; a few ms may have passed since.
      return last.idleSeconds + Math.max(0, Math.floor((now() - sampledAt) / 1000));
    },
    wrapScheduler(inner) {
      const plan: WakeScheduler['plan'] = (at, onWake) =>
        inner.plan(at, () => {
          if (sampleFirst) void takeSample().finally(onWake);
          else {
            const heard = busyReasons();
            onWake();
            void takeSample().then(() => tellBusyChange(heard));
          }
        });
      return { ...inner, plan };
    },
    onLock(handler) {
      if (ports.platform !== 'linux') return;
      void signals.onLockChange((locked) => {
        ports.log(`the desktop says the screen is ${locked ? 'locked' : 'unlocked'}`);
        handler(locked);
      });
    },
    busyReasons,
    onSample: (listener) => void listeners.add(listener),
    onBusyChange: (listener) => void busyListeners.add(listener),
    availability: () => signals.availability(),
    close: () => signals.close(),
  };
}
