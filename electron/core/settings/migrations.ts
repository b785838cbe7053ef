import { SETTINGS_VERSION } from './schema';
import { isPlainObject } from '../util/merge';
import { shortcutProblem } from './shortcut';
import { err, ok, type Result } from '../util/result';
import { fieldIssue, type FieldIssue } from '../validation/issues';
import { text } from '../../shared/i18n/text';

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * migrations[n] turns a version-n object into version n+1.
 * Version 0 is a file without a `version` field (hand-written, or from a
 * pre-release build that stored the bare settings object), or one that says
 * `"version": 0`; it has the current shape, so migrating it only stamps the version.
 */
const migrations: Record<number, Migration> = {
  0: (old) => ({ ...old, version: 1 }),
  // Version 2 lets days off be ranges (a version-1 list of dates is still
  // valid) and moves the shortcut rules into the schema: a version-1 shortcut
  // those rules refuse is cleared, so the rest of the file still loads
  // instead of the whole file being set aside.
  1: (old) => ({ ...old, version: 2, ...clearRefusedShortcut(old) }),
};

function clearRefusedShortcut(old: Record<string, unknown>): Record<string, unknown> {
  const app = old.app;
  if (!isPlainObject(app) || typeof app.globalShortcut !== 'string') return {};
  return shortcutProblem(app.globalShortcut) ? { app: { ...app, globalShortcut: '' } } : {};
}

export function migrateSettings(raw: unknown): Result<Record<string, unknown>, FieldIssue[]> {
  if (!isPlainObject(raw))
    return err([fieldIssue([], text('settings.problem.notObject'), { received: raw })]);
  let current = raw;
  // A file without a version is hand-written in the current shape: stamp it, migrate nothing.
  if (current.version === undefined) return ok({ ...current, version: SETTINGS_VERSION });
  let version = current.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return err([fieldIssue(['version'], text('settings.problem.whole'), { received: version })]);
  }
  if (version > SETTINGS_VERSION) {
    return err([
      fieldIssue(['version'], text('settings.problem.tooNew', { version: SETTINGS_VERSION }), {
        code: 'too-new',
        received: version,
      }),
    ]);
  }
  while (version < SETTINGS_VERSION) {
    const step = migrations[version];
    if (!step) return err([fieldIssue(['version'], text('settings.problem.noMigration', { version }))]);
    current = step(current);
    version += 1;
  }
  return ok(current);
}

/** Whether reading `raw` needs a migration (so the file should be written back in the current version). */
export function needsMigration(raw: unknown): boolean {
  return isPlainObject(raw) && raw.version !== SETTINGS_VERSION;
}
