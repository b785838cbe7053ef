/**
 * Routines of the person's own (issue 13): the catalog's exercises picked,
 * ordered and dosed by the person, and named. Stored in the settings
 * (`routines.custom`, checked by ../settings/custom-routines.ts); turned into
 * the runtime shape the player, the engine and the tray already use
 * (`customRuntime`), so a custom routine plays, rotates and times exactly like
 * a shipped one.
 *
 * Zod-free, so the library and the player can use it.
 */
import type { Dose, Exercise, Routine } from './types';
import { totalSeconds } from './timing';

/** Every custom routine id starts so; no shipped routine id does (the catalog test checks). */
export const CUSTOM_ID_PREFIX = 'my-';
export const CUSTOM_NAME_MAX = 60;
export const CUSTOM_EXERCISES_MAX = 12;
/** Custom routines a person may keep. */
export const CUSTOM_ROUTINES_MAX = 50;

/** One exercise of a custom routine: the catalog exercise and the dose chosen inside its range. */
export interface CustomExercise {
  id: string;
  /** Length of one hold (holds only); absent: the source's lower end. */
  seconds?: number;
  /** Holds or repetitions (per side); absent: the source's lower end. */
  reps?: number;
}

export interface CustomRoutine {
  id: string;
  name: string;
  exercises: CustomExercise[];
}

export interface DoseRange {
  min: number;
  max: number;
}

/** What a person may choose of an exercise's dose: each value's range (a fixed value is min = max). */
export interface DoseRanges {
  seconds: DoseRange | null;
  reps: DoseRange | null;
}

/**
 * The ranges the source gives. A hold's seconds and reps, a repetition
 * exercise's reps; a build-up ("3, building up to 10") is offered as its whole
 * progression. A duration has nothing to choose.
 */
export function doseRanges(dose: Dose): DoseRanges {
  switch (dose.kind) {
    case 'duration':
      return { seconds: null, reps: null };
    case 'reps':
      return { seconds: null, reps: { min: dose.reps, max: dose.upToReps ?? dose.reps } };
    case 'hold':
      return {
        seconds: { min: dose.seconds, max: dose.upToSeconds ?? dose.seconds },
        reps: { min: dose.reps, max: dose.upToReps ?? dose.reps },
      };
  }
}

/** Whether the id is a custom routine's (by its prefix). */
export const isCustomId = (id: string): boolean => id.startsWith(CUSTOM_ID_PREFIX);

/** A fresh custom routine id, from a time stamp, that none of `taken` has. */
export function newCustomId(now: number, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = `${CUSTOM_ID_PREFIX}${Math.max(0, Math.floor(now)).toString(36)}`;
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The exercise with the chosen dose fixed: no range left, so every level times it the same. */
export function customDose(dose: Dose, chosen: Pick<CustomExercise, 'seconds' | 'reps'>): Dose {
  const ranges = doseRanges(dose);
  const at = (range: DoseRange | null, value: number | undefined, fallback: number) =>
    range ? Math.min(range.max, Math.max(range.min, value ?? range.min)) : fallback;
  switch (dose.kind) {
    case 'duration':
      return dose;
    case 'reps': {
      const { upToReps: _drop, ...rest } = dose;
      return { ...rest, reps: at(ranges.reps, chosen.reps, dose.reps) };
    }
    case 'hold': {
      const { upToSeconds: _s, upToReps: _r, buildsUp: _b, ...rest } = dose;
      return {
        ...rest,
        seconds: at(ranges.seconds, chosen.seconds, dose.seconds),
        reps: at(ranges.reps, chosen.reps, dose.reps),
      };
    }
  }
}

/** A custom routine as the player, engine and tray see a routine. */
export interface CustomRuntime {
  routine: Routine;
  exercises: Exercise[];
}

/**
 * The runtime routine: the catalog's exercises (in the language shown, from
 * `getExercise`) with the chosen doses. A floor exercise makes it a floor
 * routine (suggested only with breaks.includeFloor, like the shipped ones).
 * Exercises the catalog no longer has are left out.
 */
export function customRuntime(
  custom: CustomRoutine,
  getExercise: (id: string) => Exercise | undefined,
): CustomRuntime {
  const exercises = custom.exercises.flatMap((chosen) => {
    const exercise = getExercise(chosen.id);
    return exercise ? [{ ...exercise, dose: customDose(exercise.dose, chosen) }] : [];
  });
  const routine: Routine = {
    id: custom.id,
    title: custom.name.trim(),
    summary: exercises.map((e) => e.title).join(' · '),
    bodyArea: exercises[0]?.bodyAreas[0] ?? 'upper-back',
    setting: exercises.some((e) => e.position === 'floor') ? 'floor' : 'desk',
    exerciseIds: exercises.map((e) => e.id),
  };
  return { routine, exercises };
}

/** Guided seconds of a custom routine (its doses are fixed: no level changes them). */
export function customSeconds(
  custom: CustomRoutine,
  getExercise: (id: string) => Exercise | undefined,
): number {
  return totalSeconds(customRuntime(custom, getExercise).exercises);
}

/** A custom routine from the list, by id. */
export const findCustom = (list: readonly CustomRoutine[], id: string): CustomRoutine | undefined =>
  list.find((r) => r.id === id);

/** `name`, or "name (2)", "name (3)" … — the first one no routine in `names` has (compared trimmed, any case). */
export function freeName(name: string, names: Iterable<string>): string {
  const key = (s: string) => s.trim().toLocaleLowerCase();
  const used = new Set([...names].map(key));
  const base = name.trim();
  if (!used.has(key(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, CUSTOM_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(key(candidate))) return candidate;
  }
}
