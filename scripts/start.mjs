#!/usr/bin/env node
// `npm start`: build the app, then launch it with Electron.
import { spawnSync } from 'node:child_process';
import { electronBinary, HOW_TO_GET_ELECTRON } from './electron-binary.mjs';

const electron = electronBinary();
if (!electron.ok) {
  console.error(`Unslouch cannot start: the Electron binary is not installed (${electron.reason}).`);
  console.error(HOW_TO_GET_ELECTRON);
  console.error('The tests do not need it: `npm test` runs every layer that can run without Electron.');
  process.exit(1);
}
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(electron.path, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 0);
