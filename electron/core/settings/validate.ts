import { settingsSchema, type Settings } from './schema';
import { migrateSettings } from './migrations';
import { deepMerge } from '../util/merge';
import { describeIssues } from '../util/zod-messages';
import { err, ok, type Result } from '../util/result';

/** Validates a complete settings object (after migration); defaults fill missing fields. */
export function validateSettings(input: unknown): Result<Settings, string[]> {
  const parsed = settingsSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(describeIssues(parsed.error));
}

/** Applies a partial edit to the current settings; nothing changes unless the result is valid. */
export function applySettingsPatch(current: Settings, patch: unknown): Result<Settings, string[]> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    return err(['settings change must be an object']);
  }
  return validateSettings(deepMerge(current, patch));
}

/** Reads settings as stored or imported: any earlier version is migrated first. */
export function loadSettings(raw: unknown): Result<Settings, string[]> {
  const migrated = migrateSettings(raw);
  if (!migrated.ok) return migrated;
  return validateSettings(migrated.value);
}
