/**
 * In-page backend for the browser preview: the same contract as the preload
 * bridge, implemented with the real core and localStorage. Loaded only when
 * there is no `window.unslouch` (see ./index.ts).
 *
 * Preview rules, kept simple on purpose (the real break engine lives in the
 * main process): a prompt is due whenever #/prompt asks for one; Snooze hides
 * it for `breaks.snoozeMinutes` (or until "Bring it back now"); Skip and
 * finished routines are recorded in a history kept in localStorage.
 */
import {
  DEFAULT_SETTINGS,
  applySettingsPatch,
  loadSettings,
  type Settings,
} from '../../../electron/core/settings';
import { deskRoutineIds, getRoutine, routineIds } from '../../../electron/core/catalog';
import type { BreakRecord, BreakTrigger } from '../../../electron/core/history/types';
import { pruneHistory, readHistory as parseHistory } from '../../../electron/core/history/records';
import {
  canCheckInToday,
  makeCheckIn,
  readCheckIns,
  type CheckIn,
} from '../../../electron/core/history/checkin';
import {
  requestSchemas,
  type EventPayloads,
  type IpcError,
  type IpcResult,
  type PromptInfo,
  type UnslouchApi,
} from '../../../electron/shared/ipc-contract';
import { INVOKE_CHANNELS, type EventName, type InvokeName } from '../../../electron/shared/ipc-channels';
import { describeIssues } from '../../../electron/core/util/zod-messages';
import { t } from '../i18n';

export const STORAGE_KEYS = {
  settings: 'unslouch.settings',
  prompt: 'unslouch.prompt',
  lastPromptRoutine: 'unslouch.lastPromptRoutine',
  running: 'unslouch.running',
  history: 'unslouch.history',
  checkIns: 'unslouch.checkins',
} as const;

/** The open prompt as the preview keeps it. */
interface StoredPrompt {
  routineId: string;
  snoozes: number;
  shownAt: string;
  /** Set while snoozed: the prompt is hidden until then. */
  snoozedUntil: string | null;
}

/** A routine that was started and has not been finished yet. */
interface RunningRoutine {
  routineId: string;
  trigger: BreakTrigger;
  startedAt: string;
  snoozes: number;
}

export type PreviewBackend = UnslouchApi & {
  /** Brings a snoozed prompt back at once. */
  previewBringBack(): void;
};

const DAY_MS = 24 * 60 * 60 * 1000;

const fail = (code: IpcError['code'], messages: string[]): IpcResult<never> => ({
  ok: false,
  error: { code, messages },
});

/** The local calendar date of an instant, YYYY-MM-DD. */
function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The trigger of the routine on screen, from `#/routine/<id>?trigger=…`. */
function triggerFromHash(hash: string): BreakTrigger {
  const query = hash.split('?')[1] ?? '';
  return new URLSearchParams(query).get('trigger') === 'prompt' ? 'prompt' : 'on-demand';
}

export function createPreviewBackend(
  storage: Storage,
  clock: { now(): Date } = { now: () => new Date() },
): PreviewBackend {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) =>
    listeners.get(event)?.forEach((l) => (l as (p: EventPayloads[E]) => void)(payload));

  const readJson = <T>(key: string): T | null => {
    const text = storage.getItem(key);
    if (!text) return null;
    try {
      return JSON.parse(text) as T;
    } catch {
      return null;
    }
  };
  const writeJson = (key: string, value: unknown) =>
    value === null ? storage.removeItem(key) : storage.setItem(key, JSON.stringify(value));

  const readSettings = (): Settings => {
    const text = storage.getItem(STORAGE_KEYS.settings);
    if (!text) return DEFAULT_SETTINGS;
    try {
      const loaded = loadSettings(JSON.parse(text));
      if (loaded.ok) return loaded.value;
      console.warn(`Preview settings were invalid (${loaded.error.join('; ')}); using defaults.`);
    } catch {
      console.warn('Preview settings were not valid JSON; using defaults.');
    }
    return DEFAULT_SETTINGS;
  };

  /** The stored history, checked record by record by the core (bad entries are dropped). */
  const readHistory = (): BreakRecord[] =>
    parseHistory(readJson<unknown>(STORAGE_KEYS.history) ?? undefined).records;
  const record = (entry: Omit<BreakRecord, 'id' | 'endedAt'>): BreakRecord => {
    const full: BreakRecord = { id: crypto.randomUUID(), endedAt: clock.now().toISOString(), ...entry };
    writeJson(STORAGE_KEYS.history, pruneHistory([...readHistory(), full], clock.now().getTime()));
    emit('historyChanged', null);
    return full;
  };

  /** The routine a new prompt suggests: the setting's choice, or the next in the rotation. */
  const suggest = (settings: Settings): string => {
    const choice = settings.breaks.routine;
    if (choice !== 'rotate' && getRoutine(choice)) return choice;
    const desk = deskRoutineIds();
    const floor = routineIds().filter((id) => !desk.includes(id));
    const rotation = settings.breaks.includeFloor ? [...desk, ...floor] : desk;
    const last = storage.getItem(STORAGE_KEYS.lastPromptRoutine);
    const at = last === null ? -1 : rotation.indexOf(last);
    return rotation[(at + 1) % rotation.length] ?? routineIds()[0] ?? '';
  };

  const info = (p: StoredPrompt, settings: Settings): PromptInfo => ({
    routineId: p.routineId,
    snoozes: p.snoozes,
    snoozesLeft: Math.max(0, settings.breaks.maxSnoozes - p.snoozes),
    shownAt: p.shownAt,
  });

  /** The prompt on screen: a snoozed one comes back when its time is up; none open makes a new one. */
  const currentPrompt = (create: boolean): StoredPrompt | null => {
    const now = clock.now();
    let p = readJson<StoredPrompt>(STORAGE_KEYS.prompt);
    if (p && p.snoozedUntil !== null) {
      if (now.getTime() < Date.parse(p.snoozedUntil)) return null;
      p = { ...p, snoozedUntil: null, shownAt: now.toISOString() };
      writeJson(STORAGE_KEYS.prompt, p);
    }
    if (!p && create) {
      p = { routineId: suggest(readSettings()), snoozes: 0, shownAt: now.toISOString(), snoozedUntil: null };
      writeJson(STORAGE_KEYS.prompt, p);
      storage.setItem(STORAGE_KEYS.lastPromptRoutine, p.routineId);
    }
    return p;
  };

  const closePrompt = () => {
    writeJson(STORAGE_KEYS.prompt, null);
    emit('promptChanged', null);
  };

  type Handlers = {
    [K in InvokeName]: UnslouchApi[K];
  };

  const handlers: Handlers = {
    getSettings: async () => ({ ok: true, value: readSettings() }),
    updateSettings: async (patch) => {
      const result = applySettingsPatch(readSettings(), patch);
      if (!result.ok) return fail('invalid-settings', result.error);
      storage.setItem(STORAGE_KEYS.settings, JSON.stringify(result.value));
      emit('settingsChanged', result.value);
      return { ok: true, value: result.value };
    },
    getPrompt: async () => {
      const p = currentPrompt(true);
      return { ok: true, value: p ? info(p, readSettings()) : null };
    },
    answerPrompt: async ({ action, routineId }) => {
      const settings = readSettings();
      const p = currentPrompt(false);
      if (!p) return fail('not-found', [t('preview.noPrompt')]);
      const chosen = routineId ?? p.routineId;
      if (!getRoutine(chosen)) return fail('not-found', [t('preview.unknownRoutine', { id: chosen })]);
      const now = clock.now();
      if (action === 'start') {
        const running: RunningRoutine = {
          routineId: chosen,
          trigger: 'prompt',
          startedAt: now.toISOString(),
          snoozes: p.snoozes,
        };
        writeJson(STORAGE_KEYS.running, running);
        closePrompt();
      } else if (action === 'snooze') {
        if (p.snoozes >= settings.breaks.maxSnoozes) {
          return fail('refused', [t('preview.snoozeRefused', { max: settings.breaks.maxSnoozes })]);
        }
        const until = new Date(now.getTime() + settings.breaks.snoozeMinutes * 60_000);
        writeJson(STORAGE_KEYS.prompt, { ...p, snoozes: p.snoozes + 1, snoozedUntil: until.toISOString() });
        emit('promptChanged', null);
      } else {
        closePrompt();
        record({
          startedAt: null,
          outcome: 'skipped',
          trigger: 'prompt',
          routineId: p.routineId,
          snoozes: p.snoozes,
          secondsMoved: 0,
        });
      }
      return { ok: true, value: { prompt: null } };
    },
    startRoutine: async ({ routineId }) => {
      if (!getRoutine(routineId)) return fail('not-found', [t('preview.unknownRoutine', { id: routineId })]);
      const running: RunningRoutine = {
        routineId,
        trigger: 'on-demand',
        startedAt: clock.now().toISOString(),
        snoozes: 0,
      };
      writeJson(STORAGE_KEYS.running, running);
      return { ok: true, value: { routineId } };
    },
    finishRoutine: async ({ routineId, outcome, secondsMoved, level }) => {
      if (!getRoutine(routineId)) return fail('not-found', [t('preview.unknownRoutine', { id: routineId })]);
      const stored = readJson<RunningRoutine>(STORAGE_KEYS.running);
      const running = stored?.routineId === routineId ? stored : null;
      const now = clock.now();
      writeJson(STORAGE_KEYS.running, null);
      const entry = record({
        startedAt: running?.startedAt ?? new Date(now.getTime() - secondsMoved * 1000).toISOString(),
        outcome,
        trigger: running?.trigger ?? triggerFromHash(window.location.hash),
        routineId,
        snoozes: running?.snoozes ?? 0,
        secondsMoved,
        ...(level ? { level } : {}),
      });
      return { ok: true, value: { record: entry } };
    },
    importSettings: async ({ settings: imported }) => {
      const loaded = loadSettings(imported);
      if (!loaded.ok) return fail('invalid-settings', loaded.error);
      storage.setItem(STORAGE_KEYS.settings, JSON.stringify(loaded.value));
      emit('settingsChanged', loaded.value);
      return { ok: true, value: loaded.value };
    },
    getCheckIns: async () => ({
      ok: true,
      value: readCheckIns(readJson<unknown>(STORAGE_KEYS.checkIns) ?? undefined).checkIns,
    }),
    saveCheckIn: async (answers) => {
      const now = clock.now();
      const checkIns: CheckIn[] = readCheckIns(
        readJson<unknown>(STORAGE_KEYS.checkIns) ?? undefined,
      ).checkIns;
      if (!canCheckInToday(checkIns, localDate(now))) return fail('refused', [t('preview.checkedInToday')]);
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const made = makeCheckIn(answers, now.toISOString(), zone, crypto.randomUUID());
      if (!made.ok) return fail('invalid-payload', made.messages);
      writeJson(STORAGE_KEYS.checkIns, [...checkIns, made.value]);
      return { ok: true, value: made.value };
    },
    getHistory: async ({ days }) => {
      const since = clock.now().getTime() - days * DAY_MS;
      const list = readHistory()
        .filter((r) => Date.parse(r.endedAt) >= since)
        .sort((a, b) => Date.parse(b.endedAt) - Date.parse(a.endedAt));
      return { ok: true, value: list };
    },
  };

  // Validate every payload against the contract, as the main process does.
  const api: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(INVOKE_CHANNELS) as [InvokeName, string][]) {
    api[name] = async (payload?: unknown) => {
      const parsed = requestSchemas[name].safeParse(payload);
      if (!parsed.success) {
        const messages = describeIssues(parsed.error, 'payload').map((m) => `${channel}: ${m}`);
        return fail('invalid-payload', messages);
      }
      const handler = handlers[name] as (p: unknown) => Promise<unknown>;
      return handler(parsed.data);
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
    previewBringBack() {
      const p = readJson<StoredPrompt>(STORAGE_KEYS.prompt);
      if (!p || p.snoozedUntil === null) return;
      const back = { ...p, snoozedUntil: null, shownAt: clock.now().toISOString() };
      writeJson(STORAGE_KEYS.prompt, back);
      emit('promptChanged', info(back, readSettings()));
    },
  };
}
