/**
 * Simulated breaks through the whole app, for the leak spec
 * (tests/desktop/leaks.spec.ts) and the leak benchmark (scripts/bench-desktop.ts):
 * the app's simulated clock runs to the next prompt, the person answers it in
 * the prompt window as a person would (keys), and everything the answer
 * opened is closed again. No test-runner `expect` here, so the benchmark can
 * use it too: every wait throws with a message when it does not come true.
 */
import type { Page } from '@playwright/test';
import type { DesktopApp, WindowHandle } from './desktop-app';
import type { Counts } from './wire';
import { historyRecordsIn } from '../../support/history-file';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const WAIT_MS = 10_000;

/**
 * How the person answers a prompt:
 * - `start-finish`: Enter, the routine runs two simulated minutes, "Finish early", Close;
 * - `snooze-skip`: S, the prompt comes back after the snooze, then Esc;
 * - `skip`: Esc;
 * - `ignore`: nothing; the prompt stays until the work range ends (a missed break).
 */
export type Answer = 'start-finish' | 'snooze-skip' | 'skip' | 'ignore';
export const ANSWERS: readonly Answer[] = ['start-finish', 'snooze-skip', 'skip', 'ignore'];
/** The break record each answer leaves in the history log. */
export const OUTCOME_OF: Record<Answer, string> = {
  'start-finish': 'partial',
  'snooze-skip': 'skipped',
  skip: 'skipped',
  ignore: 'missed',
};

export interface BreakResult {
  answer: Answer;
  /** When the (first) prompt of the break appeared, by the app's clock. */
  promptAt: string;
}

/** Runs the app's clock to the next prompt (up to a week ahead) and returns its window, ready for keys. */
export async function nextPrompt(app: DesktopApp): Promise<{ win: WindowHandle; at: string }> {
  const step = await app.advanceClock(7 * DAY, { until: 'window' });
  if (step.stoppedOn !== 'window.created') {
    throw new Error(`no prompt window within a week after ${step.fromIso} (clock now ${step.nowIso})`);
  }
  const win = await app.waitForWindow('#/prompt', WAIT_MS);
  await waitForFocusedStart(win.page);
  return { win, at: step.nowIso };
}

/** The prompt's Start button has focus, so Enter, S and Esc reach the prompt's key handler. */
export async function waitForFocusedStart(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Start/ }).waitFor({ state: 'visible', timeout: WAIT_MS });
  await page.waitForFunction(
    () => {
      const doc = (globalThis as unknown as { document: { activeElement: { textContent: string } | null } })
        .document;
      return doc.activeElement?.textContent?.startsWith('Start') ?? false;
    },
    undefined,
    { timeout: WAIT_MS },
  );
}

/**
 * Presses an answer key in the prompt window. The answer closes the window,
 * sometimes between the key's down and up: Playwright's press() then throws
 * "Target page … has been closed" for the key-up, so a closed page after the
 * key-down counts as delivered.
 */
export async function pressAnswer(page: Page, key: 'Enter' | 's' | 'Escape'): Promise<void> {
  const closedIsFine = (error: Error) => {
    if (!page.isClosed()) throw error;
  };
  await page.keyboard.down(key).catch(closedIsFine);
  if (!page.isClosed()) await page.keyboard.up(key).catch(closedIsFine);
}

/** Waits until no live window of the app is on `route` and the page of `win` (if given) is closed. */
export async function waitForNoWindow(app: DesktopApp, route: string, win?: WindowHandle): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const open = (await app.windows()).filter((w) => w.url.endsWith(route));
    if (open.length === 0 && (!win || win.page.isClosed())) return;
    if (Date.now() > deadline) {
      throw new Error(
        `the window on ${route} is still open after ${WAIT_MS} ms (clock ${await clockIso(app)})`,
      );
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function clockIso(app: DesktopApp): Promise<string> {
  return (await app.clockInfo()).nowIso;
}

/** One break, from the clock running to its prompt to the last window of the answer closing. */
export async function runBreak(app: DesktopApp, answer: Answer): Promise<BreakResult> {
  const { win, at } = await nextPrompt(app);
  switch (answer) {
    case 'start-finish': {
      await pressAnswer(win.page, 'Enter');
      await waitForNoWindow(app, '#/prompt', win);
      const routine = await app.waitForWindow(/#\/routine\/[a-z0-9-]+\?trigger=prompt$/, WAIT_MS);
      await app.advanceClock(2 * MINUTE);
      await routine.page.getByRole('button', { name: 'Finish early' }).click({ timeout: WAIT_MS });
      await routine.page.getByText('Recorded in your history.').waitFor({ timeout: WAIT_MS });
      await routine.close();
      await waitForNoWindow(app, '?trigger=prompt', routine);
      break;
    }
    case 'snooze-skip': {
      await pressAnswer(win.page, 's');
      await waitForNoWindow(app, '#/prompt', win);
      const again = await nextPrompt(app);
      await pressAnswer(again.win.page, 'Escape');
      await waitForNoWindow(app, '#/prompt', again.win);
      break;
    }
    case 'skip':
      await pressAnswer(win.page, 'Escape');
      await waitForNoWindow(app, '#/prompt', win);
      break;
    case 'ignore': {
      const step = await app.advanceClock(DAY, { until: 'window-closed' });
      if (step.stoppedOn !== 'window.closed') {
        throw new Error(`the ignored prompt of ${at} did not close within a day (clock ${step.nowIso})`);
      }
      await waitForNoWindow(app, '#/prompt', win);
      break;
    }
  }
  return { answer, promptAt: at };
}

/** `count` breaks, answered in turn start-finish, snooze-skip, skip, ignore. */
export async function runBreaks(
  app: DesktopApp,
  count: number,
  onBreak?: (result: BreakResult, index: number) => void,
): Promise<BreakResult[]> {
  const results: BreakResult[] = [];
  for (let i = 0; i < count; i++) {
    const result = await runBreak(app, ANSWERS[i % ANSWERS.length]!);
    results.push(result);
    onBreak?.(result, i);
  }
  return results;
}

/** The figures a leak shows in: live objects, handlers, listeners, timers, jobs, pages. */
export interface LeakFigures {
  windows: number;
  webContents: number;
  pages: number;
  ipcHandlers: number;
  listeners: number;
  ipcListeners: number;
  appListeners: number;
  powerMonitorListeners: number;
  windowListeners: number;
  webContentsListeners: number;
  pendingTimers: number | null;
  scheduledJobs: number | null;
}

export async function leakFigures(app: DesktopApp): Promise<LeakFigures> {
  const c: Counts & { pages: number } = await app.counts();
  return {
    windows: c.windows,
    webContents: c.webContents,
    pages: c.pages,
    ipcHandlers: c.ipcHandlers,
    listeners: c.ipcListeners + c.appListeners + c.powerMonitorListeners,
    ipcListeners: c.ipcListeners,
    appListeners: c.appListeners,
    powerMonitorListeners: c.powerMonitorListeners,
    windowListeners: c.windowListeners,
    webContentsListeners: c.webContentsListeners,
    pendingTimers: c.pendingTimers,
    scheduledJobs: c.scheduledJobs,
  };
}

/** The break records in the app's history log, history.jsonl (empty when there is no file yet). */
export function historyRecords(app: DesktopApp): Record<string, unknown>[] {
  return historyRecordsIn(app.userDataPath);
}
