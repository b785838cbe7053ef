import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHistoryStore, type HistoryProblem } from '../../electron/main/history-store';
import { diskWrites, type StoreWrites } from '../../electron/main/store-file';
import type { BreakRecord } from '../../electron/core/history/types';
import { tempDir } from '../support/temp-store';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const STAMP = '2026-11-25T12-00-00-000Z';
const record = (endedAt: string, id = endedAt): BreakRecord => ({
  id,
  endedAt,
  startedAt: null,
  outcome: 'skipped',
  trigger: 'prompt',
  routineId: 'mid-back-seated',
  snoozes: 0,
  secondsMoved: 0,
});
const open = (dir: string, extra: { writes?: StoreWrites; onProblem?: (p: HistoryProblem) => void } = {}) =>
  openHistoryStore({ dir, now: () => NOW, ...extra });
const log = (dir: string) => path.join(dir, 'history.jsonl');
const lines = (dir: string) => fs.readFileSync(log(dir), 'utf8').split('\n').filter(Boolean);
const ids = (dir: string) =>
  open(dir)
    .since(366, NOW)
    .map((r) => r.id);
const fullDisk = {
  ok: false as const,
  failure: { reason: 'disk-full' as const, detail: 'ENOSPC: no space left on device, write' },
};

describe('history on disk (append-only log)', () => {
  it('appends one line per record to history.jsonl and reads them back', () => {
    const dir = tempDir();
    const store = open(dir);
    expect(store.append(record('2026-11-25T10:00:00+01:00', 'a'))).toEqual({ saved: true });
    store.append(record('2026-11-25T11:00:00+01:00', 'b'));
    expect(lines(dir)).toHaveLength(2);
    expect(ids(dir)).toEqual(['a', 'b']);
  });

  it('keeps a year and leaves older records out', () => {
    const dir = tempDir();
    const store = open(dir);
    store.append(record('2025-11-01T10:00:00+01:00', 'old'));
    store.append(record('2026-01-01T10:00:00+01:00', 'kept'));
    expect(ids(dir)).toEqual(['kept']);
  });

  it('stores check-ins beside the history', () => {
    const dir = tempDir();
    open(dir).addCheckIn({
      id: 'c1',
      date: '2026-11-25',
      at: '2026-11-25T12:00:00+01:00',
      discomfort: 3,
      warnings: { legs: false, bladderBowel: false, fever: false, lyingDown: false },
    });
    expect(
      open(dir)
        .checkIns()
        .map((c) => c.id),
    ).toEqual(['c1']);
  });

  it('keeps check-ins for the same year as breaks, by their instant (not a UTC date against a local one)', () => {
    const dir = tempDir();
    // 366 days and 6 hours before NOW: older than the year, though its UTC date is the year's first.
    const old = '2025-11-24T06:00:00Z';
    const recent = '2025-11-24T18:00:00Z';
    const checkIn = (id: string, at: string, date: string) => ({
      id,
      date,
      at,
      discomfort: 3,
      warnings: { legs: false, bladderBowel: false, fever: false, lyingDown: false },
    });
    fs.writeFileSync(
      log(dir),
      [
        { break: record(old, 'old-break') },
        { break: record(recent, 'recent-break') },
        { checkIn: checkIn('old-check-in', old, '2025-11-24') },
        { checkIn: checkIn('recent-check-in', recent, '2025-11-24') },
      ]
        .map((entry) => `${JSON.stringify(entry)}\n`)
        .join(''),
    );
    const store = open(dir);
    expect(store.since(400, NOW).map((r) => r.id)).toEqual(['recent-break']);
    expect(store.checkIns().map((c) => c.id)).toEqual(['recent-check-in']);
  });

  it('converts an old history.json once and keeps the old file beside the log', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'history.json'),
      JSON.stringify({ records: [record('2026-11-20T10:00:00+01:00', 'good')], checkIns: [] }),
    );
    const store = open(dir);
    expect(store.startReport.convertedFrom).toBe(path.join(dir, `history.converted-${STAMP}.json`));
    expect(store.since(30, NOW).map((r) => r.id)).toEqual(['good']);
    expect(fs.existsSync(path.join(dir, 'history.json'))).toBe(false);
    expect(ids(dir)).toEqual(['good']);
  });

  it.each([
    ['truncated', '{"records":[{"id":"a","endedAt":"2026-'],
    ['empty', ''],
  ])('sets a %s history.json aside as history.corrupt-<time>.json and starts empty', (_label, text) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'history.json'), text);
    const store = open(dir);
    const aside = path.join(dir, `history.corrupt-${STAMP}.json`);
    expect(store.startReport.corruptLegacyFile).toBe(aside);
    expect(fs.readFileSync(aside, 'utf8')).toBe(text);
    expect(store.since(366, NOW)).toEqual([]);
    expect(store.append(record('2026-11-25T10:00:00+01:00', 'new'))).toEqual({ saved: true });
    expect(ids(dir)).toEqual(['new']);
  });

  it('sets unreadable lines aside before rewriting, says how many and where, and keeps the rest', () => {
    const dir = tempDir();
    const good = JSON.stringify({ break: record('2026-11-20T10:00:00+01:00', 'good') });
    const bad = [JSON.stringify({ break: { id: 'bad', outcome: 'exploded' } }), 'not json', '{"what":1}'];
    fs.writeFileSync(log(dir), [bad[0], good, bad[1], bad[2]].join('\n') + '\n');
    const store = open(dir);
    const aside = path.join(dir, `history.corrupt-${STAMP}.jsonl`);
    expect(store.startReport).toMatchObject({ setAside: 3, setAsideFile: aside });
    expect(fs.readFileSync(aside, 'utf8')).toBe(bad.join('\n') + '\n');
    expect(store.since(30, NOW).map((r) => r.id)).toEqual(['good']);
    expect(lines(dir)).toEqual([good]);
    // Once: the next start finds nothing to set aside.
    expect(open(dir).startReport.setAside).toBe(0);
  });

  it('accepts records a newer version wrote with extra fields, and keeps the line as written', () => {
    const dir = tempDir();
    const newer = JSON.stringify({
      break: { ...record('2026-11-20T10:00:00+01:00', 'newer'), mood: 'great' },
      source: 'v2',
    });
    fs.writeFileSync(log(dir), `${newer}\n`);
    const store = open(dir);
    expect(store.startReport.setAside).toBe(0);
    expect(store.since(30, NOW).map((r) => r.id)).toEqual(['newer']);
    store.append(record('2026-11-25T10:00:00+01:00', 'next'));
    expect(lines(dir)[0]).toBe(newer);
  });

  it('a line cut off by a crash is set aside and the next record starts on a line of its own', () => {
    const dir = tempDir();
    const good = JSON.stringify({ break: record('2026-11-20T10:00:00+01:00', 'good') });
    fs.writeFileSync(log(dir), `${good}\n{"break":{"id":"cut`);
    const store = open(dir);
    expect(store.startReport.setAside).toBe(1);
    store.append(record('2026-11-25T10:00:00+01:00', 'next'));
    expect(ids(dir)).toEqual(['good', 'next']);
  });

  it('a full disk never throws: records stay queued in memory, the person is told once, and they are written later', () => {
    const dir = tempDir();
    let full = true;
    const writes: StoreWrites = {
      ...diskWrites,
      appendDurably: (f, text, size) => (full ? fullDisk : diskWrites.appendDurably(f, text, size)),
    };
    const told: HistoryProblem[] = [];
    const store = open(dir, { writes, onProblem: (p) => told.push(p) });
    expect(store.append(record('2026-11-25T10:00:00+01:00', 'a'))).toEqual({
      saved: false,
      queued: 1,
      failure: fullDisk.failure,
    });
    expect(store.append(record('2026-11-25T10:30:00+01:00', 'b'))).toMatchObject({ saved: false, queued: 2 });
    expect(told).toEqual([{ action: 'write', failure: fullDisk.failure }]);
    expect(store.since(1, NOW).map((r) => r.id)).toEqual(['a', 'b']);
    full = false;
    expect(store.append(record('2026-11-25T11:00:00+01:00', 'c'))).toEqual({ saved: true });
    expect(store.problem()).toBeNull();
    expect(ids(dir)).toEqual(['a', 'b', 'c']);
  });
});
