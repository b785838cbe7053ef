import { useSyncExternalStore } from 'react';
import type { Settings } from '../../../electron/core/settings/schema';
import type { UnslouchApi } from '../../../electron/shared/ipc-contract';
import { getBackend } from '../bridge';

/**
 * One shared copy of the settings for the whole window: loaded once, kept up
 * to date by `settingsChanged`, so every view (and the app shell's
 * reduced-motion class) sees the same value in the same render.
 */
interface Store {
  backend: UnslouchApi;
  value: Settings | null;
  listeners: Set<() => void>;
}

let store: Store | null = null;

function ensureStore(): Store {
  const backend = getBackend();
  if (store?.backend === backend) return store;
  const next: Store = { backend, value: null, listeners: new Set() };
  const set = (value: Settings) => {
    next.value = value;
    next.listeners.forEach((l) => l());
  };
  backend.on('settingsChanged', set);
  void backend.getSettings().then((result) => {
    if (result.ok && next.value === null) set(result.value);
  });
  store = next;
  return next;
}

function subscribe(listener: () => void): () => void {
  const s = ensureStore();
  s.listeners.add(listener);
  return () => s.listeners.delete(listener);
}

function snapshot(): Settings | null {
  return store?.backend === getBackend() ? store.value : null;
}

/** The current settings; null until loaded (or if they cannot be loaded). */
export function useSettings(): Settings | null {
  return useSyncExternalStore(subscribe, snapshot);
}
