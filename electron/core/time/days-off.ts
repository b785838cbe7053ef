/**
 * Days off as the work calendar and the settings window read them: single
 * dates and inclusive date ranges (settings `workHours.daysOff`). Dates are
 * local dates YYYY-MM-DD, so they compare as strings.
 */
import type { DayOff } from '../settings/schema';
import { LOCAL_DATE_PATTERN } from './zone';

export interface DateSpan {
  from: string;
  to: string;
}

/** Every entry as an inclusive span (a single date is a one-day span). */
export function spanOf(entry: DayOff): DateSpan {
  return typeof entry === 'string' ? { from: entry, to: entry } : entry;
}

/** A lookup "is this local date a day off?" built once for a list of entries. */
export function dayOffMatcher(daysOff: readonly DayOff[]): (date: string) => boolean {
  const single = new Set<string>();
  const ranges: DateSpan[] = [];
  for (const entry of daysOff) {
    if (typeof entry === 'string') single.add(entry);
    else ranges.push(entry);
  }
  return (date) => single.has(date) || ranges.some((r) => r.from <= date && date <= r.to);
}

/** Why a new entry cannot be added, or null when it can. */
export type DayOffRefusal =
  | { reason: 'malformed'; field: 'from' | 'to'; value: string }
  | { reason: 'past'; field: 'from' | 'to'; value: string }
  | { reason: 'ends-before-start' }
  | { reason: 'too-long'; maxDays: number }
  | { reason: 'already'; entry: DayOff };

const LOCAL_DATE = LOCAL_DATE_PATTERN;

function isRealDate(s: string): boolean {
  if (!LOCAL_DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dayNumber(s: string): number {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/**
 * Checks a day off before it is added to `current`: both dates well formed
 * (a five-digit year such as "20266-12-07" is refused), not before `today`,
 * the end not before the start, at most `maxDays` long, and not already
 * covered by one entry. `to` empty or equal to `from` means one date.
 */
export function checkNewDayOff(
  current: readonly DayOff[],
  input: { from: string; to?: string },
  today: string,
  maxDays: number,
): { ok: true; entry: DayOff } | { ok: false; refusal: DayOffRefusal } {
  const from = input.from.trim();
  const to = (input.to ?? '').trim() || from;
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isRealDate(value)) return { ok: false, refusal: { reason: 'malformed', field, value } };
  }
  if (to < from) return { ok: false, refusal: { reason: 'ends-before-start' } };
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value < today) return { ok: false, refusal: { reason: 'past', field, value } };
  }
  if (dayNumber(to) - dayNumber(from) >= maxDays)
    return { ok: false, refusal: { reason: 'too-long', maxDays } };
  const covering = current.find((e) => {
    const span = spanOf(e);
    return span.from <= from && to <= span.to;
  });
  if (covering !== undefined) return { ok: false, refusal: { reason: 'already', entry: covering } };
  return { ok: true, entry: from === to ? from : { from, to } };
}

/** Entries ordered by their first date (the form shows and saves them so). */
export function sortDaysOff(list: readonly DayOff[]): DayOff[] {
  return [...list].sort((a, b) => {
    const x = spanOf(a);
    const y = spanOf(b);
    return x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : 0;
  });
}
