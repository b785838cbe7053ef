/**
 * What a routine asks of the person, from its exercises: the positions it
 * goes through, what it needs (a wall, a corner or doorway, a towel, …) and
 * the cautions it carries, each listed once in the order they first come up.
 * Zod-free, for the library and the prompt.
 */
import type { Equipment, Exercise, Position } from './types';

export interface RoutineNeeds {
  positions: Position[];
  needs: Equipment[];
  cautions: string[];
  /** The conditions the cautions are for ("Osteoporosis", "Knee problems"), from each caution's "Condition: …". */
  conditions: string[];
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** The condition a caution is for: the text before its first colon. */
export function cautionCondition(caution: string): string {
  // A full-width colon too (Japanese and Chinese translations).
  const at = caution.search(/[:：]/);
  return at > 0 ? caution.slice(0, at).trim() : caution.trim();
}

export function routineNeeds(
  exercises: readonly Pick<Exercise, 'position' | 'needs' | 'cautions'>[],
): RoutineNeeds {
  const cautions = unique(exercises.flatMap((e) => e.cautions));
  return {
    positions: unique(exercises.map((e) => e.position)),
    needs: unique(exercises.flatMap((e) => e.needs)),
    cautions,
    conditions: unique(cautions.map(cautionCondition)),
  };
}
