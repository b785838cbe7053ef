/**
 * In-page backend for the browser preview: the same contract as the preload
 * bridge, implemented with the real core and localStorage.
 */
import {
  DEFAULT_SETTINGS,
  applySettingsPatch,
  loadSettings,
  type Settings,
} from '../../../electron/core/settings';
import type { EventPayloads, UnslouchApi } from '../../../electron/shared/ipc-contract';
import type { EventName } from '../../../electron/shared/ipc-channels';

const SETTINGS_KEY = 'unslouch.settings';

export function createPreviewBackend(storage: Storage): UnslouchApi {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) =>
    listeners.get(event)?.forEach((l) => (l as (p: EventPayloads[E]) => void)(payload));

  const readSettings = (): Settings => {
    const text = storage.getItem(SETTINGS_KEY);
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

  return {
    getSettings: async () => ({ ok: true, value: readSettings() }),
    updateSettings: async (patch) => {
      const result = applySettingsPatch(readSettings(), patch);
      if (!result.ok) return { ok: false, error: { code: 'invalid-settings', messages: result.error } };
      storage.setItem(SETTINGS_KEY, JSON.stringify(result.value));
      emit('settingsChanged', result.value);
      return { ok: true, value: result.value };
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
}
