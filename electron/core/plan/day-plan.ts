/**
 * "Your breaks today" and "your first break": read-only projections of the
 * settings, computed by the app's own driver (the break service) on a
 * simulated clock (../service/simulated-run.ts). The settings window, the
 * welcome window and the tests call these; none of them steps the engine.
 *
 * Simulation rule for a day (also shown in the window):
 * - The run starts at the date's local midnight, as if the app started then;
 *   when a range of the day before runs past midnight into the date, it
 *   starts at the day before's midnight instead, so that range is already
 *   under way with its own countdown.
 * - It runs to the end of the date (the next local midnight), taking every
 *   break (see the simulated person in ../service/simulated-run.ts). So the
 *   times are the plan for a day when every break is taken; a skip or a
 *   natural break moves the later ones.
 * - The prompts whose instant falls on the date are listed.
 */
import { Temporal } from 'temporal-polyfill';
import type { Settings } from '../settings/schema';
import { dayOffMatcher } from '../time/days-off';
import { WorkCalendar } from '../time/work-calendar';
import type { Instant } from '../time/zone';
import { runTakingEveryBreak, type SimulatedCatalog, type SimulatedPrompt } from '../service/simulated-run';

export type { SimulatedCatalog as PlanCatalog } from '../service/simulated-run';

export interface DayPlan {
  /** The local date (YYYY-MM-DD). */
  date: string;
  /** The prompts on the date, in time order. */
  breaks: SimulatedPrompt[];
  /**
   * Work ranges in the date (epoch ms), in order: one from the day before that
   * runs past midnight into it (marked), then those that start on it.
   */
  ranges: { start: Instant; end: Instant; fromDayBefore: boolean }[];
  dayOff: boolean;
  /** Work hours are off: all time is work time. */
  allDay: boolean;
}

const WEEK_MS = 7 * 24 * 3600_000;

/** The break prompts of one local date in `zone` for these settings. */
export function planDay(settings: Settings, date: string, zone: string, catalog: SimulatedCatalog): DayPlan {
  const day = Temporal.PlainDate.from(date);
  const startOf = (d: Temporal.PlainDate) => d.toZonedDateTime({ timeZone: zone }).epochMilliseconds;
  const dayStart = startOf(day);
  const dayEnd = startOf(day.add({ days: 1 }));

  const calendar = new WorkCalendar(settings.workHours, zone);
  const enabled = settings.workHours.enabled;
  const spilled = enabled
    ? calendar
        .rangesOn(day.subtract({ days: 1 }))
        .filter((r) => r.end > dayStart)
        .map(({ start, end }) => ({ start, end, fromDayBefore: true }))
    : [];
  const own = enabled
    ? calendar.rangesOn(day).map(({ start, end }) => ({ start, end, fromDayBefore: false }))
    : [];
  const ranges = [...spilled, ...own].sort((a, b) => a.start - b.start);
  const from = spilled.length > 0 ? startOf(day.subtract({ days: 1 })) : dayStart;
  const dayOff = enabled && dayOffMatcher(settings.workHours.daysOff)(date);

  const breaks: SimulatedPrompt[] = [];
  runTakingEveryBreak({ settings, zone, from, until: dayEnd, catalog }, (prompt) => {
    if (prompt.at >= dayStart) breaks.push(prompt);
    return 'go-on';
  });
  return { date, breaks, ranges, dayOff, allDay: !enabled };
}

/**
 * When the first break comes if Unslouch starts at `now` with these settings,
 * or null when none comes within a week.
 */
export function firstBreakAfter(
  settings: Settings,
  zone: string,
  now: Instant,
  catalog: SimulatedCatalog,
): Instant | null {
  let first: Instant | null = null;
  runTakingEveryBreak({ settings, zone, from: now, until: now + WEEK_MS, catalog }, (prompt) => {
    first = prompt.at;
    return 'stop';
  });
  return first;
}
