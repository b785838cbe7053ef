/**
 * The routine catalog: the shipped exercises, routines and safety text from
 * resources/routines/, checked against ./schema.ts when loaded, and the
 * lookups the engine, tray and player use.
 *
 * Order matters: routines.json lists the routines in the order the tray shows
 * them, and the desk routines in that order are the rotation the break prompt
 * cycles through (deskRoutineIds).
 */
import exercisesJson from '../../../resources/routines/exercises.json';
import routinesJson from '../../../resources/routines/routines.json';
import safetyJson from '../../../resources/routines/safety.json';
import type { z } from 'zod';
import { catalogSchema, safetySchema } from './schema';
import { catalogLookups } from './lookup';
import type { Catalog, Safety } from './types';
import { validateCatalog, validateSafety } from './validate';

export type * from './types';
export {
  BODY_AREAS,
  CAUTION_PATTERN,
  DOCTOR_GROUPS,
  EQUIPMENT,
  MAX_STEP_LENGTH,
  POSITIONS,
  SETTINGS,
  catalogSchema,
  doseSchema,
  exerciseSchema,
  routineSchema,
  safetySchema,
} from './schema';
export {
  HOLD_REST_SECONDS,
  ROUTINE_MAX_SECONDS,
  ROUTINE_MIN_SECONDS,
  doseSeconds,
  exerciseSeconds,
} from './timing';
export { formatPath, validateCatalog, validateSafety } from './validate';
export {
  DEFAULT_LEVEL,
  DOSE_LEVELS,
  STANDARD_CHOICE,
  buildUpOf,
  builtReps,
  doseAt,
  exerciseAt,
  hasRange,
  levelFor,
  nextBuildUp,
  pick,
  type DoseChoice,
  type DoseLevel,
} from './levels';
export { catalogLookups, type CatalogLookups } from './lookup';

/** Parses shipped data; a broken file fails loudly (the build's check-catalog step catches it first). */
function load<T>(what: string, schema: z.ZodType<T>, data: unknown, validate: (d: unknown) => string[]): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`The shipped ${what} is invalid:\n${validate(data).join('\n')}`);
  return parsed.data;
}

/** The shipped catalog (resources/routines/exercises.json + routines.json). */
export const CATALOG: Catalog = load(
  'routine catalog',
  catalogSchema,
  { exercises: exercisesJson, routines: routinesJson },
  validateCatalog,
);

/** The shipped safety text (resources/routines/safety.json). */
export const SAFETY: Safety = load('safety text', safetySchema, safetyJson, validateSafety);

export const {
  getRoutine,
  getExercise,
  exercisesOf,
  routineSeconds,
  routineIds,
  deskRoutineIds,
  routinesFor,
  routineChoices,
} = catalogLookups(CATALOG);
export { cautionCondition, routineNeeds, type RoutineNeeds } from './needs';
