/**
 * The one rule for which routine a break suggests (the engine applies it; the
 * app and the browser preview both run the engine):
 *
 * - `breaks.routine` names one routine the engine knows (shipped or the
 *   person's own): that one, every time;
 * - otherwise ("rotate", or a routine that is gone) the rotation takes turns:
 *   the routines chosen in `breaks.rotation` that still exist, in the order
 *   chosen; with none chosen, every shipped desk routine and then the
 *   person's own desk routines (floor ones too with `breaks.includeFloor`).
 *
 * A routine of the person's own is a floor routine when one of its exercises
 * is (RoutineChoices.floorExercises), as customRuntime decides.
 */
import type { Settings } from '../settings/schema';
import type { RoutineChoices } from './types';

type RotationSettings = { breaks: Pick<Settings['breaks'], 'routine' | 'rotation' | 'includeFloor'> } & {
  routines: Pick<Settings['routines'], 'custom'>;
};

function ownRoutines(settings: RotationSettings, choices: RoutineChoices) {
  const floorExercises = new Set(choices.floorExercises ?? []);
  const own = settings.routines.custom;
  const isFloor = (r: (typeof own)[number]) => r.exercises.some((e) => floorExercises.has(e.id));
  return {
    desk: own.filter((r) => !isFloor(r)).map((r) => r.id),
    floor: own.filter(isFloor).map((r) => r.id),
  };
}

/** Whether a routine id is one a break can suggest (shipped, or one of the person's own). */
export function knowsRoutine(settings: RotationSettings, choices: RoutineChoices, id: string): boolean {
  return (
    choices.desk.includes(id) ||
    choices.floor.includes(id) ||
    settings.routines.custom.some((r) => r.id === id)
  );
}

/** The routines that take turns, in order. */
export function rotationOf(settings: RotationSettings, choices: RoutineChoices): string[] {
  const chosen = [...new Set(settings.breaks.rotation)].filter((id) => knowsRoutine(settings, choices, id));
  if (chosen.length) return chosen;
  const own = ownRoutines(settings, choices);
  return settings.breaks.includeFloor
    ? [...choices.desk, ...own.desk, ...choices.floor, ...own.floor]
    : [...choices.desk, ...own.desk];
}

/** Whether the suggestion takes turns (so each break moves the turn on). */
export function rotates(settings: RotationSettings, choices: RoutineChoices): boolean {
  const chosen = settings.breaks.routine;
  return chosen === 'rotate' || !knowsRoutine(settings, choices, chosen);
}

/** The routine a break suggests at the `turn`-th rotating break; 'none' when there is nothing to suggest. */
export function suggestedRoutine(settings: RotationSettings, choices: RoutineChoices, turn: number): string {
  if (!rotates(settings, choices)) return settings.breaks.routine;
  const list = rotationOf(settings, choices);
  return list.length ? list[turn % list.length]! : 'none';
}
