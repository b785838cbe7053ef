/**
 * Words for the player: the dose of an exercise (the source's range, and what
 * the player times at the person's level), the get-ready words, and what to
 * announce (and whether to chime) when the player's state changes.
 * Announcements are made for step changes, get-ready, side and direction
 * switches, hold/relax changes (naming the phase), pause, waiting and
 * completion — never for countdown ticks.
 */
import type { Dose, Exercise, Position } from '../../../electron/core/catalog/types';
import type { DoseLevel } from '../../../electron/core/catalog/levels';
import type { RoutineNeeds } from '../../../electron/core/catalog/needs';
import { formatDuration, formatList, t } from '../../../electron/shared/i18n';
import type { Chime } from './sound';
import type { PlayerState, Segment } from './machine';

const range = (low: number, high: number | undefined) =>
  high !== undefined && high > low ? t('routine.range', { low, high }) : String(low);

/** The dose as the source gives it, ranges as ranges: "Hold 30–60 s", "Hold 5 s, 3 times, building up to 10". */
export function doseText(dose: Dose): string {
  let text: string;
  if (dose.kind === 'hold') {
    const seconds = range(dose.seconds, dose.upToSeconds);
    if (dose.buildsUp && dose.upToReps !== undefined) {
      text = t('routine.dose.holdBuildUp', { seconds, reps: dose.reps, upTo: dose.upToReps });
    } else if (dose.reps > 1 || (dose.upToReps ?? 0) > 1) {
      text = t('routine.dose.holdReps', { seconds, reps: range(dose.reps, dose.upToReps) });
    } else text = t('routine.dose.hold', { seconds });
  } else if (dose.kind === 'reps') {
    text = t('routine.dose.reps', { reps: range(dose.reps, dose.upToReps) });
  } else {
    const duration = formatDuration(dose.seconds);
    return (dose.directions ?? 1) > 1 ? t('dose.directions', { duration }) : t('dose.duration', { duration });
  }
  return dose.sides ? t('dose.eachSide', { dose: text }) : text;
}

/** A timed dose as it was done, without the source's range: "Hold 45 s". */
export function doneDoseText(timed: Dose): string {
  if (timed.kind === 'duration') return doseText(timed);
  const { upToReps: _r, ...rest } = timed;
  if (rest.kind === 'hold') {
    const { upToSeconds: _s, buildsUp: _b, ...hold } = rest;
    return doseText(hold);
  }
  return doseText(rest);
}

/** What the player times at the person's level, when it is not the whole story of doseText: "Timed at 45 s (standard)". */
export function timedText(source: Dose, timed: Dose, level: DoseLevel): string | null {
  if (source.kind === 'duration' || timed.kind === 'duration') return null;
  const parts: string[] = [];
  if (source.kind === 'hold' && timed.kind === 'hold' && (source.upToSeconds ?? 0) > source.seconds) {
    parts.push(t('routine.timed.seconds', { seconds: timed.seconds }));
  }
  const repsVary = (source.upToReps ?? 0) > source.reps;
  if (repsVary) parts.push(t('routine.timed.reps', { reps: timed.reps }));
  if (parts.length === 0) return null;
  const built = source.kind === 'hold' && source.buildsUp;
  return built && parts.length === 1
    ? t('routine.timed.buildUp', { what: parts.join(', ') })
    : t('routine.timed', { what: parts.join(', '), level: t(`routine.level.${level}`) });
}

/** The name of the direction a segment goes in ("Backward"), or null. */
export function directionName(seg: Segment): string | null {
  const dose = seg.exercise.dose;
  if (seg.direction === null || dose.kind === 'hold') return null;
  return dose.directionNames?.[seg.direction - 1] ?? null;
}

/** "Stand up." — the change of position from the previous exercise (null: the same position, or the first). */
export function moveText(from: Position | null, to: Position): string | null {
  if (from === to) return null;
  if (from === null) return t(`routine.move.start.${to}`);
  return t(`routine.move.${from}.${to}` as `routine.move.${Position}.${Exclude<Position, typeof from>}`);
}

/** What the exercise needs, in words: "Seated · You need a chair." */
export function needsText(exercise: Pick<Exercise, 'position' | 'needs'>): string {
  const where = t(`position.${exercise.position}`);
  return exercise.needs.length > 0
    ? `${where} · ${t('needs.label', { list: formatList(exercise.needs.map((n) => t(`needs.${n}`))) })}`
    : where;
}

/** What a routine needs, in words: "Seated, Standing · You need a chair and a corner." */
export function routineNeedsText(needs: RoutineNeeds): string {
  const where = formatList(needs.positions.map((p) => t(`position.${p}`)));
  return needs.needs.length > 0
    ? `${where} · ${t('needs.label', { list: formatList(needs.needs.map((n) => t(`needs.${n}`))) })}`
    : where;
}

/** "Take care with: Osteoporosis, Pregnancy", or null when the routine carries no caution. */
export function conditionsText(needs: RoutineNeeds): string | null {
  return needs.conditions.length > 0
    ? t('routine.cautionsFor', { list: formatList(needs.conditions) })
    : null;
}

/** The get-ready words for a segment: the change of position and how to set up. */
export function readyText(state: PlayerState, index = state.index): string {
  const seg = state.segments[index];
  if (!seg) return '';
  const prev = state.segments.slice(0, index).reverse()[0];
  const move = moveText(prev ? prev.exercise.position : null, seg.exercise.position);
  return move ? `${move} ${seg.exercise.setup}` : seg.exercise.setup;
}

function sideAndDirection(seg: Segment): string {
  const parts: string[] = [];
  if (seg.side) parts.push(t(`player.side.${seg.side}`));
  const dir = directionName(seg);
  if (dir) parts.push(dir);
  return parts.length > 0 ? t('routine.announce.which', { list: parts.join(', ') }) : '';
}

export function stepAnnouncement(state: PlayerState): string {
  const seg = state.segments[state.index];
  if (!seg) return '';
  const total = new Set(state.segments.map((s) => s.exerciseIndex)).size;
  if (state.phase === 'ready') {
    return t('routine.announce.getReady', {
      n: seg.exerciseIndex + 1,
      total,
      title: seg.exercise.title,
      what: readyText(state),
    });
  }
  return t('routine.announce.step', {
    n: seg.exerciseIndex + 1,
    total,
    title: seg.exercise.title,
    which: sideAndDirection(seg),
    dose: doseText(seg.exercise.dose),
  });
}

/** The name of the hold being held, for holds done in phases ("Lift your chest"), else null. */
export function phaseName(seg: Segment, unit: number): string | null {
  const dose = seg.exercise.dose;
  return dose.kind === 'hold' && dose.phases && dose.phases.length > 0
    ? dose.phases[unit % dose.phases.length]!
    : null;
}

function holdAnnouncement(seg: Segment, unit: number): string {
  const phase = phaseName(seg, unit);
  return phase
    ? t('routine.announce.holdPhase', { n: unit + 1, total: seg.units, phase })
    : t('announce.holdAgain', { n: unit + 1, total: seg.units });
}

export interface Change {
  message: string;
  chime: Chime | null;
}

/** What changed between two player states, in words; null when nothing worth saying. */
export function describeChange(prev: PlayerState, next: PlayerState): Change | null {
  if (next.status === 'complete') {
    if (prev.status === 'complete') return null;
    return next.stoppedEarly
      ? { message: t('announce.stopped'), chime: null }
      : { message: t('announce.complete'), chime: 'done' };
  }
  if (next.epoch !== prev.epoch) {
    const a = prev.segments[prev.index];
    const b = next.segments[next.index];
    if (a && b && a.exerciseIndex === b.exerciseIndex && next.index === prev.index + 1) {
      if (b.side === 'right' && a.side === 'left')
        return { message: t('announce.switchSides'), chime: 'step' };
      if (b.direction !== null && a.direction !== null) {
        const name = directionName(b);
        return {
          message: name ? t('routine.announce.otherDirection', { name }) : t('announce.otherDirection'),
          chime: 'step',
        };
      }
    }
    return { message: stepAnnouncement(next), chime: 'step' };
  }
  if (next.status === 'paused' && prev.status !== 'paused')
    return { message: t('announce.paused'), chime: null };
  if (prev.status === 'paused' && next.status !== 'paused')
    return { message: t('announce.resumed'), chime: null };
  if (next.status === 'waiting' && prev.status !== 'waiting') {
    return next.phase === 'ready'
      ? { message: t('routine.announce.readyWaiting'), chime: 'step' }
      : { message: t('announce.waiting'), chime: 'step' };
  }
  const seg = next.segments[next.index];
  if (!seg) return null;
  if (prev.phase === 'ready' && next.phase !== 'ready') {
    const first = seg.kind === 'hold' ? holdAnnouncement(seg, 0) : doseText(seg.exercise.dose);
    const which = sideAndDirection(seg);
    return { message: t('routine.announce.go', { what: `${which}${first}` }), chime: 'step' };
  }
  if (seg.kind === 'hold' && prev.phase !== next.phase) {
    return next.phase === 'rest'
      ? { message: t('announce.relax'), chime: 'rest' }
      : { message: holdAnnouncement(seg, next.unit), chime: 'step' };
  }
  return null;
}
