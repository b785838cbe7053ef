export const BREAK_OUTCOMES = ['completed', 'partial', 'skipped', 'natural', 'missed'] as const;
export type BreakOutcome = (typeof BREAK_OUTCOMES)[number];
export const BREAK_TRIGGERS = ['prompt', 'on-demand', 'idle'] as const;
export type BreakTrigger = (typeof BREAK_TRIGGERS)[number];

/** One break as the history keeps it. Instants are ISO 8601 strings with offset. */
export interface BreakRecord {
  id: string;
  /** When the break ended. */
  endedAt: string;
  /** When the routine started, for breaks with a routine. */
  startedAt: string | null;
  outcome: BreakOutcome;
  trigger: BreakTrigger;
  routineId: string | null;
  snoozes: number;
  /** Seconds of guided movement (0 for skipped, natural and missed breaks). */
  secondsMoved: number;
  /** How long the break was held while the person was busy (R11); absent or 0 when never held. */
  heldSeconds?: number;
  /** The dose level the routine ran at, when the player said (records from before issue 13 have none). */
  level?: 'gentle' | 'standard' | 'longer';
}

/** History (breaks and check-ins) is kept for a year, counted back from now by instant. */
export const HISTORY_DAYS = 366;

/** The oldest instant the history keeps. */
export function historyCutoff(now: number, days = HISTORY_DAYS): number {
  return now - days * 86_400_000;
}
