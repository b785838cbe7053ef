/** The break records of a data folder's `history.jsonl` (one JSON entry a line), oldest first. */
import fs from 'node:fs';
import path from 'node:path';

export function historyRecordsIn(dir: string): Record<string, unknown>[] {
  const file = path.join(dir, 'history.jsonl');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      const entry = JSON.parse(line) as { break?: Record<string, unknown> };
      return entry.break ? [entry.break] : [];
    });
}
