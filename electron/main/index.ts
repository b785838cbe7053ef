/**
 * Composition root: wires the adapters together. No business rules here —
 * they live in electron/core.
 */
import { app, dialog, ipcMain, protocol, type IpcMainInvokeEvent } from 'electron';
import ElectronStore from 'electron-store';
import { CLI_USAGE, parseCommandLine, type CliCommand } from '../core/cli';
import { EVENT_CHANNELS } from '../shared/ipc-channels';
import { serveAppRequest } from './app-protocol';
import { registerIpcHandlers, type SenderInfo } from './ipc-router';
import { APP_ORIGIN, APP_SCHEME, builtPaths } from './paths';
import { installSecurityRules } from './security';
import { openSettingsStore, type KeyValueStore } from './settings-store';
import { createTray, trayIconFile } from './tray';
import { WindowManager } from './windows';

const log = (message: string) => console.log(`[unslouch] ${message}`);

// Lets test runs and portable setups keep their data apart from the real profile.
if (process.env.UNSLOUCH_USER_DATA) app.setPath('userData', process.env.UNSLOUCH_USER_DATA);

const parsed = parseCommandLine(process.argv.slice(1));
if (!parsed.ok) {
  console.error(`unslouch: ${parsed.error}`);
  app.exit(2);
} else if (parsed.value.some((c) => c.kind === 'help')) {
  console.log(CLI_USAGE);
  app.exit(0);
} else if (!app.requestSingleInstanceLock({ commands: parsed.value })) {
  // The running instance receives our commands through 'second-instance'.
  app.exit(0);
} else {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  void start(parsed.value);
}

async function start(initialCommands: CliCommand[]): Promise<void> {
  await app.whenReady();
  installSecurityRules(log);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(builtPaths.renderer, request));

  const settings = openSettingsStore({
    dir: app.getPath('userData'),
    createStore: (options) =>
      new ElectronStore(options as ConstructorParameters<typeof ElectronStore>[0]) as KeyValueStore,
  });
  if (settings.recovered) {
    const { backupPath, problems } = settings.recovered;
    log(`settings file was unusable (${problems.join('; ')}); kept as ${backupPath}`);
    void dialog.showMessageBox({
      type: 'warning',
      title: 'Unslouch',
      message: 'Your settings file could not be read, so Unslouch started with default settings.',
      detail: `${problems.join('\n')}\n\nThe old file was kept as:\n${backupPath}`,
    });
  }

  const windows = new WindowManager(builtPaths.preload, APP_ORIGIN);

  registerIpcHandlers(
    ipcMain,
    {
      getSettings: () => ({ ok: true, value: settings.get() }),
      updateSettings: (patch) => {
        const result = settings.update(patch);
        if (!result.ok) return { ok: false, error: { code: 'invalid-settings', messages: result.error } };
        windows.broadcast(EVENT_CHANNELS.settingsChanged, result.value);
        return { ok: true, value: result.value };
      },
    },
    {
      describeSender: (event): SenderInfo => {
        const e = event as IpcMainInvokeEvent;
        return { id: e.sender.id, frameUrl: e.senderFrame?.url ?? null };
      },
      isTrustedSender: (sender) =>
        windows.owns(sender.id) && sender.frameUrl !== null && sender.frameUrl.startsWith(`${APP_ORIGIN}/`),
      log,
    },
  );

  const runCommands = (commands: CliCommand[]) => {
    for (const command of commands) {
      if (command.kind === 'settings') windows.show('main');
      else log(`command --${command.kind} is not wired to the break engine yet`);
    }
  };

  app.on('second-instance', (_event, argv, _cwd, additionalData) => {
    const data = additionalData as { commands?: CliCommand[] } | null;
    const commands =
      data?.commands ??
      (() => {
        const fromArgv = parseCommandLine(argv.slice(1));
        return fromArgv.ok ? fromArgv.value : [];
      })();
    if (commands.length === 0) windows.show('main');
    runCommands(commands);
  });

  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => {});

  const tray = createTray(trayIconFile(builtPaths.resources, process.platform), {
    openApp: () => windows.show('main'),
    quit: () => app.quit(),
  });
  // Read by the e2e suite: Electron offers no way to list tray icons.
  (globalThis as { __unslouchTrayCount?: number }).__unslouchTrayCount = tray.isDestroyed() ? 0 : 1;
  runCommands(initialCommands);
  log('ready');
}
