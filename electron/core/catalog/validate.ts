/**
 * Validation of catalog and safety data with messages a content editor can act
 * on: each names the routine or exercise by id and the field, e.g.
 * `routine "mid-back-seated": exerciseIds[2]: unknown exercise "foo"`.
 */
import type { z } from 'zod';
import { catalogSchema, exerciseSchema, routineSchema, safetySchema } from './schema';
import { ROUTINE_MAX_SECONDS, ROUTINE_MIN_SECONDS, totalSeconds } from './timing';
import { buildUpOf } from './levels';
import type { Exercise, Routine } from './types';
import { fieldIssuesFromZod, formatFieldIssue, formatPath as formatIssuePath } from '../validation/issues';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `dose.seconds`, `exerciseIds[2]`, `illustration.poses[0]`. */
export const formatPath = (path: readonly (string | number)[]): string =>
  formatIssuePath(path, { brackets: true });

/** One line per issue: `<label>: <field>: <message> (got <value>)`, through the tree's one formatter. */
function describe(label: string, error: z.ZodError, input: unknown): string[] {
  return fieldIssuesFromZod(error, input, { unknownKey: 'field' }).map(
    (issue) => `${label}: ${formatFieldIssue(issue, { brackets: true })}`,
  );
}

function rawId(item: unknown): string | undefined {
  return isRecord(item) && typeof item.id === 'string' && item.id !== '' ? item.id : undefined;
}

/** `exercise "cat-cow"`, or `exercises[3]` when the item has no usable id. */
function labelOf(kind: 'exercise' | 'routine', item: unknown, index: number): string {
  const id = rawId(item);
  return id === undefined ? `${kind}s[${index}]` : `${kind} "${id}"`;
}

interface Checked<T> {
  /** Items that passed the schema, by id (the first one when ids repeat). */
  valid: Map<string, T>;
  /** Every id present in the raw data, valid or not. */
  ids: Set<string>;
}

function checkList<T extends { id: string }>(
  kind: 'exercise' | 'routine',
  list: unknown,
  schema: z.ZodType<T>,
  problems: string[],
): Checked<T> {
  const out: Checked<T> = { valid: new Map(), ids: new Set() };
  if (!Array.isArray(list)) {
    problems.push(list === undefined ? `${kind}s: is required` : `${kind}s: must be a list`);
    return out;
  }
  const firstIndex = new Map<string, number>();
  list.forEach((item, index) => {
    const label = labelOf(kind, item, index);
    const id = rawId(item);
    if (id !== undefined) {
      const first = firstIndex.get(id);
      if (first === undefined) firstIndex.set(id, index);
      else problems.push(`${label}: id: duplicate id (${kind}s[${first}] and ${kind}s[${index}])`);
      out.ids.add(id);
    }
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      problems.push(...describe(label, parsed.error, item));
    } else if (!out.valid.has(parsed.data.id)) {
      out.valid.set(parsed.data.id, parsed.data);
    }
  });
  return out;
}

function checkExercise(e: Exercise, problems: string[]): void {
  const label = `exercise "${e.id}"`;
  const { dose, illustration } = e;
  if (dose.kind !== 'duration' && dose.sides && illustration.otherSide !== 'mirror') {
    problems.push(
      `${label}: illustration.otherSide: must be "mirror" for an exercise done on both sides (the poses show the left side)`,
    );
  }
  if (illustration.motion !== undefined && illustration.poses.length < 2) {
    problems.push(`${label}: illustration.motion: needs at least 2 poses to move between`);
  }
  if (dose.kind === 'hold' && dose.phases && dose.phases.length !== illustration.poses.length) {
    problems.push(
      `${label}: illustration.poses: must have one pose per phase (${dose.phases.length} phases, ${illustration.poses.length} poses)`,
    );
  }
}

function checkRoutine(r: Routine, exercises: Checked<Exercise>, problems: string[]): void {
  const label = `routine "${r.id}"`;
  const found: Exercise[] = [];
  let complete = true;
  r.exerciseIds.forEach((exerciseId, i) => {
    const field = `${label}: exerciseIds[${i}]`;
    if (r.exerciseIds.indexOf(exerciseId) !== i) {
      problems.push(`${field}: "${exerciseId}" is already in this routine`);
    }
    if (!exercises.ids.has(exerciseId)) {
      problems.push(`${field}: unknown exercise "${exerciseId}"`);
      complete = false;
      return;
    }
    const exercise = exercises.valid.get(exerciseId);
    if (!exercise) {
      complete = false; // its own problems are reported on the exercise
      return;
    }
    found.push(exercise);
    if (r.setting === 'desk' && exercise.position === 'floor') {
      problems.push(
        `${field}: "${exerciseId}" is a floor exercise; a desk routine takes seated or standing ones only`,
      );
    }
  });
  if (found.length > 0 && !found.some((e) => e.bodyAreas.includes(r.bodyArea))) {
    problems.push(`${label}: bodyArea: no exercise in the routine works the ${r.bodyArea}`);
  }
  if (complete) {
    // Gentle (every range at its bottom) and standard (build-ups at their top) must both fit 1–5 minutes;
    // "longer" is the person's explicit choice and may run past 5 minutes.
    const shortest = totalSeconds(found);
    const topBuilt = Object.fromEntries(found.map((e) => [e.id, buildUpOf(e.dose)?.to ?? 0]));
    const standard = totalSeconds(found, { level: 'standard', built: topBuilt });
    const limits = `it must take ${ROUTINE_MIN_SECONDS}–${ROUTINE_MAX_SECONDS} s (1–5 minutes)`;
    if (shortest < ROUTINE_MIN_SECONDS) {
      problems.push(`${label}: exerciseIds: at the gentle level the routine takes ${shortest} s; ${limits}`);
    } else if (standard > ROUTINE_MAX_SECONDS) {
      problems.push(
        `${label}: exerciseIds: at the standard level (build-ups at their top) the routine takes ${standard} s; ${limits}`,
      );
    }
  }
}

/**
 * Problems in catalog data `{ exercises, routines }` (as in
 * resources/routines/exercises.json and routines.json); empty when it is fine.
 * Illustration files are checked by scripts/check-catalog.ts (core cannot read files).
 */
export function validateCatalog(data: unknown): string[] {
  if (!isRecord(data)) return ['catalog: must be an object with "exercises" and "routines" lists'];
  const problems: string[] = [];
  const extra = Object.keys(data).filter((k) => !(k in catalogSchema.shape));
  if (extra.length > 0)
    problems.push(`catalog: unknown field${extra.length > 1 ? 's' : ''} "${extra.join('", "')}"`);

  const exercises = checkList('exercise', data.exercises, exerciseSchema, problems);
  for (const e of exercises.valid.values()) checkExercise(e, problems);
  const routines = checkList('routine', data.routines, routineSchema, problems);
  for (const r of routines.valid.values()) checkRoutine(r, exercises, problems);
  return problems;
}

/** Problems in safety data (resources/routines/safety.json); empty when it is fine. */
export function validateSafety(data: unknown): string[] {
  const parsed = safetySchema.safeParse(data);
  if (!parsed.success) return describe('safety', parsed.error, data);
  const problems: string[] = [];
  const groupIds = parsed.data.doctor.groups.map((g) => g.id);
  groupIds.forEach((id, i) => {
    if (groupIds.indexOf(id) !== i) problems.push(`safety: doctor.groups[${i}].id: duplicate group "${id}"`);
  });
  const questionIds = parsed.data.checkInQuestions.map((q) => q.id);
  parsed.data.checkInQuestions.forEach((q, i) => {
    if (questionIds.indexOf(q.id) !== i) {
      problems.push(`safety: checkInQuestions[${i}].id: duplicate question "${q.id}"`);
    }
    if (!groupIds.includes(q.group)) {
      problems.push(`safety: checkInQuestions[${i}].group: no doctor group "${q.group}"`);
    }
  });
  return problems;
}
