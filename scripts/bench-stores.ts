/**
 * Part of `npm run bench`: the cost of the persistence paths, each against a
 * baseline measured in the same run.
 *
 * - settings: validating a maximal legal settings file (every day full of
 *   work ranges, the most days off) vs validating the defaults; and refusing
 *   a file with 4,000 ranges on one day (the cap refuses it before any
 *   overlap work).
 * - history: loading a year of records from the append-only log and
 *   appending one, vs the one-document store it replaced (parse and validate
 *   the whole document; rewrite the whole document for every break).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { MAX_RANGES_PER_DAY, WEEKDAYS, loadSettings } from '../electron/core/settings';
import { breakRecordSchema } from '../electron/core/history/records';
import type { BreakRecord } from '../electron/core/history/types';
import { openHistoryStore } from '../electron/main/history-store';
import { writeFileAtomic } from '../electron/main/store-file';

/** Median wall time of `runs` calls, in ms. */
function median(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
const ms = (n: number) => (n < 1 ? `${(n * 1000).toFixed(0)} µs` : `${n.toFixed(1)} ms`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

// ---------------------------------------------------------------- settings

const fullDay = Array.from({ length: MAX_RANGES_PER_DAY }, (_, i) => ({
  start: `${String(i * 2).padStart(2, '0')}:00`,
  end: `${String(i * 2 + 1).padStart(2, '0')}:30`,
}));
const daysOff = Array.from({ length: 1000 }, (_, i) =>
  new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
);
const maximal = {
  version: 1,
  breaks: {
    everyMinutes: 240,
    noticeSeconds: 300,
    snoozeMinutes: 60,
    maxSnoozes: 10,
    routine: 'rotate',
    includeFloor: true,
  },
  idle: { naturalBreakMinutes: 60 },
  workHours: { enabled: true, days: Object.fromEntries(WEEKDAYS.map((d) => [d, fullDay])), daysOff },
  app: {
    sounds: true,
    startAtLogin: true,
    globalShortcut: 'CommandOrControl+Alt+Shift+F24',
    reducedMotion: 'always',
    manualAdvance: true,
    dailyGoal: 20,
    checkIn: true,
    letterShortcuts: true,
  },
};
const maximalText = JSON.stringify({ settings: maximal });
const checkMaximal = loadSettings(JSON.parse(maximalText).settings);
if (!checkMaximal.ok)
  throw new Error(`the maximal settings file is not legal: ${checkMaximal.error.join('; ')}`);
const defaultsText = JSON.stringify({ settings: {} });
const tooMany = JSON.stringify({
  settings: {
    workHours: { days: { mon: Array.from({ length: 4000 }, () => ({ start: '09:00', end: '10:00' })) } },
  },
});

const tDefaults = median(200, () => loadSettings(JSON.parse(defaultsText).settings));
const tMaximal = median(200, () => loadSettings(JSON.parse(maximalText).settings));
const tTooMany = median(50, () => loadSettings(JSON.parse(tooMany).settings));

// ---------------------------------------------------------------- history

const NOW = Date.parse('2026-12-31T18:00:00Z');
const YEAR_RECORDS = 366 * 20; // twenty breaks every day of a year: more than a year of work days holds
const records: BreakRecord[] = Array.from({ length: YEAR_RECORDS }, (_, i) => ({
  id: `r${i}`,
  endedAt: new Date(NOW - (YEAR_RECORDS - i) * 4_300_000).toISOString(),
  startedAt: null,
  outcome: 'completed',
  trigger: 'prompt',
  routineId: 'upper-back-desk-reset',
  snoozes: i % 3,
  secondsMoved: 120,
}));
const next = (i: number): BreakRecord => ({
  ...records[0]!,
  id: `n${i}`,
  endedAt: new Date(NOW - 1000 + i).toISOString(),
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-bench-'));
const logDir = path.join(dir, 'log');
const docDir = path.join(dir, 'doc');
fs.mkdirSync(logDir);
fs.mkdirSync(docDir);
fs.writeFileSync(
  path.join(logDir, 'history.jsonl'),
  records.map((r) => `${JSON.stringify({ break: r })}\n`).join(''),
);
const docFile = path.join(docDir, 'history.json');
fs.writeFileSync(docFile, JSON.stringify({ records, checkIns: [] }));

const tLoadLog = median(7, () => openHistoryStore({ dir: logDir, now: () => NOW }));
const tLoadDoc = median(7, () => {
  const data = JSON.parse(fs.readFileSync(docFile, 'utf8')) as { records: unknown[] };
  for (const r of data.records) breakRecordSchema.safeParse(r);
});
const store = openHistoryStore({ dir: logDir, now: () => NOW });
let n = 0;
const tAppendLog = median(50, () => store.append(next(n++)));
let doc = [...records];
const tAppendDoc = median(20, () => {
  doc = [...doc, next(n++)];
  writeFileAtomic(docFile, JSON.stringify({ records: doc, checkIns: [] }));
});
fs.rmSync(dir, { recursive: true, force: true });

const LOAD_BUDGET = 250;
const APPEND_BUDGET = 20;
const lines = [
  `stores: validate a maximal legal settings file (${(maximalText.length / 1024).toFixed(0)} KB, ${WEEKDAYS.length}×${MAX_RANGES_PER_DAY} ranges, ${daysOff.length} days off): ${ms(tMaximal)} (defaults: ${ms(tDefaults)}, ${ratio(tMaximal, tDefaults)})`,
  `stores: refuse a settings file with 4,000 ranges on one day (${(tooMany.length / 1024).toFixed(0)} KB): ${ms(tTooMany)} (${ratio(tTooMany, tMaximal)} the maximal legal file)`,
  `stores: load a year of history (${YEAR_RECORDS} records) from the log: ${ms(tLoadLog)} (one JSON document, parse + validate: ${ms(tLoadDoc)}, ${ratio(tLoadLog, tLoadDoc)}; budget ${LOAD_BUDGET} ms at start)`,
  `stores: append one record to a year of history: ${ms(tAppendLog)} (rewriting the one document: ${ms(tAppendDoc)}, ${ratio(tAppendDoc, tAppendLog)} slower; budget ${APPEND_BUDGET} ms a break)`,
];
for (const line of lines) console.log(line);
