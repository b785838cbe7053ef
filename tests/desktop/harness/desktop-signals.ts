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
 * - `stepToNextWake()`: on Wayland a wake-up waits for a desktop sample (real
 *   I/O), so a spec moves the simulated clock one wake-up at a time and waits
 *   until the app has planned the next one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { DesktopApp } from './desktop-app';

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

const TOOL = (dir: string, name: string) => `#!${process.execPath}
const fs = require('node:fs');
const dir = ${JSON.stringify(dir)};
fs.appendFileSync(dir + '/${name}.runs', '.');
let a = {};
try { a = JSON.parse(fs.readFileSync(dir + '/${name}.json', 'utf8')); } catch {}
if (a.hang) setInterval(() => {}, 1000);
else {
  process.stdout.write(a.stdout ?? '');
  process.stderr.write(a.stderr ?? '');
  process.exitCode = a.code ?? 0;
}
`;

export function scriptedTools(names: string[]): ScriptedTools {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-tools-'));
  for (const name of names) fs.writeFileSync(path.join(dir, name), TOOL(dir, name), { mode: 0o755 });
  return {
    path: `${dir}${path.delimiter}${process.env.PATH ?? ''}`,
    set: (tool, answer) => fs.writeFileSync(path.join(dir, `${tool}.json`), JSON.stringify(answer)),
    runs: (tool) => {
      try {
        return fs.readFileSync(path.join(dir, `${tool}.runs`), 'utf8').length;
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
    .poll(async () => (await app.clockInfo()).scheduledJobs, { message: 'the app plans its next wake-up' })
    .toBe(1);
  return next;
}
