/**
 * Settings on disk. The file is checked before the store opens it: a file
 * that is not JSON, fails the schema, or cannot be migrated is renamed to a
 * timestamped backup (nothing the person wrote is deleted), defaults load, and
 * the caller is told once through `recovered`.
 *
 * The store itself is electron-store in the app and `conf` in tests (same
 * engine, same options), passed in as `createStore`.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_SETTINGS,
  applySettingsPatch,
  loadSettings,
  settingsJsonSchema,
  type Settings,
} from '../core/settings';
import type { Result } from '../core/util/result';

export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  readonly path: string;
}

export interface StoreOptions {
  name: string;
  cwd: string;
  schema: Record<string, unknown>;
  defaults: Record<string, unknown>;
  clearInvalidConfig: false;
}

export type CreateStore = (options: StoreOptions) => KeyValueStore;

export interface Recovery {
  backupPath: string;
  problems: string[];
}

export interface SettingsStore {
  get(): Settings;
  update(patch: unknown): Result<Settings, string[]>;
  replace(next: unknown): Result<Settings, string[]>;
  /** Set when the file on disk was unusable at start and has been backed up. */
  readonly recovered: Recovery | null;
  readonly path: string;
}

const FILE_NAME = 'settings';

export function backupName(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const { dir, name, ext } = path.parse(file);
  return path.join(dir, `${name}.corrupt-${stamp}${ext}`);
}

function inspectFile(file: string): { raw: unknown; problems: string[] } | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { raw: undefined, problems: [`not valid JSON (${(error as Error).message})`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { raw: undefined, problems: ['the file must hold a JSON object'] };
  }
  const raw = (data as Record<string, unknown>).settings;
  if (raw === undefined) return { raw: {}, problems: [] };
  const loaded = loadSettings(raw);
  return loaded.ok
    ? { raw: loaded.value, problems: [] }
    : { raw: undefined, problems: loaded.error.map((p) => `settings.${p}`) };
}

export function openSettingsStore(options: {
  dir: string;
  createStore: CreateStore;
  now?: () => Date;
}): SettingsStore {
  const file = path.join(options.dir, `${FILE_NAME}.json`);
  const inspected = inspectFile(file);
  let recovered: Recovery | null = null;
  if (inspected && inspected.problems.length > 0) {
    const backupPath = backupName(file, (options.now ?? (() => new Date()))());
    fs.renameSync(file, backupPath);
    recovered = { backupPath, problems: inspected.problems };
  }

  const store = options.createStore({
    name: FILE_NAME,
    cwd: options.dir,
    schema: { settings: settingsJsonSchema() },
    defaults: { settings: DEFAULT_SETTINGS },
    clearInvalidConfig: false,
  });
  // Write back what was read so a migrated file is stored in the current version.
  let current: Settings = inspected && !recovered ? (inspected.raw as Settings) : DEFAULT_SETTINGS;
  if (inspected && !recovered) store.set('settings', current);

  const commit = (result: Result<Settings, string[]>) => {
    if (result.ok) {
      store.set('settings', result.value);
      current = result.value;
    }
    return result;
  };

  return {
    get: () => current,
    update: (patch) => commit(applySettingsPatch(current, patch)),
    replace: (next) => commit(loadSettings(next)),
    get recovered() {
      return recovered;
    },
    path: store.path,
  };
}
