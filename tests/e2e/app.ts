/** Launching the real app for the `_electron` suite, with its own user data folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import type { ScriptedDesktop, TestHooks } from '../../electron/main/test-hooks';

export function freshUserData(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-e2e-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

export function launch(userData: string, args: string[] = []): Promise<ElectronApplication> {
  return electron.launch({
    args: ['.', ...args],
    env: { ...process.env, UNSLOUCH_USER_DATA: userData, UNSLOUCH_E2E: '1' },
  });
}

type Hooked = typeof globalThis & { __unslouchTest: TestHooks };

export async function trayLabels(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(() => (globalThis as Hooked).__unslouchTest.trayLabels());
}

export async function clickTray(app: ElectronApplication, labels: string[]): Promise<void> {
  await app.evaluate((_electron, path) => (globalThis as Hooked).__unslouchTest.clickTray(path), labels);
}

/** The break records of `history.jsonl` in a data folder, oldest first. */
export { historyRecordsIn as historyRecords } from '../support/history-file';

const FAKE_CLOCK = path.join(import.meta.dirname, 'fake-clock.mjs');

/**
 * Launches the app for a timed journey: the desktop harness's simulated clock
 * in the main process (fake-clock.mjs, starting at `clock`), the time zone
 * `timezone`, and the desktop signals scripted through the test hooks
 * (UNSLOUCH_E2E_DESKTOP=scripted), so neither the real time nor the machine's
 * own desktop (its idle time, a call on it) can change the journey.
 */
export function launchJourney(
  userData: string,
  clock: string,
  timezone: string,
  /** The app's real probes ask only this desktop (a FakeDesktop's env, Linux): UNSLOUCH_E2E_DESKTOP=fake-bus. */
  desktopEnv?: Record<string, string>,
): Promise<ElectronApplication> {
  return electron.launch({
    args: ['.'],
    env: {
      ...process.env,
      UNSLOUCH_USER_DATA: userData,
      UNSLOUCH_E2E: '1',
      ...(desktopEnv
        ? { UNSLOUCH_E2E_DESKTOP: 'fake-bus', UNSLOUCH_E2E_DESKTOP_ENV: JSON.stringify(desktopEnv) }
        : { UNSLOUCH_E2E_DESKTOP: 'scripted' }),
      UNSLOUCH_E2E_CLOCK: clock,
      TZ: timezone,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${pathToFileURL(FAKE_CLOCK).href}`]
        .filter(Boolean)
        .join(' '),
    },
  });
}

export async function scriptDesktop(
  app: ElectronApplication,
  state: Partial<ScriptedDesktop>,
): Promise<void> {
  await app.evaluate((_electron, s) => (globalThis as Hooked).__unslouchTest.scriptDesktop(s), state);
}

/**
 * Notes every notification the app shows (title and the simulated instant).
 * Electron gives tests no way to read notifications, and a machine without a
 * notification server reports them unsupported, so the suite wraps the
 * main process's Notification class.
 */
export async function recordNotifications(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ Notification }) => {
    const shown: { title: string; at: number }[] = [];
    (globalThis as { __unslouchNotices?: typeof shown }).__unslouchNotices = shown;
    Notification.isSupported = () => true;
    const show = Notification.prototype.show;
    Notification.prototype.show = function (this: InstanceType<typeof Notification>) {
      shown.push({ title: this.title, at: Date.now() });
      return show.call(this);
    };
  });
}

/** What the person could see at the simulated instant `now`. */
export interface Seen {
  now: number;
  /** Notifications shown so far. */
  notices: { title: string; at: number }[];
  /** Windows open (a prompt's page may still be loading). */
  windows: number;
  status: string;
}

/** Moves the simulated clock to `atMs` (firing the app's timers in order), then reads what is on screen. */
export async function advanceTo(app: ElectronApplication, atMs: number): Promise<Seen> {
  return app.evaluate(async ({ BrowserWindow }, at) => {
    const g = globalThis as Hooked & {
      __unslouchE2EClock?: { advanceTo(at: number): Promise<unknown>; now(): number };
      __unslouchNotices?: { title: string; at: number }[];
    };
    if (!g.__unslouchE2EClock) throw new Error('no simulated clock: launch with launchJourney()');
    await g.__unslouchE2EClock.advanceTo(at);
    return {
      now: g.__unslouchE2EClock.now(),
      notices: [...(g.__unslouchNotices ?? [])],
      windows: BrowserWindow.getAllWindows().filter((w) => !w.isDestroyed()).length,
      status: g.__unslouchTest.trayLabels()[0] ?? '',
    };
  }, atMs);
}

/** Everything the app's main process prints from now on (its log lines start with "[unslouch]"). */
export function collectStdout(app: ElectronApplication): { text(): string } {
  let text = '';
  app.process().stdout?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { text: () => text };
}
