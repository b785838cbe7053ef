import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHistoryStore } from '../../electron/main/history-store';
import type { BreakRecord } from '../../electron/core/history/types';
import { createConfStore, tempDir } from '../support/temp-store';

const NOW = Date.parse('2026-11-25T12:00:00Z');
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
const open = (dir: string) => openHistoryStore({ dir, createStore: createConfStore, now: () => NOW });

describe('history on disk', () => {
  it('appends records to history.json and reads them back', () => {
    const dir = tempDir();
    open(dir).append(record('2026-11-25T10:00:00+01:00'));
    const again = open(dir);
    expect(again.since(1, NOW).map((r) => r.id)).toEqual(['2026-11-25T10:00:00+01:00']);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'history.json'), 'utf8')).records).toHaveLength(1);
  });

  it('keeps a year and prunes older records', () => {
    const dir = tempDir();
    const store = open(dir);
    store.append(record('2025-11-01T10:00:00+01:00', 'old'));
    store.append(record('2026-01-01T10:00:00+01:00', 'kept'));
    expect(
      open(dir)
        .since(366, NOW)
        .map((r) => r.id),
    ).toEqual(['kept']);
  });

  it('leaves out unreadable records and counts them, keeping the rest', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'history.json'),
      JSON.stringify({
        records: [record('2026-11-20T10:00:00+01:00', 'good'), { id: 'bad', outcome: 'exploded' }],
        checkIns: [{ nope: 1 }],
      }),
    );
    const store = open(dir);
    expect(store.dropped).toBe(2);
    expect(store.since(30, NOW).map((r) => r.id)).toEqual(['good']);
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

  it('clear() deletes every record and check-in, on disk too, and says how many', () => {
    const dir = tempDir();
    const store = open(dir);
    store.append(record('2026-11-25T10:00:00+01:00'));
    store.append(record('2026-11-25T11:00:00+01:00'));
    store.addCheckIn({
      id: 'c1',
      date: '2026-11-25',
      at: '2026-11-25T12:00:00+01:00',
      discomfort: 3,
      warnings: { legs: false, bladderBowel: false, fever: false, lyingDown: false },
    });
    expect(store.clear()).toEqual({ breaks: 2, checkIns: 1 });
    expect(store.since(366, NOW)).toEqual([]);
    const again = open(dir);
    expect(again.since(366, NOW)).toEqual([]);
    expect(again.checkIns()).toEqual([]);
  });
});
