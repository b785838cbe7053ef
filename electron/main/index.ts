/**
 * Composition root: wires the adapters together. No business rules here —
 * they live in electron/core.
 */
import {
  app,
  dialog,
  globalShortcut,
  ipcMain,
  Notification,
  powerMonitor,
  protocol,
  type IpcMainInvokeEvent,
} from 'electron';
import { applySettingsPatch, loadSettings, type Settings } from '../core/settings';
import type { Result } from '../core/util/result';
import type { BreakRecord } from '../core/history/types';
import ElectronStore from 'electron-store';
import { CATALOG, getRoutine } from '../core/catalog';
import { CLI_USAGE, parseCommandLine, type CliCommand } from '../core/cli';
import { catalogRoutineChoices } from '../core/engine';
import { formatInstant, localDateOf } from '../core/time/zone';
import { canCheckInToday, makeCheckIn } from '../core/history/checkin';
import { randomUUID } from 'node:crypto';
import { trayModel, type TrayAction, type TrayModel } from '../core/tray-model';
import { EVENT_CHANNELS } from '../shared/ipc-channels';
import { serveAppRequest } from './app-protocol';
import { BreakService } from './break-service';
import { openHistoryStore } from './history-store';
import { registerIpcHandlers, type SenderInfo } from './ipc-router';
import { APP_ORIGIN, APP_SCHEME, builtPaths } from './paths';
import { installSecurityRules } from './security';
import { openSettingsStore, type CreateStore, type KeyValueStore } from './settings-store';
import { applyGlobalShortcut, applyStartAtLogin } from './app-integration';
import { installTestHooks } from './test-hooks';
import { AppTray, trayIconFile } from './tray';
import { createWakeScheduler } from './wake-scheduler';
import { WindowManager } from './windows';
import { applyTheme, followTheme } from './theme';
import { secondLaunchWindow, shouldShowWelcome } from './welcome';

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

const ok = <T>(value: T) => ({ ok: true as const, value });
const refused = (message: string) => ({
  ok: false as const,
  error: { code: 'refused' as const, messages: [message] },
});
const notFound = (id: string) => ({
  ok: false as const,
  error: { code: 'not-found' as const, messages: [`no routine "${id}"`] },
});
const systemZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

async function start(initialCommands: CliCommand[]): Promise<void> {
  await app.whenReady();
  installSecurityRules(log);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(builtPaths.renderer, request));

  const createStore: CreateStore = (options) =>
    new ElectronStore(options as ConstructorParameters<typeof ElectronStore>[0]) as KeyValueStore;
  const dir = app.getPath('userData');
  const settings = openSettingsStore({ dir, createStore });
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
  applyTheme(settings.get().app.theme);
  followTheme();
  const history = openHistoryStore({ dir, createStore, now: Date.now });
  if (history.dropped > 0) log(`${history.dropped} unreadable history record(s) were left out`);

  // A routine window closed before its page reported the end is a partial break
  // (the page's own report on close is best effort).
  /** The break the engine recorded last, so finishRoutine can answer with it. */
  let lastRecord: BreakRecord | null = null;

  // The optional daily check-in is offered once a day, after the first break taken.
  let checkInOfferedOn: string | null = null;
  const offerCheckIn = (record: BreakRecord) => {
    if (!settings.get().app.checkIn || !['completed', 'partial', 'natural'].includes(record.outcome)) return;
    const today = localDateOf(Date.now(), breaks?.timezone ?? systemZone()).toString();
    if (checkInOfferedOn === today || !canCheckInToday(history.checkIns(), today)) return;
    checkInOfferedOn = today;
    if (!Notification.isSupported()) return;
    const offer = new Notification({
      title: 'How is your back today?',
      body: 'A ten-second check-in. Click to answer.',
      silent: true,
    });
    offer.on('click', () => windows.show('history'));
    offer.show();
  };

  const windows = new WindowManager(builtPaths.preload, APP_ORIGIN, (kind) => {
    if (kind === 'routine' && breaks?.routineRunning())
      breaks.send({ type: 'finish-routine', outcome: 'partial' });
  });
  const scheduler = createWakeScheduler();
  let tray: AppTray | null = null;
  let breaks: BreakService | null = null;
  let lastTrayModel: TrayModel | null = null;

  const trayRoutines = CATALOG.routines.map((r) => ({ id: r.id, title: r.title, setting: r.setting }));
  const refreshTray = () => {
    if (!tray || !breaks) return;
    lastTrayModel = trayModel({
      status: breaks.status(),
      now: Date.now(),
      zone: breaks.timezone,
      routines: trayRoutines,
    });
    tray.update(lastTrayModel);
  };

  breaks = new BreakService(
    {
      now: Date.now,
      timezone: systemZone,
      idleSeconds: () => powerMonitor.getSystemIdleTime(),
      scheduler,
      showNotice: ({ routineId }) => {
        if (!Notification.isSupported()) return;
        const title = getRoutine(routineId)?.title ?? 'a short routine';
        const notice = new Notification({
          title: 'A break is coming up',
          body: `In a moment: ${title}.`,
          silent: true,
        });
        notice.on('click', () => {
          if (service.currentPrompt()) windows.show('prompt');
          else {
            const refusal = service.send({ type: 'prompt-now' });
            if (refusal) log(`heads-up clicked: ${refusal}`);
          }
        });
        notice.show();
      },
      showPrompt: (prompt) => {
        windows.show('prompt');
        windows.broadcast(EVENT_CHANNELS.promptChanged, prompt);
      },
      closePrompt: () => {
        windows.close('prompt');
        windows.broadcast(EVENT_CHANNELS.promptChanged, null);
      },
      openRoutine: (routineId, trigger) => windows.show('routine', { id: routineId, trigger }),
      recordBreak: (record) => {
        lastRecord = record;
        history.append(record);
        windows.broadcast(EVENT_CHANNELS.historyChanged, null);
        offerCheckIn(record);
      },
      statusChanged: () => refreshTray(),
      log,
    },
    settings.get(),
    catalogRoutineChoices(),
    formatInstant,
  );
  const service = breaks;

  const notify = (title: string, body: string) => {
    if (Notification.isSupported()) new Notification({ title, body, silent: true }).show();
  };
  const registerShortcut = (accelerator: string) =>
    applyGlobalShortcut(accelerator, () =>
      service.send({ type: 'start-routine', routineId: service.suggestedRoutine() }),
    );
  let applied: Settings['app'] = settings.get().app;
  applyStartAtLogin(applied.startAtLogin, log);
  const startupShortcutProblem = registerShortcut(applied.globalShortcut);
  if (startupShortcutProblem) {
    log(startupShortcutProblem);
    notify(
      'Unslouch shortcut not set',
      `Unslouch could not set its shortcut: ${startupShortcutProblem}. Choose another in Settings.`,
    );
  }
  app.on('will-quit', () => globalShortcut.unregisterAll());

  /**
   * Saves valid settings and applies them. A global shortcut the system
   * refuses (another app holds it) refuses the whole change, and the old
   * shortcut stays registered.
   */
  const commitSettings = (candidate: Result<Settings, string[]>, save: () => Result<Settings, string[]>) => {
    const invalid = (messages: string[]) => ({
      ok: false as const,
      error: { code: 'invalid-settings' as const, messages },
    });
    if (!candidate.ok) return invalid(candidate.error);
    const next = candidate.value.app;
    if (next.globalShortcut !== applied.globalShortcut) {
      const problem = registerShortcut(next.globalShortcut);
      if (problem) {
        registerShortcut(applied.globalShortcut);
        return invalid([`app.globalShortcut: ${problem}`]);
      }
    }
    const saved = save();
    if (!saved.ok) return invalid(saved.error);
    if (next.startAtLogin !== applied.startAtLogin) applyStartAtLogin(next.startAtLogin, log);
    if (next.theme !== applied.theme) applyTheme(next.theme);
    applied = saved.value.app;
    service.send({ type: 'settings', settings: saved.value });
    windows.broadcast(EVENT_CHANNELS.settingsChanged, saved.value);
    return ok(saved.value);
  };

  registerIpcHandlers(
    ipcMain,
    {
      getSettings: () => ok(settings.get()),
      updateSettings: (patch) =>
        commitSettings(applySettingsPatch(settings.get(), patch), () => settings.update(patch)),
      importSettings: ({ settings: imported }) =>
        commitSettings(loadSettings(imported), () => settings.replace(imported)),
      getCheckIns: () => ok(history.checkIns()),
      saveCheckIn: (answers) => {
        const now = Date.now();
        const today = localDateOf(now, service.timezone).toString();
        if (!canCheckInToday(history.checkIns(), today)) return refused('You have already checked in today.');
        const made = makeCheckIn(
          answers,
          formatInstant(now, service.timezone),
          service.timezone,
          randomUUID(),
        );
        if (!made.ok) return { ok: false, error: { code: 'invalid-payload', messages: made.messages } };
        history.addCheckIn(made.value);
        windows.broadcast(EVENT_CHANNELS.historyChanged, null);
        return ok(made.value);
      },
      getPrompt: () => ok(service.currentPrompt()),
      answerPrompt: ({ action, routineId }) => {
        if (routineId !== undefined && !getRoutine(routineId)) return notFound(routineId);
        const refusal = service.send({ type: 'answer', action, ...(routineId ? { routineId } : {}) });
        return refusal ? refused(refusal) : ok({ prompt: service.currentPrompt() });
      },
      startRoutine: ({ routineId }) => {
        if (!getRoutine(routineId)) return notFound(routineId);
        const refusal = service.send({ type: 'start-routine', routineId });
        return refusal ? refused(refusal) : ok({ routineId });
      },
      finishRoutine: ({ outcome }) => {
        lastRecord = null;
        const refusal = service.send({ type: 'finish-routine', outcome });
        return refusal ? refused(refusal) : ok({ record: lastRecord });
      },
      getHistory: ({ days }) => ok(history.since(days, Date.now())),
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

  const runTrayAction = (action: TrayAction) => {
    switch (action.kind) {
      case 'start-routine':
        service.send({ type: 'start-routine', routineId: action.routineId });
        break;
      case 'skip-next':
        service.send({ type: 'skip-next' });
        break;
      case 'pause':
        service.send({ type: 'pause', request: { kind: 'minutes', minutes: action.minutes } });
        break;
      case 'pause-tomorrow':
        service.send({ type: 'pause', request: { kind: 'tomorrow' } });
        break;
      case 'pause-indefinite':
        service.send({ type: 'pause', request: { kind: 'indefinite' } });
        break;
      case 'resume':
        service.send({ type: 'resume-breaks' });
        break;
      case 'open':
        windows.show(action.view);
        break;
      case 'quit':
        app.quit();
        break;
    }
  };

  const runCommands = (commands: CliCommand[]) => {
    for (const command of commands) {
      let refusal: string | null = null;
      switch (command.kind) {
        case 'settings':
          windows.show('settings');
          break;
        case 'start-routine':
          refusal = getRoutine(command.routineId)
            ? service.send({ type: 'start-routine', routineId: command.routineId })
            : `no routine "${command.routineId}"`;
          break;
        case 'pause':
          refusal = service.send({
            type: 'pause',
            request:
              'minutes' in command ? { kind: 'minutes', minutes: command.minutes } : { kind: 'tomorrow' },
          });
          break;
        case 'resume':
          refusal = service.send({ type: 'resume-breaks' });
          break;
        case 'skip':
          refusal = service.send({ type: 'skip-next' });
          break;
        case 'help':
          break;
      }
      if (refusal) log(`--${command.kind}: ${refusal}`);
    }
  };

  app.on('second-instance', (_event, argv, _cwd, additionalData) => {
    const data = additionalData as { commands?: CliCommand[] } | null;
    const fromArgv = parseCommandLine(argv.slice(1));
    const commands = Array.isArray(data?.commands) ? data.commands : fromArgv.ok ? fromArgv.value : [];
    if (commands.length === 0) windows.show(secondLaunchWindow(settings.get().app));
    runCommands(commands);
  });

  powerMonitor.on('suspend', () => service.send({ type: 'suspend' }));
  powerMonitor.on('resume', () => service.send({ type: 'resume' }));
  powerMonitor.on('lock-screen', () => service.send({ type: 'lock' }));
  powerMonitor.on('unlock-screen', () => service.send({ type: 'unlock' }));

  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => {});

  const resources = app.isPackaged ? process.resourcesPath : builtPaths.resources;
  try {
    tray = new AppTray((state) => trayIconFile(resources, process.platform, state), runTrayAction);
  } catch (error) {
    console.error(`unslouch: ${(error as Error).message}. Reinstall Unslouch to restore its icons.`);
    dialog.showErrorBox(
      'Unslouch cannot start',
      `${(error as Error).message}.\nReinstall Unslouch to restore its icons.`,
    );
    app.exit(1);
    return;
  }
  refreshTray();
  installTestHooks(() => lastTrayModel, runTrayAction);
  runCommands(initialCommands);
  if (shouldShowWelcome(settings.get().app, Boolean(settings.recovered))) windows.show('welcome');
  if (!settings.get().app.welcomeSeen) {
    const marked = settings.update({ app: { welcomeSeen: true } });
    if (marked.ok) applied = marked.value.app;
    else log(`could not remember that the welcome was shown: ${marked.error.join('; ')}`);
  }
  log('ready');
}
