/**
 * The schema of the person's own routines (settings `routines.custom`, and
 * the routines files they export and import), with the settings' discipline:
 * strict objects, bounded lengths, every exercise one the shipped catalog has
 * and every dose inside that exercise's range. The words are catalog keys
 * (../validation/issues.ts CUSTOM_ROUTINE_WORDING), worded by the one formatter.
 */
import { z } from 'zod';
import exercisesJson from '../../../resources/routines/exercises.json';
import {
  CUSTOM_EXERCISES_MAX,
  CUSTOM_ID_PREFIX,
  CUSTOM_NAME_MAX,
  CUSTOM_ROUTINES_MAX,
  doseRanges,
  freeName,
  newCustomId,
  type CustomRoutine,
  type DoseRange,
} from '../catalog/custom';
import type { Exercise } from '../catalog/types';
import {
  CUSTOM_ROUTINE_WORDING as W,
  fieldIssue,
  fieldIssuesFromZod,
  type FieldIssue,
} from '../validation/issues';
import { err, ok, type Result } from '../util/result';
import { text } from '../../shared/i18n/text';

/**
 * The shipped exercises, read from the same JSON the core catalog validates
 * (the catalog tests and the build check it); read here without the catalog's
 * zod schema so the settings schema does not parse the whole catalog again.
 */
const SHIPPED = new Map((exercisesJson as unknown as Exercise[]).map((e) => [e.id, e]));

export const customRoutineIdSchema = z
  .string({ message: W.id })
  .max(CUSTOM_NAME_MAX, { message: W.id })
  .regex(new RegExp(`^${CUSTOM_ID_PREFIX}[a-z0-9]+(-[a-z0-9]+)*$`), { message: W.id });

const count = z.number({ message: W.number }).int({ message: W.whole });

const customExerciseSchema = z
  .strictObject({
    id: z.string({ message: W.unknownExercise }).max(60, { message: W.unknownExercise }),
    seconds: count.optional(),
    reps: count.optional(),
  })
  .superRefine((chosen, ctx) => {
    const exercise = SHIPPED.get(chosen.id);
    if (!exercise) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: W.unknownExercise, input: chosen.id });
      return;
    }
    const ranges = doseRanges(exercise.dose);
    const check = (field: 'seconds' | 'reps', range: DoseRange | null) => {
      const value = chosen[field];
      if (value === undefined) return;
      if (!range) ctx.addIssue({ code: 'custom', path: [field], message: W.nothingToChoose, input: value });
      else if (value < range.min || value > range.max)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: W.between(range.min, range.max),
          input: value,
        });
    };
    check('seconds', ranges.seconds);
    check('reps', ranges.reps);
  });

export const customRoutineSchema = z.strictObject({
  id: customRoutineIdSchema,
  name: z
    .string({ message: W.name })
    .trim()
    .min(1, { message: W.nameEmpty })
    .max(CUSTOM_NAME_MAX, { message: W.nameLong(CUSTOM_NAME_MAX) }),
  exercises: z
    .array(customExerciseSchema)
    .min(1, { message: W.noExercises })
    .max(CUSTOM_EXERCISES_MAX, { message: W.tooManyExercises(CUSTOM_EXERCISES_MAX), abort: true }),
}) satisfies z.ZodType<CustomRoutine, unknown>;

/** The person's routines: at most CUSTOM_ROUTINES_MAX, each id once. */
export const customRoutinesSchema = z
  .array(customRoutineSchema)
  .max(CUSTOM_ROUTINES_MAX, { message: W.tooManyRoutines(CUSTOM_ROUTINES_MAX), abort: true })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((routine, i) => {
      if (seen.has(routine.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: W.sameId, input: routine.id });
      seen.add(routine.id);
    });
  });

/** What a routines file says it is (export and import). */
export const ROUTINES_FILE_FORMAT = 'unslouch-routines';
export const ROUTINES_FILE_VERSION = 1;

const routinesFileSchema = z.strictObject({
  format: z.literal(ROUTINES_FILE_FORMAT, { message: W.file }),
  version: z.literal(ROUTINES_FILE_VERSION, { message: W.file }),
  routines: customRoutinesSchema.refine((list) => list.length > 0, { message: W.noRoutines }),
});

export interface RoutinesFile {
  format: typeof ROUTINES_FILE_FORMAT;
  version: typeof ROUTINES_FILE_VERSION;
  routines: CustomRoutine[];
}

/** The file an export writes. */
export function routinesFile(routines: readonly CustomRoutine[]): RoutinesFile {
  return { format: ROUTINES_FILE_FORMAT, version: ROUTINES_FILE_VERSION, routines: [...routines] };
}

export interface ImportedRoutine {
  routine: CustomRoutine;
  /** The name in the file when it was renamed because one of the person's routines has it. */
  renamedFrom: string | null;
}

/**
 * The routines a file adds to `existing`: each checked like a saved one, each
 * given a fresh id when its own is taken, and a free name ("Name (2)") when a
 * routine of the same name exists — an import never replaces one. Problems
 * are rooted at the file (`routines.0.exercises.1.seconds`).
 */
export function importRoutines(
  existing: readonly CustomRoutine[],
  file: unknown,
  now: number,
): Result<{ all: CustomRoutine[]; added: ImportedRoutine[] }, FieldIssue[]> {
  const parsed = routinesFileSchema.safeParse(file);
  if (!parsed.success) return err(fieldIssuesFromZod(parsed.error, file, { unknownKey: 'field' }));
  const all = [...existing];
  const added: ImportedRoutine[] = [];
  for (const incoming of parsed.data.routines) {
    const name = freeName(
      incoming.name,
      all.map((r) => r.name),
    );
    const id = all.some((r) => r.id === incoming.id)
      ? newCustomId(
          now,
          all.map((r) => r.id),
        )
      : incoming.id;
    const routine = { ...incoming, id, name };
    all.push(routine);
    added.push({ routine, renamedFrom: name === incoming.name ? null : incoming.name });
  }
  if (all.length > CUSTOM_ROUTINES_MAX)
    return err([
      fieldIssue(['routines'], text('custom.problem.tooManyRoutines', { max: CUSTOM_ROUTINES_MAX }), {
        received: all.length,
      }),
    ]);
  return ok({ all, added });
}

/** Checks one routine as the builder saves it; problems rooted at the routine (`name`, `exercises.0.reps`). */
export function checkCustomRoutine(input: unknown): Result<CustomRoutine, FieldIssue[]> {
  const parsed = customRoutineSchema.safeParse(input);
  return parsed.success
    ? ok(parsed.data)
    : err(fieldIssuesFromZod(parsed.error, input, { unknownKey: 'field' }));
}
