/**
 * Importing a settings file: the file is migrated, then merged onto the
 * current settings (a partial file changes only what it holds; arrays such as
 * a day's ranges or the days off are replaced as a whole), and the result is
 * checked like any other change. `settingsChanges` lists what an import
 * would change, field by field, for the confirmation the window asks.
 */
import { deepMerge } from '../util/merge';
import { err, type Result } from '../util/result';
import { SETTINGS_FIELDS } from './fields';
import { migrateSettings } from './migrations';
import { WEEKDAYS, type Settings } from './schema';
import { validateSettings } from './validate';
import { formatFieldIssue } from '../validation/issues';

/** The settings an imported file leads to, merged onto `current`; or why the file is refused. */
export function mergeImport(current: Settings, file: unknown): Result<Settings, string[]> {
  const migrated = migrateSettings(file);
  if (!migrated.ok) return err(migrated.error.map((issue) => formatFieldIssue(issue)));
  return validateSettings(deepMerge(current, migrated.value));
}

export interface SettingChange {
  /** A field path (`breaks.everyMinutes`), or one weekday's ranges (`workHours.days.mon`). */
  path: string;
  before: unknown;
  after: unknown;
}

/** The value at a dotted path, or undefined where the path leaves the objects. */
export function valueAt(obj: unknown, path: string): unknown {
  let here: unknown = obj;
  for (const part of path.split('.')) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<string, unknown>)[part];
  }
  return here;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What differs between two settings, in schema order; work hours weekday by weekday. */
export function settingsChanges(before: Settings, after: Settings): SettingChange[] {
  const paths = SETTINGS_FIELDS.flatMap((f) =>
    f.path === 'workHours.days' ? WEEKDAYS.map((d) => `workHours.days.${d}`) : [f.path],
  );
  return paths.flatMap((path) => {
    const a = valueAt(before, path);
    const b = valueAt(after, path);
    return same(a, b) ? [] : [{ path, before: a, after: b }];
  });
}
