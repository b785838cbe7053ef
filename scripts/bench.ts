/**
 * `npm run bench`: how fast and how frugal the break engine is over a year.
 *
 * Simulates a reproducible random year (seeded PRNG) of one person at work in
 * Europe/Berlin with the default settings plus a few public holidays as days
 * off: each work day some idle stretches, a lunch lock, now and then a sleep,
 * pauses of every kind, skips, on-demand routines, and prompt answers mixing
 * complete, snooze, skip and ignore; calls, full-screen apps, screen sharing
 * and do-not-disturb stretches with every busy signal on (R11, from their own
 * seeded stream so the rest of the year stays as it was). BreakEngine is driven directly by a
 * simulated clock, as the app drives it: events in time order, a tick at
 * every nextWake() that comes first, no ticks while asleep.
 *
 * Prints one figure per line, no pass/fail. Then runs scripts/bench-renderer.ts,
 * scripts/bench-desktop.ts and scripts/bench-stores.ts when they exist and passes
 * their output through.
 *
 *   npm run bench                                   # heap sampled
 *   node --expose-gc --import tsx scripts/bench.ts  # heap sampled after GCs too
 *   BENCH_SEED=7 npm run bench                      # another random year
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Temporal } from 'temporal-polyfill';
import { BreakEngine } from '../electron/core/engine/break-engine';
import type { Effect, EngineEvent, RoutineChoices } from '../electron/core/engine/types';
import { DEFAULT_SETTINGS, WEEKDAYS, type Settings } from '../electron/core/settings/schema';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ZONE = 'Europe/Berlin';
const YEAR = 2026;
const SEED = Number(process.env.BENCH_SEED ?? 20260323);
const ROUTINES: RoutineChoices = { desk: ['desk-a', 'desk-b', 'desk-c'], floor: ['floor-a'] };
const SECOND = 1000;
const MINUTE = 60 * SECOND;

// ---------------------------------------------------------------- random

/** mulberry32: small, fast, and the same year for the same seed everywhere. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  };
}
const rand = prng(SEED);
/** R11's busy stretches draw from their own stream, so adding them left the rest of the year unchanged. */
const busyRand = prng(SEED ^ 0x5eed11);

// ---------------------------------------------------------------- the year

const at = (date: Temporal.PlainDate, minuteOfDay: number): number =>
  date
    .toPlainDateTime({ hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 })
    .toZonedDateTime(ZONE, { disambiguation: 'compatible' }).epochMilliseconds;

const first = Temporal.PlainDate.from({ year: YEAR, month: 1, day: 1 });
const dates: Temporal.PlainDate[] = [];
for (let d = first; d.year === YEAR; d = d.add({ days: 1 })) dates.push(d);
/** Local midnights, so the loop finds an instant's date without Temporal. */
const midnights = [...dates, dates[dates.length - 1]!.add({ days: 1 })].map((d) => at(d, 0));
function dateIndex(t: number): number {
  let lo = 0;
  let hi = dates.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (midnights[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// A handful of public holidays (Berlin, 2026) as days off.
const DAYS_OFF = [
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-01',
  '2026-05-14',
  '2026-05-25',
  '2026-10-03',
  '2026-12-25',
];
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  workHours: { ...DEFAULT_SETTINGS.workHours, daysOff: DAYS_OFF },
};

type DayKind = 'work' | 'weekend' | 'day off';
const kindOf = (d: Temporal.PlainDate): DayKind => {
  if (settings.workHours.daysOff.includes(d.toString())) return 'day off';
  return settings.workHours.days[WEEKDAYS[d.dayOfWeek - 1]!].length ? 'work' : 'weekend';
};
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
/** Per date: its kind and its work ranges as instants (R1), computed before the clock starts. */
const days = dates.map((d) => {
  const kind = kindOf(d);
  const ranges: [number, number][] =
    kind === 'work'
      ? settings.workHours.days[WEEKDAYS[d.dayOfWeek - 1]!].map((r) => [
          at(d, minutesOf(r.start)),
          at(d, minutesOf(r.end)),
        ])
      : [];
  return { kind, ranges };
});

interface Scheduled {
  at: number;
  event: EngineEvent;
  /** For the start of an away stretch: when the person is back. */
  awayUntil?: number;
  /** For an on-demand routine: how long it runs. */
  routineMs?: number;
}

const figuresBusy = { stretches: 0 };

/** The person's year as a time-ordered list of engine events. */
function generateYear(): Scheduled[] {
  const out: Scheduled[] = [];
  let asleepSince: number | null = null; // the machine sleeps overnight some days
  for (const date of dates) {
    const kind = kindOf(date);
    if (kind !== 'work') {
      // A weekend or holiday: now and then a short session with a routine (outside work time).
      if (asleepSince === null || !rand.chance(0.2)) continue;
      const wake = at(date, rand.int(600, 720));
      out.push({ at: asleepSince, event: { type: 'suspend' }, awayUntil: wake });
      out.push({ at: wake, event: { type: 'resume' } });
      out.push({
        at: wake + 5 * MINUTE,
        event: { type: 'start-routine', routineId: rand.pick(ROUTINES.desk) },
        routineMs: rand.int(2, 5) * MINUTE,
      });
      asleepSince = wake + rand.int(20, 60) * MINUTE;
      continue;
    }
    const arrive = at(date, rand.int(8 * 60 + 20, 9 * 60 + 20));
    if (asleepSince !== null) {
      out.push({ at: asleepSince, event: { type: 'suspend' }, awayUntil: arrive });
      out.push({ at: arrive, event: { type: 'resume' } });
      asleepSince = null;
    }
    // Away stretches of the day, kept apart: lunch first, then the rest where they fit.
    const stretches: { start: number; end: number; how: 'idle' | 'lock' | 'sleep' }[] = [];
    const fits = (start: number, end: number) =>
      end > start && stretches.every((s) => end + MINUTE < s.start || start > s.end + MINUTE);
    const add = (start: number, minutes: number, how: 'idle' | 'lock' | 'sleep') => {
      const end = start + minutes * MINUTE;
      if (start > arrive && fits(start, end)) stretches.push({ start, end, how });
    };
    add(at(date, rand.int(11 * 60 + 50, 12 * 60 + 10)), rand.int(40, 75), 'lock');
    for (let i = rand.int(2, 5); i > 0; i--) {
      add(
        at(date, rand.int(9 * 60, 17 * 60)) + rand.int(0, 59) * SECOND,
        rand.chance(0.7) ? rand.int(1, 4) : rand.int(5, 20),
        'idle',
      );
    }
    if (rand.chance(0.3)) add(at(date, rand.int(9 * 60, 16 * 60)), rand.int(3, 15), 'lock');
    if (rand.chance(0.08)) add(at(date, rand.int(13 * 60 + 30, 16 * 60)), rand.int(10, 60), 'sleep');
    const isAway = (t: number) => stretches.some((s) => t >= s.start - MINUTE && t <= s.end + MINUTE);

    const actions: Scheduled[] = [];
    const act = (t: number, event: EngineEvent, extra: Partial<Scheduled> = {}) => {
      if (!isAway(t) && t > arrive) actions.push({ at: t, event, ...extra });
    };
    const r = rand.next();
    if (r < 0.12)
      act(at(date, rand.int(9 * 60 + 30, 16 * 60)), {
        type: 'pause',
        request: { kind: 'minutes', minutes: rand.int(15, 90) },
      });
    else if (r < 0.15)
      act(at(date, rand.int(14 * 60, 16 * 60 + 30)), { type: 'pause', request: { kind: 'tomorrow' } });
    else if (r < 0.18) {
      const from = at(date, rand.int(10 * 60, 15 * 60));
      act(from, { type: 'pause', request: { kind: 'indefinite' } });
      act(from + rand.int(20, 120) * MINUTE, { type: 'resume-breaks' });
    } else if (r < 0.2) {
      const from = at(date, rand.int(9 * 60 + 30, 11 * 60));
      act(from, { type: 'pause', request: { kind: 'until', at: from + rand.int(30, 120) * MINUTE } });
    }
    if (rand.chance(0.1)) act(at(date, rand.int(9 * 60, 16 * 60 + 30)), { type: 'skip-next' });
    if (rand.chance(0.15)) {
      act(
        at(date, rand.int(9 * 60, 16 * 60 + 45)),
        { type: 'start-routine', routineId: rand.pick(ROUTINES.desk) },
        { routineMs: rand.int(2, 5) * MINUTE },
      );
    }

    for (const s of stretches) {
      if (s.how === 'idle') {
        out.push({ at: s.start, event: { type: 'presence', idleSince: s.start }, awayUntil: s.end });
        out.push({ at: s.end, event: { type: 'presence', idleSince: null } });
      } else if (s.how === 'lock') {
        out.push({ at: s.start, event: { type: 'lock' }, awayUntil: s.end });
        out.push({ at: s.end, event: { type: 'unlock' } });
      } else {
        out.push({ at: s.start, event: { type: 'suspend' }, awayUntil: s.end });
        out.push({ at: s.end, event: { type: 'resume' } });
      }
    }
    out.push(...actions);
    // R11: a few busy stretches a day (calls, a presentation, a full-screen video, focus mode).
    let busyFrom = at(date, 9 * 60);
    for (let n = busyRand.int(0, 4); n > 0; n--) {
      const start = busyFrom + busyRand.int(10, 150) * MINUTE + busyRand.int(0, 59) * SECOND;
      const end = start + busyRand.int(5, 75) * MINUTE;
      if (end > at(date, 17 * 60)) break;
      const reason = busyRand.pick(['call', 'call', 'screenShare', 'fullscreen', 'dnd', 'apps'] as const);
      out.push({ at: start, event: { type: 'busy', reasons: [reason] } });
      out.push({ at: end, event: { type: 'busy', reasons: [] } });
      figuresBusy.stretches++;
      busyFrom = end;
    }
    // Evening: the laptop sleeps until the next morning (60%), or stays on and idle.
    const leave = at(date, rand.int(17 * 60 + 5, 18 * 60 + 30));
    if (rand.chance(0.6)) asleepSince = leave;
    else {
      const back = at(date.add({ days: 1 }), 8 * 60);
      out.push({ at: leave, event: { type: 'presence', idleSince: leave }, awayUntil: back });
      out.push({ at: back, event: { type: 'presence', idleSince: null } });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

// ---------------------------------------------------------------- the simulation

type Answer = 'complete' | 'snooze' | 'skip' | 'ignore';
const pickAnswer = (): Answer => {
  const r = rand.next();
  return r < 0.5 ? 'complete' : r < 0.7 ? 'snooze' : r < 0.85 ? 'skip' : 'ignore';
};

interface Pending {
  at: number;
  event: EngineEvent;
  /** Answers only count for the prompt they were meant for. */
  prompt?: number;
}

interface Figures {
  ms: number;
  delivered: number;
  ticks: number;
  wakesByKind: Record<DayKind, number>;
  wakesInWork: number;
  prompts: number;
  held: number;
  outcomes: Record<string, number>;
  heapPeak: number;
  heapSamples: number;
  heapFirst?: number;
  heapLast?: number;
}

function simulate(script: Scheduled[], gc: (() => void) | undefined): Figures {
  const start = at(first, 0);
  const end = at(dates[dates.length - 1]!.add({ days: 1 }), 0);
  const engine = new BreakEngine({ settings, timezone: ZONE, now: start, routines: ROUTINES });
  const figures: Figures = {
    ms: 0,
    delivered: 0,
    ticks: 0,
    wakesByKind: { work: 0, weekend: 0, 'day off': 0 },
    wakesInWork: 0,
    prompts: 0,
    held: 0,
    outcomes: {},
    heapPeak: 0,
    heapSamples: 0,
  };

  const pending: Pending[] = [];
  const schedule = (p: Pending) => {
    let i = pending.length;
    while (i > 0 && pending[i - 1]!.at > p.at) i--;
    pending.splice(i, 0, p);
  };
  let asleep = false;
  let awayUntil = -Infinity;
  let promptSeq = 0;
  let openPrompt: number | null = null;
  const deferred: Pending[] = [];

  const deliver = (event: EngineEvent, now: number): Effect[] => {
    figures.delivered++;
    const effects = engine.handle(event, now);
    for (const e of effects) {
      if (e.type === 'prompt') {
        figures.prompts++;
        openPrompt = ++promptSeq;
        const answer = pickAnswer();
        const back = Math.max(now, awayUntil);
        const when = back + rand.int(0, 45) * SECOND;
        if (answer === 'complete')
          schedule({ at: when, event: { type: 'answer', action: 'start' }, prompt: openPrompt });
        else if (answer === 'skip')
          schedule({ at: when, event: { type: 'answer', action: 'skip' }, prompt: openPrompt });
        else if (answer === 'snooze') {
          schedule({
            at: when,
            event: { type: 'answer', action: e.snoozesLeft > 0 ? 'snooze' : 'skip' },
            prompt: openPrompt,
          });
        }
      } else if (e.type === 'close-prompt') openPrompt = null;
      else if (e.type === 'held') figures.held++;
      else if (e.type === 'routine-start' && e.trigger === 'prompt') {
        schedule({
          at: now + rand.int(60, 300) * SECOND,
          event: { type: 'finish-routine', outcome: rand.chance(0.85) ? 'completed' : 'partial' },
        });
      } else if (e.type === 'break') figures.outcomes[e.outcome] = (figures.outcomes[e.outcome] ?? 0) + 1;
    }
    return effects;
  };

  // Heap: sampled once per simulated day. With global.gc, after a full GC
  // (the live heap; the GC's time is not counted in the simulation's).
  let nextSample = start;
  let gcMs = 0;
  const sampleHeap = () => {
    if (gc) {
      const g = performance.now();
      gc();
      gcMs += performance.now() - g;
    }
    const used = process.memoryUsage().heapUsed;
    figures.heapSamples++;
    figures.heapPeak = Math.max(figures.heapPeak, used);
    figures.heapFirst ??= used;
    figures.heapLast = used;
  };

  let i = 0;
  const t0 = performance.now();
  for (;;) {
    const fixed = script[i];
    const dyn = pending[0];
    const next = fixed && (!dyn || fixed.at <= dyn.at) ? fixed : dyn;
    const wake = asleep ? null : engine.nextWake();
    if (wake !== null && (!next || wake < next.at)) {
      if (wake >= end) break;
      figures.ticks++;
      const day = days[dateIndex(wake)]!;
      figures.wakesByKind[day.kind]++;
      if (day.ranges.some(([a, b]) => wake >= a && wake < b)) figures.wakesInWork++;
      deliver({ type: 'tick' }, wake);
    } else {
      if (!next || next.at >= end) break;
      const now = next.at;
      if (next === fixed) {
        i++;
        if (fixed.event.type === 'suspend') asleep = true;
        if (fixed.awayUntil !== undefined) awayUntil = fixed.awayUntil;
        const effects = deliver(fixed.event, now);
        if (fixed.event.type === 'resume') {
          asleep = false;
          // What waited for the machine to wake happens now.
          for (const d of deferred.splice(0)) schedule({ ...d, at: now });
        }
        if (fixed.routineMs !== undefined && effects.some((e) => e.type === 'routine-start')) {
          schedule({ at: now + fixed.routineMs, event: { type: 'finish-routine', outcome: 'completed' } });
        }
      } else {
        const p = pending.shift()!;
        if (asleep) deferred.push(p);
        else if (p.prompt === undefined || p.prompt === openPrompt) deliver(p.event, now);
      }
    }
    if ((wake ?? Infinity) >= nextSample && (next?.at ?? Infinity) >= nextSample) {
      nextSample += 24 * 60 * MINUTE;
      sampleHeap();
    }
  }
  figures.ms = performance.now() - t0 - gcMs;
  sampleHeap();
  return figures;
}

// ---------------------------------------------------------------- report

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const fmt = (n: number, digits = 1) => n.toFixed(digits);

const script = generateYear();
gc?.();
const baseline = process.memoryUsage().heapUsed;
const f = simulate(script, gc);

const count = (k: DayKind) => dates.filter((d) => kindOf(d) === k).length;
const workDays = count('work');
const weekendDays = count('weekend');
const offDays = count('day off');
const workHours = dates
  .filter((d) => kindOf(d) === 'work')
  .reduce((h, d) => {
    for (const r of settings.workHours.days[WEEKDAYS[d.dayOfWeek - 1]!]) {
      const [sh, sm] = r.start.split(':').map(Number) as [number, number];
      const [eh, em] = r.end.split(':').map(Number) as [number, number];
      h += (at(d, eh * 60 + em) - at(d, sh * 60 + sm)) / (60 * MINUTE);
    }
    return h;
  }, 0);
const outcomes = Object.entries(f.outcomes)
  .sort((a, b) => b[1] - a[1])
  .map(([k, v]) => `${k} ${v}`)
  .join(', ');

const lines = [
  `engine: simulated work days per second: ${Math.round(workDays / (f.ms / 1000))} (year of random events in ${Math.round(f.ms)} ms)`,
  `engine: simulated year: ${dates.length} days, ${workDays} work days, ${weekendDays} weekend days, ${offDays} days off (seed ${SEED})`,
  `engine: events delivered: ${f.delivered} (${script.length} from the person's year, ${f.ticks} wake-ups, the rest answers)`,
  `engine: wake-ups per work day: ${fmt(f.wakesByKind.work / workDays)}`,
  `engine: wake-ups per non-work day: ${fmt((f.wakesByKind.weekend + f.wakesByKind['day off']) / (weekendDays + offDays), 2)} (weekend ${fmt(f.wakesByKind.weekend / weekendDays, 2)}, day off ${fmt(f.wakesByKind['day off'] / Math.max(1, offDays), 2)})`,
  `engine: wake-ups per work hour: ${fmt(f.wakesInWork / workHours)} (${f.wakesInWork} in ${Math.round(workHours)} work hours)`,
  `engine: prompts per work day: ${fmt(f.prompts / workDays)}; breaks: ${outcomes}`,
  `engine: busy (R11, every signal on): ${fmt(figuresBusy.stretches / workDays)} stretches per work day, ${fmt(f.held / workDays, 2)} breaks held per work day`,
  `engine: peak heap during the simulated year: ${mb(f.heapPeak)} (before: ${mb(baseline)}, ${f.heapSamples} daily samples${gc ? ' after global.gc' : '; no global.gc, so garbage counts too: node --expose-gc --import tsx scripts/bench.ts'})`,
  `engine: heap on the first vs last simulated day: ${mb(f.heapFirst ?? 0)} → ${mb(f.heapLast ?? 0)}`,
];
for (const line of lines) console.log(line);

// ---------------------------------------------------------------- other benches

function passThrough(name: string, file: string) {
  const full = path.join(ROOT, file);
  if (!fs.existsSync(full)) {
    console.log(`${name}: not available (${file} not found)`);
    return;
  }
  const run = spawnSync(process.execPath, ['--import', 'tsx', full], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  const out = (run.stdout ?? '').trimEnd();
  if (out) console.log(out);
  if (run.status !== 0) {
    const why =
      (run.stderr ?? '').trim().split('\n').filter(Boolean).pop() ??
      run.error?.message ??
      `signal ${run.signal}`;
    console.log(`${name}: not available (${file} exited with ${run.status ?? run.signal}: ${why})`);
  }
}

passThrough('renderer', 'scripts/bench-renderer.ts');
passThrough('desktop', 'scripts/bench-desktop.ts');
passThrough('signals', 'scripts/bench-desktop-signals.ts');
passThrough('stores', 'scripts/bench-stores.ts');
