/** Dates and times for the settings and history windows, in the person's locale. */
import { getLocale } from '../../../../electron/shared/i18n';
import { LOCAL_DATE_PATTERN } from '../../../../electron/core/time/zone';

function plain(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/** "Fri 3 Apr 2026" for a local date YYYY-MM-DD. */
export function formatDate(date: string): string {
  if (!LOCAL_DATE_PATTERN.test(date)) return date;
  return plain(date).toLocaleDateString(getLocale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/** "Fri 3 Apr" for a local date YYYY-MM-DD. */
export function formatShortDate(date: string): string {
  if (!LOCAL_DATE_PATTERN.test(date)) return date;
  return plain(date).toLocaleDateString(getLocale(), { weekday: 'short', day: 'numeric', month: 'short' });
}

/** "Mon", "lun." — the short weekday of a local date YYYY-MM-DD. */
export function formatWeekdayShort(date: string): string {
  if (!LOCAL_DATE_PATTERN.test(date)) return date;
  return plain(date).toLocaleDateString(getLocale(), { weekday: 'short' });
}

/** "23", "٢٣" — the day of the month of a local date YYYY-MM-DD, in the locale's digits. */
export function formatDayOfMonth(date: string): string {
  if (!LOCAL_DATE_PATTERN.test(date)) return date;
  return plain(date).toLocaleDateString(getLocale(), { day: 'numeric' });
}

/**
 * The locale of clock times: the browser's (Electron's) language, which is
 * also what a time field (<input type="time">) shows, so the text beside a
 * time field uses the same 12- or 24-hour clock as the field.
 */
export function clockLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || getLocale();
}

/** 'h12' or 'h23' (Intl's hourCycle; h11 and h24 count as their family). */
export function hourCycle(locale: string = clockLocale()): 'h12' | 'h23' {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h11' || cycle === 'h12' ? 'h12' : 'h23';
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale (building one is slow, and every time on screen asks). */
function clockFormat(locale: string): Intl.DateTimeFormat {
  let format = clockFormats.get(locale);
  if (!format) {
    const cycle = hourCycle(locale);
    format = new Intl.DateTimeFormat(locale, {
      hour: cycle === 'h12' ? 'numeric' : '2-digit',
      minute: '2-digit',
      hourCycle: cycle,
    });
    clockFormats.set(locale, format);
  }
  return format;
}

/** "09:30" or "9:30 AM" for an instant, in the browser's zone, on the locale's clock. */
export function formatTime(epochMs: number, locale: string = clockLocale()): string {
  return clockFormat(locale).format(new Date(epochMs));
}

/** A wall time "HH:MM" (as stored) on the locale's clock: "13:00" or "1:00 PM". */
export function formatClockTime(hhmm: string, locale: string = clockLocale()): string {
  const m = /^(\d\d):(\d\d)$/.exec(hhmm);
  if (!m) return hhmm;
  return clockFormat(locale).format(new Date(2000, 0, 1, Number(m[1]), Number(m[2])));
}

/** "60%" for a fraction 0–1. */
export function formatPercent(fraction: number): string {
  return new Intl.NumberFormat(getLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** "7.5" minutes with at most one decimal. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 1 }).format(n);
}
