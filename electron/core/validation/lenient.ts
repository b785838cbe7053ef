/**
 * Reading data a newer version may have written: fields this version does
 * not know are accepted (and left out of the value), everything else must
 * pass the schema as usual. Writing stays strict.
 */
import type { z } from 'zod';

function withoutKeys(value: unknown, path: readonly PropertyKey[], keys: readonly string[]): unknown {
  if (path.length === 0) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const key of keys) delete copy[key];
    return copy;
  }
  const [head, ...rest] = path;
  if (Array.isArray(value) && typeof head === 'number') {
    return value.map((item, i) => (i === head ? withoutKeys(item, rest, keys) : item));
  }
  if (typeof value === 'object' && value !== null && typeof head === 'string') {
    const record = value as Record<string, unknown>;
    return { ...record, [head]: withoutKeys(record[head], rest, keys) };
  }
  return value;
}

export function parseLenient<T>(
  schema: z.ZodType<T>,
  value: unknown,
): { success: true; data: T } | { success: false } {
  const first = schema.safeParse(value);
  if (first.success) return { success: true, data: first.data };
  if (!first.error.issues.every((i) => i.code === 'unrecognized_keys')) return { success: false };
  let trimmed = value;
  for (const issue of first.error.issues) {
    if (issue.code === 'unrecognized_keys') trimmed = withoutKeys(trimmed, issue.path, issue.keys);
  }
  const second = schema.safeParse(trimmed);
  return second.success ? { success: true, data: second.data } : { success: false };
}
