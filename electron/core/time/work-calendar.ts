/**
 * Work time as concrete ranges of instants (break-rules R1): a range
 * {start, end} on local date D runs from D at start to D (or D+1 when
 * end <= start) at end, in the given zone. Ranges starting on a day off do
 * not exist. Lookups are cached by window, so a simulation of a year asks
 * Temporal only a few thousand times.
 */
import type { Temporal } from 'temporal-polyfill';
import { WEEKDAYS, type Settings } from '../settings/schema';
import { dayOffMatcher } from './days-off';
import { instantOf, localDateOf, type Instant } from './zone';

export interface WorkRangeInstant {
  start: Instant;
  end: Instant;
  /** Local date the range belongs to (the day it starts). */
  date: string;
}

const ALWAYS: WorkRangeInstant = { start: -Infinity, end: Infinity, date: '' };
const WINDOW_DAYS = 8;
const SEARCH_DAYS = 1100;

export class WorkCalendar {
  private window: { from: Instant; to: Instant; ranges: WorkRangeInstant[] } | null = null;
  /** Single days off and date ranges (both ends included). */
  private readonly isOff: (date: string) => boolean;
  private readonly hasAnyRange: boolean;

  constructor(
    private readonly workHours: Settings['workHours'],
    readonly zone: string,
  ) {
    this.isOff = dayOffMatcher(workHours.daysOff);
    this.hasAnyRange = WEEKDAYS.some((d) => workHours.days[d].length > 0);
  }

  get alwaysWork(): boolean {
    return !this.workHours.enabled;
  }

  rangesOn(date: Temporal.PlainDate): WorkRangeInstant[] {
    const key = date.toString();
    if (this.isOff(key)) return [];
    const weekday = WEEKDAYS[date.dayOfWeek - 1]!;
    const out: WorkRangeInstant[] = [];
    for (const range of this.workHours.days[weekday]) {
      const start = instantOf(date, range.start, this.zone);
      const endDate = range.end <= range.start ? date.add({ days: 1 }) : date;
      const end = instantOf(endDate, range.end, this.zone);
      if (end > start) out.push({ start, end, date: key });
    }
    return out;
  }

  private windowFor(t: Instant) {
    if (this.window && t >= this.window.from && t < this.window.to) return this.window;
    const day = localDateOf(t, this.zone);
    const ranges: WorkRangeInstant[] = [];
    for (let i = -1; i <= WINDOW_DAYS; i++) ranges.push(...this.rangesOn(day.add({ days: i })));
    ranges.sort((a, b) => a.start - b.start);
    const from = instantOf(day, '00:00', this.zone);
    const to = instantOf(day.add({ days: WINDOW_DAYS - 1 }), '00:00', this.zone);
    this.window = { from, to, ranges };
    return this.window;
  }

  /** The work range containing t (start <= t < end), or null outside work time. */
  rangeAt(t: Instant): WorkRangeInstant | null {
    if (this.alwaysWork) return ALWAYS;
    for (const r of this.windowFor(t).ranges) {
      if (r.start <= t && t < r.end) return r;
    }
    return null;
  }

  /** The first range that starts after t, or null when none starts in the next three years. */
  nextRangeAfter(t: Instant): WorkRangeInstant | null {
    if (this.alwaysWork || !this.hasAnyRange) return null;
    let probe = t;
    for (let searched = 0; searched < SEARCH_DAYS; searched += WINDOW_DAYS - 2) {
      const win = this.windowFor(probe);
      const found = win.ranges.find((r) => r.start > t);
      if (found) return found;
      probe = win.to;
    }
    return null;
  }

  /** First range starting on a local date after t's ("pause until tomorrow"). */
  firstRangeOnLaterDate(t: Instant): WorkRangeInstant | null {
    const today = localDateOf(t, this.zone).toString();
    let probe = t;
    for (let i = 0; i < SEARCH_DAYS; i++) {
      const next = this.nextRangeAfter(probe);
      if (!next) return null;
      if (next.date > today) return next;
      probe = next.start;
    }
    return null;
  }

  /** The start of the next local day. */
  nextLocalMidnight(t: Instant): Instant {
    return instantOf(localDateOf(t, this.zone).add({ days: 1 }), '00:00', this.zone);
  }

  isDayOff(t: Instant): boolean {
    return this.isOff(localDateOf(t, this.zone).toString());
  }
}
