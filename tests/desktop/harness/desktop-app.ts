/**
 * The API specs use: launch the built app under the fake Electron, look at
 * its tray, windows and dialogs, act as the person would, and stop it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { AppProcess, type ExitInfo } from './app-process';
import { PageBridge, type PageEntry } from './pages';
import type {
  CallRecord,
  ClockStep,
  Counts,
  DialogRecord,
  HarnessState,
  NotificationInfo,
  TrayInfo,
  WindowInfo,
} from './wire';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The built app to run: the repo's out/, or another unpacked app root (UNSLOUCH_DESKTOP_APP_ROOT). */
export const APP_ROOT = path.resolve(process.env.UNSLOUCH_DESKTOP_APP_ROOT ?? REPO_ROOT);
const PATH_NAMES = [
  'home',
  'appData',
  'sessionData',
  'temp',
  'desktop',
  'documents',
  'downloads',
  'logs',
  'crashDumps',
];

export interface LaunchOptions {
  /** Command-line arguments, as after `electron .` */
  args?: string[];
  /** Reuse a userData directory (a relaunch); by default a fresh temp dir. */
  userDataPath?: string;
  /** Files written into userData before the start: { 'settings.json': '…' }. */
  userDataFiles?: Record<string, string | Buffer>;
  /**
   * A first start on a fresh profile: the app opens its welcome window. By
   * default a fresh userData holds a settings file saying the welcome was
   * seen (a person who has used Unslouch), so other specs start with no window.
   */
  firstRun?: boolean;
  /** Paths (relative to the app root) left out of a private copy of the built app, e.g. 'resources/tray/tray.png'. */
  withoutAppFiles?: string[];
  /** Extra environment for the app process. */
  env?: Record<string, string>;
  /** How long to wait for app 'ready' (or an early exit). */
  timeoutMs?: number;
  /**
   * Runs the app process on a simulated clock starting at this instant
   * ('2026-03-23T08:55:00+01:00', epoch ms or a Date): Date and the timer
   * functions only move with advanceClock()/setClock(). Without it, the real clock.
   */
  clock?: string | number | Date;
  /** The app process's time zone (TZ), e.g. 'Europe/Berlin'. */
  timezone?: string;
  /**
   * The Linux session Electron runs in: on 'wayland' powerMonitor's idle time
   * stays 0 (electron#27912, #34826). Default 'x11'. Pair 'wayland' with a
   * fake desktop's env (tests/support/fake-desktop-bus.ts) so the app can ask Mutter.
   */
  linuxSession?: 'x11' | 'wayland';
  /** The system's language (app.getLocale(), getPreferredSystemLanguages()); default en-GB. */
  locale?: string;
}

/**
 * The desktop the app would otherwise find around the test process (a
 * developer's real GNOME session, its D-Bus, its X display) is kept out:
 * a spec brings its own through `env` (a fake desktop bus).
 */
const DESKTOP_ENV = [
  'DBUS_SESSION_BUS_ADDRESS',
  'DISPLAY',
  'WAYLAND_DISPLAY',
  'XDG_SESSION_TYPE',
  'XDG_CURRENT_DESKTOP',
  'XDG_SESSION_ID',
  'DESKTOP_SESSION',
];
/** No system bus unless a spec gives one (logind must not be the machine's). */
const NO_SYSTEM_BUS = 'unix:path=/nonexistent/unslouch-harness-has-no-system-bus';

/** Harness events a clock move can stop at (see DesktopApp.advanceClock). */
export type ClockStop = 'window' | 'window-closed' | 'notification';
const CLOCK_STOP_EVENTS: Record<ClockStop, string> = {
  window: 'window.created',
  'window-closed': 'window.closed',
  notification: 'notification.shown',
};

function toEpochMs(at: string | number | Date): number {
  const ms = typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (!Number.isFinite(ms)) throw new Error(`not an instant: ${String(at)}`);
  return ms;
}

/** Keeps which live app holds the single-instance lock of a userData dir, as Electron does. */
export class InstanceRegistry {
  private readonly holders = new Map<string, DesktopApp>();
  holder(userData: string): DesktopApp | undefined {
    return this.holders.get(path.resolve(userData));
  }
  claim(userData: string, app: DesktopApp): void {
    const key = path.resolve(userData);
    this.holders.set(key, app);
    void app.exited.then(() => {
      if (this.holders.get(key) === app) this.holders.delete(key);
    });
  }
}

export interface Launcher {
  browser: Browser;
  registry: InstanceRegistry;
  /** Temp dirs to remove after the test. */
  tempDirs: string[];
}

export class TrayHandle implements TrayInfo {
  id!: number;
  tooltip!: string;
  title!: string;
  image!: TrayInfo['image'];
  menu!: TrayInfo['menu'];
  constructor(
    info: TrayInfo,
    private readonly app: DesktopApp,
  ) {
    Object.assign(this, info);
  }
  /** Top-level menu labels, separators and hidden items left out. */
  get menuLabels(): string[] {
    return (this.menu ?? []).filter((i) => i.type !== 'separator' && i.visible).map((i) => i.label);
  }
  /** Picks a menu item as a person would: 'Quit', or ['Start routine', 'Upper back']. */
  async clickMenu(labels: string | string[]): Promise<void> {
    await this.app.command('tray.clickMenu', {
      trayId: this.id,
      labels: typeof labels === 'string' ? [labels] : labels,
    });
  }
  async click(button: 'left' | 'right' | 'double' = 'left'): Promise<void> {
    await this.app.command('tray.click', { trayId: this.id, button });
  }
}

export class WindowHandle implements WindowInfo {
  id!: number;
  webContentsId!: number;
  url!: string;
  title!: string;
  visible!: boolean;
  minimized!: boolean;
  focused!: boolean;
  bounds!: WindowInfo['bounds'];
  backgroundColor!: string;
  zoomFactor!: number;
  options!: Record<string, unknown>;
  listeners!: Record<string, number>;
  constructor(
    info: WindowInfo,
    private readonly entry: PageEntry | undefined,
    private readonly app: DesktopApp,
  ) {
    Object.assign(this, info);
  }
  /** The hash route of the URL: '#/settings'. */
  get route(): string {
    return new URL(this.url || 'about:blank').hash;
  }
  /** What the window shows, from its route: 'settings' for '#/settings?x=1'. */
  get kind(): string {
    return this.route.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  }
  /** The Chromium page showing this window. */
  get page(): Page {
    if (!this.entry) throw new Error(`window ${this.id} has no page (it never loaded a URL)`);
    return this.entry.page;
  }
  /** Console errors and uncaught errors of the page so far (CSP violations included). */
  get consoleErrors(): string[] {
    return this.entry?.consoleErrors ?? [];
  }
  get popups(): { url: string; action: string }[] {
    return this.entry?.popups ?? [];
  }
  /**
   * The person closes the window (title-bar ×). Resolves when its page is
   * gone, or at once if the app kept the window (prevented 'close').
   */
  async close(): Promise<void> {
    await this.app.command('window.close', { windowId: this.id });
    // Events come before the reply on the same stream: the destroy is known by now.
    const destroyed = this.app.proc.events.some(
      (e) => e.name === 'window.closed' && e.data.windowId === this.id,
    );
    if (destroyed) await this.entry?.closed;
  }
  async minimize(): Promise<void> {
    await this.app.command('window.minimize', { windowId: this.id });
  }
  /** How many ipcRenderer listeners the page's preload holds. */
  rendererListenerCount(): Promise<number> {
    if (!this.entry) return Promise.resolve(0);
    return this.app.bridge.rendererListenerCount(this.entry);
  }
}

export class DesktopApp {
  readonly exited: Promise<ExitInfo>;

  constructor(
    readonly proc: AppProcess,
    readonly bridge: PageBridge,
    readonly userDataPath: string,
    readonly appRoot: string,
    readonly args: string[],
  ) {
    this.exited = proc.exited;
  }

  static async launch(launcher: Launcher, options: LaunchOptions = {}): Promise<DesktopApp> {
    const appRoot = options.withoutAppFiles?.length
      ? copyApp(options.withoutAppFiles, launcher.tempDirs)
      : APP_ROOT;
    const main = path.join(appRoot, 'out/main/index.js');
    if (!fs.existsSync(main)) throw new Error(`${main} is missing: build first (npx electron-vite build)`);

    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-desktop-'));
    launcher.tempDirs.push(base);
    let userDataPath = options.userDataPath;
    if (!userDataPath) {
      userDataPath = path.join(base, 'userData');
      fs.mkdirSync(userDataPath);
    }
    const files = { ...options.userDataFiles };
    if (!options.userDataPath && !options.firstRun && !('settings.json' in files)) {
      files['settings.json'] = JSON.stringify({ settings: { app: { welcomeSeen: true } } });
    }
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(userDataPath, name)), { recursive: true });
      fs.writeFileSync(path.join(userDataPath, name), content);
    }
    const paths: Record<string, string> = {
      userData: userDataPath,
      exe: process.execPath,
      module: process.execPath,
    };
    for (const name of PATH_NAMES) {
      paths[name] = path.join(base, name);
      fs.mkdirSync(paths[name]!);
    }

    const pkg = JSON.parse(fs.readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as {
      name: string;
      productName?: string;
      version: string;
    };
    const electronVersion = (
      JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    const holder = launcher.registry.holder(userDataPath);
    const args = options.args ?? [];
    const env: Record<string, string | undefined> = { ...process.env };
    for (const name of DESKTOP_ENV) delete env[name];
    env.DBUS_SYSTEM_BUS_ADDRESS = NO_SYSTEM_BUS;
    Object.assign(env, options.env);
    if (options.timezone) env.TZ = options.timezone;
    delete env.UNSLOUCH_USER_DATA; // the app must find userData through app.getPath
    delete env.NODE_OPTIONS;
    const proc = new AppProcess(
      {
        main,
        appPath: appRoot,
        args,
        paths,
        appName: pkg.productName ?? pkg.name,
        appVersion: pkg.version,
        electronVersion,
        lockHeld: holder !== undefined && holder.running,
        clock: options.clock === undefined ? null : toEpochMs(options.clock),
        linuxSession: options.linuxSession ?? 'x11',
        ...(options.locale ? { locale: options.locale } : {}),
      },
      env,
    );

    const bridge = new PageBridge(launcher.browser, proc, { platform: process.platform, electronVersion });
    proc.onEvent((event) => bridge.handle(event));

    const app = new DesktopApp(proc, bridge, userDataPath, appRoot, args);
    if (holder && holder.running) {
      // Electron hands a second instance's argv to the one holding the lock.
      proc.onEvent((event) => {
        if (event.name !== 'app.secondInstanceRequest') return;
        void holder
          .command('app.secondInstance', event.data)
          .catch((e: Error) => bridge.problems.push(`second-instance: ${e.message}`));
      });
    } else {
      launcher.registry.claim(userDataPath, app);
    }

    const timeout = options.timeoutMs ?? 15_000;
    await Promise.race([proc.waitForEvent('app.ready', undefined, timeout), proc.exited]).catch(
      (e: Error) => {
        throw new Error(`${e.message}\nstdout:\n${proc.stdout}\nstderr:\n${proc.stderr}`);
      },
    );
    return app;
  }

  get running(): boolean {
    return this.proc.running;
  }
  get stdout(): string {
    return this.proc.stdout;
  }
  get stderr(): string {
    return this.proc.stderr;
  }
  /** null while the app runs. */
  get exitCode(): number | null {
    return this.proc.exit?.code ?? null;
  }

  async waitForExit(timeoutMs = 10_000): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const info = await Promise.race([
      this.proc.exited,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the app did not exit within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
    return info.code;
  }

  /** Runs a fake-electron command in the app process (escape hatch for new APIs). */
  command<T = unknown>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    return this.proc.call<T>(name, params);
  }

  /** The fake Electron's state; after the app exited, the state it exited with. */
  async state(): Promise<HarnessState> {
    return this.live('harness.state', (last) => last.state);
  }

  /** A query to the live app, or the answer from its final state once it has exited. */
  private async live<T>(
    name: string,
    fromFinal: (last: { state: HarnessState; calls: CallRecord[] }) => T,
  ): Promise<T> {
    const final = () => {
      const last = this.proc.events.find((e) => e.name === 'process.exit')?.data as
        { state?: HarnessState; calls?: CallRecord[] } | undefined;
      if (!last?.state || !last.calls) {
        throw new Error(`the app exited (code ${this.exitCode}) without leaving its final state`);
      }
      return fromFinal({ state: last.state, calls: last.calls });
    };
    if (!this.running) return final();
    try {
      return await this.command<T>(name);
    } catch (error) {
      if (!this.running) return final();
      throw error;
    }
  }

  async trays(): Promise<TrayHandle[]> {
    return (await this.state()).trays.map((t) => new TrayHandle(t, this));
  }

  /** The tray icon, waiting for the app to create it. */
  async tray(timeoutMs = 10_000): Promise<TrayHandle> {
    const trays = await this.waitFor(
      async () => {
        const list = await this.trays();
        return list.length > 0 ? list : null;
      },
      timeoutMs,
      'a tray icon',
    );
    if (trays.length > 1) throw new Error(`the app has ${trays.length} tray icons`);
    return trays[0]!;
  }

  async windows(): Promise<WindowHandle[]> {
    return (await this.state()).windows.map(
      (w) => new WindowHandle(w, this.bridge.entries.get(w.webContentsId), this),
    );
  }

  /** A live window whose URL ends with `route` (e.g. '#/settings'), once its page has loaded. */
  waitForWindow(route: string | RegExp, timeoutMs = 10_000): Promise<WindowHandle> {
    const matches = (url: string) => (typeof route === 'string' ? url.endsWith(route) : route.test(url));
    return this.waitFor(
      async () => {
        const found = (await this.windows()).find((w) => matches(w.url));
        const entry = found && this.bridge.entries.get(found.webContentsId);
        return found && entry?.loaded ? found : null;
      },
      timeoutMs,
      `a window on ${String(route)}`,
    );
  }

  async dialogs(): Promise<DialogRecord[]> {
    return (await this.state()).dialogs;
  }

  /** Errors the main process did not catch (Electron reports them in a dialog and keeps running). */
  async errors(): Promise<HarnessState['errors']> {
    return (await this.state()).errors;
  }

  async calls(filter: { api?: string; method?: string; target?: number } = {}): Promise<CallRecord[]> {
    const all = await this.live('harness.calls', (last) => last.calls);
    return all.filter(
      (c) =>
        (filter.api === undefined || c.api === filter.api) &&
        (filter.method === undefined || c.method === filter.method) &&
        (filter.target === undefined || c.target === filter.target),
    );
  }

  /** Live windows, webContents, handlers and listeners in the app, plus open Chromium pages. */
  async counts(): Promise<Counts & { pages: number }> {
    const counts = (await this.state()).counts;
    return { ...counts, pages: this.bridge.pageCount() };
  }

  /** Emits 'second-instance' directly, as if `unslouch …args` had been started again. */
  async secondInstance(args: string[], additionalData?: unknown): Promise<void> {
    await this.command('app.secondInstance', {
      argv: [process.execPath, this.appRoot, ...args],
      workingDirectory: this.appRoot,
      additionalData: additionalData === undefined ? null : v8.serialize(additionalData).toString('base64'),
    });
  }

  /**
   * Opens a page that is NOT one of the app's windows (a stray renderer), with
   * the app's preload, at `url` (a stub page; there is no network).
   */
  async openForeignPage(url: string): Promise<Page> {
    const preload = path.join(this.appRoot, 'out/preload/index.cjs');
    const entry = await this.bridge.openDetached(url, preload);
    return entry.page;
  }

  // --- simulated time, presence and notifications --------------------------------------

  /** The app process's clock (launchApp({ clock })), epoch ms. */
  async now(): Promise<number> {
    return (await this.command<{ now: number }>('clock.now')).now;
  }

  /**
   * Moves the app's simulated clock forward by `ms`, firing its due timers in
   * order (the app's wake-ups). With `until`, stops right after the wake-up
   * that opened a window / closed one / showed a notification: the clock
   * stays at that instant (`stoppedOn` says which, null if none happened).
   */
  async advanceClock(ms: number, options: { until?: ClockStop | ClockStop[] } = {}): Promise<ClockStep> {
    return this.command<ClockStep>('clock.advance', { ms, stopOn: stopEvents(options.until) });
  }

  /** Moves the app's simulated clock forward to an instant ('2026-03-23T09:30:00+01:00'). */
  async setClock(
    at: string | number | Date,
    options: { until?: ClockStop | ClockStop[] } = {},
  ): Promise<ClockStep> {
    return this.command<ClockStep>('clock.set', { at: toEpochMs(at), stopOn: stopEvents(options.until) });
  }

  /** Pending simulated timers, timers fired so far, node-schedule jobs. */
  async clockInfo(): Promise<{
    now: number;
    nowIso: string;
    fired: number;
    timers: { id: number; at: string; delay: number; repeat: boolean; ref: boolean }[];
    scheduledJobs: number | null;
  }> {
    return this.command('clock.info');
  }

  /**
   * The person's last input was `seconds` ago and they stay away: the system
   * idle time grows with the clock from here.
   */
  async setIdle(seconds: number): Promise<void> {
    await this.command('powerMonitor.setIdle', { seconds });
  }

  /** The person is at the keyboard (system idle time 0) and stays there. */
  async setActive(): Promise<void> {
    await this.command('powerMonitor.setIdle', { active: true });
  }

  /** The system sleeps, wakes, locks or unlocks: powerMonitor emits the event. */
  async power(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'shutdown'): Promise<void> {
    await this.command('powerMonitor.emit', { event });
  }

  /** Every notification the app made, in order (title, body, shownAt by the app's clock). */
  async notifications(): Promise<NotificationInfo[]> {
    return (await this.state()).notifications;
  }

  /** The person clicks a notification on screen: its 'click' event fires in the app. */
  async clickNotification(id: number): Promise<void> {
    await this.command('notification.click', { id });
  }

  /** The tray's status line (the first, disabled menu item). */
  async statusLine(): Promise<string> {
    const tray = await this.tray();
    return tray.menu?.[0]?.label ?? '';
  }

  /** Asks the app to quit (as the OS or a Quit menu would) and waits for the exit code. */
  async quit(timeoutMs = 10_000): Promise<number | null> {
    await this.command('app.quit');
    return this.waitForExit(timeoutMs);
  }

  /** Ends everything: the app process (killed if still running) and its Chromium context. */
  async close(): Promise<void> {
    await this.proc.kill();
    await this.bridge.close();
  }

  /** Harness-side problems (not the app's): a spec may assert there are none. */
  get harnessProblems(): string[] {
    return this.bridge.problems;
  }

  private async waitFor<T>(probe: () => Promise<T | null>, timeoutMs: number, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.running)
        throw new Error(`waiting for ${what}: the app exited (code ${this.exitCode})\n${this.stderr}`);
      const value = await probe();
      if (value !== null) return value;
      if (Date.now() > deadline)
        throw new Error(`waited ${timeoutMs} ms for ${what}\nstderr:\n${this.stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

function stopEvents(until: ClockStop | ClockStop[] | undefined): string[] {
  if (until === undefined) return [];
  return (Array.isArray(until) ? until : [until]).map((name) => {
    const event = CLOCK_STOP_EVENTS[name];
    if (!event) throw new Error(`advanceClock: unknown stop "${String(name)}"`);
    return event;
  });
}

/** A private copy of the built app without some files (node_modules linked, not copied). */
function copyApp(without: string[], tempDirs: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-app-'));
  tempDirs.push(root);
  for (const part of ['out', 'resources', 'package.json']) {
    fs.cpSync(path.join(APP_ROOT, part), path.join(root, part), { recursive: true });
  }
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  for (const relative of without) {
    const target = path.join(root, relative);
    if (!fs.existsSync(target)) throw new Error(`withoutAppFiles: ${relative} is not in the built app`);
    fs.rmSync(target, { recursive: true });
  }
  return root;
}
