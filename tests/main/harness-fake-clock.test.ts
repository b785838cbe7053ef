/**
 * The desktop harness's simulated clock must not run ahead of the app: a
 * wake-up that waits for real work (its desktop sample) before it plans the
 * next one has, in real time, a minute for it. Run in this test file's own
 * worker; every global the clock replaces is put back after each test.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdForWakeUps, installFakeClock } from '../desktop/harness/child/fake-clock.mjs';

const saved = {
  Date: globalThis.Date,
  setTimeout: globalThis.setTimeout,
  clearTimeout: globalThis.clearTimeout,
  setInterval: globalThis.setInterval,
  clearInterval: globalThis.clearInterval,
};
afterEach(() => Object.assign(globalThis, saved));

/**
 * An app in miniature: one planned job at a time (as node-schedule holds
 * them); each wake-up first does `realWorkMs` of real I/O, then plans the next
 * one a minute on. Notes the simulated instant each wake-up acted at.
 */
function miniatureApp(clock: ReturnType<typeof installFakeClock>, realWorkMs: number, plansNext = true) {
  let jobs = 0;
  const acted: number[] = [];
  const plan = (at: number) => {
    jobs = 1;
    setTimeout(() => {
      jobs = 0;
      clock.real.setTimeout(() => {
        acted.push(Date.now());
        if (plansNext) plan(Date.now() + 60_000);
      }, realWorkMs);
    }, at - Date.now());
  };
  return { acted, plan, jobs: () => jobs };
}

describe('the harness clock holds for a wake-up’s real work', () => {
  it('one advance over several wake-ups acts at each one’s own instant', async () => {
    const clock = installFakeClock(0);
    const app = miniatureApp(clock, 20);
    holdForWakeUps(clock, app.jobs);
    app.plan(60_000);
    await clock.advanceTo(3 * 60_000 + 30_000);
    expect(app.acted).toEqual([60_000, 120_000, 180_000]);
  });

  it('without the hold the clock runs ahead: the first wake-up acts at the advance’s end and the others never come (the harm it prevents)', async () => {
    const clock = installFakeClock(0);
    const app = miniatureApp(clock, 20);
    app.plan(60_000);
    await clock.advanceTo(3 * 60_000 + 30_000);
    await new Promise((resolve) => clock.real.setTimeout(resolve, 60));
    expect(app.acted).toEqual([3 * 60_000 + 30_000]);
  });

  it('a wake-up after which nothing is planned holds the clock no longer than the bound', async () => {
    const clock = installFakeClock(0);
    const app = miniatureApp(clock, 5, false);
    holdForWakeUps(clock, app.jobs, 80);
    app.plan(60_000);
    const said = vi.spyOn(console, 'error').mockImplementation(() => {});
    // With the default bound (12 s) this would outlast the test's time limit.
    const result = await clock.advanceTo(120_000);
    expect(result.now).toBe(120_000);
    expect(app.acted).toEqual([60_000]);
    expect(said).toHaveBeenCalledWith(expect.stringMatching(/planned nothing within 80 ms/));
    said.mockRestore();
  });
});
