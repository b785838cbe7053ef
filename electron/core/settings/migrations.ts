import { SETTINGS_VERSION } from './schema';
import { isPlainObject } from '../util/merge';
import { err, ok, type Result } from '../util/result';
import { fieldIssue, type FieldIssue } from '../validation/issues';

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * migrations[n] turns a version-n object into version n+1.
 * Version 0 is a file without a `version` field (hand-written, or from a
 * pre-release build that stored the bare settings object), or one that says
 * `"version": 0`; it has the current shape, so migrating it only stamps the version.
 */
const migrations: Record<number, Migration> = {
  0: (old) => ({ ...old, version: 1 }),
};

export function migrateSettings(raw: unknown): Result<Record<string, unknown>, FieldIssue[]> {
  if (!isPlainObject(raw)) return err([fieldIssue([], 'settings must be a JSON object', { received: raw })]);
  let current = raw;
  let version = current.version === undefined ? 0 : current.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return err([fieldIssue(['version'], 'must be a whole number', { received: version })]);
  }
  if (version > SETTINGS_VERSION) {
    return err([
      fieldIssue(['version'], `is newer than this app understands (${SETTINGS_VERSION}); update Unslouch`, {
        code: 'too-new',
        received: version,
      }),
    ]);
  }
  while (version < SETTINGS_VERSION) {
    const step = migrations[version];
    if (!step) return err([fieldIssue(['version'], `no migration from version ${version}`)]);
    current = step(current);
    version += 1;
  }
  return ok(current);
}

/** Whether reading `raw` needs a migration (so the file should be written back in the current version). */
export function needsMigration(raw: unknown): boolean {
  return isPlainObject(raw) && raw.version !== SETTINGS_VERSION;
}
