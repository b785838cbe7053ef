/**
 * Break history and check-ins, a year at most, in an append-only log:
 * history.jsonl, one JSON object per line (`{"break": {...}}` or
 * `{"checkIn": {...}}`).
 *
 * Why a log and not one JSON document: a break appends one short line instead
 * of rewriting a year of records, so the cost of a break stays flat as the
 * history grows, and a crash (or a full disk) mid-write can damage only the
 * line being written — every line before it is already whole on disk.
 *
 * Nothing here throws into the caller and nothing readable is thrown away:
 * - A line this version cannot read is kept: the lines are copied to
 *   `history.corrupt-<time>.jsonl` before the log is rewritten without them,
 *   and the caller is told how many and where (`startReport`). Fields a newer
 *   version added are accepted (the line itself is kept as written).
 * - The old single-document history.json is read once and converted; one that
 *   is not JSON is moved to `history.corrupt-<time>.json` and the log starts empty.
 * - A write that fails (disk full, read-only folder) leaves the records queued
 *   in memory; every later write retries them first, `onProblem` is told once
 *   per failure spell, and reading goes on from memory.
 */
import path from 'node:path';
import { breakRecordSchema, pruneHistory } from '../core/history/records';
import { historyCutoff } from '../core/history/types';
import { checkInSchema, pruneCheckIns, type CheckIn } from '../core/history/checkin';
import type { BreakRecord } from '../core/history/types';
import { parseLenient } from '../core/validation/lenient';
import {
  asideName,
  logDetail,
  moveAsideAs,
  readText,
  storeBasics,
  type StoreFailure,
  type StoreWrites,
} from './store-file';

export const HISTORY_LOG = 'history.jsonl';
export const LEGACY_HISTORY = 'history.json';

export interface HistoryStartReport {
  /** Lines that could not be read and were set aside (or, where that failed, skipped). */
  setAside: number;
  /** Where they were copied; null when they could not be copied (they stay in the log, untouched). */
  setAsideFile: string | null;
  /** An unreadable history.json moved aside at start. */
  corruptLegacyFile: string | null;
  /** Where the records came from when an old history.json was converted. */
  convertedFrom: string | null;
}

export interface HistoryProblem {
  action: 'write' | 'set-aside' | 'read';
  failure: StoreFailure;
}

export type WriteStatus = { saved: true } | { saved: false; queued: number; failure: StoreFailure };

export interface HistoryStore {
  /** Keeps the record (in memory at once) and writes it with any queued before it. Never throws. */
  append(record: BreakRecord): WriteStatus;
  since(days: number, now: number): BreakRecord[];
  checkIns(): CheckIn[];
  addCheckIn(checkIn: CheckIn): WriteStatus;
  /** Retries the queued records now (e.g. before quitting). */
  flush(): WriteStatus;
  /** "Delete my history": drops every record and check-in; answers how many there were. */
  clear(): { breaks: number; checkIns: number };
  /** Records kept in memory that are not on disk yet. */
  queued(): number;
  problem(): HistoryProblem | null;
  /** Unreadable entries at start (same count as startReport.setAside, kept for callers). */
  readonly dropped: number;
  readonly startReport: HistoryStartReport;
  readonly path: string;
}

type Entry =
  { kind: 'break'; value: BreakRecord; line: string } | { kind: 'check-in'; value: CheckIn; line: string };

const lineOf = (entry: { break: BreakRecord } | { checkIn: CheckIn }) => `${JSON.stringify(entry)}\n`;

/** One log line → an entry, or null when it cannot be read. */
function readLine(line: string): Entry | null {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const obj = data as Record<string, unknown>;
  if ('break' in obj) {
    const parsed = parseLenient(breakRecordSchema, obj.break);
    return parsed.success ? { kind: 'break', value: parsed.data, line } : null;
  }
  if ('checkIn' in obj) {
    const parsed = parseLenient(checkInSchema, obj.checkIn);
    return parsed.success ? { kind: 'check-in', value: parsed.data, line } : null;
  }
  return null;
}

/** The old history.json as log lines; null when it is not a readable JSON object. */
function convertLegacy(text: string): { lines: string[]; unreadable: string[] } | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { records, checkIns } = data as { records?: unknown; checkIns?: unknown };
  const lines: string[] = [];
  const unreadable: string[] = [];
  const take = (list: unknown, wrap: (v: unknown) => object) => {
    if (list === undefined) return;
    for (const item of Array.isArray(list) ? list : [list]) {
      const line = lineOf(wrap(item) as { break: BreakRecord });
      (readLine(line) ? lines : unreadable).push(line);
    }
  };
  take(records, (v) => ({ break: v }));
  take(checkIns, (v) => ({ checkIn: v }));
  return { lines, unreadable };
}

export function openHistoryStore(options: {
  dir: string;
  now: () => number;
  onProblem?: (problem: HistoryProblem) => void;
  /** Clock for file names (tests). */
  date?: () => Date;
  writes?: StoreWrites;
}): HistoryStore {
  const {
    file,
    writes: { writeFileAtomic, appendDurably },
    latch,
  } = storeBasics(options, HISTORY_LOG);
  const legacy = path.join(options.dir, LEGACY_HISTORY);
  const date = options.date ?? (() => new Date(options.now()));
  const report: HistoryStartReport = {
    setAside: 0,
    setAsideFile: null,
    corruptLegacyFile: null,
    convertedFrom: null,
  };
  const setProblem = latch.set;

  let entries: Entry[] = [];
  /** Size of the log as we last wrote or read it; a failed append is cut back to it. */
  let size = 0;
  /** Lines waiting to be written, oldest first. */
  let pending: string[] = [];
  /** The log could not be read at all: never write over it. */
  let readOnlyLog = false;

  const read = readText(file);
  if (!read.ok) {
    readOnlyLog = true;
    setProblem({ action: 'read', failure: read.failure });
  } else if (read.value !== null) {
    size = Buffer.byteLength(read.value, 'utf8');
    const rawLines = read.value.split('\n');
    const unreadable: string[] = [];
    rawLines.forEach((raw, i) => {
      if (raw.trim() === '') return;
      const entry = readLine(raw);
      if (entry) entries.push({ ...entry, line: `${raw}\n` });
      // The last line without a newline is the one a crash cut off.
      else unreadable.push(i === rawLines.length - 1 ? raw : `${raw}\n`);
    });
    if (!read.value.endsWith('\n') && read.value.length > 0) pending.unshift(''); // next write starts a new line
    if (unreadable.length > 0)
      setAside(
        unreadable,
        entries.map((e) => e.line),
      );
  } else {
    const old = readText(legacy);
    if (old.ok && old.value !== null) {
      const converted = convertLegacy(old.value);
      if (converted === null) {
        const moved = moveAsideAs(legacy, 'corrupt', date());
        if (moved.ok) report.corruptLegacyFile = moved.value;
        else setProblem({ action: 'set-aside', failure: moved.failure });
      } else {
        const written = writeFileAtomic(file, converted.lines.join(''));
        if (written.ok) {
          size = Buffer.byteLength(converted.lines.join(''), 'utf8');
          // The old file stays beside the log (renamed) until the person removes it.
          const moved = moveAsideAs(legacy, 'converted', date());
          report.convertedFrom = moved.ok ? moved.value : legacy;
          entries = converted.lines.map((line) => readLine(line)!);
          if (converted.unreadable.length > 0) {
            report.setAside = converted.unreadable.length;
            report.setAsideFile = report.convertedFrom;
          }
        } else {
          // Cannot write the log: run on what the old file holds.
          entries = converted.lines.map((line) => readLine(line)!);
          pending = [...converted.lines];
          report.setAside = converted.unreadable.length;
          setProblem({ action: 'write', failure: written.failure });
        }
      }
    } else if (!old.ok) {
      setProblem({ action: 'read', failure: old.failure });
    }
  }

  /** Copies unreadable lines aside, then rewrites the log with the readable ones. */
  function setAside(unreadable: string[], keep: string[]) {
    report.setAside = unreadable.length;
    const aside = asideName(file, 'corrupt', date());
    const copied = writeFileAtomic(aside, unreadable.map((l) => (l.endsWith('\n') ? l : `${l}\n`)).join(''));
    if (!copied.ok) {
      // Leave the log as it is; the lines are skipped in memory only.
      readOnlyLog = true;
      setProblem({ action: 'set-aside', failure: copied.failure });
      return;
    }
    report.setAsideFile = aside;
    const rewritten = writeFileAtomic(file, keep.join(''));
    if (rewritten.ok) {
      size = Buffer.byteLength(keep.join(''), 'utf8');
      pending = pending.filter((l) => l !== '');
    }
  }

  const cutoff = () => historyCutoff(options.now());
  let records = pruneHistory(
    entries.flatMap((e) => (e.kind === 'break' ? [e.value] : [])),
    options.now(),
  );
  let checkIns = pruneCheckIns(
    entries.flatMap((e) => (e.kind === 'check-in' ? [e.value] : [])),
    options.now(),
  );

  // Records older than the year are dropped from the log now and then (a rewrite, atomic).
  const stale = entries.filter(
    (e) => Date.parse(e.kind === 'break' ? e.value.endedAt : e.value.at) < cutoff(),
  );
  if (!readOnlyLog && latch.get() === null && stale.length > 0 && stale.length * 10 >= entries.length) {
    const keep = entries.filter((e) => !stale.includes(e)).map((e) => e.line);
    if (writeFileAtomic(file, keep.join('')).ok) size = Buffer.byteLength(keep.join(''), 'utf8');
  }
  entries = [];

  const flush = (): WriteStatus => {
    if (pending.length === 0) return { saved: true };
    if (readOnlyLog) {
      const failure: StoreFailure = {
        reason: 'other',
        detail: logDetail('history log could not be read at start'),
      };
      return { saved: false, queued: pending.filter(Boolean).length, failure };
    }
    const text = pending.map((l) => (l === '' ? '\n' : l)).join('');
    const written = appendDurably(file, text, size);
    if (written.ok) {
      size = written.value;
      pending = [];
      setProblem(null);
      return { saved: true };
    }
    setProblem({ action: 'write', failure: written.failure });
    return { saved: false, queued: pending.filter(Boolean).length, failure: written.failure };
  };

  return {
    append(record) {
      records = pruneHistory([...records, record], options.now());
      pending.push(lineOf({ break: record }));
      return flush();
    },
    since(days, now) {
      return pruneHistory(records, now, days);
    },
    checkIns: () => checkIns,
    addCheckIn(checkIn) {
      checkIns = [...pruneCheckIns(checkIns, options.now()), checkIn];
      pending.push(lineOf({ checkIn }));
      return flush();
    },
    clear() {
      const counts = { breaks: records.length, checkIns: checkIns.length };
      records = [];
      checkIns = [];
      pending = [];
      // An empty log, written atomically; in memory the history is gone either way.
      const written = writeFileAtomic(file, '');
      if (written.ok) size = 0;
      else setProblem({ action: 'write', failure: written.failure });
      return counts;
    },
    flush,
    queued: () => pending.filter(Boolean).length,
    problem: latch.get,
    dropped: report.setAside,
    startReport: report,
    path: file,
  };
}
