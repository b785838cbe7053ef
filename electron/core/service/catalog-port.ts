/** The shipped routine catalog as the app controller sees it (the app and the browser preview share it). */
import { CATALOG, getRoutine, routineSeconds } from '../catalog';
import { catalogRoutineChoices } from '../engine/routine-choices';
import type { ControllerPorts } from './app-controller';

export function catalogPort(): ControllerPorts['catalog'] {
  return {
    routines: CATALOG.routines.map((r) => ({ id: r.id, title: r.title, setting: r.setting })),
    choices: catalogRoutineChoices(),
    has: (id) => getRoutine(id) !== undefined,
    title: (id) => getRoutine(id)?.title ?? null,
    seconds: (id) => {
      const routine = getRoutine(id);
      return routine ? routineSeconds(routine) : 0;
    },
  };
}
