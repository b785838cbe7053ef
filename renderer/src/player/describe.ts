/**
 * Words for the player: the dose of an exercise, and what to announce (and
 * whether to chime) when the player's state changes. Announcements are made
 * for step changes, side and direction switches, hold/relax changes, pause,
 * waiting and completion — never for countdown ticks.
 */
import type { Dose } from '../../../electron/core/catalog/types';
import { formatDuration, t } from '../../../electron/shared/i18n';
import type { Chime } from './sound';
import type { PlayerState } from './machine';

export function doseText(dose: Dose): string {
  let text: string;
  if (dose.kind === 'hold') {
    text =
      dose.reps > 1
        ? t('dose.holdReps', { seconds: dose.seconds, reps: dose.reps })
        : t('dose.hold', { seconds: dose.seconds });
  } else if (dose.kind === 'reps') {
    text = t('dose.reps', { reps: dose.reps });
  } else {
    const duration = formatDuration(dose.seconds);
    return (dose.directions ?? 1) > 1 ? t('dose.directions', { duration }) : t('dose.duration', { duration });
  }
  return dose.sides ? t('dose.eachSide', { dose: text }) : text;
}

export function stepAnnouncement(state: PlayerState): string {
  const seg = state.segments[state.index];
  if (!seg) return '';
  const total = new Set(state.segments.map((s) => s.exerciseIndex)).size;
  return t('announce.step', {
    n: seg.exerciseIndex + 1,
    total,
    title: seg.exercise.title,
    dose: doseText(seg.exercise.dose),
  });
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
        return { message: t('announce.otherDirection'), chime: 'step' };
      }
    }
    return { message: stepAnnouncement(next), chime: 'step' };
  }
  if (next.status === 'paused' && prev.status !== 'paused')
    return { message: t('announce.paused'), chime: null };
  if (prev.status === 'paused' && next.status !== 'paused')
    return { message: t('announce.resumed'), chime: null };
  if (next.status === 'waiting' && prev.status !== 'waiting') {
    return { message: t('announce.waiting'), chime: 'step' };
  }
  const seg = next.segments[next.index];
  if (seg?.kind === 'hold' && prev.phase !== next.phase) {
    return next.phase === 'rest'
      ? { message: t('announce.relax'), chime: 'rest' }
      : { message: t('announce.holdAgain', { n: next.unit + 1, total: seg.units }), chime: 'step' };
  }
  return null;
}
