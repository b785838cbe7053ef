/**
 * The app's behaviour behind its windows, tray and command line, free of
 * Electron: the IPC handler bodies, the settings commit (with the global
 * shortcut's rollback), the check-in offer, what the tray's and the command
 * line's commands do, and what closing the prompt or routine window means.
 *
 * The app runs it with Electron's ports (electron/main/index.ts), the browser
 * preview with the page's (renderer/src/bridge/preview-backend.ts), the tests
 * with fakes — so all three follow the same rules.
 */
import { checkSettingsPatch, mergeImport, type Settings } from '../settings';
import { settingsLabel } from '../settings/labels';
import { fieldIssue, issueText, type FieldIssue } from '../validation/issues';
import { ok, type Result } from '../util/result';
import type { BreakRecord } from '../history/types';
import { canCheckInToday, checkInLabel, makeCheckIn, type CheckIn } from '../history/checkin';
import type { RoutineChoices } from '../engine/types';
import { localDateOf, formatInstant } from '../time/zone';
import { engineEventOf, fromCliCommand, type AppCommand, type AppView } from '../commands';
import { secondInstanceCommands, type CliCommand } from '../cli';
import { trayModel, type TrayModel } from '../tray-model';
import { secondLaunchWindow, shouldShowWelcome } from '../welcome';
import { text, type Text } from '../../shared/i18n/text';
import {
  ipcFailure,
  type IpcErrorCode,
  type EventPayloads,
  type IpcResult,
  type RequestData,
  type Responses,
} from '../../shared/ipc-contract';
import type { EventName, InvokeName } from '../../shared/ipc-channels';
import type { DesktopSignalsReport } from '../../shared/desktop-signals';
import { withOwnRoutines } from './own-routines';
import { BreakService, type SendResult, type ServicePorts } from './break-service';

export type ShortcutProblem = 'invalid' | 'taken';

export interface Notice {
  title: Text;
  body: Text;
  onClick?: () => void;
}

/** The clock, scheduler and readings go straight through to the break service. */
export interface ControllerPorts extends Pick<
  ServicePorts,
  'now' | 'timezone' | 'idleSeconds' | 'busyReasons' | 'scheduler' | 'newId'
> {
  settings: {
    get(): Settings;
    update(patch: unknown): Result<Settings, FieldIssue[]>;
    replace(next: unknown): Result<Settings, FieldIssue[]>;
  };
  history: {
    append(record: BreakRecord): void;
    since(days: number, now: number): BreakRecord[];
    checkIns(): CheckIn[];
    addCheckIn(checkIn: CheckIn): void;
    /** "Delete my history". */
    clear(): { breaks: number; checkIns: number };
  };
  catalog: {
    /** `own`: one of the person's own routines (listed after the shipped ones). */
    routines: { id: string; title: string; setting: 'desk' | 'floor'; own?: boolean }[];
    choices: RoutineChoices;
    has(routineId: string): boolean;
    title(routineId: string): string | null;
    seconds(routineId: string): number;
  };
  windows: {
    show(view: 'prompt' | AppView): void;
    openRoutine(routineId: string, trigger: 'prompt' | 'on-demand'): void;
    closePrompt(): void;
    broadcast<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  };
  notify(notice: Notice): void;
  /** What each desktop signal can tell on this computer, measured now (for the settings window). */
  desktopSignals(): Promise<DesktopSignalsReport>;
  integration: {
    /** Registers the shortcut (or none for ''), returning why the system refused it. */
    applyShortcut(accelerator: string, onPress: () => void): ShortcutProblem | null;
    applyStartAtLogin(enabled: boolean): void;
    /** Light, dark or the system's theme for every window. */
    applyTheme(choice: Settings['app']['theme']): void;
    /**
     * The language ('system' or a tag) for the tray, notices and dialogs;
     * windows follow the setting. Resolves once the language is loaded.
     */
    applyLanguage(choice: Settings['app']['language']): void | Promise<void>;
  };
  /** The tray model changed (the shell redraws the tray). */
  trayChanged(model: TrayModel): void;
  quit(): void;
  log(message: string): void;
}

/** The handlers answer at once, except the desktop probe (it asks the system). */
export type InvokeHandlers = {
  [K in InvokeName]: (
    payload: RequestData<K>,
  ) => K extends 'getDesktopSignals' ? Promise<IpcResult<Responses[K]>> : IpcResult<Responses[K]>;
};

const fail = ipcFailure;

/** The catalog words each refusal; the IPC answer carries both the words and the reason code. */
export type Words = (value: Text) => string;

export function createAppController(shellPorts: ControllerPorts, words: Words) {
  // The person's own routines join the catalog for every question below (tray, start, titles, timing).
  const ports: ControllerPorts = {
    ...shellPorts,
    catalog: withOwnRoutines(shellPorts.catalog, () => shellPorts.settings.get()),
  };
  const refused = (refusal: NonNullable<SendResult['refusal']>): IpcResult<never> => ({
    ok: false,
    error: {
      code: 'refused',
      reason: refusal.reason,
      messages: [words(text(`refusal.${refusal.reason}`, refusal.params))],
    },
  });
  /** Refused input: each problem worded for the person (the field as they see it), and structured for the page. */
  const invalid = (code: IpcErrorCode, issues: FieldIssue[], label = settingsLabel) =>
    fail(
      code,
      issues.map((issue) => words(issueText(issue, label))),
      issues,
    );
  const unknownRoutine = (id: string) => fail('not-found', [words(text('refusal.unknown-routine', { id }))]);

  let checkInOfferedOn: string | null = null;
  /** The optional daily check-in is offered once a day, after the first break taken. */
  const offerCheckIn = (record: BreakRecord) => {
    if (!ports.settings.get().app.checkIn) return;
    if (!['completed', 'partial', 'natural'].includes(record.outcome)) return;
    const today = localDateOf(ports.now(), service.timezone).toString();
    if (checkInOfferedOn === today || !canCheckInToday(ports.history.checkIns(), today)) return;
    checkInOfferedOn = today;
    ports.notify({
      title: text('notice.checkIn.title'),
      body: text('notice.checkIn.body'),
      onClick: () => ports.windows.show('history'),
    });
  };

  const refreshTray = () => {
    ports.trayChanged(
      trayModel({
        status: service.status(),
        now: ports.now(),
        zone: service.timezone,
        routines: ports.catalog.routines,
      }),
    );
  };

  let ready = false;
  const service: BreakService = new BreakService(
    {
      now: ports.now,
      timezone: ports.timezone,
      idleSeconds: ports.idleSeconds,
      ...(ports.busyReasons ? { busyReasons: ports.busyReasons } : {}),
      scheduler: ports.scheduler,
      newId: ports.newId,
      routineSeconds: ports.catalog.seconds,
      showNotice: ({ routineId }) =>
        ports.notify({
          title: text('notice.headsUp.title'),
          body: text('notice.headsUp.body', { title: ports.catalog.title(routineId) ?? routineId }),
          onClick: () => {
            if (service.currentPrompt()) ports.windows.show('prompt');
            else {
              const { refusal } = service.send({ type: 'prompt-now' });
              if (refusal) ports.log(`heads-up clicked: ${refusal.reason}`);
            }
          },
        }),
      showPrompt: (prompt) => {
        ports.windows.show('prompt');
        ports.windows.broadcast('promptChanged', prompt);
      },
      closePrompt: () => {
        ports.windows.closePrompt();
        ports.windows.broadcast('promptChanged', null);
      },
      openRoutine: (routineId, trigger) => ports.windows.openRoutine(routineId, trigger),
      recordBreak: (record) => {
        ports.history.append(record);
        ports.windows.broadcast('historyChanged', null);
        offerCheckIn(record);
      },
      statusChanged: () => {
        if (ready) refreshTray();
      },
      log: ports.log,
    },
    ports.settings.get(),
    ports.catalog.choices,
  );

  const startSuggested = () => service.send({ type: 'start-routine', routineId: service.suggestedRoutine() });
  let applied: Settings['app'] = ports.settings.get().app;

  /** Registers the shortcut in the settings; tells the person once when the system refuses it. */
  const registerShortcut = (accelerator: string) =>
    ports.integration.applyShortcut(accelerator, startSuggested);

  /**
   * Saves valid settings and applies them. A global shortcut the system
   * refuses (another app holds it) refuses the whole change, and the old
   * shortcut stays registered.
   */
  const commitSettings = (
    candidate: Result<Settings, FieldIssue[]>,
    save: () => Result<Settings, FieldIssue[]>,
  ): IpcResult<Settings> => {
    if (!candidate.ok) return invalid('invalid-settings', candidate.error);
    const next = candidate.value.app;
    if (next.globalShortcut !== applied.globalShortcut) {
      const problem = registerShortcut(next.globalShortcut);
      if (problem) {
        registerShortcut(applied.globalShortcut);
        return invalid('invalid-settings', [
          fieldIssue(
            ['app', 'globalShortcut'],
            text(`shortcut.problem.${problem}`, { shortcut: next.globalShortcut }),
          ),
        ]);
      }
    }
    const saved = save();
    if (!saved.ok) return invalid('invalid-settings', saved.error);
    if (next.startAtLogin !== applied.startAtLogin) ports.integration.applyStartAtLogin(next.startAtLogin);
    if (next.theme !== applied.theme) ports.integration.applyTheme(next.theme);
    if (next.language !== applied.language) {
      // The Linux autostart entry's Comment is shown in the desktop's startup list: rewrite it in the new language.
      void Promise.resolve(ports.integration.applyLanguage(next.language)).then(
        () => {
          if (applied.startAtLogin) ports.integration.applyStartAtLogin(true);
        },
        (error: unknown) => ports.log(`language ${next.language} could not be applied: ${String(error)}`),
      );
    }
    applied = saved.value.app;
    service.send({ type: 'settings', settings: saved.value });
    ports.windows.broadcast('settingsChanged', saved.value);
    if (ready) refreshTray(); // the Start routine menu lists the person's own routines
    return ok(saved.value);
  };

  const handlers: InvokeHandlers = {
    getSettings: () => ok(ports.settings.get()),
    updateSettings: (patch) =>
      commitSettings(checkSettingsPatch(ports.settings.get(), patch), () => ports.settings.update(patch)),
    importSettings: ({ settings: imported }) => {
      // A partial file changes only what it holds (merged onto the current settings).
      const merged = mergeImport(ports.settings.get(), imported);
      return commitSettings(merged, () => (merged.ok ? ports.settings.replace(merged.value) : merged));
    },
    getCheckIns: () => ok(ports.history.checkIns()),
    saveCheckIn: (answers) => {
      const now = ports.now();
      const today = localDateOf(now, service.timezone).toString();
      if (!canCheckInToday(ports.history.checkIns(), today))
        return fail('refused', [words(text('refusal.checked-in-today'))]);
      const made = makeCheckIn(
        answers,
        formatInstant(now, service.timezone),
        service.timezone,
        ports.newId(),
      );
      if (!made.ok) return invalid('invalid-payload', made.issues, checkInLabel);
      ports.history.addCheckIn(made.value);
      ports.windows.broadcast('historyChanged', null);
      return ok(made.value);
    },
    getPrompt: () => ok(service.currentPrompt()),
    answerPrompt: ({ action, routineId }) => {
      if (routineId !== undefined && !ports.catalog.has(routineId)) return unknownRoutine(routineId);
      const { refusal } = service.send({ type: 'answer', action, ...(routineId ? { routineId } : {}) });
      return refusal ? refused(refusal) : ok({ prompt: service.currentPrompt() });
    },
    takeBreakNow: () => {
      const { refusal } = service.send({ type: 'break-now' });
      return refusal ? refused(refusal) : ok({ prompt: service.currentPrompt() });
    },
    startRoutine: ({ routineId }) => {
      if (!ports.catalog.has(routineId)) return unknownRoutine(routineId);
      const { refusal } = service.send({ type: 'start-routine', routineId });
      return refusal ? refused(refusal) : ok({ routineId });
    },
    finishRoutine: ({ outcome, secondsMoved, level }) => {
      const { refusal, records } = service.finishRoutine(outcome, secondsMoved, level ?? null);
      return refusal ? refused(refusal) : ok({ record: records[0] ?? null });
    },
    getHistory: ({ days }) => ok(ports.history.since(days, ports.now())),
    getDesktopSignals: async () => ok(await ports.desktopSignals()),
    clearHistory: () => {
      const counts = ports.history.clear();
      ports.windows.broadcast('historyChanged', null);
      return ok(counts);
    },
    pauseBreaks: () => {
      const { refusal } = service.send({ type: 'pause', request: { kind: 'indefinite' } });
      return refusal ? refused(refusal) : ok(null);
    },
  };

  /**
   * Runs one of the app's commands (tray, command line, shortcut). What was
   * not done goes to the log, prefixed with `source` (e.g. "--pause").
   */
  const run = (command: AppCommand, source: string = command.kind): void => {
    const event = engineEventOf(command);
    if (command.kind === 'start-routine' && !ports.catalog.has(command.routineId)) {
      ports.log(`${source}: no routine "${command.routineId}"`);
      return;
    }
    if (event) {
      const refusal = service.send(event).refusal;
      if (refusal) ports.log(`${source}: ${refusal.reason}`);
      return;
    }
    if (command.kind === 'show-prompt') {
      if (service.currentPrompt()) ports.windows.show('prompt');
    } else if (command.kind === 'open') ports.windows.show(command.view);
    else if (command.kind === 'quit') ports.quit();
  };

  const controller = {
    handlers,
    service,
    run,
    /** Engine events from the system (sleep, lock). */
    system(event: 'suspend' | 'resume' | 'lock' | 'unlock') {
      if (event === 'resume' || event === 'unlock') service.returned(event);
      else service.send({ type: event });
    },
    /**
     * The person closed the prompt window with its close button: that is an
     * answer — Snooze while snoozes are left, Skip when none are.
     */
    promptWindowClosed() {
      const prompt = service.currentPrompt();
      if (!prompt) return;
      service.send({ type: 'answer', action: prompt.snoozesLeft > 0 ? 'snooze' : 'skip' });
      ports.windows.broadcast('promptChanged', null);
    },
    /** The routine window closed before its page reported the end: a partial break. */
    routineWindowClosed() {
      if (service.routineRunning()) service.finishRoutine('partial', null);
    },
    /**
     * Unslouch was started again while it runs, with no command: the person may
     * not find the tray icon (GNOME without AppIndicator), so open a window.
     */
    launchedAgain() {
      ports.windows.show(secondLaunchWindow(ports.settings.get().app));
    },
    /** Starts the app's side effects: theme, shortcut and login item; the tray's first model. */
    start(): ShortcutProblem | null {
      ready = true;
      ports.integration.applyTheme(applied.theme);
      ports.integration.applyStartAtLogin(applied.startAtLogin);
      const problem = registerShortcut(applied.globalShortcut);
      if (problem) {
        ports.log(`shortcut ${applied.globalShortcut}: ${problem}`);
        ports.notify({
          title: text('notice.shortcut.title'),
          body: text('notice.shortcut.body', {
            problem: text(`shortcut.problem.${problem}`, { shortcut: applied.globalShortcut }),
          }),
        });
      }
      refreshTray();
      return problem;
    },
    /**
     * A first start opens the welcome, once (not after a settings recovery:
     * that person has used Unslouch before). The app calls this after start();
     * the browser preview does not (its page opens at the view it is given).
     */
    welcomeOnFirstStart(settingsRecovered: boolean) {
      if (shouldShowWelcome(applied, settingsRecovered)) ports.windows.show('welcome');
      if (applied.welcomeSeen) return;
      const marked = ports.settings.update({ app: { welcomeSeen: true } });
      if (marked.ok) applied = marked.value.app;
      else ports.log(`could not remember that the welcome was shown: ${marked.error.join('; ')}`);
    },
    refreshTray,
    /** A window closed: the prompt's and the routine's closes are answers (above); others mean nothing. */
    windowClosed(kind: string): void {
      if (kind === 'prompt') controller.promptWindowClosed();
      else if (kind === 'routine') controller.routineWindowClosed();
    },
    /** Runs the command line's commands, each logged as its flag (e.g. "--pause") when not done. */
    runCommandLine(commands: readonly CliCommand[]): void {
      for (const command of commands) {
        const appCommand = fromCliCommand(command);
        if (appCommand) run(appCommand, `--${command.kind}`);
      }
    },
    /**
     * Unslouch was started again while it runs: the second instance's
     * commands run here; bad ones are told, and none at all opens a window.
     */
    secondInstance(additionalData: unknown, argv: readonly string[]): void {
      const commands = secondInstanceCommands(additionalData, argv);
      if (!commands.ok) {
        ports.log(`second instance refused: ${words(commands.error)}`);
        ports.notify({ title: text('store.commandRefused.title'), body: commands.error });
        return;
      }
      if (commands.value.length === 0) controller.launchedAgain();
      controller.runCommandLine(commands.value);
    },
  };
  return controller;
}

export type AppController = ReturnType<typeof createAppController>;
