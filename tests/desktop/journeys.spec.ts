/**
 * Whole-app journeys through the desktop harness: the BUILT main process on a
 * simulated clock (Monday 23 March 2026, Europe/Berlin, default settings:
 * work 09:00–12:00 and 13:00–17:00, a break every 30 minutes, a heads-up 30 s
 * before, snooze 5 min up to 3 times, 5 idle minutes are a natural break),
 * every window's page in Chromium. One app per journey; the clock moves in
 * big steps and the app's own wake-ups do the rest.
 */
import type { Page } from '@playwright/test';
import { expect, test, type DesktopApp, type WindowHandle } from './harness';
import { historyRecords, pressAnswer, waitForFocusedStart, waitForNoWindow } from './harness/break-cycles';

const ZONE = 'Europe/Berlin';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Wall time in Berlin, which is on CET (+01:00) all of that week. */
const mon = (time: string) => `2026-03-23T${time.length === 5 ? `${time}:00` : time}+01:00`;
const tue = (time: string) => `2026-03-24T${time.length === 5 ? `${time}:00` : time}+01:00`;
const iso = (at: string) => new Date(at).toISOString();

const FIRST_ROUTINE = { id: 'upper-back-desk-reset', title: 'Upper-back desk reset' };
/** Half the shortest routine the catalog allows (ROUTINE_MIN_SECONDS, 60 s): under it, a routine is partial. */
const HALF_SHORTEST_ROUTINE = 30;
const PROMPT = '#/prompt';

async function launchAt(launchApp: (o?: object) => Promise<DesktopApp>, at: string, args: string[] = []) {
  const app = await launchApp({ clock: at, timezone: ZONE, args });
  await app.tray();
  return app;
}

const snoozeButton = (page: Page) => page.getByRole('button', { name: /^Snooze/ });

/**
 * Ends the routine with the player's own controls: Next through the first
 * steps, then "Finish early" (behind "More" when the footer is compact), to
 * the completion screen. (Pressing Next through every hold of a routine is a
 * step count the player's tests cover; here it would only make the journey slow.)
 */
async function finishWithControls(win: WindowHandle): Promise<void> {
  const page = win.page;
  const next = page.getByRole('button', { name: 'Next', exact: true });
  for (let i = 0; i < 3; i++) await next.click();
  const finishEarly = page.getByRole('button', { name: 'Finish early' });
  if (!(await finishEarly.isVisible())) await page.getByText('More', { exact: true }).click();
  await finishEarly.click();
  await expect(page.getByRole('heading', { name: 'Finished early' })).toBeVisible();
  await expect(page.getByTestId('saved-status')).toHaveText('Recorded in your history.');
}

async function noWindows(app: DesktopApp): Promise<string[]> {
  return (await app.windows()).map((w) => w.url);
}

test('start before work → status line → a routine from the tray → its record on disk; closing the window keeps the app', async ({
  launchApp,
}) => {
  // No get-ready pauses: the journey presses through the exercises themselves (each press is a step).
  const app = await launchApp({
    clock: mon('08:55'),
    timezone: ZONE,
    userDataFiles: {
      'settings.json': JSON.stringify({
        settings: { app: { welcomeSeen: true }, routines: { getReadySeconds: 0 } },
      }),
    },
  });
  await app.tray();
  expect(await app.statusLine()).toBe('Outside work hours — next at 09:00');
  expect((await app.tray()).tooltip).toBe('Unslouch — Outside work hours — next at 09:00');

  // Outside work time the app wakes once: at the start of the range (R10).
  const toNine = await app.setClock(mon('09:00'));
  expect(toNine.fired).toBe(1);
  expect(await app.statusLine()).toBe('Next break at 09:30');

  const tray = await app.tray();
  const startMenu = tray.menu!.find((i) => i.label === 'Start routine')!;
  expect(startMenu.submenu!.map((i) => i.label)).toContain(FIRST_ROUTINE.title);
  await tray.clickMenu(['Start routine', FIRST_ROUTINE.title]);
  const win = await app.waitForWindow(`#/routine/${FIRST_ROUTINE.id}?trigger=on-demand`);
  expect(win.visible).toBe(true);
  await expect(win.page.getByRole('heading', { name: FIRST_ROUTINE.title, level: 1 })).toBeVisible();
  expect(await app.statusLine()).toBe(`Routine in progress: ${FIRST_ROUTINE.title}`);

  // Two minutes of stretching; the app has nothing to wake for meanwhile.
  const moving = await app.advanceClock(2 * MINUTE);
  expect(moving.fired).toBe(0);
  await finishWithControls(win);

  const records = historyRecords(app);
  expect(records).toHaveLength(1);
  // Pressed through with Next: the page's own measure of time moved is a few
  // seconds, under half the routine's guided length, so the break is partial.
  expect(records[0]).toMatchObject({
    outcome: 'partial',
    trigger: 'on-demand',
    routineId: FIRST_ROUTINE.id,
    startedAt: mon('09:00'),
    endedAt: mon('09:02'),
    snoozes: 0,
  });
  expect(records[0]!.secondsMoved).toBeLessThan(HALF_SHORTEST_ROUTINE);
  // It ended inside work time, so it was a break: the countdown starts again from its end (R8, R2).
  expect(await app.statusLine()).toBe('Next break at 09:32');

  await win.close();
  expect(win.page.isClosed()).toBe(true);
  expect(await noWindows(app)).toEqual([]);
  expect(app.running).toBe(true);
  expect(await app.trays()).toHaveLength(1);
  expect(await app.errors()).toEqual([]);
  // Still alive and counting: the next heads-up comes on time.
  const step = await app.setClock(mon('09:40'), { until: 'notification' });
  expect(step.nowIso).toBe(iso(mon('09:31:30')));
  expect(app.harnessProblems).toEqual([]);
});

test('a break falls due: heads-up → prompt on top without focus → S snoozes → heads-up → prompt with fewer snoozes → Enter → routine → record', async ({
  launchApp,
}) => {
  const app = await launchAt(launchApp, mon('08:55'));

  await app.setClock(mon('09:29:30'));
  const notices = await app.notifications();
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatchObject({
    state: 'shown',
    title: 'A break is coming up',
    body: `In a moment: ${FIRST_ROUTINE.title}.`,
    shownAt: iso(mon('09:29:30')),
  });
  expect(await noWindows(app)).toEqual([]);

  await app.setClock(mon('09:30'));
  const prompt = await app.waitForWindow(PROMPT);
  expect(prompt.options).toMatchObject({ alwaysOnTop: true, skipTaskbar: true, show: false });
  await expect
    .poll(async () => (await app.windows()).map((w) => [w.visible, w.focused]))
    .toEqual([[true, false]]);
  expect(await app.calls({ api: 'BrowserWindow', method: 'showInactive', target: prompt.id })).toHaveLength(
    1,
  );
  expect(await app.calls({ api: 'BrowserWindow', method: 'show', target: prompt.id })).toEqual([]);
  expect(await app.calls({ api: 'BrowserWindow', method: 'focus', target: prompt.id })).toEqual([]);
  expect(await app.statusLine()).toBe('Break time — your routine is ready');
  await expect(prompt.page.getByRole('heading', { name: 'Time for a posture break' })).toBeVisible();
  await expect(prompt.page.getByTestId('prompt-routine')).toHaveText(FIRST_ROUTINE.title);
  await expect(snoozeButton(prompt.page)).toContainText('3 left');

  await waitForFocusedStart(prompt.page);
  await pressAnswer(prompt.page, 's');
  await waitForNoWindow(app, PROMPT, prompt);
  expect(await app.statusLine()).toBe('Snoozed until 09:35');

  // The snoozed prompt is announced too (the snooze is longer than the heads-up).
  const toNotice = await app.setClock(mon('09:35'), { until: 'notification' });
  expect(toNotice.nowIso).toBe(iso(mon('09:34:30')));
  expect((await app.notifications()).map((n) => [n.title, n.shownAt])).toEqual([
    ['A break is coming up', iso(mon('09:29:30'))],
    ['A break is coming up', iso(mon('09:34:30'))],
  ]);
  expect(await noWindows(app)).toEqual([]);

  await app.setClock(mon('09:35'));
  const again = await app.waitForWindow(PROMPT);
  expect(again.id).not.toBe(prompt.id);
  await expect(snoozeButton(again.page)).toContainText('2 left');
  await expect(again.page.getByTestId('prompt-routine')).toHaveText(FIRST_ROUTINE.title);

  await waitForFocusedStart(again.page);
  await pressAnswer(again.page, 'Enter');
  await waitForNoWindow(app, PROMPT, again);
  const routine = await app.waitForWindow(`#/routine/${FIRST_ROUTINE.id}?trigger=prompt`);
  expect(await app.statusLine()).toBe(`Routine in progress: ${FIRST_ROUTINE.title}`);

  await app.advanceClock(3 * MINUTE);
  await finishWithControls(routine);
  const records = historyRecords(app);
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({
    outcome: 'partial',
    trigger: 'prompt',
    routineId: FIRST_ROUTINE.id,
    snoozes: 1,
    startedAt: mon('09:35'),
    endedAt: mon('09:38'),
  });
  expect(records[0]!.secondsMoved).toBeLessThan(HALF_SHORTEST_ROUTINE);
  expect(await app.statusLine()).toBe('Next break at 10:08');
  await routine.close();
  expect(await noWindows(app)).toEqual([]);
  expect(await app.errors()).toEqual([]);
});

test('clicking the heads-up brings its prompt forward at once; skipping it restarts the countdown', async ({
  launchApp,
}) => {
  const app = await launchAt(launchApp, mon('08:55'));
  const step = await app.setClock(mon('09:30'), { until: 'notification' });
  expect(step.stoppedOn).toBe('notification.shown');
  expect(step.nowIso).toBe(iso(mon('09:29:30')));
  const [notice] = await app.notifications();
  expect(notice!.title).toBe('A break is coming up');
  expect(await noWindows(app)).toEqual([]);

  await app.clickNotification(notice!.id);
  const prompt = await app.waitForWindow(PROMPT);
  expect(await app.now()).toBe(Date.parse(mon('09:29:30'))); // no time passed: the click did it
  await expect(prompt.page.getByTestId('prompt-routine')).toHaveText(FIRST_ROUTINE.title);
  expect(await app.statusLine()).toBe('Break time — your routine is ready');

  // 09:30 comes: the break it announced is already on screen, no second prompt.
  await app.setClock(mon('09:30:30'));
  expect((await app.windows()).map((w) => w.id)).toEqual([prompt.id]);

  await waitForFocusedStart(prompt.page);
  await pressAnswer(prompt.page, 'Escape');
  await waitForNoWindow(app, PROMPT, prompt);
  expect(historyRecords(app)).toMatchObject([
    { outcome: 'skipped', trigger: 'prompt', endedAt: mon('09:30:30'), snoozes: 0 },
  ]);
  expect(await app.statusLine()).toBe('Next break at 10:00');
  // The next prompt comes 30 minutes after the skip, not before.
  const next = await app.setClock(mon('11:00'), { until: 'window' });
  expect(next.nowIso).toBe(iso(mon('10:00:30')));
  await app.waitForWindow(PROMPT);
});

test('clicking the heads-up before a snoozed prompt returns brings that prompt back at once', async ({
  launchApp,
}) => {
  const app = await launchAt(launchApp, mon('08:55'));
  await app.setClock(mon('09:30'));
  const prompt = await app.waitForWindow(PROMPT);
  await waitForFocusedStart(prompt.page);
  await pressAnswer(prompt.page, 's');
  await waitForNoWindow(app, PROMPT, prompt);
  expect(await app.statusLine()).toBe('Snoozed until 09:35');

  const step = await app.setClock(mon('09:35'), { until: 'notification' });
  expect(step.nowIso).toBe(iso(mon('09:34:30')));
  const notices = await app.notifications();
  expect(notices.map((n) => n.title)).toEqual(['A break is coming up', 'A break is coming up']);
  const headsUp = notices[1]!;

  // The person clicks the heads-up that announced the snoozed break's return.
  await app.clickNotification(headsUp.id);
  const back = await app.waitForWindow(PROMPT, 3_000);
  expect(await app.now()).toBe(Date.parse(mon('09:34:30')));
  await expect(snoozeButton(back.page)).toContainText('2 left');
  expect(await app.statusLine()).toBe('Break time — your routine is ready');
});

test('pause until tomorrow from the tray: no notice or prompt all afternoon, breaks come back at 09:00 the next day', async ({
  launchApp,
}) => {
  const app = await launchAt(launchApp, mon('13:05'));
  expect(await app.statusLine()).toBe('Next break at 13:35');
  await (await app.tray()).clickMenu(['Pause', 'Until tomorrow']);
  expect(await app.statusLine()).toBe('Paused until 09:00 Tue');
  const tray = await app.tray();
  expect(tray.menu!.find((i) => i.label === 'Resume')!.enabled).toBe(true);
  expect(tray.menu!.find((i) => i.label === 'Skip next break')!.enabled).toBe(false);

  // The whole afternoon, evening and night in big steps.
  for (const until of [mon('15:00'), mon('17:30'), tue('08:59')]) {
    const step = await app.setClock(until, { until: ['window', 'notification'] });
    expect(step.stoppedOn, `nothing happens up to ${until}`).toBeNull();
    expect(await noWindows(app)).toEqual([]);
    expect(await app.notifications()).toEqual([]);
  }
  // The app does not wake while paused (R10), so the line written on Monday may still name the day.
  expect(await app.statusLine()).toMatch(/^Paused until 09:00( Tue)?$/);
  expect(historyRecords(app)).toEqual([]);

  await app.setClock(tue('09:00'));
  expect(await app.statusLine()).toBe('Next break at 09:30');
  expect((await app.tray()).menu!.find((i) => i.label === 'Resume')!.enabled).toBe(false);
  const step = await app.setClock(tue('10:00'), { until: 'window' });
  expect(step.nowIso).toBe(iso(tue('09:30')));
  await app.waitForWindow(PROMPT);
});

test('a second instance passes --pause 30, --resume and --start-routine to the running app; a bad --pause exits 2 and changes nothing', async ({
  launchApp,
}) => {
  const app = await launchAt(launchApp, mon('09:10'));
  expect(await app.statusLine()).toBe('Next break at 09:40');

  const second = (args: string[]) => launchApp({ userDataPath: app.userDataPath, args });

  const pause = await second(['--pause', '30']);
  expect(await pause.waitForExit()).toBe(0);
  await expect.poll(() => app.statusLine()).toBe('Paused until 09:40');

  await app.advanceClock(10 * MINUTE);
  const resume = await second(['--resume']);
  expect(await resume.waitForExit()).toBe(0);
  await expect.poll(() => app.statusLine()).toBe('Next break at 09:50');

  const unknown = await second(['--start-routine', 'no-such-routine']);
  expect(await unknown.waitForExit()).toBe(0);
  await expect.poll(() => app.stdout).toContain('--start-routine: no routine "no-such-routine"');
  expect(await noWindows(app)).toEqual([]);
  expect(await app.statusLine()).toBe('Next break at 09:50');
  expect(historyRecords(app)).toEqual([]);

  const stdoutBefore = app.stdout;
  const bad = await second(['--pause', 'banana']);
  expect(await bad.waitForExit()).toBe(2);
  expect(bad.stderr).toMatch(/--pause: "banana" is not a number of minutes/);
  await app.advanceClock(0); // let anything that reached the running app happen
  expect(await app.statusLine()).toBe('Next break at 09:50');
  expect(app.stdout).toBe(stdoutBefore);
  expect(await noWindows(app)).toEqual([]);
  expect(app.running).toBe(true);
});

test('sleep: no wake-up while suspended, a 45-minute sleep is one natural break, and the countdown restarts at resume', async ({
  launchApp,
}) => {
  const app = await launchAt(launchApp, mon('08:55'));
  await app.setClock(mon('09:10'));
  expect(await app.statusLine()).toBe('Next break at 09:30');
  expect((await app.clockInfo()).scheduledJobs).toBe(1);

  await app.power('suspend');
  const asleep = await app.clockInfo();
  expect(asleep.scheduledJobs).toBe(0);
  expect(asleep.timers).toEqual([]);

  const night = await app.setClock(mon('09:55'));
  expect(night.fired).toBe(0);
  await app.power('resume');
  // A return from sleep first takes a fresh desktop sample (real I/O), as in the app: wait for its effect.
  await expect.poll(() => historyRecords(app).length, { message: 'the resume is handled' }).toBe(1);

  expect(await noWindows(app)).toEqual([]);
  expect(await app.notifications()).toEqual([]);
  expect(historyRecords(app)).toMatchObject([
    { outcome: 'natural', trigger: 'idle', endedAt: mon('09:55'), startedAt: null },
  ]);
  expect(historyRecords(app)).toHaveLength(1);
  expect(await app.statusLine()).toBe('Next break at 10:25');
  expect((await app.clockInfo()).scheduledJobs).toBe(1);

  // A short sleep over the due instant is work time: the break is prompted at resume (R6).
  await app.setClock(mon('10:23'));
  await app.power('suspend');
  const shortSleep = await app.setClock(mon('10:27'));
  expect(shortSleep.fired).toBe(0);
  expect(await noWindows(app)).toEqual([]);
  await app.power('resume');
  const prompt = await app.waitForWindow(PROMPT);
  expect(await app.now()).toBe(Date.parse(mon('10:27')));
  await expect(prompt.page.getByTestId('prompt-routine')).toBeVisible();
  expect(await app.notifications()).toEqual([]); // the heads-up instant was slept through
  expect(historyRecords(app)).toHaveLength(1);
});

test('away from the keyboard for 5 minutes when the break falls due: no heads-up, no prompt; coming back ends a natural break', async ({
  launchApp,
}) => {
  const app = await launchAt(launchApp, mon('08:55'));
  await app.setClock(mon('09:24'));
  await app.setIdle(0); // the last input is now, then nothing

  const step = await app.setClock(mon('09:40'), { until: ['window', 'notification'] });
  expect(step.stoppedOn).toBeNull();
  expect(await noWindows(app)).toEqual([]);
  expect(await app.notifications()).toEqual([]);
  expect(await app.statusLine()).toBe('Away — counting this as a break');
  expect(historyRecords(app)).toEqual([]);

  await app.setActive();
  await app.advanceClock(2 * MINUTE);
  const records = historyRecords(app);
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({ outcome: 'natural', trigger: 'idle', startedAt: null });
  // The app samples idle time once a minute: the break ends within a minute of the return.
  const ended = Date.parse(String(records[0]!.endedAt));
  expect(ended).toBeGreaterThanOrEqual(Date.parse(mon('09:40')));
  expect(ended).toBeLessThanOrEqual(Date.parse(mon('09:41')));
  const nextAt = new Date(ended + 30 * MINUTE).toLocaleTimeString('en-GB', {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
  });
  expect(await app.statusLine()).toBe(`Next break at ${nextAt}`);
  const next = await app.advanceClock(HOUR, { until: 'window' });
  expect(next.nowIso).toBe(new Date(ended + 30 * MINUTE).toISOString());
});

test("closing the prompt with its window's close button snoozes while snoozes are left, then skips; the tray offers the prompt back meanwhile", async ({
  launchApp,
}) => {
  const app = await launchAt(launchApp, mon('09:00'));
  await app.setClock(mon('09:30'));
  let prompt = await app.waitForWindow(PROMPT);
  expect(await app.statusLine()).toBe('Break time — your routine is ready');
  // A pending prompt can be brought back from the tray (here it is on screen; the menu offers it).
  const labels = (await app.tray()).menu!.map((i) => i.label);
  expect(labels).toContain('Show the break prompt');
  expect(labels).not.toContain('Take a break now');

  // The title-bar ×: heard as Snooze (3 snoozes are left).
  await prompt.close();
  expect(await app.statusLine()).toBe('Snoozed until 09:35');
  expect(historyRecords(app)).toEqual([]);

  // Use the other snoozes by closing it each time it comes back.
  for (const until of ['09:40', '09:45']) {
    await app.setClock(mon(until === '09:40' ? '09:35' : '09:40'));
    prompt = await app.waitForWindow(PROMPT);
    await prompt.close();
    expect(await app.statusLine()).toBe(`Snoozed until ${until}`);
  }

  // No snoozes left: closing the window is heard as Skip, and the countdown starts again.
  await app.setClock(mon('09:45'));
  prompt = await app.waitForWindow(PROMPT);
  await expect(snoozeButton(prompt.page)).toHaveCount(0);
  await prompt.close();
  expect(historyRecords(app)).toEqual([
    expect.objectContaining({ outcome: 'skipped', trigger: 'prompt', snoozes: 3, endedAt: mon('09:45') }),
  ]);
  expect(await app.statusLine()).toBe('Next break at 10:15');
  expect(await noWindows(app)).toEqual([]);
  expect(await app.errors()).toEqual([]);
});

test('the tray\'s "Show the break prompt" brings a prompt back to the front', async ({ launchApp }) => {
  const app = await launchAt(launchApp, mon('09:00'));
  await app.setClock(mon('09:30'));
  const prompt = await app.waitForWindow(PROMPT);
  const before = (await app.calls({ api: 'BrowserWindow', method: 'showInactive', target: prompt.id }))
    .length;
  await (await app.tray()).clickMenu(['Show the break prompt']);
  await expect
    .poll(
      async () =>
        (await app.calls({ api: 'BrowserWindow', method: 'showInactive', target: prompt.id })).length,
    )
    .toBe(before + 1);
  expect(await app.statusLine()).toBe('Break time — your routine is ready');
});
