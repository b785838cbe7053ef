/**
 * Lookups over a catalog, free of zod so the renderer's player can use them
 * without the schema in its bundle. The core's index builds them over the
 * validated catalog; the renderer over the same shipped JSON.
 */
import type { DoseChoice } from './levels';
import { totalSeconds } from './timing';
import type { Catalog, Exercise, Routine } from './types';
import type { RoutineChoices } from '../engine/types';

export interface CatalogLookups {
  getRoutine(id: string): Routine | undefined;
  getExercise(id: string): Exercise | undefined;
  /** The routine's exercises in order (ids the catalog does not know are left out). */
  exercisesOf(routine: Pick<Routine, 'exerciseIds'>): Exercise[];
  /** Guided seconds of the whole routine, as the player runs it (at the base doses without a choice). */
  routineSeconds(routine: Pick<Routine, 'exerciseIds'>, choice?: DoseChoice): number;
  /** Every routine id, in the order the tray lists them. */
  routineIds(): string[];
  /** The desk-friendly routines, in the rotation order the break prompt cycles through. */
  deskRoutineIds(): string[];
  /** Routines for one body area (both settings), in catalog order. */
  routinesFor(bodyArea: Routine['bodyArea']): Routine[];
  /** The routines as the engine's rotation sees them: the desk ones in rotation order, then the floor ones. */
  routineChoices(): RoutineChoices;
}

export function catalogLookups(catalog: Catalog): CatalogLookups {
  const exercisesById = new Map(catalog.exercises.map((e) => [e.id, e]));
  const routinesById = new Map(catalog.routines.map((r) => [r.id, r]));
  const exercisesOf = (routine: Pick<Routine, 'exerciseIds'>) =>
    routine.exerciseIds.flatMap((id) => exercisesById.get(id) ?? []);
  const deskRoutineIds = () => catalog.routines.filter((r) => r.setting === 'desk').map((r) => r.id);
  return {
    getRoutine: (id) => routinesById.get(id),
    getExercise: (id) => exercisesById.get(id),
    exercisesOf,
    routineSeconds: (routine, choice) => totalSeconds(exercisesOf(routine), choice),
    routineIds: () => catalog.routines.map((r) => r.id),
    deskRoutineIds,
    routinesFor: (bodyArea) => catalog.routines.filter((r) => r.bodyArea === bodyArea),
    routineChoices: () => ({
      desk: deskRoutineIds(),
      floor: catalog.routines.filter((r) => r.setting !== 'desk').map((r) => r.id),
      // A routine of your own with one of these counts as a floor routine (engine/rotation.ts).
      floorExercises: catalog.exercises.filter((e) => e.position === 'floor').map((e) => e.id),
    }),
  };
}
