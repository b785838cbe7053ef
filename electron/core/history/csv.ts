/**
 * CSV export of the break history and the check-ins, RFC 4180: a header row,
 * CRLF after every record (the last one too), fields with a comma, a double
 * quote, CR or LF are quoted and their quotes doubled.
 *
 * Spreadsheet formula injection: a field that starts with =, +, -, @, a tab
 * or a CR gets a leading apostrophe, so a spreadsheet shows it as text and
 * never evaluates it (OWASP "CSV Injection"). The apostrophe is added before
 * quoting, so the field's content survives a round trip apart from it.
 */
import { Temporal } from 'temporal-polyfill';
import { WARNING_IDS, type CheckIn } from './checkin';
import type { BreakRecord } from './types';
import { formatInstant } from '../time/zone';

export type CsvValue = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: null → empty, booleans → yes/no, formula starts defused, quoted when needed. */
export function csvField(value: CsvValue): string {
  let text = value === null ? '' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to RFC 4180 text, CRLF after each row. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

export const HISTORY_CSV_HEADER = [
  'date',
  'time',
  'ended_at',
  'started_at',
  'outcome',
  'trigger',
  'routine',
  'snoozes',
  'seconds_moved',
  'routine_title',
  'outcome_shown',
  'ended_local',
  'started_local',
  'held_seconds',
] as const;

/** How the history window names a routine and an outcome, so the file says what the screen says. */
export interface ShownAs {
  routineTitle(routineId: string | null): string;
  outcome(outcome: BreakRecord['outcome']): string;
}

/** Without the window's words (tests, tools): the ids themselves. */
const AS_IDS: ShownAs = { routineTitle: (id) => id ?? '', outcome: (o) => o };

/** An ISO instant as local time with its UTC offset (2026-03-23T09:30:00+01:00); '' when unreadable. */
function localWithOffset(iso: string | null, zone: string): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '' : formatInstant(t, zone);
}

function local(iso: string, zone: string): { date: string; time: string } | null {
  try {
    const z = Temporal.Instant.from(iso).toZonedDateTimeISO(zone);
    return { date: z.toPlainDate().toString(), time: z.toPlainTime().toString({ smallestUnit: 'second' }) };
  } catch {
    return null;
  }
}

/**
 * The break history, oldest first: the local date and time (HH:MM:SS) the
 * break ended in `zone`, the ISO instants as stored, outcome, trigger,
 * routine id (empty when none), snoozes and seconds moved; then the routine's
 * title and the outcome as the history window shows them, the end and
 * start as local times with their UTC offset, and how long the break was held
 * while the person was busy (R11; 0 when never held).
 */
export function historyToCsv(records: readonly BreakRecord[], zone: string, shown: ShownAs = AS_IDS): string {
  const sorted = records
    .map((r, i) => ({ r, i, t: Date.parse(r.endedAt) }))
    .sort((a, b) => (a.t === b.t || Number.isNaN(a.t - b.t) ? a.i - b.i : a.t - b.t))
    .map((x) => x.r);
  const rows: CsvValue[][] = [[...HISTORY_CSV_HEADER]];
  for (const r of sorted) {
    const at = local(r.endedAt, zone);
    rows.push([
      at?.date ?? '',
      at?.time ?? '',
      r.endedAt,
      r.startedAt,
      r.outcome,
      r.trigger,
      r.routineId,
      r.snoozes,
      r.secondsMoved,
      shown.routineTitle(r.routineId),
      shown.outcome(r.outcome),
      localWithOffset(r.endedAt, zone),
      localWithOffset(r.startedAt, zone),
      r.heldSeconds ?? 0,
    ]);
  }
  return toCsv(rows);
}

export const CHECKINS_CSV_HEADER = [
  'date',
  'at',
  'discomfort_0_none_10_worst',
  'legs',
  'bladder_bowel',
  'fever',
  'lying_down',
] as const;

/** The check-ins, oldest date first; warnings as yes/no. */
export function checkInsToCsv(checkIns: readonly CheckIn[]): string {
  const sorted = [...checkIns].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const rows: CsvValue[][] = [[...CHECKINS_CSV_HEADER]];
  for (const c of sorted) rows.push([c.date, c.at, c.discomfort, ...WARNING_IDS.map((id) => c.warnings[id])]);
  return toCsv(rows);
}
