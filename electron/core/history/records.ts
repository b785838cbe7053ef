import { z } from 'zod';
import { DOSE_LEVELS } from '../catalog/levels';
import { BREAK_OUTCOMES, BREAK_TRIGGERS, type BreakRecord } from './types';

const iso = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/, {
  message: 'must be an ISO 8601 instant',
});

export const breakRecordSchema = z.strictObject({
  id: z.string().min(1).max(100),
  endedAt: iso,
  startedAt: iso.nullable(),
  outcome: z.enum(BREAK_OUTCOMES),
  trigger: z.enum(BREAK_TRIGGERS),
  routineId: z.string().max(80).nullable(),
  snoozes: z.number().int().min(0).max(100),
  secondsMoved: z.number().int().min(0).max(86_400),
  level: z.enum(DOSE_LEVELS).optional(),
}) satisfies z.ZodType<BreakRecord>;

/** History is kept for a year. */
export const HISTORY_DAYS = 366;

export function pruneHistory(records: BreakRecord[], now: number, days = HISTORY_DAYS): BreakRecord[] {
  const cutoff = now - days * 86_400_000;
  return records.filter((r) => Date.parse(r.endedAt) >= cutoff);
}

/** Keeps the valid records of a stored list and counts the ones dropped. */
export function readHistory(raw: unknown): { records: BreakRecord[]; dropped: number } {
  if (!Array.isArray(raw)) return { records: [], dropped: raw === undefined ? 0 : 1 };
  const records: BreakRecord[] = [];
  for (const item of raw) {
    const parsed = breakRecordSchema.safeParse(item);
    if (parsed.success) records.push(parsed.data);
  }
  return { records, dropped: raw.length - records.length };
}
