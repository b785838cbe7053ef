/**
 * A leak is a behaviour: after many breaks the app holds what it held before
 * them. Twenty simulated breaks through the whole app (prompt window, keys,
 * routine window, the clock running through work ranges, lunch and nights),
 * answered in turn start+finish, snooze then skip, skip, and ignore until the
 * range ends; then every count is back at its baseline.
 */
import { expect, test } from './harness';
import { ANSWERS, OUTCOME_OF, historyRecords, leakFigures, runBreaks } from './harness/break-cycles';

const BREAKS = 20;

test(`after ${BREAKS} breaks the app holds no more windows, pages, handlers, listeners, timers or jobs than before`, async ({
  launchApp,
}) => {
  test.setTimeout(120_000);
  const app = await launchApp({ clock: '2026-03-23T08:55:00+01:00', timezone: 'Europe/Berlin' });
  await app.tray();
  const before = await leakFigures(app);
  expect(before).toMatchObject({ windows: 0, webContents: 0, pages: 0, pendingTimers: 1, scheduledJobs: 1 });

  const results = await runBreaks(app, BREAKS);

  // The breaks really happened, one record each, through work ranges and days.
  expect(results.map((r) => r.answer)).toEqual(
    Array.from({ length: BREAKS }, (_, i) => ANSWERS[i % ANSWERS.length]),
  );
  expect(results[0]!.promptAt).toBe('2026-03-23T08:30:00.000Z');
  const records = historyRecords(app);
  expect(records.map((r) => r.outcome)).toEqual(results.map((r) => OUTCOME_OF[r.answer]));
  expect(new Set(results.map((r) => r.promptAt.slice(0, 10))).size).toBeGreaterThan(2);

  const after = await leakFigures(app);
  expect(after).toEqual(before);
  expect(await app.errors()).toEqual([]);
  expect(app.harnessProblems).toEqual([]);
});
