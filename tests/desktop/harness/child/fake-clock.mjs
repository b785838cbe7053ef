/**
 * A simulated clock for the app process (desktop harness), installed by the
 * runner BEFORE the built main is imported, so the app, node-schedule (and
 * long-timeout inside it), electron-store and Temporal all see it:
 *
 * - `Date.now()`, `new Date()` and `Date()` read the simulated instant; every
 *   other use of `Date` is the real one (same prototype, so `instanceof Date`
 *   holds for dates made anywhere).
 * - `setTimeout`/`clearTimeout`/`setInterval`/`clearInterval` are simulated:
 *   a timer fires only when the harness moves the clock past its due instant
 *   (`advanceTo`), in due order (creation order for equal instants), with the
 *   clock set to the instant it was due — like @sinonjs/fake-timers' tickAsync.
 *   Between two firings the real event loop runs a few turns, so promise
 *   continuations, setImmediate work and commands from the harness happen
 *   "at" the instant that caused them.
 * - Zero-delay timers (Node clamps 0 to 1 ms) are how code yields, not how it
 *   waits: they run on the real event loop at the current simulated instant.
 * - `setImmediate`, `process.nextTick`, `performance.now()` and Node's
 *   internal timers stay real.
 * - A firing may start real work the app waits for before it carries on (a
 *   wake-up takes a desktop sample first: processes, D-Bus). In real time that
 *   work ends long before the next timer is due (a minute later), so the
 *   runner's `settle` hook holds the clock after a firing until it has ended;
 *   without it the clock would run ahead of the app (see `setSettle`).
 */

const TIMEOUT_MAX = 2 ** 31 - 1;
/** Real event-loop turns between two firings (promise chains, setImmediate in the fake Electron). */
const FLUSH_TURNS = 4;
/** A guard against an interval of 1 ms running forever inside one advance. */
const MAX_FIRINGS_PER_ADVANCE = 200_000;

export function installFakeClock(startMs) {
  if (!Number.isFinite(startMs)) throw new Error(`fake clock: start instant is not a number: ${startMs}`);
  const RealDate = globalThis.Date;
  const real = {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    setInterval: globalThis.setInterval,
    clearInterval: globalThis.clearInterval,
    setImmediate: globalThis.setImmediate,
  };

  let now = Math.trunc(startMs);
  let seq = 0;
  let fired = 0;
  /** @type {Map<number, FakeTimer>} */
  const timers = new Map();
  let yieldQueued = false;
  /** Names of harness events seen since the last firing (for `stopOn`). */
  let seen = [];
  let advancing = Promise.resolve();
  /** @type {{ before(): unknown, after(mark: unknown): Promise<void> } | null} */
  let settle = null;

  class FakeTimer {
    constructor(callback, delay, args, repeat) {
      this.id = ++seq;
      this._callback = callback;
      this._args = args;
      this._delay = clampDelay(delay);
      this._repeat = repeat;
      this._ref = true;
      this._immediate = this._delay <= 1;
      this.at = now + this._delay;
      this.order = this.id;
      timers.set(this.id, this);
      if (this._immediate) queueYieldTimers();
    }
    ref() {
      this._ref = true;
      return this;
    }
    unref() {
      this._ref = false;
      return this;
    }
    hasRef() {
      return this._ref;
    }
    refresh() {
      if (timers.has(this.id)) {
        this.at = now + this._delay;
        this.order = ++seq;
      }
      return this;
    }
    close() {
      timers.delete(this.id);
      return this;
    }
    [Symbol.toPrimitive]() {
      return this.id;
    }
  }

  function clampDelay(delay) {
    const n = Number(delay);
    // Node: anything not in [1, TIMEOUT_MAX] becomes 1 (with a warning above the max).
    return n >= 1 && n <= TIMEOUT_MAX ? Math.trunc(n) : 1;
  }

  function clear(timer) {
    if (timer === null || timer === undefined) return;
    const id = typeof timer === 'object' ? timer.id : Number(timer);
    timers.delete(id);
  }

  function run(timer) {
    if (timer._repeat) {
      timer.at = Math.max(now, timer.at) + timer._delay;
      timer.order = ++seq;
    } else {
      timers.delete(timer.id);
    }
    fired++;
    try {
      timer._callback(...timer._args);
    } catch (error) {
      // As Node does: an error thrown by a timer is an uncaught exception.
      real.setImmediate(() => {
        throw error;
      });
    }
  }

  /** Zero-delay timers: run on the real event loop, at the current simulated instant. */
  function queueYieldTimers() {
    if (yieldQueued) return;
    yieldQueued = true;
    real.setImmediate(() => {
      yieldQueued = false;
      const due = [...timers.values()].filter((t) => t._immediate && !t._repeat);
      for (const timer of due.sort(byDue)) if (timers.has(timer.id)) run(timer);
    });
  }

  function byDue(a, b) {
    return a.at - b.at || a.order - b.order;
  }

  function earliest() {
    let best = null;
    for (const timer of timers.values()) if (best === null || byDue(timer, best) < 0) best = timer;
    return best;
  }

  async function flush() {
    for (let i = 0; i < FLUSH_TURNS; i++) await new Promise((resolve) => real.setImmediate(resolve));
  }

  /**
   * Moves the clock forward to `target`, firing every timer due on the way.
   * With `stopOn` (harness event names such as 'window.created'), stops right
   * after the firing that made one of them happen; the clock stays there.
   */
  function advanceTo(target, { stopOn = [] } = {}) {
    const step = advancing.then(async () => {
      // A function target is read when this advance's turn comes (after earlier ones).
      const to = Math.trunc(typeof target === 'function' ? target() : target);
      if (!Number.isFinite(to)) throw new Error(`fake clock: not an instant: ${target}`);
      if (to < now) {
        throw new Error(
          `fake clock: cannot go back from ${new RealDate(now).toISOString()} to ${new RealDate(to).toISOString()}`,
        );
      }
      const from = now;
      let count = 0;
      let stopped = null;
      await flush();
      for (;;) {
        const next = earliest();
        if (next === null || next.at > to) break;
        if (count >= MAX_FIRINGS_PER_ADVANCE) {
          throw new Error(`fake clock: more than ${MAX_FIRINGS_PER_ADVANCE} timers fired in one advance`);
        }
        now = Math.max(now, next.at);
        seen = [];
        const mark = settle?.before();
        run(next);
        count++;
        await flush();
        if (settle) {
          await settle.after(mark);
          await flush(); // what the app did once its wait was over
        }
        const hit = seen.find((name) => stopOn.includes(name));
        if (hit) {
          stopped = hit;
          break;
        }
      }
      if (stopped === null) now = to;
      return { from, now, fired: count, stoppedOn: stopped };
    });
    advancing = step.catch(() => {});
    return step;
  }

  function FakeDate(...args) {
    if (!new.target) return new RealDate(now).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [now] : args, new.target);
  }
  FakeDate.prototype = RealDate.prototype;
  FakeDate.now = () => now;
  FakeDate.parse = RealDate.parse;
  FakeDate.UTC = RealDate.UTC;
  Object.defineProperty(FakeDate, 'name', { value: 'Date' });
  FakeDate.toString = () => RealDate.toString();

  globalThis.Date = FakeDate;
  globalThis.setTimeout = (callback, delay, ...args) => new FakeTimer(callback, delay, args, false);
  globalThis.setInterval = (callback, delay, ...args) => new FakeTimer(callback, delay, args, true);
  globalThis.clearTimeout = clear;
  globalThis.clearInterval = clear;

  return {
    RealDate,
    real,
    now: () => now,
    advanceTo,
    advanceBy: (ms, options) => advanceTo(() => now + Math.max(0, Number(ms)), options),
    /**
     * `before()` is called just before a timer fires, `after(mark)` with its
     * answer once the firing's promise work has run; the clock moves on when
     * `after` resolves.
     */
    setSettle(hook) {
      settle = hook;
    },
    /** The harness saw an event (window.created, notification.shown…): for stopOn. */
    noteEvent(name) {
      seen.push(name);
    },
    pending: () =>
      [...timers.values()].sort(byDue).map((t) => ({
        id: t.id,
        at: new RealDate(t.at).toISOString(),
        delay: t._delay,
        repeat: t._repeat,
        ref: t._ref,
      })),
    fired: () => fired,
  };
}

/**
 * A wake-up of the app is one node-schedule job firing: the app takes a
 * desktop sample (real processes and D-Bus, bounded by the probes' own time
 * limit) and then plans its next job. Real time puts a minute between two
 * wake-ups, far more than a sample takes, so the clock waits for the new plan
 * before it fires anything else; without this a long advance would run whole
 * wake-ups ahead of the app's samples. The wait is bounded for a wake-up after
 * which the app plans nothing (asleep, a routine running). `countJobs` reads
 * node-schedule's `scheduledJobs` as the app sees it.
 */
export const WAKE_UP_SETTLE_MAX_MS = 12_000;
export function holdForWakeUps(clock, countJobs, maxMs = WAKE_UP_SETTLE_MAX_MS) {
  clock.setSettle({
    before: () => countJobs(),
    async after(jobsBefore) {
      if (!(jobsBefore > 0) || countJobs() !== 0) return;
      const started = performance.now();
      while (countJobs() === 0 && performance.now() - started < maxMs)
        await new Promise((resolve) => clock.real.setTimeout(resolve, 2));
      // Said where a failing spec shows it (the app's stderr is attached): the clock moves on unheld.
      if (countJobs() === 0)
        console.error(
          `[harness] a wake-up planned nothing within ${maxMs} ms of real time; the clock moves on`,
        );
    },
  });
}
