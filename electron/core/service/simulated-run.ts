/**
 * The break service on a simulated clock, for read-only projections such as
 * "your breaks today" and "your first break": the same driver as the app
 * (./break-service.ts), with a clock that jumps from one wake-up to the next
 * and a person who takes every break.
 *
 * The person: nobody is idle, locked or asleep, nothing is paused or busy;
 * every prompt is answered Start at once and the routine runs its guided
 * length, then finishes as completed.
 */
import type { RoutineChoices } from '../engine/types';
import type { Settings } from '../settings/schema';
import type { Instant } from '../time/zone';
import { BreakService } from './break-service';

/** What a simulation needs of the routine catalog. */
export interface SimulatedCatalog {
  choices: RoutineChoices;
  /** The routine's guided length in seconds; undefined when the catalog does not know it. */
  seconds(routineId: string): number | undefined;
}

/** A routine the catalog does not know runs for two minutes in the simulation. */
export const UNKNOWN_ROUTINE_SECONDS = 120;
/** A guard against a run that would not end (the engine always moves on; this is belt and braces). */
const MAX_STEPS = 20_000;

export interface SimulatedPrompt {
  /** When the prompt appears. */
  at: Instant;
  routineId: string;
}

/**
 * Runs the service from `from` until `until` (exclusive), calling `onPrompt`
 * for every prompt; `onPrompt` returning 'stop' ends the run there.
 */
export function runTakingEveryBreak(
  options: { settings: Settings; zone: string; from: Instant; until: Instant; catalog: SimulatedCatalog },
  onPrompt: (prompt: SimulatedPrompt) => 'go-on' | 'stop',
): void {
  const { settings, zone, from, until, catalog } = options;
  const seconds = (id: string) => catalog.seconds(id) ?? UNKNOWN_ROUTINE_SECONDS;
  let now = from;
  // Set by the service's ports (the casts keep TypeScript from narrowing them to null).
  let wake = null as { at: Instant; fire: () => void } | null;
  let shown = null as SimulatedPrompt | null;
  let routine = null as { id: string; endsAt: Instant } | null;
  let ids = 0;

  const service = new BreakService(
    {
      now: () => now,
      timezone: () => zone,
      idleSeconds: () => 0,
      scheduler: { plan: (at, fire) => (wake = at === null ? null : { at, fire }) },
      newId: () => `simulated-${++ids}`,
      routineSeconds: seconds,
      showNotice: () => {},
      showPrompt: (prompt) => (shown = { at: now, routineId: prompt.routineId }),
      closePrompt: () => {},
      openRoutine: (id) => (routine = { id, endsAt: now + seconds(id) * 1000 }),
      recordBreak: () => {},
      statusChanged: () => {},
      log: () => {},
    },
    settings,
    catalog.choices,
  );

  for (let step = 0; step < MAX_STEPS; step++) {
    const prompt = shown;
    if (prompt !== null) {
      shown = null;
      if (onPrompt(prompt) === 'stop') return;
      service.send({ type: 'answer', action: 'start' });
      continue;
    }
    const running = routine;
    const pending = wake;
    // A routine that ends when the engine wakes ends first.
    if (running !== null && (pending === null || running.endsAt <= pending.at)) {
      if (running.endsAt >= until) return;
      now = running.endsAt;
      routine = null;
      service.finishRoutine('completed', seconds(running.id));
      continue;
    }
    if (pending === null || pending.at >= until) return;
    now = pending.at;
    wake = null;
    pending.fire();
  }
}
