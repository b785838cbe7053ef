/**
 * Builds one fake Electron: a HarnessContext plus one module per Electron API.
 * To emulate another API, add a module with `install(ctx, electron)` that
 * returns its exports, list it in MODULES, and add its name to index.mjs.
 */
import { HarnessContext } from './context.mjs';
import * as app from './app.mjs';
import * as browserWindow from './browser-window.mjs';
import * as dialog from './dialog.mjs';
import * as globalShortcut from './global-shortcut.mjs';
import * as ipcMain from './ipc-main.mjs';
import * as menu from './menu.mjs';
import * as nativeImage from './native-image.mjs';
import * as nativeTheme from './native-theme.mjs';
import * as notification from './notification.mjs';
import * as powerMonitor from './power-monitor.mjs';
import * as protocol from './protocol.mjs';
import * as screen from './screen.mjs';
import * as session from './session.mjs';
import * as shell from './shell.mjs';
import * as tray from './tray.mjs';
import * as webContents from './web-contents.mjs';

// Modules reach each other through `electron` at call time, so order matters
// only where a module needs another's class while installing (webContents
// before BrowserWindow).
const MODULES = [
  app,
  nativeImage,
  ipcMain,
  session,
  protocol,
  webContents,
  browserWindow,
  menu,
  tray,
  dialog,
  shell,
  notification,
  powerMonitor,
  screen,
  globalShortcut,
  nativeTheme,
];

export function createFakeElectron(config) {
  const ctx = new HarnessContext(config);
  const electron = {};
  for (const module of MODULES) Object.assign(electron, module.install(ctx, electron));
  ctx.snapshot('counts', () => counts(ctx, electron));
  return { electron, ctx };
}

/** Live objects and listeners: what a leak benchmark watches. */
function counts(ctx, electron) {
  const sum = (emitter) => emitter.eventNames().reduce((n, e) => n + emitter.listenerCount(e), 0);
  const windows = electron.BrowserWindow.getAllWindows();
  const allWebContents = electron.webContents.getAllWebContents();
  const resources = {};
  for (const name of process.getActiveResourcesInfo()) resources[name] = (resources[name] ?? 0) + 1;
  return {
    windows: windows.length,
    webContents: allWebContents.length,
    trays: ctx.snapshots.get('trays')().length,
    ipcHandlers: ctx.snapshots.get('ipc')().handlers.length,
    ipcListeners: sum(electron.ipcMain),
    appListeners: sum(electron.app),
    windowListeners: windows.reduce((n, w) => n + sum(w), 0),
    webContentsListeners: allWebContents.reduce((n, wc) => n + sum(wc), 0),
    powerMonitorListeners: sum(electron.powerMonitor),
    // Set by the runner: simulated timers pending (null on the real clock) and node-schedule jobs.
    ...(ctx.timerCounts?.() ?? { pendingTimers: null, scheduledJobs: null }),
    activeResources: resources,
  };
}
