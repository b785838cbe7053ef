/**
 * One app instance under the desktop harness, in its own Node process:
 *   node runner.mjs   (config in the UNSLOUCH_HARNESS env var, JSON)
 * - points `electron` at the fake (ESM hook + CommonJS resolver),
 * - makes the process look like Electron's main process (argv, process.type),
 * - imports the BUILT main (out/main/index.js), then emits app 'ready',
 * - reads commands from stdin (JSON lines) and writes replies and events to
 *   fd 3 (JSON lines, written synchronously so nothing is lost on exit).
 */
import fs from 'node:fs';
import Module, { register } from 'node:module';
import readline from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

register('./loader.mjs', import.meta.url);

const CJS_FAKE = fileURLToPath(new URL('../fake-electron/index.cjs', import.meta.url));
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'electron' || request === 'electron/main' || request === 'electron/common') return CJS_FAKE;
  return resolveFilename.call(this, request, ...rest);
};

const config = JSON.parse(process.env.UNSLOUCH_HARNESS ?? 'null');
if (!config) throw new Error('runner.mjs is started by the desktop harness (UNSLOUCH_HARNESS is not set)');
delete process.env.UNSLOUCH_HARNESS;

const CHANNEL_FD = 3;
function writeLine(message) {
  const data = Buffer.from(`${JSON.stringify(message)}\n`);
  let offset = 0;
  while (offset < data.length) {
    try {
      offset += fs.writeSync(CHANNEL_FD, data, offset);
    } catch (error) {
      if (error.code === 'EAGAIN') continue;
      if (error.code === 'EPIPE' || error.code === 'EBADF') return; // the harness is gone
      throw error;
    }
  }
}

let finalState = () => ({});
const exit = (code) => {
  // The last state goes with the exit, so a spec can still read dialogs and calls.
  let state;
  try {
    state = finalState();
  } catch {
    state = null;
  }
  writeLine({ t: 'event', name: 'process.exit', data: { code, ...state } });
  process.exit(code);
};

const { createFakeElectron } = await import('../fake-electron/create.mjs');
const fake = createFakeElectron({
  ...config,
  notify: (name, data) => writeLine({ t: 'event', name, data }),
  exit,
});
globalThis.__unslouchFakeElectron = fake;
const { ctx } = fake;
finalState = () => ({ state: ctx.state(), calls: ctx.calls });

ctx.command('harness.state', () => ctx.state());
ctx.command('harness.calls', ({ since = 0 } = {}) => ctx.calls.slice(since));

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  let message;
  try {
    message = JSON.parse(line);
  } catch {
    return;
  }
  Promise.resolve()
    .then(() => ctx.run(message.name, message.params))
    .then(
      (value) => writeLine({ t: 'reply', id: message.id, ok: true, value: value ?? null }),
      (error) =>
        writeLine({
          t: 'reply',
          id: message.id,
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
});
// The harness went away: leave nothing running.
process.stdin.on('end', () => process.exit(0));

// Look like Electron's main process, started as `electron <appPath> …args`.
process.argv = [process.execPath, config.appPath, ...config.args];
process.type = 'browser';
process.versions.electron = config.electronVersion;
process.resourcesPath = config.appPath;

// Electron's default: report an uncaught error in a dialog and keep running,
// unless the app installed its own handler.
process.on('uncaughtException', (error) => {
  if (process.listenerCount('uncaughtException') > 1) return;
  ctx.reportUncaught(error);
});

writeLine({ t: 'event', name: 'process.started', data: { pid: process.pid } });
try {
  await import(pathToFileURL(config.main).href);
} catch (error) {
  ctx.reportUncaught(error);
}
writeLine({ t: 'event', name: 'main.loaded', data: {} });
setImmediate(() => ctx.becomeReady());
