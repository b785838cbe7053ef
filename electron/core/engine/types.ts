import type { Settings } from '../settings/schema';
import type { BusyReason } from '../settings/busy';

export type { BusyReason } from '../settings/busy';
import type { BreakOutcome, BreakTrigger } from '../history/types';
import type { Instant } from '../time/zone';

export type PauseRequest =
  | { kind: 'minutes'; minutes: number }
  | { kind: 'until'; at: Instant }
  | { kind: 'tomorrow' }
  | { kind: 'indefinite' };

/** Everything the engine can be told. `now` comes with each event, never from a clock. */
export type EngineEvent =
  /**
   * Time has passed, nothing else is known (the scenario runner's wake-ups;
   * the app's wake-ups send a `sample`).
   */
  | { type: 'tick' }
  /**
   * What the shell knows about input: the instant of the last input, or null
   * when the person is active now. The app samples the system idle time; the
   * scenario runner knows the simulated person's input exactly.
   */
  | { type: 'presence'; idleSince: Instant | null }
  | { type: 'lock' }
  | { type: 'unlock' }
  | { type: 'suspend' }
  | { type: 'resume' }
  | { type: 'answer'; action: 'start' | 'snooze' | 'skip'; routineId?: string }
  | { type: 'start-routine'; routineId: string }
  | { type: 'finish-routine'; outcome: 'completed' | 'partial' }
  | { type: 'pause'; request: PauseRequest }
  | { type: 'resume-breaks' }
  | { type: 'skip-next' }
  /** The heads-up notice was clicked: show the coming prompt now. */
  | { type: 'prompt-now' }
  /** "Take a break now": prompt at once (see BreakEngine.breakNow). */
  | { type: 'break-now' }
  | { type: 'settings'; settings: Settings }
  | { type: 'timezone'; timezone: string }
  /**
   * What the desktop signals say now (R11): every reason that is on, in any
   * order, whether or not its signal is enabled in `busy.signals` (the engine
   * applies the settings). Level, not edge: the whole set each time (the
   * app sends it in every wake-up's `sample` and before a return from sleep
   * or a lock); an empty list means not busy. A signal that cannot be read
   * is simply left out.
   */
  | { type: 'busy'; reasons: readonly BusyReason[] }
  /**
   * One sample of the desktop at a wake-up: presence and, where the shell
   * reads them, the busy reasons, applied together before the engine acts, so
   * neither half is judged with the other's previous value (a call first seen
   * at the heads-up instant must not let the heads-up through first).
   */
  | { type: 'sample'; idleSince: Instant | null; reasons?: readonly BusyReason[] };

export interface BreakEffect {
  type: 'break';
  at: Instant;
  outcome: BreakOutcome;
  trigger: BreakTrigger;
  routineId: string | null;
  snoozes: number;
  /** When the routine started, for completed/partial breaks. */
  startedAt: Instant | null;
  /** How long this break was held while the person was busy, in total (R11); 0 if never. */
  heldSeconds: number;
  /**
   * False for an on-demand routine that ended outside work time or while
   * paused: history keeps it, but it is not a break (R8) and anchors nothing.
   */
  counted: boolean;
}

export type Effect =
  | { type: 'notice'; at: Instant; dueAt: Instant; routineId: string }
  | { type: 'prompt'; at: Instant; routineId: string; snoozes: number; snoozesLeft: number }
  | { type: 'close-prompt'; at: Instant }
  /**
   * A break is held (R11): it fell due, or its snooze ran out, while busy, or
   * busy started over its open prompt (a close-prompt comes first then).
   */
  | { type: 'held'; at: Instant; reason: BusyReason; dueAt: Instant; routineId: string; snoozes: number }
  | { type: 'routine-start'; at: Instant; routineId: string; trigger: 'prompt' | 'on-demand' }
  | BreakEffect
  | { type: 'pause'; at: Instant; until: Instant | null }
  | { type: 'resume'; at: Instant }
  /** A request the engine turned down: a reason code the message catalog words (`refusal.<reason>`). */
  | { type: 'refused'; at: Instant; reason: RefusalReason; params?: Record<string, number> };

export const REFUSAL_REASONS = [
  'no-prompt',
  'snooze-off',
  'snooze-limit',
  'routine-running',
  'no-routine',
  'pause-in-past',
  'nothing-to-skip',
  'no-break-coming',
  'paused',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];
export interface Refusal {
  reason: RefusalReason;
  params?: Record<string, number>;
}

export type EngineStatus =
  | { kind: 'next'; at: Instant }
  /** A break is due now: on screen, or with `held`, held while busy (R11) and not on screen. */
  | { kind: 'prompt'; held?: HeldStatus }
  | { kind: 'snoozed'; until: Instant }
  | { kind: 'routine'; routineId: string }
  | { kind: 'away' }
  | { kind: 'paused'; until: Instant | null }
  | { kind: 'outside'; next: Instant | null }
  | { kind: 'day-off'; next: Instant | null };

/** A held break, for the tray: "Break held — you're in a call". */
export interface HeldStatus {
  /** The first busy reason that is on, in BUSY_REASONS order; the one that held it while busy has ended. */
  reason: BusyReason;
  /** When this break was held (this time; see BreakEffect.heldSeconds for the total). */
  since: Instant;
  /** When the break fell due. */
  dueAt: Instant;
  /** When the prompt comes, now that the busy stretch has ended (R11's grace time); null while busy. */
  promptAt: Instant | null;
}

export interface RoutineChoices {
  /** Desk-friendly routines in rotation order. */
  desk: readonly string[];
  /** Floor routines, suggested only with breaks.includeFloor. */
  floor: readonly string[];
  /** The catalog's floor exercises: a routine of the person's own with one is a floor routine (./rotation.ts). */
  floorExercises?: readonly string[];
}
