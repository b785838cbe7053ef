/**
 * What the fake Electron in the app process reports (see fake-electron/*.mjs,
 * the `ctx.snapshot(...)` calls). Types for the test side only.
 */

export interface MenuItemInfo {
  id: string | null;
  label: string;
  type: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio' | 'header' | 'palette';
  role: string | null;
  enabled: boolean;
  visible: boolean;
  checked: boolean;
  accelerator: string | null;
  sublabel: string | null;
  submenu: MenuItemInfo[] | null;
}

export interface ImageInfo {
  nativeImage: string;
  empty: boolean;
  width: number;
  height: number;
}

export interface TrayInfo {
  id: number;
  tooltip: string;
  title: string;
  image: ImageInfo;
  menu: MenuItemInfo[] | null;
}

export interface WindowInfo {
  id: number;
  webContentsId: number;
  /** The app's view of the URL (app://unslouch/…), not Chromium's. */
  url: string;
  title: string;
  visible: boolean;
  minimized: boolean;
  focused: boolean;
  bounds: { x: number; y: number; width: number; height: number };
  /** What setBackgroundColor()/the backgroundColor option last set ('#RRGGBB'). */
  backgroundColor: string;
  /** The page's zoom factor (1 = 100 %). */
  zoomFactor: number;
  options: Record<string, unknown>;
  listeners: Record<string, number>;
}

export interface DialogRecord {
  kind: 'messageBox' | 'messageBoxSync' | 'errorBox' | 'open' | 'save';
  windowId: number | null;
  type?: string;
  title?: string;
  message?: string;
  detail?: string;
  content?: string;
  buttons?: string[];
  response?: number;
  [key: string]: unknown;
}

export interface CallRecord {
  seq: number;
  api: string;
  method: string;
  /** id of the window, tray, webContents… the call was made on. */
  target: number | null;
  args: unknown[];
}

export interface Counts {
  windows: number;
  webContents: number;
  trays: number;
  ipcHandlers: number;
  ipcListeners: number;
  appListeners: number;
  windowListeners: number;
  webContentsListeners: number;
  powerMonitorListeners: number;
  /** Simulated timers pending in the app process; null when it runs on the real clock. */
  pendingTimers: number | null;
  /** node-schedule jobs scheduled in the app process (the break engine keeps at most one). */
  scheduledJobs: number | null;
  /** process.getActiveResourcesInfo() of the app process, by type. */
  activeResources: Record<string, number>;
}

export interface HarnessState {
  app: {
    ready: boolean;
    name: string;
    quitting: boolean;
    singleInstanceLock: boolean | null;
    paths: Record<string, string>;
    listeners: Record<string, number>;
  };
  errors: { message: string; stack: string }[];
  windows: WindowInfo[];
  focusedWindowId: number | null;
  webContents: { id: number; kind: string; windowId: number | null; url: string; loading: boolean }[];
  trays: TrayInfo[];
  dialogs: DialogRecord[];
  ipc: { handlers: string[]; listeners: Record<string, number> };
  protocol: { handled: string[]; privileged: { scheme: string; privileges: Record<string, boolean> }[] };
  session: { permissionRequestHandler: boolean; permissionCheckHandler: boolean };
  shell: { kind: string; target: string }[];
  notifications: NotificationInfo[];
  powerMonitor: {
    /** What getSystemIdleTime() answers now. */
    idleSeconds: number;
    /** When the simulated person last gave input (ISO), when idle time grows with the clock. */
    lastInputAt: string | null;
    locked: boolean;
    onBattery: boolean;
    listeners: Record<string, number>;
  };
  screen: unknown;
  globalShortcuts: string[];
  nativeTheme: { dark: boolean; themeSource: string; shouldUseDarkColors: boolean; highContrast: boolean };
  counts: Counts;
  /** The app process's simulated clock; null when it runs on the real clock. */
  clock: { now: number; nowIso: string; pendingTimers: number } | null;
}

export interface NotificationInfo {
  id: number;
  state: 'created' | 'shown' | 'closed';
  title: string;
  body: string;
  silent: boolean;
  /** When show() was called, by the app process's clock (ISO); null if never shown. */
  shownAt: string | null;
}

/** What one clock move did in the app process. */
export interface ClockStep {
  from: number;
  now: number;
  fromIso: string;
  nowIso: string;
  /** Timers that fired during the move. */
  fired: number;
  /** The harness event that stopped the move early (see advanceClock's `until`), or null. */
  stoppedOn: string | null;
}

/** One message from the app process (fd 3, JSON lines). */
export type ChildMessage =
  | { t: 'event'; name: string; data: Record<string, unknown> }
  | { t: 'reply'; id: number; ok: true; value: unknown }
  | { t: 'reply'; id: number; ok: false; error: string };
