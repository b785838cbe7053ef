/** Break history in its own store file (history.json), a year at most. */
import { pruneHistory, readHistory } from '../core/history/records';
import type { BreakRecord } from '../core/history/types';
import type { CreateStore } from './settings-store';

export interface HistoryStore {
  append(record: BreakRecord): void;
  since(days: number, now: number): BreakRecord[];
  /** Records in the file that were unreadable at start and were left out. */
  readonly dropped: number;
}

export function openHistoryStore(options: {
  dir: string;
  createStore: CreateStore;
  now: () => number;
}): HistoryStore {
  const store = options.createStore({
    name: 'history',
    cwd: options.dir,
    schema: {},
    defaults: { records: [] },
    clearInvalidConfig: false,
  });
  const { records: loaded, dropped } = readHistory(store.get('records'));
  let records = pruneHistory(loaded, options.now());
  return {
    append(record) {
      records = pruneHistory([...records, record], options.now());
      store.set('records', records);
    },
    since(days, now) {
      return pruneHistory(records, now, days);
    },
    dropped,
  };
}
