/**
 * How long the player takes for an exercise and a routine. The model matches
 * the renderer's player (renderer/src/player/machine.ts): a hold exercise
 * relaxes HOLD_REST_SECONDS between its holds; sides run one after the other
 * (all reps on one side, then the other); reps and durations run back to back;
 * there is no extra time between exercises.
 */
import { exerciseAt, type DoseChoice } from './levels';
import type { Dose, Exercise } from './types';

/** Relax time between two holds of the same side. */
export const HOLD_REST_SECONDS = 3;

/** Shortest and longest guided routine, in seconds (1–5 minutes). */
export const ROUTINE_MIN_SECONDS = 60;
export const ROUTINE_MAX_SECONDS = 300;

/** Guided seconds of one dose, including both sides / all directions and the relaxes between holds. */
export function doseSeconds(dose: Dose): number {
  switch (dose.kind) {
    case 'hold': {
      const perSide = dose.reps * dose.seconds + (dose.reps - 1) * HOLD_REST_SECONDS;
      return perSide * (dose.sides ? 2 : 1);
    }
    case 'reps':
      return dose.reps * dose.secondsPerRep * (dose.sides ? 2 : 1) * (dose.directions ?? 1);
    case 'duration':
      return dose.seconds * (dose.directions ?? 1);
  }
}

/** Guided seconds of one exercise (see doseSeconds). */
export function exerciseSeconds(exercise: Pick<Exercise, 'dose'>): number {
  return doseSeconds(exercise.dose);
}

/** Guided seconds of a list of exercises run in a row, at their base doses or at the person's choice. */
export function totalSeconds(
  exercises: readonly Pick<Exercise, 'id' | 'dose'>[],
  choice?: DoseChoice,
): number {
  return exercises.reduce((sum, e) => sum + exerciseSeconds(choice ? exerciseAt(e, choice) : e), 0);
}
