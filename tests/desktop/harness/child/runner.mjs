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
import v8 from 'node:v8';
import vm from 'node:vm';

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

// The simulated clock goes in before anything that could read the time or
// keep a timer function: the fake Electron, electron-store, node-schedule, the app.
let clock = null;
let clockModule = null;
if (config.clock !== null && config.clock !== undefined) {
  clockModule = await import('./fake-clock.mjs');
  clock = clockModule.installFakeClock(config.clock);
}

const { createFakeElectron } = await import('../fake-electron/create.mjs');
const fake = createFakeElectron({
  ...config,
  notify: (name, data) => {
    clock?.noteEvent(name);
    writeLine({ t: 'event', name, data });
  },
  exit,
});
globalThis.__unslouchFakeElectron = fake;
const { ctx } = fake;
finalState = () => ({ state: ctx.state(), calls: ctx.calls });

ctx.command('harness.state', () => ctx.state());
ctx.command('harness.calls', ({ since = 0 } = {}) => ctx.calls.slice(since));

// node-schedule as the app sees it (same module instance: the same resolved file).
const requireFromApp = Module.createRequire(config.main);
let scheduleModule;
const scheduledJobs = () => {
  try {
    scheduleModule ??= requireFromApp('node-schedule');
    return Object.keys(scheduleModule.scheduledJobs).length;
  } catch {
    return null;
  }
};
// A wake-up's real work (its desktop sample) ends before the clock moves on.
if (clock) clockModule.holdForWakeUps(clock, scheduledJobs);
ctx.timerCounts = () => ({
  pendingTimers: clock ? clock.pending().length : null,
  scheduledJobs: scheduledJobs(),
});

const iso = (ms) => (clock ? new clock.RealDate(ms) : new Date(ms)).toISOString();
const requireClock = (name) => {
  if (!clock)
    throw new Error(`${name}: this app was launched without a simulated clock (launchApp({ clock }))`);
  return clock;
};
const advanced = (result) => ({ ...result, fromIso: iso(result.from), nowIso: iso(result.now) });
ctx.command('clock.now', () => ({ now: requireClock('clock.now').now(), nowIso: iso(clock.now()) }));
/** { ms, stopOn? }: forward by ms, firing due timers in order. */
ctx.command('clock.advance', async ({ ms, stopOn }) => {
  if (!(Number(ms) >= 0)) throw new Error(`clock.advance: ms must be a number >= 0, got ${ms}`);
  return advanced(await requireClock('clock.advance').advanceBy(Number(ms), { stopOn }));
});
/** { at (epoch ms), stopOn? }: forward to an instant. */
ctx.command('clock.set', async ({ at, stopOn }) =>
  advanced(await requireClock('clock.set').advanceTo(Number(at), { stopOn })),
);
ctx.command('clock.info', () => {
  const c = requireClock('clock.info');
  return {
    now: c.now(),
    nowIso: iso(c.now()),
    fired: c.fired(),
    timers: c.pending(),
    scheduledJobs: scheduledJobs(),
  };
});
/**
 * The app process's heap after a full GC (bytes). `dropCalls` first empties
 * the fake's call log (it lives in the same heap and grows with every call).
 */
ctx.command('harness.memory', ({ dropCalls = false } = {}) => {
  const calls = ctx.calls.length;
  if (dropCalls) ctx.calls.length = 0;
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  gc();
  return { heapUsed: process.memoryUsage().heapUsed, calls };
});
ctx.snapshot('clock', () =>
  clock ? { now: clock.now(), nowIso: iso(clock.now()), pendingTimers: clock.pending().length } : null,
);

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
