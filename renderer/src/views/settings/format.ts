/** Dates and times for the settings and history windows, in the person's locale. */
import { getLocale } from '../../../../electron/shared/i18n';

function plain(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/** "Fri 3 Apr 2026" for a local date YYYY-MM-DD. */
export function formatDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return plain(date).toLocaleDateString(getLocale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/** "Fri 3 Apr" for a local date YYYY-MM-DD. */
export function formatShortDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return plain(date).toLocaleDateString(getLocale(), { weekday: 'short', day: 'numeric', month: 'short' });
}

/** "09:30" for an instant, in the browser's zone: 24-hour, like work ranges and the tray. */
export function formatTime(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString(getLocale(), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

/** "60%" for a fraction 0–1. */
export function formatPercent(fraction: number): string {
  return new Intl.NumberFormat(getLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** "7.5" minutes with at most one decimal. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 1 }).format(n);
}
