/**
 * Every routine of the person's own that validates plays in the existing
 * player unchanged: its runtime exercises run through the player's state
 * machine to completion, for the time the catalog's timing says.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, getExercise } from '../../electron/core/catalog';
import { customRuntime, doseRanges } from '../../electron/core/catalog/custom';
import { totalSeconds } from '../../electron/core/catalog/timing';
import { checkCustomRoutine } from '../../electron/core/settings/custom-routines';
import { initialState, reduce, secondsMoved, segmentsOf } from '../../renderer/src/player/machine';

describe('a custom routine in the player', () => {
  it('every catalog exercise, at the bottom and the top of its range, plays to the end', () => {
    for (const exercise of CATALOG.exercises) {
      const ranges = doseRanges(exercise.dose);
      for (const end of ['min', 'max'] as const) {
        const routine = {
          id: 'my-one',
          name: exercise.id,
          exercises: [
            {
              id: exercise.id,
              ...(ranges.seconds ? { seconds: ranges.seconds[end] } : {}),
              ...(ranges.reps ? { reps: ranges.reps[end] } : {}),
            },
          ],
        };
        expect(checkCustomRoutine(routine).ok, exercise.id).toBe(true);
        const { exercises } = customRuntime(routine, getExercise);
        let state = initialState(segmentsOf(exercises));
        state = reduce(state, { type: 'tick', ms: totalSeconds(exercises) * 1000 + 10 });
        expect(state.status, `${exercise.id} at ${end}`).toBe('complete');
        expect(Math.round(secondsMoved(state))).toBe(totalSeconds(exercises));
      }
    }
  });
});
