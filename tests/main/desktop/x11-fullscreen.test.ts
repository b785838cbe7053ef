/**
 * The X11 full-screen probe against a real X server: Xvfb, an EWMH window
 * manager (openbox: it sets _NET_ACTIVE_WINDOW and honours full-screen
 * requests) and Chromium in kiosk mode as the full-screen app.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesktopSignals } from '../../../electron/main/desktop';
import { findChromium } from '../../support/chromium';

const NEEDED = { Xvfb: 'xvfb', xprop: 'x11-utils', openbox: 'openbox' } as const;
const missing = Object.entries(NEEDED).filter(([tool]) => spawnSync('which', [tool]).status !== 0);

/** Xvfb picks a free display and tells us (-displayfd). */
let DISPLAY = '';
const children: ChildProcess[] = [];
let chromiumPid = 0;
let profile = '';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const xprop = (...args: string[]) =>
  spawnSync('xprop', args, { env: { ...process.env, DISPLAY }, encoding: 'utf8' }).stdout;

beforeAll(async () => {
  if (missing.length > 0)
    throw new Error(
      `the X11 full-screen test needs ${missing.map(([t, pkg]) => `${t} (apt-get install -y ${pkg})`).join(', ')}; .ci/run installs them`,
    );
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.push(xvfb);
  DISPLAY = await new Promise<string>((resolve, reject) => {
    xvfb.stdout!.once('data', (chunk: Buffer) => resolve(`:${chunk.toString().trim()}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it took a display`)));
  });
  const env = { ...process.env, DISPLAY };
  children.push(spawn('openbox', [], { env, stdio: 'ignore' }));
  for (let i = 0; i < 50 && !xprop('-root', '_NET_SUPPORTED').includes('_NET_ACTIVE_WINDOW'); i++)
    await sleep(100);
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-kiosk-'));
  const chromium = spawn(
    findChromium(),
    [
      '--kiosk',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { env, stdio: 'ignore' },
  );
  children.push(chromium);
  chromiumPid = chromium.pid!;
  // The window manager has made it active and full screen.
  for (let i = 0; i < 150; i++) {
    const id = /window id # (0x[0-9a-f]+)/.exec(xprop('-root', '_NET_ACTIVE_WINDOW'))?.[1];
    if (id && xprop('-id', id, '_NET_WM_STATE').includes('FULLSCREEN')) return;
    await sleep(100);
  }
  throw new Error('Chromium --kiosk did not become the active full-screen window under Xvfb + openbox');
}, 30_000);

afterAll(async () => {
  await Promise.all(
    children.reverse().map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill();
        }),
    ),
  );
  if (profile) fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
});

const probe = (ownPids: number[]) =>
  createDesktopSignals({
    platform: 'linux',
    env: { ...process.env, DISPLAY, XDG_SESSION_TYPE: 'x11', XDG_CURRENT_DESKTOP: 'openbox' },
    settings: () => ({
      enabled: true,
      signals: { dnd: false, fullscreen: true, call: false, screenShare: false, apps: false },
      apps: [],
      graceSeconds: 60,
    }),
    ownWindows: () => ({ pids: ownPids, windowIds: [] }),
  });

describe('X11 full screen (Xvfb + openbox + Chromium --kiosk)', () => {
  it("sees another app's full-screen window in front", async () => {
    const signals = probe([process.pid]);
    const sample = await signals.sample();
    expect(sample.readings.fullscreen).toMatchObject({ known: true, value: true });
    expect(sample.reasons).toEqual(['fullscreen']);
    // Two xprop runs: the root's active window, then that window's state.
    expect(sample.cost.spawned).toBe(2);
    signals.close();
  });

  it('never counts our own window', async () => {
    const signals = probe([process.pid, chromiumPid]);
    const sample = await signals.sample();
    expect(sample.readings.fullscreen).toMatchObject({ known: true, value: false });
    expect(sample.busy).toBe(false);
    signals.close();
  });
});
