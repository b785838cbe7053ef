/**
 * `app`: readiness, paths, the single-instance lock, quit/exit, and the
 * uncaught-error behaviour of Electron's main process.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { ElectronEvent, decode, describe, encode, recorded } from './context.mjs';

/** The names app.getPath() knows; anything else throws like Electron. */
export const PATH_NAMES = [
  'home',
  'appData',
  'userData',
  'sessionData',
  'temp',
  'exe',
  'module',
  'desktop',
  'documents',
  'downloads',
  'music',
  'pictures',
  'videos',
  'recent',
  'logs',
  'crashDumps',
];

export function install(ctx, electron) {
  const app = new EventEmitter();
  const paths = new Map(Object.entries(ctx.config.paths ?? {}));
  let name = ctx.config.appName ?? 'Electron';
  let lock = null; // null: not asked yet
  let quitting = false;
  let resolveReady;
  const readyPromise = new Promise((resolve) => (resolveReady = resolve));
  let loginItem = {
    openAtLogin: false,
    openAsHidden: false,
    wasOpenedAtLogin: false,
    wasOpenedAsHidden: false,
  };
  const switches = new Map();

  Object.assign(
    app,
    recorded(ctx, 'app', {
      isReady: () => ctx.ready,
      whenReady: () => readyPromise,
      getName: () => name,
      setName: (value) => void (name = String(value)),
      getVersion: () => ctx.config.appVersion ?? '0.0.0',
      getAppPath: () => ctx.config.appPath,
      // The system's language: a British English desktop unless a test sets another.
      getLocale: () => ctx.config.locale ?? 'en-GB',
      getSystemLocale: () => ctx.config.locale ?? 'en-GB',
      getPreferredSystemLanguages: () => [ctx.config.locale ?? 'en-GB'],
      getPath(which) {
        const value = paths.get(which);
        if (!PATH_NAMES.includes(which) || value === undefined)
          throw new Error(`Failed to get '${which}' path`);
        return value;
      },
      setPath(which, value) {
        if (typeof value !== 'string' || !path.isAbsolute(value)) throw new Error('Path must be absolute');
        if (!fs.existsSync(value)) throw new Error(`Failed to set path`);
        paths.set(which, value);
        ctx.notify('app.setPath', { name: which, path: value });
      },
      requestSingleInstanceLock(additionalData) {
        if (lock !== null) return lock;
        lock = !ctx.config.lockHeld;
        if (!lock) {
          // Electron hands our argv to the running instance right away.
          ctx.notify('app.secondInstanceRequest', {
            argv: [...process.argv],
            workingDirectory: process.cwd(),
            additionalData: additionalData === undefined ? null : encode(additionalData),
          });
        }
        return lock;
      },
      hasSingleInstanceLock: () => lock === true,
      releaseSingleInstanceLock: () => void (lock = lock ? false : lock),
      quit() {
        if (quitting) return;
        const event = new ElectronEvent();
        app.emit('before-quit', event);
        if (event.defaultPrevented) return;
        quitting = true;
        setImmediate(() => void finishQuit());
      },
      exit(code = 0) {
        ctx.notify('app.exit', { code });
        ctx.exit(code);
      },
      relaunch(options = {}) {
        ctx.notify('app.relaunch', describe(options));
      },
      focus: () => {},
      hide: () => {},
      show: () => {},
      setAppUserModelId: () => {},
      disableHardwareAcceleration() {
        if (ctx.ready)
          throw new Error('app.disableHardwareAcceleration() can only be called before app is ready');
      },
      setLoginItemSettings(settings) {
        loginItem = { ...loginItem, ...settings };
      },
      getLoginItemSettings: () => ({ ...loginItem }),
      setAboutPanelOptions: () => {},
      setBadgeCount: () => true,
      getBadgeCount: () => 0,
    }),
  );
  Object.defineProperty(app, 'name', {
    get: () => name,
    set: (v) => {
      name = String(v);
    },
    enumerable: true,
  });
  app.isPackaged = false;
  app.commandLine = recorded(ctx, 'app.commandLine', {
    appendSwitch: (key, value = '') => void switches.set(key, String(value)),
    appendArgument: () => {},
    hasSwitch: (key) => switches.has(key),
    getSwitchValue: (key) => switches.get(key) ?? '',
    removeSwitch: (key) => void switches.delete(key),
  });

  async function finishQuit() {
    // Close every window; any that refuses (preventDefault on 'close') cancels the quit.
    const windows = electron.BrowserWindow.getAllWindows();
    await Promise.all(windows.map((win) => win._closeForQuit()));
    if (electron.BrowserWindow.getAllWindows().length > 0) {
      quitting = false;
      return;
    }
    const willQuit = new ElectronEvent();
    app.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      quitting = false;
      return;
    }
    app.emit('quit', new ElectronEvent(), 0);
    ctx.notify('app.quit', { code: 0 });
    ctx.exit(0);
  }

  /** Called by the windows module when the last window is gone. */
  app._lastWindowClosed = () => {
    if (quitting) return;
    // With no listener Electron quits; a tray app subscribes to stay alive.
    if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed');
    else app.quit();
  };
  app._isQuitting = () => quitting;

  ctx.becomeReady = () => {
    app.emit('will-finish-launching');
    ctx.ready = true;
    app.emit('ready', new ElectronEvent(), {});
    resolveReady();
    ctx.notify('app.ready');
  };

  /** Electron's default handler: print, show "A JavaScript error occurred…", keep running. */
  ctx.reportUncaught = (error) => {
    const stack = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    const message = error instanceof Error ? error.message : String(error);
    ctx.errors.push({ message, stack });
    process.stderr.write(`A JavaScript error occurred in the main process\nUncaught Exception:\n${stack}\n`);
    ctx.notify('app.uncaughtException', { message, stack });
    try {
      electron.dialog.showErrorBox(
        'A JavaScript error occurred in the main process',
        `Uncaught Exception:\n${stack}`,
      );
    } catch {
      // dialog not usable: the stderr line above is the report
    }
  };

  ctx.command('app.secondInstance', ({ argv, workingDirectory, additionalData }) => {
    if (!ctx.ready) throw new Error('second-instance before the app is ready');
    app.emit(
      'second-instance',
      new ElectronEvent(),
      argv,
      workingDirectory ?? process.cwd(),
      decode(additionalData) ?? null,
    );
    return null;
  });
  ctx.command('app.quit', () => (app.quit(), null));
  ctx.command('app.emit', ({ event, args = [] }) => (app.emit(event, new ElectronEvent(), ...args), null));

  ctx.snapshot('app', () => ({
    ready: ctx.ready,
    name,
    quitting,
    singleInstanceLock: lock,
    paths: Object.fromEntries(paths),
    loginItem,
    listeners: Object.fromEntries(app.eventNames().map((e) => [String(e), app.listenerCount(e)])),
  }));
  ctx.snapshot('errors', () => ctx.errors);

  return { app };
}
