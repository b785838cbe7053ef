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
import { checkSettings } from './validate';
import type { FieldIssue } from '../validation/issues';
import { text, type Text } from '../../shared/i18n/text';

/** The settings an imported file leads to, merged onto `current`; or why the file is refused. */
export function mergeImport(current: Settings, file: unknown): Result<Settings, FieldIssue[]> {
  const migrated = migrateSettings(file);
  if (!migrated.ok) return err(migrated.error);
  return checkSettings(deepMerge(current, migrated.value));
}

/**
 * Why a settings file's text is not JSON, in catalog words: empty, or where
 * the mistake is. JSON.parse's own message is English and for the log.
 */
export function notJsonProblem(content: string): Text {
  if (content.trim() === '') return text('store.settingsFile.empty');
  try {
    JSON.parse(content);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    if (position !== undefined)
      return text('store.settingsFile.notJsonAt', { position: Number(position) + 1 });
  }
  return text('store.settingsFile.notJson');
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
