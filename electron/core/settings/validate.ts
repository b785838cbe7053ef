import { settingsSchema, type Settings } from './schema';
import { migrateSettings } from './migrations';
import { deepMerge } from '../util/merge';
import { fieldIssue, fieldIssuesFromZod, formatFieldIssues, type FieldIssue } from '../validation/issues';
import { err, ok, type Result } from '../util/result';
import { text } from '../../shared/i18n/text';

/** Validates a complete settings object (after migration); structured problems for the renderer and IPC. */
export function checkSettings(input: unknown): Result<Settings, FieldIssue[]> {
  const parsed = settingsSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(fieldIssuesFromZod(parsed.error, input));
}

/** Reads settings as stored or imported (any earlier version is migrated first), with structured problems. */
export function checkStoredSettings(raw: unknown): Result<Settings, FieldIssue[]> {
  const migrated = migrateSettings(raw);
  if (!migrated.ok) return migrated;
  return checkSettings(migrated.value);
}

/** Applies a partial edit, with structured problems. */
export function checkSettingsPatch(current: Settings, patch: unknown): Result<Settings, FieldIssue[]> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    return err([fieldIssue([], text('validation.type.object'), { received: patch })]);
  }
  return checkSettings(deepMerge(current, patch));
}

const asLines = <T>(result: Result<T, FieldIssue[]>): Result<T, string[]> =>
  result.ok ? result : err(formatFieldIssues(result.error));

/** Validates a complete settings object (after migration); defaults fill missing fields. */
export function validateSettings(input: unknown): Result<Settings, string[]> {
  return asLines(checkSettings(input));
}

/** Applies a partial edit to the current settings; nothing changes unless the result is valid. */
export function applySettingsPatch(current: Settings, patch: unknown): Result<Settings, string[]> {
  return asLines(checkSettingsPatch(current, patch));
}

/** Reads settings as stored or imported: any earlier version is migrated first. */
export function loadSettings(raw: unknown): Result<Settings, string[]> {
  return asLines(checkStoredSettings(raw));
}
