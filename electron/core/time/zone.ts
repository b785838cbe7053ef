/**
 * Time-zone arithmetic through Temporal (temporal-polyfill): local wall times
 * to instants with "compatible" disambiguation (break-rules R1), instants to
 * local dates and ISO strings. Instants are epoch milliseconds.
 */
import { Temporal } from 'temporal-polyfill';

export type Instant = number;

export function isValidTimeZone(zone: string): boolean {
  try {
    Temporal.Now.zonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}

/** Local date (YYYY-MM-DD) of an instant in a zone. */
export function localDateOf(t: Instant, zone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(zone).toPlainDate();
}

/** The instant of a local wall time; a time in a DST gap moves forward, a repeated one takes the earlier. */
export function instantOf(date: Temporal.PlainDate, time: string, zone: string): Instant {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return date.toPlainDateTime({ hour, minute }).toZonedDateTime(zone, { disambiguation: 'compatible' })
    .epochMilliseconds;
}

/** Parses a local wall time "YYYY-MM-DDTHH:MM[:SS]" in a zone; null when malformed. */
export function parseLocalDateTime(text: string, zone: string): Instant | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return null;
  try {
    return Temporal.PlainDateTime.from(text, { overflow: 'reject' }).toZonedDateTime(zone, {
      disambiguation: 'compatible',
    }).epochMilliseconds;
  } catch {
    return null;
  }
}

/** ISO 8601 with the zone's UTC offset: 2026-03-23T09:30:00+01:00. */
export function formatInstant(t: Instant, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(t)
    .toZonedDateTimeISO(zone)
    .toString({ timeZoneName: 'never', fractionalSecondDigits: 'auto', smallestUnit: 'second' });
}

/** Local wall clock parts for display. */
export function wallClock(t: Instant, zone: string): { time: string; weekday: number; date: string } {
  const z = Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { time: `${pad(z.hour)}:${pad(z.minute)}`, weekday: z.dayOfWeek, date: z.toPlainDate().toString() };
}

/** The time zone the system (or the browser) is set to. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Today's local date (YYYY-MM-DD) in `zone`. */
export function todayIn(zone: string): string {
  return Temporal.Now.plainDateISO(zone).toString();
}

/** An ISO 8601 instant with seconds and an offset or Z, as records and check-ins store them. */
export const ISO_INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/;
/** A local date as YYYY-MM-DD (whether it is a real date is checked apart). */
export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
