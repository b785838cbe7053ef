/**
 * History statistics: pure functions over BreakRecord[] in a time zone.
 *
 * Definitions (the UI, the CSV and the tests rely on these exactly):
 *
 * - A record's **local date** is the calendar date of its `endedAt` instant in
 *   the given zone (Temporal.Instant.from(endedAt).toZonedDateTimeISO(zone)).
 *   Days are grouped by that date, never by 24-hour blocks, so a 23-hour
 *   (spring-forward) or 25-hour (fall-back) day holds exactly its own breaks.
 * - **Scheduled** ("prompted") breaks are the records the schedule produced:
 *   trigger `prompt` (a prompt appeared) or `idle` (a natural break that ended
 *   the countdown, break-rules R6). On-demand routines (trigger `on-demand`)
 *   were never prompted and are not scheduled breaks.
 * - A break is **taken** when its outcome is `completed`, `partial` or
 *   `natural`, whatever its trigger: an on-demand routine that finished or was
 *   closed early is a break taken. `skipped` and `missed` are not taken.
 * - **Completion rate** = taken scheduled breaks / scheduled breaks, a
 *   fraction 0–1 (not rounded), or `null` when nothing was scheduled in the
 *   period. On-demand breaks raise `taken` but never the rate, so the rate
 *   cannot exceed 1.
 * - **Minutes moved** = the sum of `secondsMoved` / 60, rounded to one decimal.
 */
import { Temporal } from 'temporal-polyfill';
import { WEEKDAYS, type Settings, type Weekday } from '../settings/schema';
import { WorkCalendar } from '../time/work-calendar';
import { BREAK_OUTCOMES, type BreakOutcome, type BreakRecord } from './types';
import { LOCAL_DATE_PATTERN } from '../time/zone';

/** Outcomes that count as a break taken. */
export const TAKEN_OUTCOMES: readonly BreakOutcome[] = ['completed', 'partial', 'natural'];

export function isTaken(record: Pick<BreakRecord, 'outcome'>): boolean {
  return TAKEN_OUTCOMES.includes(record.outcome);
}

/** A scheduled break: the schedule prompted it, or a natural break ended the countdown. */
export function isScheduled(record: Pick<BreakRecord, 'trigger'>): boolean {
  return record.trigger === 'prompt' || record.trigger === 'idle';
}

/** Sum of seconds as minutes with one decimal. */
export function minutesOf(seconds: number): number {
  return Math.round(seconds / 6) / 10;
}

/** Local date (YYYY-MM-DD) of a record's end in a zone; null when endedAt does not parse. */
export function recordLocalDate(record: Pick<BreakRecord, 'endedAt'>, zone: string): string | null {
  try {
    return Temporal.Instant.from(record.endedAt).toZonedDateTimeISO(zone).toPlainDate().toString();
  } catch {
    return null;
  }
}

/** Parses a YYYY-MM-DD date strictly; throws a RangeError naming the argument. */
function plainDate(text: string, name: string): Temporal.PlainDate {
  if (!LOCAL_DATE_PATTERN.test(text)) throw new RangeError(`${name} must be a date as YYYY-MM-DD`);
  try {
    return Temporal.PlainDate.from(text, { overflow: 'reject' });
  } catch {
    throw new RangeError(`${name} is not a real calendar date`);
  }
}

function groupByDate(records: readonly BreakRecord[], zone: string): Map<string, BreakRecord[]> {
  const byDate = new Map<string, BreakRecord[]>();
  for (const r of records) {
    const date = recordLocalDate(r, zone);
    if (date === null) continue;
    const list = byDate.get(date);
    if (list) list.push(r);
    else byDate.set(date, [r]);
  }
  return byDate;
}

export interface PeriodStats {
  /** First and last local date of the period, inclusive. */
  from: string;
  to: string;
  /** All records in the period. */
  total: number;
  /** Scheduled breaks: trigger prompt or idle. */
  prompted: number;
  /** Breaks taken (completed, partial, natural), any trigger. */
  taken: number;
  /** Taken breaks among the scheduled ones: the rate's numerator. */
  takenScheduled: number;
  /** Records with trigger on-demand. */
  onDemand: number;
  /** takenScheduled / prompted (0–1), or null when nothing was prompted. */
  completionRate: number | null;
  secondsMoved: number;
  /** secondsMoved / 60, one decimal. */
  minutesMoved: number;
  /** Records per outcome (every outcome present, 0 when none). */
  outcomes: Record<BreakOutcome, number>;
}

function emptyOutcomes(): Record<BreakOutcome, number> {
  return Object.fromEntries(BREAK_OUTCOMES.map((o) => [o, 0])) as Record<BreakOutcome, number>;
}

function summarize(records: readonly BreakRecord[], from: string, to: string): PeriodStats {
  const outcomes = emptyOutcomes();
  let prompted = 0;
  let taken = 0;
  let takenScheduled = 0;
  let onDemand = 0;
  let secondsMoved = 0;
  for (const r of records) {
    outcomes[r.outcome] += 1;
    const scheduled = isScheduled(r);
    const wasTaken = isTaken(r);
    if (scheduled) prompted += 1;
    if (wasTaken) taken += 1;
    if (scheduled && wasTaken) takenScheduled += 1;
    if (r.trigger === 'on-demand') onDemand += 1;
    secondsMoved += r.secondsMoved;
  }
  return {
    from,
    to,
    total: records.length,
    prompted,
    taken,
    takenScheduled,
    onDemand,
    completionRate: prompted === 0 ? null : takenScheduled / prompted,
    secondsMoved,
    minutesMoved: minutesOf(secondsMoved),
    outcomes,
  };
}

/** Statistics of the local dates fromDate..toDate (inclusive) in zone. */
export function rangeStats(
  records: readonly BreakRecord[],
  fromDate: string,
  toDate: string,
  zone: string,
): PeriodStats {
  const from = plainDate(fromDate, 'fromDate').toString();
  const to = plainDate(toDate, 'toDate').toString();
  if (from > to) throw new RangeError('fromDate must not be after toDate');
  const inRange = records.filter((r) => {
    const date = recordLocalDate(r, zone);
    return date !== null && date >= from && date <= to;
  });
  return summarize(inRange, from, to);
}

/** Statistics of one local date in zone. */
export function dayStats(records: readonly BreakRecord[], date: string, zone: string): PeriodStats {
  return rangeStats(records, date, date, zone);
}

export interface WeekDayEntry {
  date: string;
  weekday: Weekday;
  taken: number;
  prompted: number;
  minutesMoved: number;
}

/** Seven entries, weekStartDate and the six local dates after it, for a weekly chart. */
export function weekSeries(
  records: readonly BreakRecord[],
  weekStartDate: string,
  zone: string,
): WeekDayEntry[] {
  const start = plainDate(weekStartDate, 'weekStartDate');
  const byDate = groupByDate(records, zone);
  const out: WeekDayEntry[] = [];
  for (let i = 0; i < 7; i++) {
    const day = start.add({ days: i });
    const date = day.toString();
    const s = summarize(byDate.get(date) ?? [], date, date);
    out.push({
      date,
      weekday: WEEKDAYS[day.dayOfWeek - 1]!,
      taken: s.taken,
      prompted: s.prompted,
      minutesMoved: s.minutesMoved,
    });
  }
  return out;
}

export interface RoutineUsage {
  routineId: string;
  /** Times the routine actually ran (it has a startedAt, or ended completed/partial). */
  started: number;
  completed: number;
  partial: number;
  secondsMoved: number;
  minutesMoved: number;
}

/**
 * Per routine: how often it ran, finished or was closed early, and the minutes
 * moved. Skipped, missed and natural breaks name the routine that was only
 * suggested and never started, so they are not counted. Sorted by `started`
 * (most first), then `completed`, then routine id.
 */
export function routineBreakdown(records: readonly BreakRecord[]): RoutineUsage[] {
  const byRoutine = new Map<string, RoutineUsage>();
  for (const r of records) {
    if (r.routineId === null) continue;
    const ran = r.startedAt !== null || r.outcome === 'completed' || r.outcome === 'partial';
    if (!ran) continue;
    let usage = byRoutine.get(r.routineId);
    if (!usage) {
      usage = {
        routineId: r.routineId,
        started: 0,
        completed: 0,
        partial: 0,
        secondsMoved: 0,
        minutesMoved: 0,
      };
      byRoutine.set(r.routineId, usage);
    }
    usage.started += 1;
    if (r.outcome === 'completed') usage.completed += 1;
    if (r.outcome === 'partial') usage.partial += 1;
    usage.secondsMoved += r.secondsMoved;
  }
  const list = [...byRoutine.values()];
  for (const u of list) u.minutesMoved = minutesOf(u.secondsMoved);
  return list.sort(
    (a, b) =>
      b.started - a.started ||
      b.completed - a.completed ||
      (a.routineId < b.routineId ? -1 : a.routineId > b.routineId ? 1 : 0),
  );
}

/** The daily goal: breaks taken per day, 1–20. */
export const DAILY_GOAL_MIN = 1;
export const DAILY_GOAL_MAX = 20;
export const DEFAULT_DAILY_GOAL = 4;

export interface StreakOptions {
  /** Today's local date, YYYY-MM-DD. */
  today: string;
  zone: string;
  /** Breaks taken per work day to meet the goal, a whole number 1–20. */
  dailyGoal: number;
  /** Whether a local date (YYYY-MM-DD) is a work day; see workDayPredicate. */
  isWorkDay: (date: string) => boolean;
}

export interface Streak {
  /** Work days in a row, up to today, that met the goal. */
  current: number;
  /** The longest such run in the records (current included). */
  best: number;
  todayIsWorkDay: boolean;
  /** Breaks taken today. */
  todayTaken: number;
  todayMet: boolean;
  /** Breaks still needed today to meet the goal (0 when met). */
  todayRemaining: number;
}

/**
 * The streak of work days that met the daily goal.
 *
 * - A day meets the goal when its breaks taken (completed, partial, natural;
 *   any trigger — the same `taken` as the statistics) reach `dailyGoal`.
 *   Days are local dates of `endedAt` in `zone`, so DST days are whole days.
 * - Walking back from today: a work day that met the goal extends the streak;
 *   a work day that did not ends it; a day that is not a work day (no work
 *   ranges, a day off) neither ends nor extends it, even when breaks were
 *   taken on it.
 * - Today extends the streak once it met the goal; until then it does not
 *   end it (the day is not over).
 * - Records after `today` are ignored.
 */
export function streak(records: readonly BreakRecord[], options: StreakOptions): Streak {
  const { zone, dailyGoal, isWorkDay } = options;
  if (!Number.isInteger(dailyGoal) || dailyGoal < DAILY_GOAL_MIN || dailyGoal > DAILY_GOAL_MAX) {
    throw new RangeError(`dailyGoal must be a whole number between ${DAILY_GOAL_MIN} and ${DAILY_GOAL_MAX}`);
  }
  const today = plainDate(options.today, 'today');
  const todayKey = today.toString();

  const takenPerDay = new Map<string, number>();
  let earliest: string | null = null;
  for (const r of records) {
    if (!isTaken(r)) continue;
    const date = recordLocalDate(r, zone);
    if (date === null || date > todayKey) continue;
    takenPerDay.set(date, (takenPerDay.get(date) ?? 0) + 1);
    if (earliest === null || date < earliest) earliest = date;
  }

  const todayTaken = takenPerDay.get(todayKey) ?? 0;
  const todayIsWorkDay = isWorkDay(todayKey);
  const todayMet = todayTaken >= dailyGoal;

  // Forward from the first day with a break taken: no earlier day can extend a run.
  let run = 0;
  let best = 0;
  if (earliest !== null) {
    for (let day = plainDate(earliest, 'earliest'); ; day = day.add({ days: 1 })) {
      const key = day.toString();
      if (isWorkDay(key)) {
        if ((takenPerDay.get(key) ?? 0) >= dailyGoal) {
          run += 1;
          best = Math.max(best, run);
        } else if (key !== todayKey) {
          run = 0;
        }
      }
      if (key === todayKey) break;
    }
  }
  return {
    current: run,
    best,
    todayIsWorkDay,
    todayTaken,
    todayMet,
    todayRemaining: Math.max(0, dailyGoal - todayTaken),
  };
}

/**
 * Work days from the settings: with work hours on, a local date is a work day
 * when at least one work range starts on it (its weekday has ranges and it is
 * not a day off), as WorkCalendar.rangesOn computes. With work hours off all
 * time is work time (break-rules), so every date is a work day.
 */
export function workDayPredicate(
  settings: Pick<Settings, 'workHours'>,
  zone: string,
): (date: string) => boolean {
  if (!settings.workHours.enabled) return () => true;
  const calendar = new WorkCalendar(settings.workHours, zone);
  const cache = new Map<string, boolean>();
  return (date) => {
    let known = cache.get(date);
    if (known === undefined) {
      known = calendar.rangesOn(plainDate(date, 'date')).length > 0;
      cache.set(date, known);
    }
    return known;
  };
}

/**
 * The first local date of the week that holds `date`, for a week that begins
 * on `firstDay` (1 = Monday … 7 = Sunday, as Intl's week info numbers them):
 * the locale's week, from electron/shared/i18n/week.ts.
 */
export function weekStartOn(date: string, firstDay: number): string {
  if (!Number.isInteger(firstDay) || firstDay < 1 || firstDay > 7) {
    throw new RangeError('firstDay must be a weekday number 1 (Monday) to 7 (Sunday)');
  }
  const day = plainDate(date, 'date');
  return day.subtract({ days: (day.dayOfWeek - firstDay + 7) % 7 }).toString();
}
