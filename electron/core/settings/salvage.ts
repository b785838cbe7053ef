/**
 * A settings file whose only problems are in the person's own routines
 * (`routines.custom`: hand-edited, or from a newer build's exercise) loads
 * with those routines left out, so one bad routine never costs the person
 * their work hours and every other setting. The caller keeps a copy of the
 * file (nothing written is lost) and tells the person what was left out.
 */
import { migrateSettings } from './migrations';
import { checkSettings } from './validate';
import type { Settings } from './schema';
import type { FieldIssue } from '../validation/issues';

const OWN = ['routines', 'custom'] as const;
const inOwn = (issue: FieldIssue) => issue.path[0] === OWN[0] && issue.path[1] === OWN[1];

/** The settings without the routines that fail, and why each was left out; null when more than routines fails. */
export function salvageOwnRoutines(raw: unknown): { settings: Settings; leftOut: FieldIssue[] } | null {
  const migrated = migrateSettings(raw);
  if (!migrated.ok) return null;
  const first = checkSettings(migrated.value);
  if (first.ok) return { settings: first.value, leftOut: [] };
  if (!first.error.every(inOwn)) return null;
  const routines = migrated.value.routines as Record<string, unknown>;
  const list = routines.custom;
  // A problem with the list itself (not a list, too long) leaves them all out; else only the bad entries.
  const bad = new Set(first.error.map((issue) => issue.path[2]));
  const kept =
    Array.isArray(list) && [...bad].every((i) => typeof i === 'number')
      ? list.filter((_, i) => !bad.has(i))
      : [];
  const second = checkSettings({ ...migrated.value, routines: { ...routines, custom: kept } });
  return second.ok ? { settings: second.value, leftOut: first.error } : null;
}
