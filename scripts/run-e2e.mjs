#!/usr/bin/env node
// Runs the Playwright `_electron` suite where the Electron binary exists, and
// says plainly that it was NOT run where it does not. It never reports a pass
// for tests that did not run.
import { spawnSync } from 'node:child_process';
import { electronBinary, HOW_TO_GET_ELECTRON } from './electron-binary.mjs';

const electron = electronBinary();
if (!electron.ok) {
  console.log('e2e (tests/e2e, real Electron): NOT RUN — the Electron binary is not installed here.');
  console.log(`  reason: ${electron.reason}`);
  console.log(`  ${HOW_TO_GET_ELECTRON}`);
  process.exit(process.env.UNSLOUCH_REQUIRE_E2E ? 1 : 0);
}
const run = spawnSync('npx', ['playwright', 'test', '--config', 'tests/e2e/playwright.e2e.config.ts'], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
