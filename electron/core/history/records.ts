import { z } from 'zod';
import { say } from '../validation/issues';
import { DOSE_LEVELS } from '../catalog/levels';
import { BREAK_OUTCOMES, BREAK_TRIGGERS, HISTORY_DAYS, historyCutoff, type BreakRecord } from './types';
import { ISO_INSTANT_PATTERN } from '../time/zone';

export { HISTORY_DAYS } from './types';

const iso = z.string().regex(ISO_INSTANT_PATTERN, {
  message: say('validation.instant'),
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
  heldSeconds: z.number().int().min(0).max(86_400).optional(),
  level: z.enum(DOSE_LEVELS).optional(),
}) satisfies z.ZodType<BreakRecord>;

export function pruneHistory(records: BreakRecord[], now: number, days = HISTORY_DAYS): BreakRecord[] {
  const cutoff = historyCutoff(now, days);
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

/**
 * Decision: a routine "finished" with under half of its timed duration
 * actually spent moving (steps skipped through with Next) is *partial*, not
 * completed, so the completion rate and the streak stay honest.
 */
export const COMPLETED_MIN_SHARE = 0.5;

/** The outcome a routine's end counts as, from what the player reported and what was moved. */
export function finishOutcome(
  reported: 'completed' | 'partial',
  secondsMoved: number,
  timedSeconds: number,
): 'completed' | 'partial' {
  if (reported === 'partial') return 'partial';
  return secondsMoved >= timedSeconds * COMPLETED_MIN_SHARE ? 'completed' : 'partial';
}

/**
 * The seconds moved that the history keeps: the player's own figure (pauses
 * and waits excluded), never more than the time the routine was open.
 */
export function checkedSecondsMoved(reported: number, startedAt: number, endedAt: number): number {
  const open = Math.max(0, Math.floor((endedAt - startedAt) / 1000));
  return Math.max(0, Math.min(Math.round(reported), open));
}
