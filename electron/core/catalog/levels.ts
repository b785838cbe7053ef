/**
 * Dose levels: how the player times a dose the source gives as a range.
 *
 * - gentle: the bottom of every range (the source's minimum, what the player
 *   guided before levels existed);
 * - standard: the middle of the range (rounded to 5 s for holds with a range of
 *   10 s or more, to whole seconds and reps otherwise);
 * - longer: the top of every range.
 *
 * A progression (`buildsUp`: "3 repetitions, building up to 10") is not a range
 * to pick from: the level leaves it alone, and the reps are the person's own
 * step on it (`built`), which rises only when they ask (nextBuildUp).
 *
 * Zod-free, so the renderer's player can use it.
 */
import type { Dose, Exercise } from './types';

export const DOSE_LEVELS = ['gentle', 'standard', 'longer'] as const;
export type DoseLevel = (typeof DOSE_LEVELS)[number];

export const DEFAULT_LEVEL: DoseLevel = 'standard';

/** The person's choices that decide a dose: their level, and their steps on build-ups by exercise id. */
export interface DoseChoice {
  level: DoseLevel;
  built?: Readonly<Record<string, number>>;
}

export const STANDARD_CHOICE: DoseChoice = { level: DEFAULT_LEVEL };

/** One value out of a range [low, high] at a level. */
export function pick(low: number, high: number | undefined, level: DoseLevel, roundTo5 = false): number {
  const top = high ?? low;
  if (level === 'gentle' || top <= low) return low;
  if (level === 'longer') return top;
  const mid = (low + top) / 2;
  const rounded = roundTo5 && top - low >= 10 ? Math.round(mid / 5) * 5 : Math.round(mid);
  return Math.min(top, Math.max(low, rounded));
}

/** Whether a dose has anything a level changes. */
export function hasRange(dose: Dose): boolean {
  if (dose.kind === 'duration') return false;
  if (dose.kind === 'hold' && dose.upToSeconds !== undefined && dose.upToSeconds > dose.seconds) return true;
  return !(dose.kind === 'hold' && dose.buildsUp) && dose.upToReps !== undefined && dose.upToReps > dose.reps;
}

/** The build-up of a dose ("3, building up to 10"), or null. */
export function buildUpOf(dose: Dose): { from: number; to: number } | null {
  return dose.kind === 'hold' && dose.buildsUp && dose.upToReps !== undefined
    ? { from: dose.reps, to: dose.upToReps }
    : null;
}

/** The person's current step on an exercise's build-up (from…to), or null when it has none. */
export function builtReps(exercise: Pick<Exercise, 'id' | 'dose'>, choice: DoseChoice): number | null {
  const range = buildUpOf(exercise.dose);
  if (!range) return null;
  const step = choice.built?.[exercise.id] ?? range.from;
  return Math.min(range.to, Math.max(range.from, Math.round(step)));
}

/** The next step up the build-up, or null at the top (or when there is none). */
export function nextBuildUp(exercise: Pick<Exercise, 'id' | 'dose'>, choice: DoseChoice): number | null {
  const range = buildUpOf(exercise.dose);
  const now = builtReps(exercise, choice);
  return range && now !== null && now < range.to ? now + 1 : null;
}

/**
 * The dose as the player times it: `seconds` and `reps` set to the values of
 * the level (and the build-up step). The range fields stay, so the words can
 * still show the source's whole range.
 */
export function doseAt(exercise: Pick<Exercise, 'id' | 'dose'>, choice: DoseChoice): Dose {
  const dose = exercise.dose;
  switch (dose.kind) {
    case 'duration':
      return dose;
    case 'reps':
      return { ...dose, reps: pick(dose.reps, dose.upToReps, choice.level) };
    case 'hold': {
      const seconds = pick(dose.seconds, dose.upToSeconds, choice.level, true);
      let reps = builtReps(exercise, choice) ?? pick(dose.reps, dose.upToReps, choice.level);
      // Phased holds (cat-cow) need whole rounds of their phases.
      if (dose.phases) reps = Math.max(dose.phases.length, reps - (reps % dose.phases.length));
      return { ...dose, seconds, reps };
    }
  }
}

/** The exercise with its dose timed at the person's choice. */
export function exerciseAt<E extends Pick<Exercise, 'id' | 'dose'>>(exercise: E, choice: DoseChoice): E {
  return { ...exercise, dose: doseAt(exercise, choice) };
}

/** The level a routine runs at: its own choice when the person made one, else their overall level. */
export function levelFor(
  routineId: string,
  choices: { level: DoseLevel; levels?: Readonly<Record<string, DoseLevel | 'overall'>> },
): DoseLevel {
  const own = choices.levels?.[routineId];
  return own === undefined || own === 'overall' ? choices.level : own;
}
