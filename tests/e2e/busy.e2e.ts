/**
 * R11 "Busy" journeys against the real app (Playwright `_electron`), the same
 * as tests/desktop/busy-journeys.spec.ts runs through the desktop harness:
 * a call before the due time, do-not-disturb at the due time, a full-screen
 * app during a snoozed prompt, a call that starts in the last minute before
 * the due time. Runs where the Electron binary is installed
 * (see scripts/run-e2e.mjs); elsewhere it is reported NOT RUN.
 *
 * The desktop signals are the test hooks' scripted stand-in
 * (UNSLOUCH_E2E_DESKTOP=scripted) and the main process runs on the desktop
 * harness's simulated clock (fake-clock.mjs): Monday 23 March 2026, Berlin,
 * default settings (a break every 30 minutes from 09:00, a heads-up 30 s
 * before, snooze 5 minutes, busy.graceSeconds 60). The clock moves in 30 s
 * steps, each wake-up of the app at its own instant.
 */
import type { BusySignal } from '../../electron/shared/desktop-signals';
import { expect, test, type ElectronApplication } from '@playwright/test';
import {
  advanceTo,
  freshUserData,
  historyRecords,
  launchJourney,
  recordNotifications,
  scriptDesktop,
  type Seen,
} from './app';
import {
  CALL_HELD,
  DND_HELD,
  FULLSCREEN_HELD,
  PROMPTED,
  ZONE,
  at,
  changes,
  wall,
  type Moment,
} from '../support/busy-moments';

const STEP = 30_000;

let app: ElectronApplication | null = null;
test.afterEach(async () => {
  await app?.close();
  app = null;
});

async function start(): Promise<{ app: ElectronApplication; userData: string }> {
  const userData = freshUserData({
    'settings.json': JSON.stringify({ settings: { app: { welcomeSeen: true } } }),
  });
  app = await launchJourney(userData, new Date(at('08:55')).toISOString(), ZONE);
  // The hooks are installed once the app has started (stores open, tray made).
  await expect
    .poll(() => app!.evaluate(() => '__unslouchTest' in globalThis), { message: 'the app finished starting' })
    .toBe(true);
  await recordNotifications(app);
  return { app, userData };
}

/** Steps the clock by 30 s up to `until`, scripting the busy signals for each instant first. */
async function journey(
  electronApp: ElectronApplication,
  from: number,
  until: number,
  busyAt: (t: number) => BusySignal[],
): Promise<Moment[]> {
  const moments: Moment[] = [];
  for (let t = from; t <= until; t += STEP) {
    await scriptDesktop(electronApp, { busy: busyAt(t) });
    const seen: Seen = await advanceTo(electronApp, t);
    moments.push({
      time: wall(seen.now),
      notices: seen.notices.length,
      windows: seen.windows,
      status: seen.status,
    });
  }
  return moments;
}

async function promptPage(electronApp: ElectronApplication) {
  await expect.poll(() => electronApp.windows().some((p) => p.url().includes('#/prompt'))).toBe(true);
  const page = electronApp.windows().find((p) => p.url().includes('#/prompt'))!;
  await expect(page.getByRole('button', { name: /^Start/ })).toBeVisible();
  return page;
}

/** The prompt offers `snoozesLeft` more snoozes; Skip, and the one record says how long it was held. */
async function skipHeldPrompt(
  electronApp: ElectronApplication,
  userData: string,
  snoozesLeft: number,
  record: { snoozes: number; heldSeconds: number },
) {
  const page = await promptPage(electronApp);
  await expect(page.getByRole('button', { name: /^Snooze/ })).toContainText(`${snoozesLeft} left`);
  await page.getByRole('button', { name: /^Skip/ }).click();
  await expect
    .poll(() => historyRecords(userData))
    .toEqual([expect.objectContaining({ outcome: 'skipped', trigger: 'prompt', ...record })]);
}

test('a call starts before the break is due: no heads-up, no prompt, the tray says it is held; the call ends → the prompt comes busy.graceSeconds later', async () => {
  const { app: a, userData } = await start();
  const moments = await journey(a, at('09:00'), at('09:41'), (t) =>
    t >= at('09:20') && t < at('09:40') ? ['call'] : [],
  );
  expect(changes(moments)).toEqual([
    { time: '09:00:00', notices: 0, windows: 0, status: 'Next break at 09:30' },
    { time: '09:30:00', notices: 0, windows: 0, status: CALL_HELD },
    { time: '09:40:30', notices: 1, windows: 0, status: CALL_HELD },
    { time: '09:41:00', notices: 1, windows: 1, status: PROMPTED },
  ]);
  await skipHeldPrompt(a, userData, 3, { snoozes: 0, heldSeconds: 11 * 60 });
});

test('do-not-disturb on at the due time and off later: held, then prompted after the grace time', async () => {
  const { app: a } = await start();
  const moments = await journey(a, at('09:00'), at('09:37'), (t) =>
    t >= at('09:28') && t < at('09:36') ? ['dnd'] : [],
  );
  expect(changes(moments)).toEqual([
    { time: '09:00:00', notices: 0, windows: 0, status: 'Next break at 09:30' },
    { time: '09:30:00', notices: 0, windows: 0, status: DND_HELD },
    { time: '09:36:30', notices: 1, windows: 0, status: DND_HELD },
    { time: '09:37:00', notices: 1, windows: 1, status: PROMPTED },
  ]);
  await promptPage(a);
});

test('a full-screen app during a snoozed prompt: the snooze ends while full screen → held, no heads-up, no prompt; full screen ends → prompted after the grace time with its snooze count kept', async () => {
  const { app: a, userData } = await start();
  const before = await journey(a, at('09:00'), at('09:30'), () => []);
  expect(changes(before).at(-1)).toEqual({ time: '09:30:00', notices: 1, windows: 1, status: PROMPTED });
  const first = await promptPage(a);
  await first.getByRole('button', { name: /^Snooze/ }).click();
  await expect
    .poll(async () => {
      const seen = await advanceTo(a, at('09:30'));
      return [seen.windows, seen.status];
    })
    .toEqual([0, 'Snoozed until 09:35']);

  const moments = await journey(a, at('09:30:30'), at('09:45'), (t) =>
    t >= at('09:32') && t < at('09:44') ? ['fullscreen'] : [],
  );
  expect(changes(moments)).toEqual([
    { time: '09:30:30', notices: 1, windows: 0, status: 'Snoozed until 09:35' },
    { time: '09:35:00', notices: 1, windows: 0, status: FULLSCREEN_HELD },
    { time: '09:44:30', notices: 2, windows: 0, status: FULLSCREEN_HELD },
    { time: '09:45:00', notices: 2, windows: 1, status: PROMPTED },
  ]);
  // It keeps its snooze count: one used, two left; held from 09:35 until its prompt at 09:45.
  await skipHeldPrompt(a, userData, 2, { snoozes: 1, heldSeconds: 10 * 60 });
});

test('a call that starts in the last minute before the break is due is held at once: no heads-up or prompt flashes first', async () => {
  const { app: a } = await start();
  // Scripted just before each 30 s step: the 09:29:30 wake-up (the heads-up's) is the first to see the call.
  const moments = await journey(a, at('09:00'), at('09:41'), (t) =>
    t >= at('09:29:10') && t < at('09:40') ? ['call'] : [],
  );
  expect(moments.find((m) => m.time === '09:29:30')).toMatchObject({ notices: 0, windows: 0 });
  expect(changes(moments)).toEqual([
    { time: '09:00:00', notices: 0, windows: 0, status: 'Next break at 09:30' },
    { time: '09:30:00', notices: 0, windows: 0, status: CALL_HELD },
    { time: '09:40:30', notices: 1, windows: 0, status: CALL_HELD },
    { time: '09:41:00', notices: 1, windows: 1, status: PROMPTED },
  ]);
  await promptPage(a);
});
