/**
 * The guided player as a pure state machine: `reduce(state, event) -> state`.
 * No timers and no clock: the hook (usePlayer) feeds it `tick` events with the
 * milliseconds that passed. A routine is flattened into segments — one per
 * exercise, side (left/right) and direction — so "switch sides" and "other
 * direction" are plain step changes.
 *
 * Each exercise starts with a get-ready phase (`readyMs`, 0 = none): time to
 * change position before its timer starts; Next skips it. Only the holds,
 * reps and relaxes count as moving (`movedMs`): get-ready time, pauses and
 * waits for Next do not.
 */
import type { Dose, Exercise } from '../../../electron/core/catalog/types';
import { HOLD_REST_SECONDS } from '../../../electron/core/catalog/timing';
import type { Direction } from '../hooks/useDirection';

/** Pause between the holds of one side ("relax"), as the catalog's timing counts it. */
export const REST_MS = HOLD_REST_SECONDS * 1000;

export type SegmentKind = Dose['kind'];

export interface Segment {
  /** Index of the exercise in the routine. */
  exerciseIndex: number;
  exercise: Exercise;
  kind: SegmentKind;
  side: 'left' | 'right' | null;
  /** 1-based direction when the exercise is done in several directions. */
  direction: number | null;
  directions: number;
  /** Holds or reps in this segment (1 for a duration). */
  units: number;
  /** Length of one hold, rep or the whole duration. */
  unitMs: number;
  /** Relax time between holds (0 for reps and durations). */
  restMs: number;
  /** The first segment of its exercise (where the get-ready phase goes). */
  firstOfExercise: boolean;
}

export type Status = 'running' | 'paused' | 'waiting' | 'complete';
export type Phase = 'ready' | 'work' | 'rest';

export interface PlayerState {
  segments: readonly Segment[];
  index: number;
  /** 0-based hold or rep inside the segment. */
  unit: number;
  phase: Phase;
  /** Time spent in the current phase (work: in the current unit). */
  phaseMs: number;
  status: Status;
  /** Status to return to on resume. */
  resumeTo: 'running' | 'waiting';
  manualAdvance: boolean;
  /** Length of the get-ready phase before each exercise (0: none). */
  readyMs: number;
  /** Time spent running (holds, reps and relaxes), for the history. */
  movedMs: number;
  /** movedMs by exercise index, for the completion screen (what was done, what was skipped). */
  movedBy: readonly number[];
  /** Whether the routine was stopped early with "Finish early". */
  stoppedEarly: boolean;
  /** Bumped whenever a segment is entered (also the same one again), so views can tell. */
  epoch: number;
}

export type PlayerEvent =
  | { type: 'tick'; ms: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'togglePause' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'restart' }
  | { type: 'finishEarly' }
  | { type: 'setManualAdvance'; on: boolean };

/**
 * The arrow keys for the previous and next step: they follow the reading
 * direction, so right to left the right arrow goes back and the left one on.
 */
export function stepKeys(direction: Direction): { previous: string; next: string } {
  return direction === 'rtl'
    ? { previous: 'ArrowRight', next: 'ArrowLeft' }
    : { previous: 'ArrowLeft', next: 'ArrowRight' };
}

/** Keys the player answers anywhere in its window, left to right (see keyEvent and stepKeys). */
export const PLAYER_KEYS = {
  pause: ['Space', 'K'],
  previous: [stepKeys('ltr').previous],
  next: [stepKeys('ltr').next],
} as const;

/**
 * The player event for a key press, or null: Space (or K, when one-letter
 * keys are on) pauses and resumes; the arrows go to the previous and next
 * step in the reading direction (stepKeys). Modified keys are left to the system.
 */
export function keyEvent(
  key: { key: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean },
  letterKeys = true,
  direction: Direction = 'ltr',
): PlayerEvent | null {
  if (key.altKey || key.ctrlKey || key.metaKey) return null;
  if (key.key === ' ' || key.key === 'Spacebar') return { type: 'togglePause' };
  if (letterKeys && !key.shiftKey && (key.key === 'k' || key.key === 'K')) return { type: 'togglePause' };
  const arrows = stepKeys(direction);
  if (key.key === arrows.previous) return { type: 'previous' };
  if (key.key === arrows.next) return { type: 'next' };
  return null;
}

export function segmentsOf(exercises: readonly Exercise[]): Segment[] {
  const segments: Segment[] = [];
  exercises.forEach((exercise, exerciseIndex) => {
    const dose = exercise.dose;
    const base = { exerciseIndex, exercise, kind: dose.kind, directions: 1, direction: null };
    const first = () => !segments.some((s) => s.exerciseIndex === exerciseIndex);
    if (dose.kind === 'duration') {
      const directions = Math.max(1, dose.directions ?? 1);
      for (let d = 1; d <= directions; d++) {
        segments.push({
          ...base,
          firstOfExercise: first(),
          side: null,
          directions,
          direction: directions > 1 ? d : null,
          units: 1,
          unitMs: dose.seconds * 1000,
          restMs: 0,
        });
      }
      return;
    }
    const sides: Array<'left' | 'right' | null> = dose.sides ? ['left', 'right'] : [null];
    const directions = dose.kind === 'reps' ? Math.max(1, dose.directions ?? 1) : 1;
    for (const side of sides) {
      for (let d = 1; d <= directions; d++) {
        segments.push({
          ...base,
          firstOfExercise: first(),
          side,
          directions,
          direction: directions > 1 ? d : null,
          units: Math.max(1, dose.reps),
          unitMs: (dose.kind === 'hold' ? dose.seconds : dose.secondsPerRep) * 1000,
          restMs: dose.kind === 'hold' ? REST_MS : 0,
        });
      }
    }
  });
  return segments;
}

/** Planned length of one segment: its units plus the relaxes between them. */
export function segmentMs(segment: Segment): number {
  return segment.units * segment.unitMs + (segment.units - 1) * segment.restMs;
}

/** Planned length of the whole routine as the player runs it. */
export function plannedMs(segments: readonly Segment[]): number {
  return segments.reduce((sum, s) => sum + segmentMs(s), 0);
}

/** Planned time already behind the person (for the progress bar). */
export function progressMs(state: PlayerState): number {
  if (state.status === 'complete' && !state.stoppedEarly) return plannedMs(state.segments);
  const seg = state.segments[state.index];
  if (!seg) return 0;
  const before = plannedMs(state.segments.slice(0, state.index));
  if (state.phase === 'ready') return before;
  const inSegment =
    state.unit * (seg.unitMs + seg.restMs) + (state.phase === 'rest' ? seg.unitMs : 0) + state.phaseMs;
  return Math.min(before + inSegment, before + segmentMs(seg));
}

export function initialState(segments: readonly Segment[], manualAdvance = false, readyMs = 0): PlayerState {
  return {
    segments,
    index: 0,
    unit: 0,
    phase: segments[0]?.firstOfExercise && readyMs > 0 ? 'ready' : 'work',
    phaseMs: 0,
    status: segments.length === 0 ? 'complete' : 'running',
    resumeTo: 'running',
    manualAdvance,
    readyMs: Math.max(0, readyMs),
    movedMs: 0,
    movedBy: [],
    stoppedEarly: false,
    epoch: 0,
  };
}

function enter(state: PlayerState, index: number): PlayerState {
  if (index >= state.segments.length) return { ...state, status: 'complete', phaseMs: 0 };
  const status = state.status === 'paused' ? 'paused' : 'running';
  const seg = state.segments[index]!;
  return {
    ...state,
    index,
    unit: 0,
    phase: seg.firstOfExercise && state.readyMs > 0 ? 'ready' : 'work',
    phaseMs: 0,
    status,
    resumeTo: 'running',
    epoch: state.epoch + 1,
  };
}

/** Ends the get-ready phase: the exercise's timer starts (also what Next does during get-ready). */
function startWork(state: PlayerState): PlayerState {
  return {
    ...state,
    phase: 'work',
    phaseMs: 0,
    status: state.status === 'paused' ? 'paused' : 'running',
    resumeTo: 'running',
  };
}

/** The current segment is done: move on, or wait for Next in manual mode. */
function segmentDone(state: PlayerState): PlayerState {
  const seg = state.segments[state.index]!;
  if (state.manualAdvance) {
    return { ...state, unit: seg.units - 1, phase: 'work', phaseMs: seg.unitMs, status: 'waiting' };
  }
  return enter(state, state.index + 1);
}

function phaseLength(state: PlayerState, seg: Segment): number {
  return state.phase === 'ready' ? state.readyMs : state.phase === 'work' ? seg.unitMs : seg.restMs;
}

function advance(state: PlayerState, ms: number): PlayerState {
  let s: PlayerState = state;
  let left = ms;
  // Consume the elapsed time across as many phase boundaries as it covers.
  while (left > 0 && s.status === 'running') {
    const seg = s.segments[s.index]!;
    const room = Math.max(0, phaseLength(s, seg) - s.phaseMs);
    const used = Math.min(left, room);
    // Only holds, reps and relaxes are movement; getting ready is not.
    if (s.phase !== 'ready' && used > 0) {
      const movedBy = [...s.movedBy];
      movedBy[seg.exerciseIndex] = (movedBy[seg.exerciseIndex] ?? 0) + used;
      s = { ...s, movedMs: s.movedMs + used, movedBy };
    }
    if (left < room) {
      s = { ...s, phaseMs: s.phaseMs + left };
      break;
    }
    left -= used;
    if (s.phase === 'ready') {
      s = s.manualAdvance ? { ...s, phaseMs: s.readyMs, status: 'waiting' } : startWork(s);
    } else if (s.phase === 'work' && s.unit < seg.units - 1) {
      s = seg.restMs > 0 ? { ...s, phase: 'rest', phaseMs: 0 } : { ...s, unit: s.unit + 1, phaseMs: 0 };
    } else if (s.phase === 'rest') {
      s = { ...s, phase: 'work', unit: s.unit + 1, phaseMs: 0 };
    } else {
      s = segmentDone(s);
    }
  }
  return s;
}

export function reduce(state: PlayerState, event: PlayerEvent): PlayerState {
  if (state.status === 'complete' && event.type !== 'restart') return state;
  switch (event.type) {
    case 'tick':
      return state.status === 'running' && event.ms > 0 ? advance(state, event.ms) : state;
    case 'pause':
      if (state.status === 'paused') return state;
      return { ...state, status: 'paused', resumeTo: state.status === 'waiting' ? 'waiting' : 'running' };
    case 'resume':
      return state.status === 'paused' ? { ...state, status: state.resumeTo } : state;
    case 'togglePause':
      return reduce(state, { type: state.status === 'paused' ? 'resume' : 'pause' });
    case 'next':
      return state.phase === 'ready' ? startWork(state) : enter(state, state.index + 1);
    case 'previous':
      return enter(state, Math.max(0, state.index - 1));
    case 'restart':
      return {
        ...initialState(state.segments, state.manualAdvance, state.readyMs),
        movedMs: state.movedMs,
        movedBy: state.movedBy,
        epoch: state.epoch + 1,
      };
    case 'finishEarly':
      return { ...state, status: 'complete', stoppedEarly: true };
    case 'setManualAdvance': {
      const next = { ...state, manualAdvance: event.on };
      // Turning manual advance off while waiting moves on at once.
      if (event.on || state.status !== 'waiting') return next;
      return state.phase === 'ready' ? startWork(next) : enter(next, state.index + 1);
    }
  }
}

/** Seconds left in the current phase (for the countdown). */
export function phaseSecondsLeft(state: PlayerState): number {
  const seg = state.segments[state.index];
  if (!seg) return 0;
  return Math.max(0, (phaseLength(state, seg) - state.phaseMs) / 1000);
}

/** Whole seconds moved, as the history records them (0–3600): holds, reps and relaxes only. */
export function secondsMoved(state: PlayerState): number {
  return Math.min(3600, Math.max(0, Math.round(state.movedMs / 1000)));
}
