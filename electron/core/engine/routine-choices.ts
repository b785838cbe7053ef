import { routineChoices } from '../catalog';
import type { RoutineChoices } from './types';

/** The shipped catalog's routines as the engine's rotation sees them. */
export function catalogRoutineChoices(): RoutineChoices {
  return routineChoices();
}
