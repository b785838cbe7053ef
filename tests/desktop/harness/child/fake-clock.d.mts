/** Types for fake-clock.mjs, for TypeScript callers (unit tests of the clock). */

export interface AdvanceResult {
  from: number;
  now: number;
  fired: number;
  stoppedOn: string | null;
}

export interface SettleHook {
  before(): unknown;
  after(mark: unknown): Promise<void>;
}

export interface FakeClock {
  RealDate: DateConstructor;
  real: {
    setTimeout: typeof setTimeout;
    clearTimeout: typeof clearTimeout;
    setInterval: typeof setInterval;
    clearInterval: typeof clearInterval;
    setImmediate: typeof setImmediate;
  };
  now(): number;
  advanceTo(target: number | (() => number), options?: { stopOn?: string[] }): Promise<AdvanceResult>;
  advanceBy(ms: number, options?: { stopOn?: string[] }): Promise<AdvanceResult>;
  setSettle(hook: SettleHook | null): void;
  noteEvent(name: string): void;
  pending(): { id: number; at: string; delay: number; repeat: boolean; ref: boolean }[];
  fired(): number;
}

export function installFakeClock(startMs: number): FakeClock;

export const WAKE_UP_SETTLE_MAX_MS: number;
export function holdForWakeUps(clock: FakeClock, countJobs: () => number | null, maxMs?: number): void;
