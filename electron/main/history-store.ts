/** Break history and check-ins in their own store file (history.json), a year at most. */
import { pruneHistory, readHistory } from '../core/history/records';
import { readCheckIns, type CheckIn } from '../core/history/checkin';
import type { BreakRecord } from '../core/history/types';
import type { CreateStore } from './settings-store';

export interface HistoryStore {
  append(record: BreakRecord): void;
  since(days: number, now: number): BreakRecord[];
  checkIns(): CheckIn[];
  addCheckIn(checkIn: CheckIn): void;
  /** "Delete my history": drops every record and check-in; answers how many there were. */
  clear(): { breaks: number; checkIns: number };
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
    defaults: { records: [], checkIns: [] },
    clearInvalidConfig: false,
  });
  const { records: loaded, dropped: droppedRecords } = readHistory(store.get('records'));
  let records = pruneHistory(loaded, options.now());
  const { checkIns: loadedCheckIns, dropped: droppedCheckIns } = readCheckIns(store.get('checkIns'));
  const yearAgo = () => new Date(options.now() - 366 * 86_400_000).toISOString().slice(0, 10);
  let checkIns = loadedCheckIns.filter((c) => c.date >= yearAgo());
  return {
    append(record) {
      records = pruneHistory([...records, record], options.now());
      store.set('records', records);
    },
    since(days, now) {
      return pruneHistory(records, now, days);
    },
    checkIns: () => checkIns,
    addCheckIn(checkIn) {
      checkIns = [...checkIns.filter((c) => c.date >= yearAgo()), checkIn];
      store.set('checkIns', checkIns);
    },
    clear() {
      const counts = { breaks: records.length, checkIns: checkIns.length };
      records = [];
      checkIns = [];
      store.set('records', records);
      store.set('checkIns', checkIns);
      return counts;
    },
    dropped: droppedRecords + droppedCheckIns,
  };
}
