/**
 * The guided player as a pure state machine: `reduce(state, event) -> state`.
 * No timers and no clock: the hook (usePlayer) feeds it `tick` events with the
 * milliseconds that passed. A routine is flattened into segments — one per
 * exercise, side (left/right) and direction — so "switch sides" and "other
 * direction" are plain step changes.
 */
import type { Dose, Exercise } from '../../../electron/core/catalog/types';
import { HOLD_REST_SECONDS } from '../../../electron/core/catalog/timing';

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
}

export type Status = 'running' | 'paused' | 'waiting' | 'complete';

export interface PlayerState {
  segments: readonly Segment[];
  index: number;
  /** 0-based hold or rep inside the segment. */
  unit: number;
  phase: 'work' | 'rest';
  /** Time spent in the current phase (work: in the current unit). */
  phaseMs: number;
  status: Status;
  /** Status to return to on resume. */
  resumeTo: 'running' | 'waiting';
  manualAdvance: boolean;
  /** Time spent running (holds, reps and relaxes), for the history. */
  movedMs: number;
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

export function segmentsOf(exercises: readonly Exercise[]): Segment[] {
  const segments: Segment[] = [];
  exercises.forEach((exercise, exerciseIndex) => {
    const dose = exercise.dose;
    const base = { exerciseIndex, exercise, kind: dose.kind, directions: 1, direction: null };
    if (dose.kind === 'duration') {
      const directions = Math.max(1, dose.directions ?? 1);
      for (let d = 1; d <= directions; d++) {
        segments.push({
          ...base,
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
  const inSegment =
    state.unit * (seg.unitMs + seg.restMs) + (state.phase === 'rest' ? seg.unitMs : 0) + state.phaseMs;
  return Math.min(before + inSegment, before + segmentMs(seg));
}

export function initialState(segments: readonly Segment[], manualAdvance = false): PlayerState {
  return {
    segments,
    index: 0,
    unit: 0,
    phase: 'work',
    phaseMs: 0,
    status: segments.length === 0 ? 'complete' : 'running',
    resumeTo: 'running',
    manualAdvance,
    movedMs: 0,
    stoppedEarly: false,
    epoch: 0,
  };
}

function enter(state: PlayerState, index: number): PlayerState {
  if (index >= state.segments.length) return { ...state, status: 'complete', phaseMs: 0 };
  const status = state.status === 'paused' ? 'paused' : 'running';
  return {
    ...state,
    index,
    unit: 0,
    phase: 'work',
    phaseMs: 0,
    status,
    resumeTo: 'running',
    epoch: state.epoch + 1,
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

function advance(state: PlayerState, ms: number): PlayerState {
  let s: PlayerState = { ...state, movedMs: state.movedMs + ms };
  let left = ms;
  // Consume the elapsed time across as many phase boundaries as it covers.
  while (left > 0 && s.status === 'running') {
    const seg = s.segments[s.index]!;
    const phaseLength = s.phase === 'work' ? seg.unitMs : seg.restMs;
    const room = phaseLength - s.phaseMs;
    if (left < room) {
      s = { ...s, phaseMs: s.phaseMs + left };
      left = 0;
      break;
    }
    left -= Math.max(0, room);
    if (s.phase === 'work' && s.unit < seg.units - 1) {
      s = seg.restMs > 0 ? { ...s, phase: 'rest', phaseMs: 0 } : { ...s, unit: s.unit + 1, phaseMs: 0 };
    } else if (s.phase === 'rest') {
      s = { ...s, phase: 'work', unit: s.unit + 1, phaseMs: 0 };
    } else {
      s = segmentDone(s);
    }
  }
  // Time past the end of the routine or into a wait is not movement.
  if (left > 0) s = { ...s, movedMs: s.movedMs - left };
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
      return enter(state, state.index + 1);
    case 'previous':
      return enter(state, Math.max(0, state.index - 1));
    case 'restart':
      return {
        ...initialState(state.segments, state.manualAdvance),
        movedMs: state.movedMs,
        epoch: state.epoch + 1,
      };
    case 'finishEarly':
      return { ...state, status: 'complete', stoppedEarly: true };
    case 'setManualAdvance': {
      const next = { ...state, manualAdvance: event.on };
      // Turning manual advance off while waiting moves on at once.
      return !event.on && state.status === 'waiting' ? enter(next, state.index + 1) : next;
    }
  }
}

/** Seconds left in the current phase (for the countdown). */
export function phaseSecondsLeft(state: PlayerState): number {
  const seg = state.segments[state.index];
  if (!seg) return 0;
  const length = state.phase === 'work' ? seg.unitMs : seg.restMs;
  return Math.max(0, (length - state.phaseMs) / 1000);
}

/** Whole seconds moved, as the history records them (0–3600). */
export function secondsMoved(state: PlayerState): number {
  return Math.min(3600, Math.max(0, Math.round(state.movedMs / 1000)));
}
