/**
 * Composition root: creates the Electron adapters and wires them to the app
 * controller (electron/core/service/app-controller.ts), which holds the
 * behaviour. No business rules and no words here.
 */
import { randomUUID } from 'node:crypto';
import { app, dialog, globalShortcut, ipcMain, powerMonitor, protocol, screen } from 'electron';
import { launchOf, type CliCommand } from '../core/cli';
import { createAppController } from '../core/service/app-controller';
import { catalogPort } from '../core/service/catalog-port';
import { systemTimeZone } from '../core/time/zone';
import { onLanguageChange, renderText } from '../shared/i18n';
import { EVENT_CHANNELS } from '../shared/ipc-channels';
import { serveAppRequest } from './app-protocol';
import { applyGlobalShortcut, applyStartAtLogin } from './app-integration';
import { sayAndExit } from './command-line';
import { registerIpcHandlers } from './ipc-router';
import { appSenderChecks } from './ipc-senders';
import { createNotifier } from './notifier';
import { appStoreReports, openAppHistory, openAppSettings, removeStaleStoreTemps } from './open-stores';
import { APP_ORIGIN, APP_SCHEME, builtPaths } from './paths';
import { installSecurityRules } from './security';
import { startTray } from './start-tray';
import { createTraySlot } from './tray-slot';
import { forwardSystemEvents } from './system-events';
import { installTestHooks, scriptedDesktopPorts } from './test-hooks';
import { createWakeScheduler } from './wake-scheduler';
import { WindowManager } from './windows';
import { setupDesktopSignals } from './desktop/setup';
import { applyPlatformConventions } from './platform-conventions';
import { applyTheme, followTheme } from './theme';
import { applyLanguage } from './language';

const log = (message: string) => console.log(`[unslouch] ${message}`);

// Lets test runs and portable setups keep their data apart from the real profile.
if (process.env.UNSLOUCH_USER_DATA) app.setPath('userData', process.env.UNSLOUCH_USER_DATA);

const launch = launchOf(process.argv.slice(1));
if (launch.kind === 'say') {
  sayAndExit(launch, log);
} else if (!app.requestSingleInstanceLock({ commands: launch.commands })) {
  // The running instance receives our commands through 'second-instance'.
  app.exit(0);
} else {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  void start(launch.commands);
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
  const reports = appStoreReports(log, notifier.notify, (options) => dialog.showMessageBox(options));
  const dir = app.getPath('userData');
  removeStaleStoreTemps(dir, log);
  const settings = openAppSettings(dir, reports);
  await applyLanguage(settings.get().app.language, log);
  const history = openAppHistory(dir, reports, Date.now);
  app.on('will-quit', () => history.flush());

  const windows = new WindowManager(builtPaths.preload, APP_ORIGIN, (kind) => controller.windowClosed(kind));
  const desktop = setupDesktopSignals({
    platform: process.platform,
    powerMonitor,
    settings: () => settings.get(),
    ownPids: () => [process.pid, ...(app.getAppMetrics?.() ?? []).map((m) => m.pid)],
    displays: () => screen.getAllDisplays().map((d) => d.bounds),
    log,
    ...(scriptedDesktopPorts() ?? {}),
  });
  app.on('will-quit', () => desktop.close());
  const tray = createTraySlot();

  const controller = createAppController(
    {
      now: Date.now,
      timezone: systemTimeZone,
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
        applyLanguage: async (choice) => void (await applyLanguage(choice, log)),
      },
      trayChanged: tray.update,
      quit: () => app.quit(),
      log,
    },
    (value) => renderText(value),
  );

  registerIpcHandlers(ipcMain, controller.handlers, {
    ...appSenderChecks((id) => windows.owns(id), APP_ORIGIN),
    log,
  });
  app.on('second-instance', (_event, argv, _cwd, additionalData) =>
    controller.secondInstance(additionalData, argv),
  );
  forwardSystemEvents(powerMonitor, desktop.onLock, desktop.sampleBeforeReturns(controller.system));
  app.on('will-quit', () => globalShortcut.unregisterAll());
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => {});

  const resources = app.isPackaged ? process.resourcesPath : builtPaths.resources;
  const appTray = startTray(
    resources,
    process.platform,
    (action) => controller.run(action),
    (title, content) => dialog.showErrorBox(title, content),
  );
  if (!appTray) {
    app.exit(1);
    return;
  }
  tray.attach(appTray);
  followTheme();
  onLanguageChange(() => controller.refreshTray());
  controller.start();
  installTestHooks(tray.latest, (action) => controller.run(action));
  controller.runCommandLine(initialCommands);
  controller.welcomeOnFirstStart(Boolean(settings.recovered));
  log('ready');
}
