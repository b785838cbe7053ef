/**
 * Loaded into the real app's main process with NODE_OPTIONS=--import (see
 * launchJourney in app.ts) before the app: the desktop harness's simulated
 * clock (tests/desktop/harness/child/fake-clock.mjs; its header says exactly
 * what is simulated), so the `_electron` journeys move time as the harness's
 * do, with no real-time waits. The suite drives it through
 * `globalThis.__unslouchE2EClock` (app.evaluate). Electron honours
 * NODE_OPTIONS in an unpackaged app and ignores it in a packaged one or when
 * the nodeOptions fuse is off, as ours is in electron-builder.yml
 * (https://www.electronjs.org/docs/latest/api/environment-variables#node_options).
 */
import Module from 'node:module';
import path from 'node:path';
import { holdForWakeUps, installFakeClock } from '../desktop/harness/child/fake-clock.mjs';

const start = process.env.UNSLOUCH_E2E_CLOCK;
// Only Electron's main process ('browser'); a Node child started by the app keeps the real clock.
if (process.type === 'browser' && start) {
  const at = Date.parse(start);
  if (!Number.isFinite(at)) throw new Error(`UNSLOUCH_E2E_CLOCK is not an instant: ${start}`);
  const clock = installFakeClock(at);
  // node-schedule as the built main (out/main, run from the repository root) resolves it.
  const fromApp = Module.createRequire(path.join(process.cwd(), 'out', 'main', 'index.js'));
  let schedule = null;
  holdForWakeUps(clock, () => {
    try {
      schedule ??= fromApp('node-schedule');
      return Object.keys(schedule.scheduledJobs).length;
    } catch {
      return null;
    }
  });
  globalThis.__unslouchE2EClock = clock;
}
