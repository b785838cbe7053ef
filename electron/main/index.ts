/**
 * Composition root: creates the Electron adapters and wires them to the app
 * controller (electron/core/service/app-controller.ts), which holds the
 * behaviour. No business rules and no words here.
 */
import { randomUUID } from 'node:crypto';
import {
  app,
  dialog,
  globalShortcut,
  ipcMain,
  powerMonitor,
  protocol,
  screen,
  type IpcMainInvokeEvent,
} from 'electron';
import { CLI_USAGE, parseCommandLine, secondInstanceCommands, type CliCommand } from '../core/cli';
import { fromCliCommand } from '../core/commands';
import { createAppController } from '../core/service/app-controller';
import { catalogPort } from '../core/service/catalog-port';
import { literal, onLanguageChange, renderText, t, text } from '../shared/i18n';
import { EVENT_CHANNELS } from '../shared/ipc-channels';
import { serveAppRequest } from './app-protocol';
import { applyGlobalShortcut, applyStartAtLogin } from './app-integration';
import { HISTORY_LOG, LEGACY_HISTORY, openHistoryStore } from './history-store';
import { registerIpcHandlers, type SenderInfo } from './ipc-router';
import { createNotifier } from './notifier';
import { APP_ORIGIN, APP_SCHEME, builtPaths } from './paths';
import { installSecurityRules } from './security';
import { SETTINGS_FILE, openSettingsStore } from './settings-store';
import { removeStaleTemps } from './store-file';
import {
  commandRefused,
  historyNotSaved,
  historyStartNotice,
  settingsNotSaved,
  settingsRecovered,
  type PlainMessage,
} from './store-messages';
import { installTestHooks } from './test-hooks';
import { AppTray, trayIconFile } from './tray';
import { createWakeScheduler } from './wake-scheduler';
import { WindowManager } from './windows';
import { setupDesktopSignals } from './desktop/setup';
import { applyPlatformConventions } from './platform-conventions';
import { applyTheme, followTheme } from './theme';
import { applyLanguage } from './language';

const log = (message: string) => console.log(`[unslouch] ${message}`);
const systemZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

// Lets test runs and portable setups keep their data apart from the real profile.
if (process.env.UNSLOUCH_USER_DATA) app.setPath('userData', process.env.UNSLOUCH_USER_DATA);

const parsed = parseCommandLine(process.argv.slice(1));
/** Says something on the command line in the system's language, then exits. */
const sayAndExit = (say: () => void, code: number) =>
  void applyLanguage('system', log).finally(() => {
    say();
    app.exit(code);
  });
if (!parsed.ok) {
  sayAndExit(() => console.error(`unslouch: ${renderText(parsed.error)}`), 2);
} else if (parsed.value.some((c) => c.kind === 'help')) {
  sayAndExit(() => console.log(renderText(CLI_USAGE)), 0);
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
  // The system's language first (for anything told while the stores open), then the chosen one.
  await applyLanguage('system', log);
  applyPlatformConventions(app, process.platform);
  installSecurityRules(log);
  const notifier = createNotifier();
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(builtPaths.renderer, request));

  // The stores read and write their own files (no electron-store: its constructor adds an
  // ipcMain listener that answers any sender). Nothing here throws; problems are told once.
  const tell = ({ title, body }: PlainMessage) => {
    log(`${title}: ${body}`);
    notifier.notify({ title: literal(title), body: literal(body) });
  };
  const dir = app.getPath('userData');
  const staleTemps = removeStaleTemps(dir, [SETTINGS_FILE, HISTORY_LOG, LEGACY_HISTORY]);
  if (staleTemps.length > 0)
    log(`removed ${staleTemps.length} stale temporary file(s): ${staleTemps.join(', ')}`);
  const settings = openSettingsStore({
    dir,
    onProblem: ({ action, failure }) => {
      log(`settings ${action} failed: ${failure.detail}`);
      tell(settingsNotSaved(failure.reason));
    },
  });
  if (settings.recovered) {
    const { backupPath, details } = settings.recovered;
    log(
      `settings file was unusable (${details.join('; ')}); ${backupPath ? `kept as ${backupPath}` : 'left in place'}`,
    );
    const { title, body, detail } = settingsRecovered(settings.recovered);
    void dialog.showMessageBox({ type: 'warning', title, message: body, detail });
  }
  await applyLanguage(settings.get().app.language, log);
  const history = openHistoryStore({
    dir,
    now: Date.now,
    onProblem: ({ action, failure }) => {
      log(`history ${action} failed: ${failure.detail}`);
      tell(historyNotSaved(failure.reason));
    },
  });
  const historyNotice = historyStartNotice(history.startReport);
  if (historyNotice) tell(historyNotice);
  app.on('will-quit', () => history.flush());

  const windows = new WindowManager(builtPaths.preload, APP_ORIGIN, (kind) => {
    if (kind === 'routine') controller.routineWindowClosed();
    if (kind === 'prompt') controller.promptWindowClosed();
  });
  const desktop = setupDesktopSignals({
    platform: process.platform,
    powerMonitor,
    settings: () => settings.get(),
    ownPids: () => [process.pid, ...(app.getAppMetrics?.() ?? []).map((m) => m.pid)],
    displays: () => screen.getAllDisplays().map((d) => d.bounds),
    log,
  });
  app.on('will-quit', () => desktop.close());
  let tray: AppTray | null = null;
  let lastTrayModel: Parameters<AppTray['update']>[0] | null = null;

  const controller = createAppController(
    {
      now: Date.now,
      timezone: systemZone,
      idleSeconds: desktop.idleSeconds,
      busyReasons: desktop.busyReasons,
      scheduler: desktop.wrapScheduler(createWakeScheduler()),
      newId: randomUUID,
      settings,
      history,
      catalog: catalogPort(),
      windows: {
        show: (view) => windows.show(view),
        openRoutine: (id, trigger) => windows.show('routine', { id, trigger }),
        closePrompt: () => windows.close('prompt'),
        broadcast: (event, payload) => windows.broadcast(EVENT_CHANNELS[event], payload),
      },
      notify: notifier.notify,
      desktopSignals: () => desktop.availability(),
      integration: {
        applyShortcut: (accelerator, onPress) => applyGlobalShortcut(accelerator, onPress, log),
        applyStartAtLogin: (enabled) => applyStartAtLogin(enabled, log),
        applyTheme,
        applyLanguage: (choice) => void applyLanguage(choice, log),
      },
      trayChanged: (model) => {
        lastTrayModel = model;
        tray?.update(model);
      },
      quit: () => app.quit(),
      log,
    },
    (value) => renderText(value),
  );

  registerIpcHandlers(ipcMain, controller.handlers, {
    describeSender: (event): SenderInfo => {
      const e = event as IpcMainInvokeEvent;
      return { id: e.sender.id, frameUrl: e.senderFrame?.url ?? null };
    },
    isTrustedSender: (sender) =>
      windows.owns(sender.id) && sender.frameUrl !== null && sender.frameUrl.startsWith(`${APP_ORIGIN}/`),
    log,
  });

  const runCommands = (commands: CliCommand[]) => {
    for (const command of commands) {
      const appCommand = fromCliCommand(command);
      if (appCommand) controller.run(appCommand, `--${command.kind}`);
    }
  };
  app.on('second-instance', (_event, argv, _cwd, additionalData) => {
    const commands = secondInstanceCommands(additionalData, argv);
    if (!commands.ok) {
      tell(commandRefused(renderText(commands.error)));
      return;
    }
    if (commands.value.length === 0) controller.launchedAgain();
    runCommands(commands.value);
  });

  for (const event of ['suspend', 'resume', 'lock-screen', 'unlock-screen'] as const)
    powerMonitor.on(event as 'suspend', () =>
      controller.system(event === 'lock-screen' ? 'lock' : event === 'unlock-screen' ? 'unlock' : event),
    );
  desktop.onLock((locked) => controller.system(locked ? 'lock' : 'unlock'));
  app.on('will-quit', () => globalShortcut.unregisterAll());
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => {});

  const resources = app.isPackaged ? process.resourcesPath : builtPaths.resources;
  try {
    tray = new AppTray(
      (state) => trayIconFile(resources, process.platform, state),
      (action) => controller.run(action),
    );
  } catch (error) {
    const problem = (error as Error).message;
    console.error(`unslouch: ${problem}. Reinstall Unslouch to restore its icons.`);
    dialog.showErrorBox(
      t('dialog.cannotStart.title'),
      renderText(text('dialog.trayIconMissing', { problem })),
    );
    app.exit(1);
    return;
  }
  followTheme();
  onLanguageChange(() => controller.refreshTray());
  controller.start();
  installTestHooks(
    () => lastTrayModel,
    (action) => controller.run(action),
  );
  runCommands(initialCommands);
  controller.welcomeOnFirstStart(Boolean(settings.recovered));
  log('ready');
}
