/**
 * kill -9 at any point of a write loses at most the write in progress: a
 * child writes in a loop, is killed at a random moment, and the next start
 * must find every write the child had seen acknowledged (history) or the last
 * acknowledged value or the one after it (settings), and nothing else broken.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHistoryStore } from '../../electron/main/history-store';
import { openSettingsStore } from '../../electron/main/settings-store';
import { removeStaleTemps } from '../../electron/main/store-file';
import { tempDir } from '../support/temp-store';

const WRITER = path.resolve('tests/main/fixtures/crash-writer.ts');
const ROUNDS = 5;

/** Runs the writer until it has acknowledged a few writes, then kills it after a random pause. */
function runAndKill(kind: 'history' | 'settings', dir: string, start: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, kind, dir, String(start)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: number[] = [];
    let buffer = '';
    let killing = false;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const p of parts) acked.push(Number(p.slice(3)));
      if (!killing && acked.length >= 3) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 40);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited with ${code}: ${stderr}`));
      else resolve(acked);
    });
  });
}

describe('a crash at any point of a write', { timeout: 120_000 }, () => {
  it('history: every acknowledged record survives; at most the one being written is set aside', async () => {
    const dir = tempDir();
    const expected: string[] = [];
    let next = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const acked = await runAndKill('history', dir, next);
      expected.push(...acked.map((n) => `r${n}`));
      next = Math.max(next, ...acked) + 1000; // the killed write may have been numbered after the last ack
      removeStaleTemps(dir, ['history.jsonl']);
      const store = openHistoryStore({ dir, now: () => Date.parse('2026-11-25T12:00:00Z') });
      expect(store.startReport.setAside).toBeLessThanOrEqual(1);
      const found = new Set(store.since(366, Date.parse('2026-11-25T12:00:00Z')).map((r) => r.id));
      for (const id of expected) expect(found.has(id), `${id} after round ${round}`).toBe(true);
      // At most one record more than acknowledged (the write the kill interrupted after it reached the disk).
      expect(found.size - expected.length).toBeLessThanOrEqual(round + 1);
    }
    expect(expected.length).toBeGreaterThan(ROUNDS * 3 - 1);
  });

  it('settings: the file always holds the last acknowledged value or the one being written', async () => {
    const dir = tempDir();
    const value = (i: number) => 5 + (i % 236); // as in the writer
    for (let round = 0; round < ROUNDS; round++) {
      const acked = await runAndKill('settings', dir, round * 1000);
      const last = acked.at(-1)!;
      removeStaleTemps(dir, ['settings.json']);
      const store = openSettingsStore({ dir });
      expect(store.recovered, `round ${round}`).toBeNull();
      expect([value(last), value(last + 1)]).toContain(store.get().breaks.everyMinutes);
      expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    }
  });
});
