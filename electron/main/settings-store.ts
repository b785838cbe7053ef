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
import {
  DEFAULT_SETTINGS,
  checkSettingsPatch,
  checkStoredSettings,
  salvageOwnRoutines,
  type Settings,
} from '../core/settings';
import { needsMigration } from '../core/settings/migrations';
import { notJsonProblem } from '../core/settings/import';
import { formatFieldIssues, issueText, type FieldIssue } from '../core/validation/issues';
import { settingsLabel } from '../core/settings/labels';
import { renderEnglish, text, type Text } from '../shared/i18n';
import type { Result } from '../core/util/result';
import {
  asideName,
  moveAsideAs,
  readText,
  storeBasics,
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
  /**
   * 'own-routines': only some of the person's own routines were unusable; they
   * were left out and every other setting loaded (the file was kept as a copy).
   */
  leftOut?: 'own-routines';
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

type Inspected =
  | { kind: 'missing' }
  | { kind: 'unreadable'; failure: StoreFailure }
  | { kind: 'unusable'; problems: Text[]; details: string[] }
  | { kind: 'salvaged'; settings: Settings; problems: Text[]; details: string[]; text: string }
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
  // For the person: each field as the settings window names it; for the log: paths as in the file.
  const said = (issues: readonly FieldIssue[]) => issues.map((issue) => issueText(issue, settingsLabel));
  const inFile = (issues: readonly FieldIssue[]) =>
    formatFieldIssues(issues.map((i) => ({ ...i, path: ['settings', ...i.path] })));
  if (!loaded.ok) {
    const salvaged = salvageOwnRoutines(raw);
    if (salvaged)
      return {
        kind: 'salvaged',
        settings: salvaged.settings,
        problems: said(salvaged.leftOut),
        details: inFile(salvaged.leftOut),
        text: read.value,
      };
    return { kind: 'unusable', problems: said(loaded.error), details: inFile(loaded.error) };
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
  const {
    file,
    writes: { writeFileAtomic },
    latch,
  } = storeBasics(options, SETTINGS_FILE);
  let current: Settings = DEFAULT_SETTINGS;
  let recovered: Recovery | null = null;
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
      const moved = moveAsideAs(file, 'corrupt', (options.now ?? (() => new Date()))());
      recovered = {
        backupPath: moved.ok ? moved.value : null,
        problems: found.problems,
        details: found.details,
      };
      if (!moved.ok) report({ action: 'move-aside', failure: moved.failure });
      break;
    }
    case 'salvaged': {
      // Keep the whole file as it was, then go on with everything but the unusable routines.
      const aside = asideName(file, 'corrupt', (options.now ?? (() => new Date()))());
      const copied = writeFileAtomic(aside, found.text);
      recovered = {
        backupPath: copied.ok ? aside : null,
        problems: found.problems,
        details: found.details,
        leftOut: 'own-routines',
      };
      current = found.settings;
      if (copied.ok) save(current);
      else report({ action: 'move-aside', failure: copied.failure });
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
