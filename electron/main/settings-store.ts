/**
 * Settings on disk (settings.json, `{ "settings": { ... } }`). The file is
 * read, migrated and validated here before anything else uses it; the app's
 * own schema is the only judge (no second JSON-schema check that could refuse
 * a file the migrations accept, such as `"version": 0`).
 *
 * - A file that is not JSON, fails the schema or cannot be migrated is renamed
 *   to `settings.corrupt-<time>.json` (nothing the person wrote is deleted),
 *   defaults load, and the caller is told once through `recovered`.
 * - The file is written only when something changed: a migration at start, or
 *   a saved edit. A read-only or full data folder therefore still starts.
 * - Where nothing can be written the store runs on in-memory settings and says
 *   so through `problem` / `onProblem`; it never throws into its caller.
 */
import path from 'node:path';
import { DEFAULT_SETTINGS, checkSettingsPatch, checkStoredSettings, type Settings } from '../core/settings';
import { needsMigration } from '../core/settings/migrations';
import { notJsonProblem } from '../core/settings/import';
import { formatFieldIssues, issueText, type FieldIssue } from '../core/validation/issues';
import { settingsLabel } from '../core/settings/labels';
import { renderEnglish, text, type Text } from '../shared/i18n';
import type { Result } from '../core/util/result';
import {
  asideName,
  diskWrites,
  moveAside,
  problemLatch,
  readText,
  type StoreFailure,
  type StoreWrites,
} from './store-file';

export interface Recovery {
  /** Where the unusable file was moved; null when it could not be moved (a read-only folder) and was left alone. */
  backupPath: string | null;
  /** What is wrong with the file, for the dialog: each problem names the field as the person sees it. */
  problems: Text[];
  /** The same, as technical English lines (path, problem, quoted value) for the log. */
  details: string[];
}

/** Why the settings live only in memory right now. */
export interface SettingsProblem {
  action: 'read' | 'write' | 'move-aside';
  failure: StoreFailure;
}

export interface SettingsStore {
  get(): Settings;
  /** Applies an edit; a valid one takes effect even when it cannot be written (see `problem`). */
  update(patch: unknown): Result<Settings, FieldIssue[]>;
  replace(next: unknown): Result<Settings, FieldIssue[]>;
  /** Set when the file on disk was unusable at start (and moved aside where possible). */
  readonly recovered: Recovery | null;
  /** Set while the settings in use are not on disk. */
  problem(): SettingsProblem | null;
  readonly path: string;
}

export const SETTINGS_FILE = 'settings.json';

/** @deprecated name kept for callers; see store-file asideName. */
export const backupName = (file: string, now: Date): string => asideName(file, 'corrupt', now);

type Inspected =
  | { kind: 'missing' }
  | { kind: 'unreadable'; failure: StoreFailure }
  | { kind: 'unusable'; problems: Text[]; details: string[] }
  | { kind: 'usable'; settings: Settings; migrated: boolean };

function inspect(file: string): Inspected {
  const read = readText(file);
  if (!read.ok) return { kind: 'unreadable', failure: read.failure };
  if (read.value === null) return { kind: 'missing' };
  let data: unknown;
  try {
    data = JSON.parse(read.value);
  } catch (error) {
    return { kind: 'unusable', problems: [notJsonProblem(read.value)], details: [(error as Error).message] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const problem = text('store.settingsFile.notObject');
    return { kind: 'unusable', problems: [problem], details: [renderEnglish(problem)] };
  }
  const raw = (data as Record<string, unknown>).settings;
  if (raw === undefined) return { kind: 'usable', settings: DEFAULT_SETTINGS, migrated: false };
  const loaded = checkStoredSettings(raw);
  if (!loaded.ok) {
    return {
      kind: 'unusable',
      problems: loaded.error.map((issue) => issueText(issue, settingsLabel)),
      details: formatFieldIssues(loaded.error.map((i) => ({ ...i, path: ['settings', ...i.path] }))),
    };
  }
  return { kind: 'usable', settings: loaded.value, migrated: needsMigration(raw) };
}

export function openSettingsStore(options: {
  dir: string;
  now?: () => Date;
  /** Told each time the settings stop being saved (not again until a save succeeds). */
  onProblem?: (problem: SettingsProblem) => void;
  writes?: StoreWrites;
}): SettingsStore {
  const { writeFileAtomic } = options.writes ?? diskWrites;
  const file = path.join(options.dir, SETTINGS_FILE);
  let current: Settings = DEFAULT_SETTINGS;
  let recovered: Recovery | null = null;
  const latch = problemLatch(options.onProblem);
  const report = latch.set;
  const save = (settings: Settings) => {
    const written = writeFileAtomic(file, `${JSON.stringify({ settings }, null, '\t')}\n`);
    report(written.ok ? null : { action: 'write', failure: written.failure });
  };

  const found = inspect(file);
  switch (found.kind) {
    case 'missing':
      break; // defaults; the file is written with the first saved edit
    case 'unreadable':
      report({ action: 'read', failure: found.failure });
      break;
    case 'unusable': {
      const moved = moveAside(file, asideName(file, 'corrupt', (options.now ?? (() => new Date()))()));
      recovered = {
        backupPath: moved.ok ? moved.value : null,
        problems: found.problems,
        details: found.details,
      };
      if (!moved.ok) report({ action: 'move-aside', failure: moved.failure });
      break;
    }
    case 'usable':
      current = found.settings;
      // Write back only what a migration changed, so an untouched file is never rewritten.
      if (found.migrated) save(current);
      break;
  }

  const commit = (result: Result<Settings, FieldIssue[]>) => {
    if (result.ok) {
      // An unusable file that could not be moved aside is never written over.
      if (!(recovered && recovered.backupPath === null)) save(result.value);
      current = result.value;
    }
    return result;
  };
  const store: SettingsStore = {
    get: () => current,
    update: (patch) => commit(checkSettingsPatch(current, patch)),
    replace: (next) => commit(checkStoredSettings(next)),
    get recovered() {
      return recovered;
    },
    problem: latch.get,
    path: file,
  };
  return store;
}
