/**
 * node-schedule as the engine's alarm clock: exactly one pending job. A new
 * plan cancels the old one, so a late timer after sleep can fire at most once
 * (no catch-up burst), and the engine re-plans from the real time it fires at.
 */
import schedule from 'node-schedule';
import type { WakeScheduler } from '../core/service/break-service';

export interface CountingScheduler extends WakeScheduler {
  /** Pending jobs (0 or 1), for the leak benchmark. */
  pending(): number;
}

export function createWakeScheduler(now: () => number = Date.now): CountingScheduler {
  let job: schedule.Job | null = null;
  return {
    plan(at, onWake) {
      job?.cancel();
      job = null;
      if (at === null) return;
      // node-schedule refuses dates in the past; a due wake-up fires at once.
      const when = new Date(Math.max(at, now() + 5));
      job = schedule.scheduleJob(when, () => {
        job = null;
        onWake();
      });
    },
    pending: () => (job ? 1 : 0),
  };
}
