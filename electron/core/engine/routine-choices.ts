import { CATALOG, deskRoutineIds } from '../catalog';
import type { RoutineChoices } from './types';

/** The catalog's routines as the engine's rotation sees them. */
export function catalogRoutineChoices(): RoutineChoices {
  const desk = deskRoutineIds();
  return {
    desk,
    floor: CATALOG.routines.map((r) => r.id).filter((id) => !desk.includes(id)),
    floorExercises: CATALOG.exercises.filter((e) => e.position === 'floor').map((e) => e.id),
  };
}
