/**
 * The routine catalog as the renderer reads it: the same shipped JSON as
 * electron/core/catalog, without the runtime schema. The core's index parses
 * the data with zod when loaded; the renderer keeps zod out of its bundle (the
 * player window must paint fast) and relies on the data being checked where
 * it is built and tested (core catalog tests, the build's catalog check).
 * Lookups and timing come from the core's zod-free modules, so the prompt,
 * the library and the player agree with the engine on how long a routine takes.
 */
import exercisesJson from '../../../resources/routines/exercises.json';
import routinesJson from '../../../resources/routines/routines.json';
import safetyJson from '../../../resources/routines/safety.json';
import { catalogLookups, type CatalogLookups } from '../../../electron/core/catalog/lookup';
import {
  contentTexts,
  translateContent,
  type CatalogContent,
} from '../../../electron/core/catalog/content-text';
import { getContentTranslation, onLanguageChange } from '../../../electron/shared/i18n';
import type { Exercise, Routine, Safety } from '../../../electron/core/catalog/types';
import type { PlanCatalog } from '../../../electron/core/plan/day-plan';
import { customRuntime, findCustom, type CustomRoutine } from '../../../electron/core/catalog/custom';
export { isCustomId, type CustomRoutine } from '../../../electron/core/catalog/custom';

export type {
  BodyArea,
  Dose,
  Exercise,
  Routine,
  Safety,
  Setting,
} from '../../../electron/core/catalog/types';
export { HOLD_REST_SECONDS, exerciseSeconds } from '../../../electron/core/catalog/timing';

/** The shipped catalog in English, the source of every language's texts. */
const ENGLISH: CatalogContent = {
  exercises: exercisesJson as unknown as Exercise[],
  routines: routinesJson as unknown as Routine[],
  safety: safetyJson as unknown as Safety,
};

/** Every translatable text of the English catalog (what the pseudo-locale is made from). */
export const englishContentTexts = () => contentTexts(ENGLISH);

// The catalog in the language shown: live bindings, replaced when the language changes
// (before the views redraw: this listener is registered when the module loads).
export let EXERCISES: readonly Exercise[] = ENGLISH.exercises;
export let ROUTINES: readonly Routine[] = ENGLISH.routines;
export let SAFETY: Safety = ENGLISH.safety;
let lookups = catalogLookups(ENGLISH);
onLanguageChange(() => {
  const shown = translateContent(ENGLISH, getContentTranslation());
  EXERCISES = shown.exercises;
  ROUTINES = shown.routines;
  SAFETY = shown.safety;
  lookups = catalogLookups(shown);
});

export const getRoutine: CatalogLookups['getRoutine'] = (id) => lookups.getRoutine(id);
export const exercisesOf: CatalogLookups['exercisesOf'] = (routine) => lookups.exercisesOf(routine);
export const routineSeconds: CatalogLookups['routineSeconds'] = (routine, choice) =>
  lookups.routineSeconds(routine, choice);
export const getExercise: CatalogLookups['getExercise'] = (id) => lookups.getExercise(id);

/** A routine's title by id (a routine of the person's own by its name); the id when it is gone. */
export function routineTitle(id: string, custom: readonly CustomRoutine[] = []): string {
  return lookups.getRoutine(id)?.title ?? findCustom(custom, id)?.name ?? id;
}

/**
 * A routine by id with its exercises, in the language shown: a shipped one,
 * or one of the person's own (`custom`, from the settings) with its chosen doses.
 */
export function findRoutine(
  id: string,
  custom: readonly CustomRoutine[] = [],
): { routine: Routine; exercises: Exercise[]; own: boolean } | undefined {
  const shipped = lookups.getRoutine(id);
  if (shipped) return { routine: shipped, exercises: lookups.exercisesOf(shipped), own: false };
  const mine = findCustom(custom, id);
  return mine ? { ...customRuntime(mine, getExercise), own: true } : undefined;
}

/** The catalog as the day plan's simulation sees it (the rotation, each routine's guided length). */
export function planCatalog(): PlanCatalog {
  return {
    choices: lookups.routineChoices(),
    seconds: (id) => {
      const routine = lookups.getRoutine(id);
      return routine ? lookups.routineSeconds(routine) : undefined;
    },
  };
}

/** Illustration URLs by file name ("cat-cow-1.svg"), bundled by Vite as separate files. */
const illustrationUrls: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../../resources/illustrations/*.svg', {
      query: '?no-inline',
      import: 'default',
      eager: true,
    }),
  ).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);

export function illustrationUrl(file: string): string | undefined {
  return illustrationUrls[file];
}

/** One drawn part of a moving illustration: a path with its stroke or fill. */
export interface MotionPart {
  d: string;
  stroke?: string;
  fill?: string;
  width?: number;
}

/**
 * An exercise's movement (resources/illustrations/motion/<id>.json, drawn by
 * scripts/make-illustrations.mjs): key frames with the same parts, each part's
 * path with the same commands in every frame, so the browser can blend them.
 */
export interface Motion {
  periodMs: number;
  /** An SVG transform for the whole drawing (the still files use the same one). */
  transform?: string;
  frames: MotionPart[][];
}

/** Motion files, each its own lazily loaded chunk (the player paints its still poses first). */
const motionLoaders: Record<string, () => Promise<Motion>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<Motion>('../../../resources/illustrations/motion/*.json', { import: 'default' }),
  ).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1, -'.json'.length), load]),
);

export async function loadMotion(exerciseId: string): Promise<Motion | null> {
  const load = motionLoaders[exerciseId];
  if (!load) return null;
  try {
    return await load();
  } catch {
    return null; // a missing chunk leaves the still poses, which are complete on their own
  }
}

export { cautionCondition, routineNeeds, type RoutineNeeds } from '../../../electron/core/catalog/needs';
