/**
 * Property-based tests of the break engine (break-rules.md) with fast-check.
 *
 * Random valid settings and random event streams over a few weeks drive
 * BreakEngine directly through a small simulated clock: events are delivered
 * in time order, and whenever nextWake() comes before the next event a
 * {type:'tick'} is delivered at that instant (never while suspended). A
 * simulated person answers prompts from a random list of answers.
 *
 * The test keeps its own model of the truth (work time computed here with
 * Temporal, who is away since when, pauses as requested, busy as told) and
 * checks each invariant against it. Every simulation runs once: results are
 * memoised by input, and each invariant is a separate fast-check property over
 * the same seeded inputs, so a broken invariant fails alone with its own
 * shrunk counterexample.
 *
 * Two corpora run: a fixed regression corpus (seed 20260323, the same inputs
 * every run; UNSLOUCH_PROPERTY_RUNS of them, default 100) and a fresh one from
 * a new seed each run (UNSLOUCH_PROPERTY_FRESH_RUNS, default 40), so every run
 * also explores inputs no earlier run saw. A failure names its seed; rerun
 * with UNSLOUCH_PROPERTY_SEED=<seed> to get the same fresh inputs again.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { beforeAll, describe, expect, it } from 'vitest';
import { BreakEngine } from '../../electron/core/engine/break-engine';
import { runScenario, type OutputLine, type Scenario } from '../../electron/core/engine/scenario';
import type {
  Effect,
  EngineEvent,
  EngineStatus,
  PauseRequest,
  RoutineChoices,
} from '../../electron/core/engine/types';
import { BUSY_REASONS, type BusyReason } from '../../electron/core/settings/busy';
import {
  rangeSpan,
  settingsSchema,
  WEEKDAYS,
  type Settings,
  type Weekday,
  type WorkRange,
} from '../../electron/core/settings/schema';

const ROUTINES: RoutineChoices = { desk: ['desk-a', 'desk-b'], floor: ['floor-a'] };
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The regression corpus: never change this seed without a reason in the commit message. */
const FIXED_SEED = 20260323;
function envInt(name: string, fallback: () => number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback();
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`${name} must be a whole number, not ${JSON.stringify(raw)}`);
  return n;
}
const FRESH_SEED = envInt('UNSLOUCH_PROPERTY_SEED', () => Math.floor(Math.random() * 2 ** 31));
const RUNS = envInt('UNSLOUCH_PROPERTY_RUNS', () => 100);
const FRESH_RUNS = envInt('UNSLOUCH_PROPERTY_FRESH_RUNS', () => 40);
/** Shrinking a failure stops after this long; the best counterexample so far is reported. */
const SHRINK_MS = 1000;

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Asia/Kathmandu',
  'UTC',
] as const;
/** Start dates near the 2026 DST changes of the zones above, and one quiet one. */
const START_DATES = [
  '2026-03-02',
  '2026-03-24',
  '2026-03-31',
  '2026-09-01',
  '2026-09-30',
  '2026-10-21',
  '2026-06-15',
];

// ====================================================================== inputs

interface RawRange {
  day: number;
  start: number;
  length: number;
}

type Step = { gapMinutes: number; gapSeconds: number } & (
  | { kind: 'idle'; minutes: number; lagSeconds: number }
  | { kind: 'lock'; minutes: number; alsoIdle: boolean; lagSeconds: number }
  | { kind: 'sleep'; minutes: number }
  | { kind: 'pause'; request: 'minutes' | 'until' | 'tomorrow' | 'indefinite'; minutes: number }
  | { kind: 'resume' }
  | { kind: 'skip' }
  | { kind: 'routine'; seconds: number; outcome: 'completed' | 'partial' }
  | { kind: 'timezone'; zone: string }
  /** A busy stretch (R11); it does not hold up the next step, so it overlaps others. */
  | { kind: 'busy'; minutes: number; reason: BusyReason }
  | { kind: 'wait' }
);

interface Answer {
  action: 'start' | 'snooze' | 'skip' | 'ignore';
  delaySeconds: number;
  routineSeconds: number;
  outcome: 'completed' | 'partial';
  /** Deliver even when the prompt has gone meanwhile (the engine must refuse, not break). */
  stale: boolean;
}

interface Input {
  zone: string;
  startDate: string;
  startOffsetMinutes: number;
  breaks: {
    everyMinutes: number;
    noticeSeconds: number;
    snoozeMinutes: number;
    maxSnoozes: number;
    includeFloor: boolean;
    routine: string;
  };
  naturalBreakMinutes: number;
  busy: { enabled: boolean; off: BusyReason[]; graceSeconds: number };
  enabled: boolean;
  /** null: the default work hours. */
  ranges: RawRange[] | null;
  daysOffOffsets: number[];
  steps: Step[];
  answers: Answer[];
}

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Random ranges made valid: a range is kept only if it overlaps nothing kept so far (as the schema rules). */
function buildDays(raw: RawRange[]): Record<Weekday, WorkRange[]> {
  const days = Object.fromEntries(WEEKDAYS.map((d) => [d, [] as WorkRange[]])) as Record<
    Weekday,
    WorkRange[]
  >;
  for (const r of raw) {
    const range = { start: hhmm(r.start), end: hhmm((r.start + r.length) % 1440) };
    const day = WEEKDAYS[r.day]!;
    const next = WEEKDAYS[(r.day + 1) % 7]!;
    const prev = WEEKDAYS[(r.day + 6) % 7]!;
    const span = rangeSpan(range);
    const sameDay = days[day].some((o) => {
      const b = rangeSpan(o);
      return span.from < b.to && b.from < span.to;
    });
    const spillsIntoNext = span.to > 1440 && days[next].some((o) => rangeSpan(o).from < span.to - 1440);
    const prevSpillsIn = days[prev].some((o) => rangeSpan(o).to - 1440 > span.from);
    if (!sameDay && !spillsIntoNext && !prevSpillsIn) days[day].push(range);
  }
  return days;
}

function settingsOf(input: Input): Settings {
  const startDate = Temporal.PlainDate.from(input.startDate);
  const parsed = settingsSchema.safeParse({
    breaks: input.breaks,
    idle: { naturalBreakMinutes: input.naturalBreakMinutes },
    busy: {
      enabled: input.busy.enabled,
      signals: Object.fromEntries(BUSY_REASONS.map((r) => [r, !input.busy.off.includes(r)])),
      graceSeconds: input.busy.graceSeconds,
    },
    workHours: {
      enabled: input.enabled,
      ...(input.ranges ? { days: buildDays(input.ranges) } : {}),
      daysOff: [...new Set(input.daysOffOffsets.map((d) => startDate.add({ days: d }).toString()))],
    },
  });
  // A failure here is a bug in this test's generator, not in the engine.
  if (!parsed.success) throw new Error(`generated invalid settings: ${parsed.error.message}`);
  return parsed.data;
}

const gap = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 30 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 240 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2000 }) },
);

const stepArb: fc.Arbitrary<Step> = fc
  .tuple(
    gap,
    fc.integer({ min: 0, max: 59 }),
    fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record({
          kind: fc.constant('idle' as const),
          minutes: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 120 })),
          lagSeconds: fc.integer({ min: 0, max: 59 }),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant('lock' as const),
          minutes: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 120 })),
          alsoIdle: fc.boolean(),
          lagSeconds: fc.integer({ min: 0, max: 59 }),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('sleep' as const),
          minutes: fc.oneof(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 3000 })),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant('pause' as const),
          request: fc.constantFrom(
            'minutes' as const,
            'until' as const,
            'tomorrow' as const,
            'indefinite' as const,
          ),
          minutes: fc.integer({ min: -60, max: 3000 }),
        }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('resume' as const) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('skip' as const) }) },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('routine' as const),
          seconds: fc.integer({ min: 0, max: 1200 }),
          outcome: fc.constantFrom('completed' as const, 'partial' as const),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant('timezone' as const), zone: fc.constantFrom(...ZONES) }),
      },
      {
        weight: 3,
        arbitrary: fc.record({
          kind: fc.constant('busy' as const),
          minutes: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 240 })),
          reason: fc.constantFrom(...BUSY_REASONS),
        }),
      },
      { weight: 3, arbitrary: fc.record({ kind: fc.constant('wait' as const) }) },
    ),
  )
  .map(([gapMinutes, gapSeconds, action]) => ({ gapMinutes, gapSeconds, ...action }) as Step);

const answerArb: fc.Arbitrary<Answer> = fc.record({
  action: fc.oneof(
    { weight: 3, arbitrary: fc.constant('start' as const) },
    { weight: 3, arbitrary: fc.constant('snooze' as const) },
    { weight: 2, arbitrary: fc.constant('skip' as const) },
    { weight: 2, arbitrary: fc.constant('ignore' as const) },
  ),
  delaySeconds: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 1200 })),
  routineSeconds: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 3600 })),
  outcome: fc.constantFrom('completed' as const, 'partial' as const),
  stale: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

const inputArb: fc.Arbitrary<Input> = fc.record({
  zone: fc.constantFrom(...ZONES),
  startDate: fc.constantFrom(...START_DATES),
  startOffsetMinutes: fc.integer({ min: 0, max: 7 * 1440 }),
  breaks: fc.record({
    everyMinutes: fc.oneof(fc.integer({ min: 5, max: 240 }), fc.constantFrom(5, 30, 240)),
    noticeSeconds: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.constantFrom(0, 30, 300)),
    snoozeMinutes: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constantFrom(1, 5)),
    maxSnoozes: fc.integer({ min: 0, max: 10 }),
    includeFloor: fc.boolean(),
    routine: fc.constantFrom('rotate', 'rotate', 'desk-b', 'floor-a', 'not-in-catalog'),
  }),
  naturalBreakMinutes: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constantFrom(1, 5)),
  busy: fc.record({
    enabled: fc.oneof(
      { weight: 5, arbitrary: fc.constant(true) },
      { weight: 1, arbitrary: fc.constant(false) },
    ),
    off: fc.oneof(
      { weight: 3, arbitrary: fc.constant([] as BusyReason[]) },
      { weight: 1, arbitrary: fc.subarray([...BUSY_REASONS]) },
    ),
    graceSeconds: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constantFrom(0, 60)),
  }),
  enabled: fc.oneof(
    { weight: 4, arbitrary: fc.constant(true) },
    { weight: 1, arbitrary: fc.constant(false) },
  ),
  ranges: fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    {
      weight: 3,
      arbitrary: fc.array(
        fc.record({
          day: fc.integer({ min: 0, max: 6 }),
          start: fc.integer({ min: 0, max: 1439 }),
          length: fc.oneof(fc.integer({ min: 15, max: 300 }), fc.integer({ min: 1, max: 1440 })),
        }),
        { maxLength: 14 },
      ),
    },
  ),
  daysOffOffsets: fc.array(fc.integer({ min: -1, max: 30 }), { maxLength: 4 }),
  steps: fc.array(stepArb, { minLength: 1, maxLength: 200, size: 'max' }),
  answers: fc.array(answerArb, { minLength: 1, maxLength: 12 }),
});

// ====================================================================== the oracle

interface Range {
  start: number;
  end: number;
  date: string;
}

/** Work time computed independently of WorkCalendar (R1). */
class Oracle {
  private cache = new Map<string, Range[]>();
  constructor(
    private readonly settings: Settings,
    readonly zone: string,
  ) {}

  private at(date: Temporal.PlainDate, time: string): number {
    const [hour, minute] = time.split(':').map(Number) as [number, number];
    return Temporal.ZonedDateTime.from(
      { year: date.year, month: date.month, day: date.day, hour, minute, timeZone: this.zone },
      { disambiguation: 'compatible' },
    ).epochMilliseconds;
  }

  dateOf(t: number): Temporal.PlainDate {
    return Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(this.zone).toPlainDate();
  }

  rangesOn(date: Temporal.PlainDate): Range[] {
    const key = date.toString();
    let ranges = this.cache.get(key);
    if (ranges) return ranges;
    ranges = [];
    if (!this.settings.workHours.daysOff.includes(key)) {
      for (const r of this.settings.workHours.days[WEEKDAYS[date.dayOfWeek - 1]!]) {
        const start = this.at(date, r.start);
        const end = this.at(r.end <= r.start ? date.add({ days: 1 }) : date, r.end);
        if (end > start) ranges.push({ start, end, date: key });
      }
    }
    ranges.sort((a, b) => a.start - b.start);
    this.cache.set(key, ranges);
    return ranges;
  }

  /** Ranges of the local dates around the last lookup, and the instants they cover for sure. */
  private window: { lo: number; hi: number; ranges: Range[] } | null = null;

  private near(t: number): Range[] {
    const w = this.window;
    if (w && t >= w.lo && t < w.hi) return w.ranges;
    const d = this.dateOf(t);
    const ranges = [-3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8].flatMap((i) => this.rangesOn(d.add({ days: i })));
    // Any range holding or bounding an instant on dates d-1 … d+6 is in the list.
    const lo = d.subtract({ days: 1 }).toZonedDateTime({ timeZone: this.zone }).epochMilliseconds;
    const hi = d.add({ days: 7 }).toZonedDateTime({ timeZone: this.zone }).epochMilliseconds;
    this.window = { lo, hi, ranges };
    return ranges;
  }

  rangeAt(t: number): Range | null {
    if (!this.settings.workHours.enabled) return { start: -Infinity, end: Infinity, date: '' };
    return this.near(t).find((r) => r.start <= t && t < r.end) ?? null;
  }

  isWork(t: number): boolean {
    return this.rangeAt(t) !== null;
  }

  isBoundary(t: number): boolean {
    return this.near(t).some((r) => r.start === t || r.end === t);
  }

  /** "Until tomorrow": the first range that starts on a later local date, or null when none in 400 days. */
  firstRangeOnLaterDate(t: number): Range | null {
    const today = this.dateOf(t);
    for (let i = 1; i <= 400; i++) {
      const ranges = this.rangesOn(today.add({ days: i }));
      if (ranges.length) return ranges[0]!;
    }
    return null;
  }
}

// ====================================================================== the simulation

const CATEGORIES = [
  'throws',
  'prompt-outside-work',
  'prompt-while-paused',
  'prompt-while-away',
  'prompt-while-routine',
  'prompt-spacing',
  'prompt-outcome',
  'natural-after-range-end',
  'snoozes',
  'notice',
  'pause',
  'wake-in-past',
  'wake-outside-work',
  'wake-while-asleep',
  'wake-while-paused',
  'wake-rate',
  'busy-prompt',
  'busy-held',
  'held-one',
  'busy-no-break',
  'effect-order',
] as const;
type Category = (typeof CATEGORIES)[number];

interface Stats {
  prompts: number;
  reprompts: number;
  outcomes: Record<string, number>;
  onDemand: number;
  zoneChanges: number;
  pauses: number;
  refusals: number;
  ticks: number;
  workHours: number;
  workTicks: number;
  maxDayRate: number;
  busyStretches: number;
  held: number;
  heldPrompts: number;
  heldOutcomes: number;
}

interface SimResult {
  violations: Partial<Record<Category, string>>;
  stats: Stats;
}

type Item = { at: number } & (
  | { kind: 'step'; index: number }
  | { kind: 'engine'; event: EngineEvent }
  | { kind: 'away-end'; event: EngineEvent; alsoPresence: boolean }
  | { kind: 'answer'; prompt: number; answer: number; followUps: number }
  | { kind: 'finish'; outcome: 'completed' | 'partial'; routine: number }
  | { kind: 'busy-end'; reason: BusyReason }
);
type QueueItem = Item & { seq: number };

interface OpenBreak {
  firstAt: number;
  rangeEnd: number;
  zoneChanged: boolean;
  onScreen: boolean;
  snoozes: number;
  /** Held while busy now (R11), and ever. */
  held: boolean;
  everHeld: boolean;
}

function iso(t: number, zone: string): string {
  if (!Number.isFinite(t)) return String(t);
  return Temporal.Instant.fromEpochMilliseconds(t)
    .toZonedDateTimeISO(zone)
    .toString({ timeZoneName: 'never' });
}

function simulate(input: Input): SimResult {
  const settings = settingsOf(input);
  const naturalMs = settings.idle.naturalBreakMinutes * MINUTE;
  const everyMs = settings.breaks.everyMinutes * MINUTE;
  const enabled = settings.workHours.enabled;
  let oracle = new Oracle(settings, input.zone);

  const start = Temporal.PlainDate.from(input.startDate)
    .toZonedDateTime({ timeZone: input.zone })
    .add({ minutes: input.startOffsetMinutes }).epochMilliseconds;

  const violations: Partial<Record<Category, string>> = {};
  const stats: Stats = {
    prompts: 0,
    reprompts: 0,
    outcomes: {},
    onDemand: 0,
    zoneChanges: 0,
    pauses: 0,
    refusals: 0,
    ticks: 0,
    workHours: 0,
    workTicks: 0,
    maxDayRate: 0,
    busyStretches: 0,
    held: 0,
    heldPrompts: 0,
    heldOutcomes: 0,
  };
  let now = start;
  const flag = (category: Category, message: string) => {
    violations[category] ??= `${iso(now, oracle.zone)}: ${message}`;
  };

  // ---- the truth
  let asleep = false;
  /** Start and planned end of the person's current away stretch (idle, lock or sleep). */
  let away = null as { since: number; end: number } | null;
  let lastStretch: { since: number; end: number } | null = null;
  /** The pause as requested; until null = indefinitely. */
  let paused = null as { until: number | null } | null;
  let routine = null as { id: number; ownsBreak: boolean } | null;
  let routineSeq = 0;
  /** The break a prompt opened, until its outcome. */
  let open = null as OpenBreak | null;
  let promptSeq = 0;
  let lastFirstPrompt: number | null = null;
  let answerIndex = 0;
  const ticks: { at: number; zone: string }[] = [];
  // R11: the busy reasons as the engine was told them, and whether they count.
  const busyCounts = new Map<BusyReason, number>();
  const busyOn = () =>
    settings.busy.enabled &&
    BUSY_REASONS.some((r) => settings.busy.signals[r] && (busyCounts.get(r) ?? 0) > 0);
  let lastBusyEnd = -Infinity;
  /** Tells the engine about a busy change, as the app's desktop signals would. */
  const changeBusy = (reason: BusyReason, by: 1 | -1) => {
    const was = busyOn();
    busyCounts.set(reason, (busyCounts.get(reason) ?? 0) + by);
    if (was && !busyOn()) lastBusyEnd = now;
    deliver({ type: 'busy', reasons: reportedBusy() }, now);
  };
  const reportedBusy = () => BUSY_REASONS.filter((r) => (busyCounts.get(r) ?? 0) > 0);
  /** The engine's status after the last call, and the instant of the last effect (emission order). */
  let lastStatus: EngineStatus | null = null;
  let lastEffectAt = -Infinity;
  const zoneSpans: { from: number; zone: string }[] = [{ from: start, zone: input.zone }];

  // ---- the queue
  const queue: QueueItem[] = [];
  let seq = 0;
  const push = (item: Item) => {
    const full = { ...item, seq: seq++ } as QueueItem;
    let i = queue.length;
    while (
      i > 0 &&
      (queue[i - 1]!.at > full.at || (queue[i - 1]!.at === full.at && queue[i - 1]!.seq > full.seq))
    )
      i--;
    queue.splice(i, 0, full);
  };
  const stepAt = (from: number, index: number) => {
    const step = input.steps[index];
    if (step) push({ kind: 'step', index, at: from + step.gapMinutes * MINUTE + step.gapSeconds * SECOND });
  };

  let engine: BreakEngine;
  try {
    engine = new BreakEngine({ settings, timezone: input.zone, now: start, routines: ROUTINES });
  } catch (error) {
    flag('throws', `constructor: ${(error as Error).message}`);
    return { violations, stats };
  }

  /** Delivers one event and checks the effects against the model. */
  const deliver = (event: EngineEvent, at: number, cause: 'tick' | 'away-end' | 'other' = 'other') => {
    now = at;
    // A pause that ran out is over (the engine should say so in this call).
    let expectResumeAt: number | null = null;
    if (paused && paused.until !== null && paused.until <= now) {
      expectResumeAt = paused.until;
      paused = null;
    }
    let effects: Effect[];
    const statusBefore = lastStatus;
    try {
      effects = engine.handle(event, now);
      lastStatus = engine.status();
      engine.prompt();
    } catch (error) {
      flag('throws', `${event.type}: ${(error as Error).stack ?? error}`);
      throw error;
    }
    let breaks = 0;
    let resumed = false;
    let closedThisCall = false;
    /** A new break (not a snoozed or held one) opened in a busy event's call: it must have been due. */
    const openedOnBusy = () => {
      if (event.type !== 'busy') return;
      if (statusBefore?.kind !== 'next' || statusBefore.at > now)
        flag(
          'busy-no-break',
          `a busy event opened a break at ${iso(now, oracle.zone)}; before it the status was ${JSON.stringify(statusBefore)}`,
        );
    };
    for (const effect of effects) {
      // The engine's own emission order: never back in time, never ahead of now.
      if (effect.at < lastEffectAt || effect.at > now)
        flag(
          'effect-order',
          `${effect.type} at ${iso(effect.at, oracle.zone)} after an effect at ${iso(lastEffectAt, oracle.zone)} (call at ${iso(now, oracle.zone)})`,
        );
      lastEffectAt = Math.max(lastEffectAt, effect.at);
      switch (effect.type) {
        case 'prompt': {
          stats.prompts++;
          if (busyOn()) flag('busy-prompt', `prompt (snoozes=${effect.snoozes}) while busy (R11)`);
          if (open?.held) {
            // A held break's prompt, once the busy stretch has ended (R11).
            stats.heldPrompts++;
            const graceMs = settings.busy.graceSeconds * SECOND;
            if (now < lastBusyEnd + graceMs)
              flag(
                'busy-held',
                `a held break prompted at ${iso(now, oracle.zone)}, before the grace time after busy ended at ${iso(lastBusyEnd, oracle.zone)}`,
              );
            if (effect.snoozes !== open.snoozes)
              flag('busy-held', `a held break with ${open.snoozes} snoozes prompted with ${effect.snoozes}`);
            Object.assign(open, { held: false, onScreen: true });
            const mine = ++promptSeq;
            const answer = answerIndex++ % input.answers.length;
            const a = input.answers[answer]!;
            if (a.action !== 'ignore')
              push({ kind: 'answer', prompt: mine, answer, followUps: 0, at: now + a.delaySeconds * SECOND });
            break;
          }
          if (enabled && !oracle.isWork(now)) {
            const context =
              effect.snoozes > 0 && open?.zoneChanged
                ? ' (a snoozed break; the zone changed since its first prompt)'
                : '';
            flag(
              'prompt-outside-work',
              `prompt (snoozes=${effect.snoozes}) outside work time in ${oracle.zone}${context}`,
            );
          }
          if (paused)
            flag(
              'prompt-while-paused',
              `prompt while paused until ${paused.until === null ? 'resumed' : iso(paused.until, oracle.zone)}`,
            );
          if (asleep) flag('prompt-while-away', 'prompt while asleep');
          if (away && now - away.since >= naturalMs) {
            flag(
              'prompt-while-away',
              `prompt after ${(now - away.since) / MINUTE} min away (natural break at ${naturalMs / MINUTE})`,
            );
          }
          if (routine) flag('prompt-while-routine', 'prompt while a routine runs');
          if (effect.snoozes > settings.breaks.maxSnoozes)
            flag('snoozes', `prompt after ${effect.snoozes} snoozes, max ${settings.breaks.maxSnoozes}`);
          if (effect.snoozesLeft !== Math.max(0, settings.breaks.maxSnoozes - effect.snoozes))
            flag('snoozes', `snoozesLeft ${effect.snoozesLeft} after ${effect.snoozes}`);
          if (effect.snoozes === 0) {
            if (open)
              flag(
                'prompt-outcome',
                `new prompt while the break prompted at ${iso(open.firstAt, oracle.zone)} has no outcome`,
              );
            if (lastFirstPrompt !== null && now - lastFirstPrompt < everyMs) {
              flag(
                'prompt-spacing',
                `prompts of two breaks ${(now - lastFirstPrompt) / MINUTE} min apart (every ${everyMs / MINUTE})`,
              );
            }
            openedOnBusy();
            lastFirstPrompt = now;
            open = {
              firstAt: now,
              rangeEnd: oracle.rangeAt(now)?.end ?? now,
              zoneChanged: false,
              onScreen: true,
              snoozes: 0,
              held: false,
              everHeld: false,
            };
          } else {
            stats.reprompts++;
            if (!open || open.onScreen)
              flag('prompt-outcome', `a prompt with snoozes=${effect.snoozes} without a snoozed break`);
            else if (effect.snoozes !== open.snoozes + 1 && effect.snoozes !== open.snoozes)
              flag('snoozes', `snoozes jumped to ${effect.snoozes}`);
            if (open) Object.assign(open, { onScreen: true, snoozes: effect.snoozes });
          }
          const mine = ++promptSeq;
          const answer = answerIndex++ % input.answers.length;
          const a = input.answers[answer]!;
          if (a.action !== 'ignore')
            push({ kind: 'answer', prompt: mine, answer, followUps: 0, at: now + a.delaySeconds * SECOND });
          break;
        }
        case 'close-prompt':
          if (open) open.onScreen = false;
          break;
        case 'held': {
          stats.held++;
          if (!busyOn()) flag('busy-held', 'a break held while not busy');
          if (open?.held) {
            flag(
              'held-one',
              `a second break held while the one from ${iso(open.firstAt, oracle.zone)} is held`,
            );
          } else if (open?.onScreen) {
            flag('held-one', 'a break held while its prompt is still on screen (no close-prompt first)');
          } else if (open) {
            // Busy over its open prompt (the same snoozes), or its snooze ran out (one more).
            if (effect.snoozes !== open.snoozes && effect.snoozes !== open.snoozes + 1)
              flag('busy-held', `held with snoozes=${effect.snoozes}, the break had ${open.snoozes}`);
            open.snoozes = effect.snoozes;
          } else {
            // A new break, held as it falls due: the same spacing as prompts (R2, R11).
            if (effect.snoozes !== 0) flag('busy-held', `a new break held with snoozes=${effect.snoozes}`);
            if (lastFirstPrompt !== null && now - lastFirstPrompt < everyMs)
              flag(
                'prompt-spacing',
                `two breaks opened ${(now - lastFirstPrompt) / MINUTE} min apart (every ${everyMs / MINUTE}), the second held`,
              );
            openedOnBusy();
            lastFirstPrompt = now;
            open = {
              firstAt: now,
              rangeEnd: oracle.rangeAt(now)?.end ?? now,
              zoneChanged: false,
              onScreen: false,
              snoozes: 0,
              held: false,
              everHeld: false,
            };
          }
          if (open) Object.assign(open, { held: true, everHeld: true, onScreen: false });
          break;
        }
        case 'notice':
          if (busyOn()) flag('busy-prompt', 'notice while busy (R11)');
          if (enabled && !oracle.isWork(now)) flag('notice', 'notice outside work time');
          if (paused) flag('notice', 'notice while paused');
          break;
        case 'routine-start': {
          if (routine) flag('prompt-outcome', 'a routine started while another runs');
          if (effect.trigger === 'prompt' && !open)
            flag('prompt-outcome', 'a prompted routine without a prompt');
          if (effect.trigger === 'on-demand') stats.onDemand++;
          routine = { id: ++routineSeq, ownsBreak: open !== null };
          break;
        }
        case 'break': {
          breaks++;
          stats.outcomes[effect.outcome] = (stats.outcomes[effect.outcome] ?? 0) + 1;
          // R11: busy never makes a break; only a held break's range can end in the same call.
          if (event.type === 'busy' && effect.outcome !== 'missed')
            flag('busy-no-break', `a ${effect.outcome} break (${effect.trigger}) on a busy event`);
          if (breaks > 1) flag('prompt-outcome', `two break effects in one call (${effect.outcome})`);
          if (effect.snoozes > settings.breaks.maxSnoozes)
            flag('snoozes', `break after ${effect.snoozes} snoozes`);
          // A routine's end closes the break it took over, if any; any other
          // break effect closes the open one, if any.
          let closesOpen: boolean;
          if (effect.startedAt !== null) {
            closesOpen = routine?.ownsBreak ?? false;
            routine = null;
          } else {
            closesOpen = open !== null;
          }
          if (effect.heldSeconds > 0 && !(open && closesOpen && open.everHeld))
            flag('busy-held', `heldSeconds ${effect.heldSeconds} on a break that was never held`);
          if (open && closesOpen && effect.heldSeconds * SECOND > effect.at - open.firstAt + SECOND)
            flag('busy-held', `heldSeconds ${effect.heldSeconds} is longer than the break was open`);
          if (open && closesOpen && open.everHeld) stats.heldOutcomes++;
          if (open && closesOpen) {
            if (!effect.counted) {
              flag(
                'prompt-outcome',
                `the break prompted at ${iso(open.firstAt, oracle.zone)} ended with an uncounted ${effect.outcome} (${effect.trigger}): no outcome`,
              );
            }
            if (effect.outcome === 'natural' && enabled && !open.zoneChanged) {
              const stretch = away ?? lastStretch;
              if (stretch && stretch.since + naturalMs > open.rangeEnd) {
                flag(
                  'natural-after-range-end',
                  `break prompted at ${iso(open.firstAt, oracle.zone)} closed as natural, but its range ended at ${iso(open.rangeEnd, oracle.zone)} before the away stretch from ${iso(stretch.since, oracle.zone)} reached ${naturalMs / MINUTE} min (R5: missed)`,
                );
              }
            }
            open = null;
            closedThisCall = true;
          } else {
            // A break no prompt asked for: only these make one.
            const ok =
              (event.type === 'skip-next' && effect.outcome === 'skipped') ||
              (cause === 'away-end' && effect.outcome === 'natural' && effect.trigger === 'idle') ||
              (event.type === 'finish-routine' && effect.trigger === 'on-demand');
            if (!ok || closedThisCall)
              flag(
                'prompt-outcome',
                `an unexpected ${effect.outcome} break (${effect.trigger}) on ${event.type}`,
              );
          }
          break;
        }
        case 'pause':
          stats.pauses++;
          paused = { until: effect.until };
          break;
        case 'resume':
          resumed = true;
          if (expectResumeAt !== null && effect.at !== expectResumeAt) {
            flag(
              'pause',
              `pause to ${iso(expectResumeAt, oracle.zone)} resumed at ${iso(effect.at, oracle.zone)}`,
            );
          }
          break;
        case 'refused':
          stats.refusals++;
          break;
      }
    }
    if (expectResumeAt !== null && !resumed)
      flag('pause', `no resume for the pause that ended at ${iso(expectResumeAt, oracle.zone)}`);

    // Wake-up checks after every call.
    const wake = engine.nextWake();
    if (wake !== null && !(wake > now))
      flag('wake-in-past', `nextWake() ${iso(wake, oracle.zone)} is not in the future`);
    if (asleep && wake !== null)
      flag('wake-while-asleep', `asleep, but nextWake() = ${iso(wake, oracle.zone)}`);
    if (paused && paused.until === null && wake !== null)
      flag('wake-while-paused', `paused indefinitely, but nextWake() = ${iso(wake, oracle.zone)}`);
    return effects;
  };

  const refusedSnooze = (effects: Effect[]) => effects.some((e) => e.type === 'refused');

  // ---- the loop
  stepAt(start, 0);
  const lastStep = input.steps.reduce((t, s) => t + (s.gapMinutes + 1) * MINUTE, start);
  const end =
    lastStep +
    input.steps.reduce((t, s) => t + ('minutes' in s ? Math.max(0, s.minutes) : 0) * MINUTE, 0) +
    DAY;
  let guard = 0;
  try {
    for (;;) {
      if (++guard > 400_000) {
        flag('wake-rate', 'the simulation did not end (400 000 steps)');
        break;
      }
      const next = queue[0];
      const wake = asleep ? null : engine.nextWake();
      if (wake !== null && (next === undefined || wake < next.at)) {
        if (wake > end) break;
        stats.ticks++;
        ticks.push({ at: wake, zone: oracle.zone });
        if (paused && (paused.until === null || wake < paused.until))
          flag('wake-while-paused', `woken at ${iso(wake, oracle.zone)} while paused`);
        // R10: outside work time only at a range boundary (a range's start is
        // work time; its end, where an open prompt is missed, is not) or at
        // the end of a pause.
        if (
          enabled &&
          !oracle.isWork(wake) &&
          !oracle.isBoundary(wake) &&
          !(paused && paused.until === wake)
        ) {
          flag(
            'wake-outside-work',
            `woken at ${iso(wake, oracle.zone)} (status "${engine.status().kind}"), outside work time and not at a range boundary or pause end`,
          );
        }
        deliver({ type: 'tick' }, wake, 'tick');
        continue;
      }
      if (next === undefined || next.at > end) break;
      queue.shift();
      now = next.at;
      // Nothing reaches an asleep machine: the person's actions wait until it wakes.
      if (asleep && next.kind !== 'away-end') {
        push({ ...next, at: away!.end });
        continue;
      }
      switch (next.kind) {
        case 'step': {
          const step = input.steps[next.index]!;
          let resumeAt = now;
          switch (step.kind) {
            case 'idle': {
              const e = now + step.minutes * MINUTE;
              away = { since: now, end: e };
              const lag = Math.min(step.lagSeconds * SECOND, step.minutes * MINUTE - SECOND);
              push({ kind: 'engine', event: { type: 'presence', idleSince: now }, at: now + lag });
              push({
                kind: 'away-end',
                event: { type: 'presence', idleSince: null },
                alsoPresence: false,
                at: e,
              });
              resumeAt = e;
              break;
            }
            case 'lock': {
              const e = now + step.minutes * MINUTE;
              away = { since: now, end: e };
              deliver({ type: 'lock' }, now);
              if (step.alsoIdle) {
                const lag = Math.min(step.lagSeconds * SECOND, step.minutes * MINUTE - SECOND);
                push({ kind: 'engine', event: { type: 'presence', idleSince: now }, at: now + lag });
              }
              push({ kind: 'away-end', event: { type: 'unlock' }, alsoPresence: step.alsoIdle, at: e });
              resumeAt = e;
              break;
            }
            case 'sleep': {
              const e = now + step.minutes * MINUTE;
              away = { since: now, end: e };
              asleep = true;
              deliver({ type: 'suspend' }, now);
              push({ kind: 'away-end', event: { type: 'resume' }, alsoPresence: false, at: e });
              resumeAt = e;
              break;
            }
            case 'pause': {
              let request: PauseRequest;
              let expected: number | null | 'tomorrow';
              if (step.request === 'minutes') {
                const minutes = Math.max(1, Math.abs(step.minutes));
                request = { kind: 'minutes', minutes };
                expected = now + minutes * MINUTE;
              } else if (step.request === 'until') {
                request = { kind: 'until', at: now + step.minutes * MINUTE };
                expected = now + step.minutes * MINUTE;
              } else if (step.request === 'tomorrow') {
                request = { kind: 'tomorrow' };
                expected = 'tomorrow';
              } else {
                request = { kind: 'indefinite' };
                expected = null;
              }
              const effects = deliver({ type: 'pause', request }, now);
              const effect = effects.find((e) => e.type === 'pause');
              if (effect && effect.type === 'pause') {
                if (expected === 'tomorrow') {
                  const first = enabled ? oracle.firstRangeOnLaterDate(now) : null;
                  if (enabled && (first?.start ?? null) !== effect.until) {
                    flag(
                      'pause',
                      `pause until tomorrow ends at ${effect.until === null ? 'never' : iso(effect.until, oracle.zone)}, expected ${first ? iso(first.start, oracle.zone) : 'never'}`,
                    );
                  }
                  // Reveals engine bug (see report): with workHours disabled all
                  // time is work time, so there is work tomorrow, yet "until
                  // tomorrow" becomes a pause until resumed by hand.
                  if (
                    !enabled &&
                    (effect.until === null ||
                      oracle.dateOf(effect.until).toString() <= oracle.dateOf(now).toString())
                  ) {
                    flag(
                      'pause',
                      `with workHours disabled, pause until tomorrow ends ${effect.until === null ? 'never' : `at ${iso(effect.until, oracle.zone)}`}`,
                    );
                  }
                } else if (effect.until !== expected) {
                  flag(
                    'pause',
                    `pause ends at ${effect.until === null ? 'never' : iso(effect.until, oracle.zone)}, expected ${expected === null ? 'never' : iso(expected, oracle.zone)}`,
                  );
                }
                if (effect.until !== null && effect.until <= now) flag('pause', 'a pause that ends at once');
              } else if (expected !== null && expected !== 'tomorrow' && expected > now) {
                flag('pause', `a pause until ${iso(expected, oracle.zone)} was refused`);
              }
              break;
            }
            case 'resume':
              paused = null;
              deliver({ type: 'resume-breaks' }, now);
              break;
            case 'skip':
              deliver({ type: 'skip-next' }, now);
              break;
            case 'routine': {
              const effects = deliver({ type: 'start-routine', routineId: 'desk-a' }, now);
              if (effects.some((e) => e.type === 'routine-start')) {
                push({
                  kind: 'finish',
                  outcome: step.outcome,
                  routine: routine!.id,
                  at: now + step.seconds * SECOND,
                });
              }
              break;
            }
            case 'timezone':
              stats.zoneChanges++;
              oracle = new Oracle(settings, step.zone);
              zoneSpans.push({ from: now, zone: step.zone });
              if (open) open.zoneChanged = true;
              deliver({ type: 'timezone', timezone: step.zone }, now);
              break;
            case 'busy':
              stats.busyStretches++;
              changeBusy(step.reason, 1);
              push({ kind: 'busy-end', reason: step.reason, at: now + step.minutes * MINUTE });
              break;
            case 'wait':
              break;
          }
          stepAt(resumeAt, next.index + 1);
          break;
        }
        case 'engine':
          // Every other presence change comes as the app's wake-up sends it: one sample with the busy reasons.
          deliver(
            next.event.type === 'presence' && next.seq % 2 === 1
              ? { type: 'sample', idleSince: next.event.idleSince, reasons: reportedBusy() }
              : next.event,
            now,
          );
          break;
        case 'away-end': {
          lastStretch = away;
          away = null;
          asleep = false;
          deliver(next.event, now, 'away-end');
          if (next.alsoPresence) deliver({ type: 'presence', idleSince: null }, now, 'away-end');
          break;
        }
        case 'answer': {
          const a = input.answers[next.answer]!;
          if (away) {
            // The person answers once back at the keyboard.
            push({ ...next, at: away.end + SECOND });
            break;
          }
          const current = next.prompt === promptSeq && open?.onScreen;
          if (!current && !a.stale) break;
          const action = a.action === 'ignore' ? 'skip' : a.action;
          const effects = deliver({ type: 'answer', action }, now);
          if (effects.some((e) => e.type === 'routine-start')) {
            push({
              kind: 'finish',
              outcome: a.outcome,
              routine: routine!.id,
              at: now + a.routineSeconds * SECOND,
            });
          }
          if (current && action === 'snooze' && refusedSnooze(effects) && next.followUps < 3) {
            // Snooze refused: the person picks again.
            const answer = answerIndex++ % input.answers.length;
            const b = input.answers[answer]!;
            push({
              kind: 'answer',
              prompt: next.prompt,
              answer,
              followUps: next.followUps + 1,
              at: now + Math.max(1, b.delaySeconds) * SECOND,
            });
          }
          break;
        }
        case 'finish':
          if (routine?.id === next.routine) deliver({ type: 'finish-routine', outcome: next.outcome }, now);
          break;
        case 'busy-end':
          changeBusy(next.reason, -1);
          break;
      }
    }
  } catch (error) {
    // deliver() records its own throws; this catches nextWake() in the loop too.
    flag('throws', `${(error as Error).stack ?? String(error)}`);
    return { violations, stats };
  }

  // ---- wake-ups per work hour, averaged over each local day (R10: ≤ ~60 per work hour).
  if (!violations['wake-rate'])
    checkWakeRate(ticks, zoneSpans, settings, start, Math.min(end, now), stats, flag);
  return { violations, stats };
}

/**
 * Wake-ups in work time per local day, against the work time that day (only
 * days with at least an hour of work and no zone change). Sampling is at most
 * once a minute and other wake-ups replace samples, so a day averages at most
 * 60 per work hour; a little slack is left for notices and prompts that come
 * closer together than a minute (snoozes of 1 minute with a heads-up).
 */
function checkWakeRate(
  ticks: { at: number; zone: string }[],
  zoneSpans: { from: number; zone: string }[],
  settings: Settings,
  from: number,
  to: number,
  stats: Stats,
  flag: (c: Category, m: string) => void,
) {
  if (zoneSpans.length > 1) {
    // Keep it simple: only the stretch before the first zone change counts.
    to = Math.min(to, zoneSpans[1]!.from);
  }
  const zone = zoneSpans[0]!.zone;
  const oracle = new Oracle(settings, zone);
  const enabled = settings.workHours.enabled;
  const perDay = new Map<string, { wakes: number; workMs: number }>();
  const day = (key: string) => {
    let d = perDay.get(key);
    if (!d) perDay.set(key, (d = { wakes: 0, workMs: 0 }));
    return d;
  };
  // Work time per day, clipped to the simulated stretch (whole days only).
  const firstDay = oracle.dateOf(from).add({ days: 1 });
  const lastDay = oracle.dateOf(to).subtract({ days: 1 });
  const complete = new Set<string>();
  for (let d = firstDay; Temporal.PlainDate.compare(d, lastDay) < 0; d = d.add({ days: 1 })) {
    const key = d.toString();
    complete.add(key);
    if (enabled) {
      for (const r of oracle.rangesOn(d)) day(key).workMs += r.end - r.start;
    } else {
      const a = d.toZonedDateTime({ timeZone: zone }).epochMilliseconds;
      const b = d.add({ days: 1 }).toZonedDateTime({ timeZone: zone }).epochMilliseconds;
      day(key).workMs += b - a;
    }
  }
  for (const t of ticks) {
    if (t.at >= to) break;
    const r = oracle.rangeAt(t.at);
    if (!r) continue;
    const key = enabled ? r.date : oracle.dateOf(t.at).toString();
    if (complete.has(key)) day(key).wakes++;
  }
  for (const [key, d] of perDay) {
    if (!complete.has(key) || d.workMs < HOUR) continue;
    const hours = d.workMs / HOUR;
    stats.workHours += hours;
    stats.workTicks += d.wakes;
    const rate = d.wakes / hours;
    stats.maxDayRate = Math.max(stats.maxDayRate, rate);
    if (rate > 63)
      flag(
        'wake-rate',
        `${d.wakes} wake-ups in ${hours.toFixed(1)} work hours on ${key} (${rate.toFixed(1)}/h)`,
      );
  }
}

// ====================================================================== the properties

const memo = new Map<string, SimResult>();
function simulated(input: Input): SimResult {
  const key = JSON.stringify(input);
  let result = memo.get(key);
  if (!result) {
    result = simulate(input);
    if (memo.size > 2000) memo.clear();
    memo.set(key, result);
  }
  return result;
}

function holds(category: Category) {
  return (input: Input) => {
    const message = simulated(input).violations[category];
    if (message) throw new Error(`${category}: ${message}`);
  };
}

const params = (seed: number, runs: number, limit: number): fc.Parameters<[Input]> => ({
  seed,
  numRuns: runs,
  interruptAfterTimeLimit: limit,
  markInterruptAsFailure: false,
});

const INVARIANTS: [Category, string][] = [
  // Reveals engine bug: after a time-zone change a snoozed break keeps the
  // old zone's range end and comes back outside work time in the new zone
  // (minimal reproduction in tests/core/dst.test.ts, R9 suite).
  ['prompt-outside-work', 'no prompt outside work time (R3, R9)'],
  ['prompt-while-paused', 'no prompt while paused (R7)'],
  ['prompt-while-away', 'no prompt while idle, locked or asleep for naturalBreakMinutes (R4)'],
  ['prompt-while-routine', 'no prompt while a routine runs (R4)'],
  ['prompt-spacing', 'prompts of two different breaks are at least everyMinutes apart (R2)'],
  // Reveals engine bug: an on-demand routine started over an open prompt that
  // ends outside work time or while paused gives an uncounted break, so the
  // prompt has no outcome (see report, and the example below).
  ['prompt-outcome', 'every prompt ends in exactly one outcome; no outcome without a cause'],
  // Reveals engine bug: an unanswered prompt whose range ends while the
  // machine is asleep is closed as natural at wake-up, not missed (see below).
  [
    'natural-after-range-end',
    'a prompt closes as natural only when the away stretch reached the threshold before the range ended (R5)',
  ],
  ['snoozes', 'the snoozes of a break never exceed maxSnoozes (R5)'],
  ['notice', 'notices only inside work time and not while paused (R4, R7)'],
  // Reveals engine bug: "pause until tomorrow" with workHours disabled never
  // ends (see the example below).
  ['pause', 'pauses end as requested and resume on time (R7)'],
  ['wake-in-past', 'nextWake() is always in the future'],
  // Reveals engine bug: in the "natural" phase the engine samples once a
  // minute without a bound at the range end, so it wakes up to a minute after
  // work time ends (see report).
  ['wake-outside-work', 'no wake-up outside work time except at a range boundary or pause end (R10)'],
  ['wake-while-asleep', 'no wake-up while asleep (R10)'],
  ['wake-while-paused', 'no wake-up while paused indefinitely, and only the pause end while paused (R10)'],
  ['wake-rate', 'at most ~60 wake-ups per work hour, averaged over a day (R10)'],
  [
    'busy-prompt',
    'no notice and no prompt while busy; a held break is prompted only once busy has ended (R11)',
  ],
  [
    'busy-held',
    'breaks are held only while busy, keep their snoozes, are prompted after the grace time, and heldSeconds adds up (R11)',
  ],
  ['held-one', 'at most one break is held, and a held prompt is closed first (R11)'],
  ['busy-no-break', 'busy never makes a break, and never opens one that was not due (R11)'],
  [
    'effect-order',
    "the engine's effects come in time order and never ahead of the call (the runner does not sort)",
  ],
];

/**
 * The inputs every property below runs on, generated as fc.assert generates
 * them (the same seed and run order give the same values).
 */
function sampleInputs(seed: number, runs: number): Input[] {
  const inputs: Input[] = [];
  fc.assert(
    fc.property(inputArb, (input) => {
      inputs.push(input);
    }),
    { seed, numRuns: runs },
  );
  return inputs;
}

interface Corpus {
  name: string;
  seed: number;
  runs: number;
  /** How to get the same inputs again, for the failure message. */
  rerun: string;
}

const CORPORA: Corpus[] = [
  { name: 'fixed regression corpus', seed: FIXED_SEED, runs: RUNS, rerun: 'it runs on every run' },
  {
    name: 'fresh inputs',
    seed: FRESH_SEED,
    runs: FRESH_RUNS,
    rerun: `rerun with UNSLOUCH_PROPERTY_SEED=${FRESH_SEED}`,
  },
];

/** fc.assert, with the corpus's seed and how to reproduce it at the top of a failure. */
function check(corpus: Corpus, property: fc.IPropertyWithHooks<[Input]>) {
  try {
    fc.assert(property, params(corpus.seed, corpus.runs, SHRINK_MS));
  } catch (error) {
    // fast-check keeps the property's own error as the cause: put it first, the counterexample after.
    const cause = (error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : '';
    const message = `${corpus.name}, seed ${corpus.seed} (${corpus.rerun}): ${cause}\n${(error as Error).message}`;
    throw Object.assign(new Error(message), { stack: message });
  }
}

describe.each(CORPORA)('BreakEngine properties, $name (random settings and event streams)', (corpus) => {
  // Simulate every input once, up front and without a time limit; the
  // properties then read the memoised results, and their time limit only
  // bounds the shrinking of a failure.
  let inputs: Input[] = [];
  let misses = 0;
  beforeAll(() => {
    const before = memo.size;
    inputs = sampleInputs(corpus.seed, corpus.runs);
    for (const input of inputs) simulated(input);
    misses = memo.size - before;
  }, 120_000);

  it('the properties run on the inputs simulated up front', () => {
    expect(inputs).toHaveLength(corpus.runs);
    const size = memo.size;
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(memo.has(JSON.stringify(input))).toBe(true);
      }),
      { seed: corpus.seed, numRuns: corpus.runs },
    );
    expect(memo.size).toBe(size);
    expect(misses).toBeGreaterThan(0);
  });

  it('every invariant has its property', () => {
    expect(['throws', ...INVARIANTS.map(([c]) => c)].sort()).toEqual([...CATEGORIES].sort());
  });

  it('never throws', () => {
    check(corpus, fc.property(inputArb, holds('throws')));
  });

  it.each(INVARIANTS)('%s: %s', { timeout: 60_000 }, (category) => {
    check(corpus, fc.property(inputArb, holds(category)));
  });
});

describe('the fixed corpus exercises the engine', () => {
  it('the generated streams reach every outcome, busy and held breaks', () => {
    const inputs = sampleInputs(FIXED_SEED, RUNS);
    const totals = inputs
      .map((input) => simulated(input).stats)
      .reduce(
        (a, s) => {
          a.prompts += s.prompts;
          a.reprompts += s.reprompts;
          a.onDemand += s.onDemand;
          a.zoneChanges += s.zoneChanges;
          a.pauses += s.pauses;
          a.refusals += s.refusals;
          a.workHours += s.workHours;
          a.workTicks += s.workTicks;
          a.ticks += s.ticks;
          a.maxDayRate = Math.max(a.maxDayRate, s.maxDayRate);
          a.busyStretches += s.busyStretches;
          a.held += s.held;
          a.heldPrompts += s.heldPrompts;
          a.heldOutcomes += s.heldOutcomes;
          for (const [k, v] of Object.entries(s.outcomes)) a.outcomes[k] = (a.outcomes[k] ?? 0) + v;
          return a;
        },
        {
          ticks: 0,
          maxDayRate: 0,
          prompts: 0,
          reprompts: 0,
          onDemand: 0,
          zoneChanges: 0,
          pauses: 0,
          refusals: 0,
          workHours: 0,
          workTicks: 0,
          busyStretches: 0,
          held: 0,
          heldPrompts: 0,
          heldOutcomes: 0,
          outcomes: {} as Record<string, number>,
        },
      );
    if (process.env.UNSLOUCH_PROPERTY_STATS) console.log(JSON.stringify(totals));
    expect(totals.prompts).toBeGreaterThan(RUNS);
    expect(totals.reprompts).toBeGreaterThan(0);
    expect(totals.onDemand).toBeGreaterThan(0);
    expect(totals.zoneChanges).toBeGreaterThan(0);
    expect(totals.pauses).toBeGreaterThan(0);
    expect(totals.refusals).toBeGreaterThan(0);
    for (const outcome of ['completed', 'partial', 'skipped', 'natural', 'missed']) {
      expect(totals.outcomes[outcome] ?? 0, outcome).toBeGreaterThan(0);
    }
    // R11: busy stretches happened, breaks were held, prompted later and ended.
    expect(totals.busyStretches).toBeGreaterThan(RUNS);
    expect(totals.held).toBeGreaterThan(20);
    expect(totals.heldPrompts).toBeGreaterThan(5);
    expect(totals.heldOutcomes).toBeGreaterThan(10);
    // Work time was simulated and sampled.
    expect(totals.workHours).toBeGreaterThan(100);
    expect(totals.workTicks / totals.workHours).toBeGreaterThan(5);
  });
});

// ====================================================================== minimal reproductions

/**
 * The smallest scenarios found for the properties above that fail, written
 * for the scenario runner so they read as break-rules.md does.
 */
describe('minimal reproductions of property failures', () => {
  const run = (scenario: Scenario): OutputLine[] => {
    const result = runScenario(scenario, ROUTINES);
    if (!result.ok) throw new Error(result.error);
    return result.value;
  };
  const base = { timezone: 'Europe/Berlin', settings: { breaks: { everyMinutes: 30 } } };

  // Reveals engine bug: a prompt left open while the machine sleeps through
  // the end of its work range closes as "natural" at wake-up (12:57) instead
  // of "missed" at 12:00. R5: "If the work range ends first it closes as
  // missed"; the person had been asleep 3 minutes at 12:00, short of the 5.
  it('R5: an unanswered prompt is missed when the range ends during a short-so-far sleep', () => {
    const lines = run({
      ...base,
      from: '2026-03-23T11:25',
      until: '2026-03-23T14:00',
      respond: { action: 'ignore' },
      events: [{ at: '2026-03-23T11:57', type: 'sleep', minutes: 60 }],
    });
    expect(lines.filter((l) => l.type === 'prompt').map((l) => l.at)).toContain('2026-03-23T11:55:00+01:00');
    expect(lines.filter((l) => l.type === 'break')[0]).toEqual({
      at: '2026-03-23T12:00:00+01:00',
      type: 'break',
      outcome: 'missed',
      trigger: 'prompt',
    });
  });

  it('R5: the same with idle instead of sleep is missed at 12:00 (control)', () => {
    const lines = run({
      ...base,
      from: '2026-03-23T11:25',
      until: '2026-03-23T14:00',
      respond: { action: 'ignore' },
      events: [{ at: '2026-03-23T11:57', type: 'idle', minutes: 60 }],
    });
    expect(lines.filter((l) => l.type === 'break')[0]).toEqual({
      at: '2026-03-23T12:00:00+01:00',
      type: 'break',
      outcome: 'missed',
      trigger: 'prompt',
    });
  });

  // Reveals engine bug: an on-demand routine started over the open 11:30
  // prompt ends at 12:05, outside work time; the engine emits an uncounted
  // break, so the prompt never gets an outcome (no break line at all).
  it('every prompt gets exactly one outcome, also when an on-demand routine over it ends after work', () => {
    const lines = run({
      ...base,
      from: '2026-03-23T11:00',
      until: '2026-03-23T14:00',
      respond: { action: 'ignore' },
      events: [{ at: '2026-03-23T11:50', type: 'routine', minutes: 15 }],
    });
    const prompts = lines.filter((l) => l.type === 'prompt').map((l) => Date.parse(l.at));
    expect(prompts.slice(0, 2)).toEqual([
      Date.parse('2026-03-23T11:30:00+01:00'),
      Date.parse('2026-03-23T13:30:00+01:00'),
    ]);
    const outcomes = lines.filter(
      (l) => l.type === 'break' && Date.parse(l.at) >= prompts[0]! && Date.parse(l.at) < prompts[1]!,
    );
    expect(outcomes).toHaveLength(1);
  });

  // Reveals engine bug: the same through a pause. The routine over the open
  // prompt ends while paused, so again no outcome.
  it('every prompt gets exactly one outcome, also when the routine over it ends while paused', () => {
    const lines = run({
      ...base,
      from: '2026-03-23T09:00',
      until: '2026-03-23T11:00',
      respond: { action: 'ignore' },
      events: [
        { at: '2026-03-23T09:31', type: 'routine', minutes: 5 },
        { at: '2026-03-23T09:32', type: 'pause', minutes: 30 },
      ],
    });
    const prompts = lines.filter((l) => l.type === 'prompt').map((l) => Date.parse(l.at));
    expect(prompts[0]).toBe(Date.parse('2026-03-23T09:30:00+01:00'));
    const end = prompts[1] ?? Infinity;
    expect(
      lines.filter((l) => l.type === 'break' && Date.parse(l.at) >= prompts[0]! && Date.parse(l.at) < end),
    ).toHaveLength(1);
  });

  // Reveals engine bug (a case break-rules.md leaves open, decided without a
  // "Decision:" note): with workHours disabled all time is work time, yet
  // "pause until tomorrow" never ends; breaks stop until resumed by hand.
  it('R7: pause until tomorrow with workHours disabled ends on the next local date', () => {
    const lines = run({
      timezone: 'Europe/Berlin',
      from: '2026-03-23T08:00',
      until: '2026-03-25T14:00',
      settings: { breaks: { everyMinutes: 120 }, workHours: { enabled: false } },
      respond: { action: 'skip' },
      events: [{ at: '2026-03-23T11:00', type: 'pause', until: 'tomorrow' }],
    });
    const resumes = lines.filter((l) => l.type === 'resume');
    expect(resumes).toHaveLength(1);
    expect(resumes[0]!.at.slice(0, 10)).toBe('2026-03-24');
  });

  // Reveals engine bug: while a prompt closed by an away stretch waits for
  // the person ("natural" phase), nextWake() samples once a minute with no
  // bound at the range end, so the engine wakes at 12:00:30, outside work time
  // (R10: "Outside work time … it does not wake at all").
  it('R10: no wake-up after the range ends while waiting for a natural break to end', () => {
    const lines = run({
      timezone: 'Europe/Berlin',
      from: '2026-03-23T11:25',
      until: '2026-03-23T12:59',
      settings: { breaks: { everyMinutes: 30 }, idle: { naturalBreakMinutes: 3 } },
      respond: { action: 'ignore' },
      events: [{ at: '2026-03-23T11:56:30', type: 'idle', minutes: 20 }],
    });
    const wakes = lines.filter((l) => l.type === 'wake').map((l) => Date.parse(l.at));
    const after = wakes.filter((t) => t > Date.parse('2026-03-23T12:00:00+01:00'));
    expect(after.map((t) => new Date(t).toISOString())).toEqual([]);
  });
});
