/**
 * In-page backend for the browser preview: the same contract as the preload
 * bridge, served by the same app controller and break service the app runs
 * (electron/core/service), with the page's ports — a setTimeout scheduler,
 * localStorage stores, hash navigation for "windows". So what the preview
 * shows is what the app does. Loaded only when there is no `window.unslouch`
 * (see ./index.ts).
 *
 * What a page cannot do, the preview leaves out and says so here: there is no
 * tray, no desktop notification, no global shortcut, no login item, and a
 * page cannot read the system's idle time (it counts as active).
 */
import {
  DEFAULT_SETTINGS,
  checkSettingsPatch,
  checkStoredSettings,
  type Settings,
} from '../../../electron/core/settings';
import type { BreakRecord } from '../../../electron/core/history/types';
import { formatFieldIssues } from '../../../electron/core/validation/issues';
import { pruneHistory, readHistory } from '../../../electron/core/history/records';
import { pruneCheckIns, readCheckIns, type CheckIn } from '../../../electron/core/history/checkin';
import { createAppController, type ControllerPorts } from '../../../electron/core/service/app-controller';
import { catalogPort } from '../../../electron/core/service/catalog-port';
import { DESKTOP_SIGNALS, type DesktopSignalsReport } from '../../../electron/shared/desktop-signals';
import {
  parseRequest,
  type EventPayloads,
  type IpcResult,
  type UnslouchApi,
} from '../../../electron/shared/ipc-contract';
import { INVOKE_CHANNELS, type EventName, type InvokeName } from '../../../electron/shared/ipc-channels';
import { renderText } from '../../../electron/shared/i18n';
import { systemTimeZone } from '../../../electron/core/time/zone';

export const STORAGE_KEYS = {
  settings: 'unslouch.settings',
  history: 'unslouch.history',
  checkIns: 'unslouch.checkins',
} as const;

export type PreviewBackend = UnslouchApi;

function localStorageStores(storage: Storage, now: () => number) {
  const readJson = (key: string): unknown => {
    const text = storage.getItem(key);
    if (!text) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  };
  const readSettings = (): Settings => {
    const raw = readJson(STORAGE_KEYS.settings);
    if (raw === undefined) return DEFAULT_SETTINGS;
    const loaded = checkStoredSettings(raw);
    if (loaded.ok) return loaded.value;
    console.warn(
      `Preview settings were invalid (${formatFieldIssues(loaded.error).join('; ')}); using defaults.`,
    );
    return DEFAULT_SETTINGS;
  };
  const save = (result: ReturnType<typeof checkStoredSettings>) => {
    if (result.ok) storage.setItem(STORAGE_KEYS.settings, JSON.stringify(result.value));
    return result;
  };
  const records = (): BreakRecord[] => readHistory(readJson(STORAGE_KEYS.history)).records;
  const checkIns = (): CheckIn[] =>
    pruneCheckIns(readCheckIns(readJson(STORAGE_KEYS.checkIns)).checkIns, now());

  const settings: ControllerPorts['settings'] = {
    get: readSettings,
    update: (patch) => save(checkSettingsPatch(readSettings(), patch)),
    replace: (next) => save(checkStoredSettings(next)),
  };
  const history: ControllerPorts['history'] = {
    append: (record) =>
      storage.setItem(STORAGE_KEYS.history, JSON.stringify(pruneHistory([...records(), record], now()))),
    since: (days, at) =>
      pruneHistory(records(), at, days).sort((a, b) => Date.parse(b.endedAt) - Date.parse(a.endedAt)),
    checkIns,
    addCheckIn: (checkIn) => storage.setItem(STORAGE_KEYS.checkIns, JSON.stringify([...checkIns(), checkIn])),
    clear: () => {
      const counts = { breaks: records().length, checkIns: checkIns().length };
      storage.removeItem(STORAGE_KEYS.history);
      storage.removeItem(STORAGE_KEYS.checkIns);
      return counts;
    },
  };
  return { settings, history };
}

export function createPreviewBackend(
  storage: Storage,
  clock: { now(): Date } = { now: () => new Date() },
  /** Tests pass a catalog of their own routines. */
  catalog: ControllerPorts['catalog'] = catalogPort(),
  /** The page's one backend follows the address bar; tests that make many backends do not. */
  followAddress = true,
): PreviewBackend {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) =>
    listeners.get(event)?.forEach((l) => (l as (p: EventPayloads[E]) => void)(payload));
  const now = () => clock.now().getTime();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const controller = createAppController(
    {
      now,
      timezone: systemTimeZone,
      idleSeconds: () => 0,
      scheduler: {
        plan(at, onWake) {
          clearTimeout(timer);
          if (at !== null) timer = setTimeout(onWake, Math.max(0, at - now()));
        },
      },
      newId: () => crypto.randomUUID(),
      ...localStorageStores(storage, now),
      catalog,
      windows: {
        // The page is every window: a view opens by its address; the prompt shows where #/prompt is open.
        show: (view) => {
          if (view !== 'prompt') window.location.hash = view === 'library' ? '#/routines' : `#/${view}`;
        },
        openRoutine: (id, trigger) => {
          window.location.hash = `#/routine/${id}?trigger=${trigger}`;
        },
        closePrompt: () => {},
        broadcast: emit,
      },
      notify: () => {},
      desktopSignals: async () => previewDesktopSignals(),
      // The page follows the theme setting itself (App sets html[data-theme]).
      integration: {
        applyShortcut: () => null,
        applyStartAtLogin: () => {},
        applyTheme: () => {},
        // The page switches its own language when the settings change (renderer/src/language.ts).
        applyLanguage: () => {},
      },
      trayChanged: () => {},
      quit: () => {},
      log: (message) => console.info(`[unslouch preview] ${message}`),
    },
    (value) => renderText(value),
  );
  controller.start();
  // Opening the preview at #/prompt is asking for a break now (as the tray's "Take a break now");
  // opening it at #/routine/<id> is starting that routine (as the tray's Start routine).
  // The page is every window, so arriving at either address later does the same.
  const openedAt = (hash: string) => {
    const routine = /^#\/routine\/([a-z0-9-]+)/.exec(hash)?.[1];
    if (hash.startsWith('#/prompt')) controller.run({ kind: 'break-now' });
    else if (routine && !controller.service.routineRunning())
      controller.run({ kind: 'start-routine', routineId: routine });
  };
  openedAt(window.location.hash);
  if (followAddress) window.addEventListener('hashchange', () => openedAt(window.location.hash));

  // Validate every payload against the contract, as the main process does.
  const api: Record<string, unknown> = {};
  for (const name of Object.keys(INVOKE_CHANNELS) as InvokeName[]) {
    api[name] = async (payload?: unknown): Promise<IpcResult<unknown>> => {
      const parsed = parseRequest(name, payload);
      if (!parsed.ok) return parsed;
      return (controller.handlers[name] as (p: unknown) => Promise<IpcResult<unknown>>)(parsed.value);
    };
  }
  return {
    ...(api as UnslouchApi),
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
}

/** What the browser preview answers for the desktop signals: nothing to measure here. */
export function previewDesktopSignals(): DesktopSignalsReport {
  return Object.fromEntries(DESKTOP_SIGNALS.map((s) => [s, 'preview'])) as DesktopSignalsReport;
}
