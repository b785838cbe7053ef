/**
 * R11 "Busy" journeys through the desktop harness: the built app on GNOME
 * Wayland, its real probes asking a fake desktop (a private D-Bus bus with
 * GNOME's SessionManager, Mutter and logind) and scripted system tools
 * (`pactl`, `gsettings`, `pw-dump`) answering with recorded real outputs.
 * Simulated clock: Monday 23 March 2026, Berlin (+01:00 all week), default
 * settings: a break every 30 minutes from 09:00 (due 09:30), a heads-up 30 s
 * before, snooze 5 minutes, busy.graceSeconds 60.
 *
 * The app is stepped one wake-up at a time (each waits for its desktop
 * sample, on every OS), and after each the spec notes what the person could
 * see: the heads-ups shown so far, a prompt window, the tray's status line.
 */
import { expect, test, type DesktopApp } from './harness';
import { historyRecords, pressAnswer, waitForFocusedStart, waitForNoWindow } from './harness/break-cycles';
import {
  recordedOutput,
  scriptedTools,
  startFakeDesktop,
  stepUntil,
  type FakeDesktop,
  type ScriptedTools,
} from './harness/desktop-signals';
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

const PROMPT = '#/prompt';

const IN_A_CALL = 'call/linux-pulseaudio-firefox-meeting.txt';
const NOT_RECORDING = 'call/linux-pactl-nothing-recording.txt';
const BANNERS_OFF = 'dnd/linux-gnome-gsettings-banners-off.txt'; // GNOME's do-not-disturb is on
const BANNERS_ON = 'dnd/linux-gnome-gsettings-banners-on.txt';
const NO_SCREEN_CAST = 'screen-share/linux-pw-dump-empty.json';
const NO_ACTIVE_WINDOW = 'fullscreen/linux-x11-xfwm-none-focused.txt';

let desktop: FakeDesktop | null = null;
let tools: ScriptedTools | null = null;
test.afterEach(async () => {
  await desktop?.stop();
  desktop = null;
  tools?.remove();
  tools = null;
});

/**
 * GNOME with nothing busy: no call, banners shown, no screen cast, no idle
 * inhibitor (Wayland) or no active window (X11, read with xprop).
 */
async function launchOnGnome(
  launchApp: (o: object) => Promise<DesktopApp>,
  session: 'wayland' | 'x11' = 'wayland',
) {
  desktop = await startFakeDesktop(
    session === 'wayland' ? ['mutter', 'gnome-session', 'logind'] : ['logind'],
  );
  tools = scriptedTools(['pactl', 'gsettings', 'pw-dump', 'xprop']);
  tools.set('pactl', { stdout: recordedOutput(NOT_RECORDING) });
  tools.set('gsettings', { stdout: recordedOutput(BANNERS_ON) });
  tools.set('pw-dump', { stdout: recordedOutput(NO_SCREEN_CAST) });
  tools.set('xprop', { stdout: recordedOutput(NO_ACTIVE_WINDOW) });
  const app = await launchApp({
    clock: new Date(at('08:55')).toISOString(),
    timezone: ZONE,
    ...(session === 'wayland'
      ? { linuxSession: 'wayland', env: { ...desktop.env('GNOME'), PATH: tools.path } }
      : { env: { ...desktop.env('GNOME'), XDG_SESSION_TYPE: 'x11', DISPLAY: ':77', PATH: tools.path } }),
  });
  await app.tray();
  return app;
}

/** Steps the app to `until`, scripting the desktop before each wake-up, and notes what was on screen after it. */
async function journey(app: DesktopApp, until: number, script: (atMs: number) => void): Promise<Moment[]> {
  const moments: Moment[] = [];
  await stepUntil(app, until, script, async (ms) => {
    moments.push({
      time: wall(ms),
      notices: (await app.notifications()).length,
      windows: (await app.windows()).length,
      status: await app.statusLine(),
    });
  });
  return moments;
}

const between = (moments: Moment[], from: string, to: string) =>
  moments.filter((m) => m.time >= from && m.time < to);

test('a call starts before the break is due: no heads-up, no prompt, the tray says it is held; the call ends → the prompt comes busy.graceSeconds later', async ({
  launchApp,
}) => {
  const app = await launchOnGnome(launchApp);
  const callFrom = at('09:20');
  const callUntil = at('09:40');
  const moments = await journey(app, at('09:41'), (t) =>
    tools!.set('pactl', {
      stdout: recordedOutput(t >= callFrom && t < callUntil ? IN_A_CALL : NOT_RECORDING),
    }),
  );

  const inCall = between(moments, '09:20:00', '09:40:00');
  // Sampled once a minute (R10; 09:29's sample merges into the due instant's).
  expect(inCall.length).toBeGreaterThanOrEqual(19);
  expect(inCall.filter((m) => m.notices > 0 || m.windows > 0)).toEqual([]);
  expect(changes(moments)).toEqual([
    { time: '09:00:00', notices: 0, windows: 0, status: 'Next break at 09:30' },
    { time: '09:30:00', notices: 0, windows: 0, status: CALL_HELD },
    // The call ended at 09:40: the heads-up follows R4 before the prompt, which comes 60 s later.
    { time: '09:40:30', notices: 1, windows: 0, status: CALL_HELD },
    { time: '09:41:00', notices: 1, windows: 1, status: PROMPTED },
  ]);
  expect((await app.notifications())[0]).toMatchObject({
    title: 'A break is coming up',
    shownAt: new Date(at('09:40:30')).toISOString(),
  });

  const prompt = await app.waitForWindow(PROMPT);
  await expect(prompt.page.getByRole('button', { name: /^Snooze/ })).toContainText('3 left');
  await waitForFocusedStart(prompt.page);
  await pressAnswer(prompt.page, 'Escape');
  await waitForNoWindow(app, PROMPT, prompt);
  expect(historyRecords(app)).toEqual([
    expect.objectContaining({ outcome: 'skipped', trigger: 'prompt', snoozes: 0, heldSeconds: 11 * 60 }),
  ]);
  expect(tools!.runs('pactl')).toBeGreaterThanOrEqual(moments.length);
  expect(await app.errors()).toEqual([]);
});

test('do-not-disturb on at the due time and off later: held, then prompted after the grace time', async ({
  launchApp,
}) => {
  const app = await launchOnGnome(launchApp);
  const dndFrom = at('09:28');
  const dndUntil = at('09:36');
  const moments = await journey(app, at('09:37'), (t) =>
    tools!.set('gsettings', {
      stdout: recordedOutput(t >= dndFrom && t < dndUntil ? BANNERS_OFF : BANNERS_ON),
    }),
  );

  expect(between(moments, '09:28:00', '09:36:00').filter((m) => m.notices > 0 || m.windows > 0)).toEqual([]);
  expect(changes(moments)).toEqual([
    { time: '09:00:00', notices: 0, windows: 0, status: 'Next break at 09:30' },
    { time: '09:30:00', notices: 0, windows: 0, status: DND_HELD },
    { time: '09:36:30', notices: 1, windows: 0, status: DND_HELD },
    { time: '09:37:00', notices: 1, windows: 1, status: PROMPTED },
  ]);
  const prompt = await app.waitForWindow(PROMPT);
  await expect(prompt.page.getByRole('heading', { name: 'Time for a posture break' })).toBeVisible();
  expect(await app.errors()).toEqual([]);
});

test('a full-screen app during a snoozed prompt: the snooze ends while full screen → held, no heads-up, no prompt; full screen ends → prompted after the grace time with its snooze count kept', async ({
  launchApp,
}) => {
  const app = await launchOnGnome(launchApp);
  // Not busy at 09:30: the prompt comes as usual, and the person snoozes it (5 minutes).
  const before = await journey(app, at('09:30'), () => {});
  expect(changes(before).at(-1)).toEqual({
    time: '09:30:00',
    notices: 1,
    windows: 1,
    status: PROMPTED,
  });
  const first = await app.waitForWindow(PROMPT);
  await waitForFocusedStart(first.page);
  await pressAnswer(first.page, 's');
  await waitForNoWindow(app, PROMPT, first);
  expect(await app.statusLine()).toBe('Snoozed until 09:35');

  // A full-screen video from 09:32 to 09:44: on GNOME Wayland it holds an idle inhibitor.
  const fullFrom = at('09:32');
  const fullUntil = at('09:44');
  const moments = await journey(app, at('09:45'), (t) =>
    desktop!.setIdleInhibited(t >= fullFrom && t < fullUntil),
  );
  // R11: the snoozed prompt that would return at 09:35 while busy is held: no heads-up (09:34:30), no prompt.
  expect(changes(moments)).toEqual([
    { time: '09:31:00', notices: 1, windows: 0, status: 'Snoozed until 09:35' },
    { time: '09:35:00', notices: 1, windows: 0, status: FULLSCREEN_HELD },
    { time: '09:44:30', notices: 2, windows: 0, status: FULLSCREEN_HELD },
    { time: '09:45:00', notices: 2, windows: 1, status: PROMPTED },
  ]);
  expect(moments.map((m) => m.time)).not.toContain('09:34:30');

  // It keeps its snooze count: one used, two left.
  const again = await app.waitForWindow(PROMPT);
  await expect(again.page.getByRole('button', { name: /^Snooze/ })).toContainText('2 left');
  await waitForFocusedStart(again.page);
  await pressAnswer(again.page, 'Escape');
  await waitForNoWindow(app, PROMPT, again);
  expect(historyRecords(app)).toEqual([
    // Held from 09:35 (the snooze's end) until its prompt at 09:45.
    expect.objectContaining({ outcome: 'skipped', trigger: 'prompt', snoozes: 1, heldSeconds: 10 * 60 }),
  ]);
  expect(await app.errors()).toEqual([]);
});

for (const session of ['x11', 'wayland'] as const) {
  test(`on ${session === 'x11' ? 'X11 (as on macOS and Windows)' : 'Wayland'} each wake-up acts on its own sample: a call that starts in the last minute before the break is due is held at once (no heads-up or prompt flashes first), and its end counts from the wake-up that saw it`, async ({
    launchApp,
  }) => {
    const app = await launchOnGnome(launchApp, session);
    // The last wake-up before the heads-up (09:29:30) is at 09:29 or earlier; the call starts just after it.
    const callFrom = at('09:29:10');
    const callUntil = at('09:40');
    const script = (t: number) =>
      tools!.set('pactl', {
        stdout: recordedOutput(t >= callFrom && t < callUntil ? IN_A_CALL : NOT_RECORDING),
      });
    const moments = await journey(app, at('09:41'), script);
    // The heads-up's wake-up (09:29:30) is the first to see the call: no heads-up; held when due.
    expect(moments.find((m) => m.time === '09:29:30')).toEqual({
      time: '09:29:30',
      notices: 0,
      windows: 0,
      status: 'Next break at 09:30',
    });
    expect(changes(moments)).toEqual([
      { time: '09:00:00', notices: 0, windows: 0, status: 'Next break at 09:30' },
      { time: '09:30:00', notices: 0, windows: 0, status: CALL_HELD },
      { time: '09:40:30', notices: 1, windows: 0, status: CALL_HELD },
      { time: '09:41:00', notices: 1, windows: 1, status: PROMPTED },
    ]);
    // Nothing flashed in between: the only heads-up is 09:40:30's, the only window the 09:41 prompt.
    expect((await app.notifications()).map((n) => n.shownAt)).toEqual([
      new Date(at('09:40:30')).toISOString(),
    ]);
    expect(await app.calls({ api: 'BrowserWindow', method: 'constructor' })).toHaveLength(1);
    // One pactl run per wake-up's sample, each before the wake-up acted on it.
    expect(tools!.runs('pactl')).toBeGreaterThanOrEqual(moments.length);
    await app.waitForWindow(PROMPT);
    expect(await app.errors()).toEqual([]);
  });
}
