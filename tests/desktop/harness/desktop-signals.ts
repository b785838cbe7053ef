/**
 * Scripting the desktop an app under the harness sees (its busy, idle and
 * lock signals), for journeys:
 *
 * - `startFakeDesktop()` (re-exported): a real private D-Bus bus with
 *   stand-in GNOME / KDE / logind services; pass `desktop.env()` to
 *   `launchApp({ env })`. Together with `linuxSession: 'wayland'` the app is
 *   on GNOME Wayland, where Electron's own idle time stays 0.
 * - `scriptedTools()`: stand-ins for the system tools the probes run
 *   (gsettings, xprop, pactl, pw-dump, xfconf-query…), first on the app's
 *   PATH; each answers what the spec last set, or never answers (`hang`).
 * - `stepToNextWake()`: moves the simulated clock one wake-up at a time (each
 *   waits for its desktop sample, real I/O, and the clock for the app's next
 *   plan), so a spec can change the desktop between two; `stepUntil()` does
 *   that up to an instant.
 * - `recordedOutput()`: the real tool outputs the probes' parsers are tested
 *   against (tests/main/desktop/fixtures), for a scripted tool to answer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { DesktopApp } from './desktop-app';

export { fixture as recordedOutput } from '../../support/recorded-outputs';

export { startFakeDesktop, type FakeDesktop } from '../../support/fake-desktop-bus';

export interface ToolAnswer {
  stdout?: string;
  stderr?: string;
  code?: number;
  /** Never answers (the probe's timeout must end it). */
  hang?: boolean;
}

export interface ScriptedTools {
  /** Put first on the app's PATH: `launchApp({ env: { PATH: tools.path } })`. */
  path: string;
  set(tool: string, answer: ToolAnswer): void;
  /** How often each tool was run. */
  runs(tool: string): number;
  remove(): void;
}

// A POSIX shell script, not a Node one: a probe runs a few tools at every wake-up, and a
// Node start per run is slow enough on a busy machine to hit the probes' time limit.
const TOOL = (dir: string, name: string) => `#!/bin/sh
d=${shellQuote(dir)}
printf . >> "$d/${name}.runs"
[ -e "$d/${name}.hang" ] && exec sleep 86400
[ -e "$d/${name}.stdout" ] && cat "$d/${name}.stdout"
[ -e "$d/${name}.stderr" ] && cat "$d/${name}.stderr" >&2
exit "$(cat "$d/${name}.code" 2>/dev/null || echo 0)"
`;

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function scriptedTools(names: string[]): ScriptedTools {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-tools-'));
  for (const name of names) fs.writeFileSync(path.join(dir, name), TOOL(dir, name), { mode: 0o755 });
  const file = (tool: string, part: string) => path.join(dir, `${tool}.${part}`);
  return {
    path: `${dir}${path.delimiter}${process.env.PATH ?? ''}`,
    set(tool, answer) {
      // Each part is written whole before it is renamed into place, so a run never reads half an answer.
      const put = (part: string, content: string | null) => {
        if (content === null) return fs.rmSync(file(tool, part), { force: true });
        fs.writeFileSync(`${file(tool, part)}.new`, content);
        fs.renameSync(`${file(tool, part)}.new`, file(tool, part));
      };
      put('stdout', answer.stdout ?? '');
      put('stderr', answer.stderr ?? '');
      put('code', String(answer.code ?? 0));
      put('hang', answer.hang ? '' : null);
    },
    runs: (tool) => {
      try {
        return fs.readFileSync(file(tool, 'runs'), 'utf8').length;
      } catch {
        return 0;
      }
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Moves the app's clock to its next pending timer (its next wake-up), after
 * `before(atMs)` has scripted the desktop for that instant, then waits until
 * the wake-up has finished (the app has planned another one).
 */
export async function stepToNextWake(app: DesktopApp, before: (atMs: number) => void = () => {}) {
  const info = await app.clockInfo();
  const next = info.timers.map((t) => Date.parse(t.at)).sort((a, b) => a - b)[0];
  if (next === undefined) throw new Error(`no wake-up planned at ${info.nowIso}`);
  before(next);
  await app.setClock(new Date(next).toISOString());
  await expect
    .poll(async () => (await app.clockInfo()).scheduledJobs, {
      message: 'the app plans its next wake-up',
      intervals: [10, 25, 50, 100],
    })
    .toBe(1);
  return next;
}

/**
 * Steps wake-up by wake-up (see `stepToNextWake`) until the clock is at or
 * past `untilMs`; `after` sees the app after each one. Returns the wake-up
 * instants.
 */
export async function stepUntil(
  app: DesktopApp,
  untilMs: number,
  before: (atMs: number) => void = () => {},
  after: (atMs: number) => Promise<void> | void = () => {},
): Promise<number[]> {
  const wakes: number[] = [];
  for (let i = 0; i < 500; i++) {
    const at = await stepToNextWake(app, before);
    wakes.push(at);
    await after(at);
    if (at >= untilMs) return wakes;
  }
  throw new Error(`did not reach ${new Date(untilMs).toISOString()} within 500 wake-ups`);
}
