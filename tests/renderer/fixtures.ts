/**
 * Test fixtures for the renderer: small exercises of every dose kind (so the
 * tests do not change when the shipped content does; the illustrations are
 * shipped files, for the pose views) and a fake backend that records what the
 * views send.
 */
import { DEFAULT_SETTINGS, applySettingsPatch, type Settings } from '../../electron/core/settings';
import type { Exercise, Routine } from '../../electron/core/catalog/types';
import type { EventPayloads, PromptInfo, UnslouchApi } from '../../electron/shared/ipc-contract';
import { INVOKE_CHANNELS, type EventName, type InvokeName } from '../../electron/shared/ipc-channels';
import { createPreviewBackend, STORAGE_KEYS } from '../../renderer/src/bridge/preview-backend';
import { catalogPort } from '../../electron/core/service/catalog-port';
import { exerciseSeconds } from '../../electron/core/catalog/timing';

const base = {
  bodyAreas: ['upper-back' as const],
  position: 'seated' as const,
  needs: [],
  setup: 'Get set.',
  cautions: [],
  source: 'test',
};

export const hold: Exercise = {
  ...base,
  id: 'test-hold',
  title: 'Test hold',
  steps: ['Hold it.'],
  dose: { kind: 'hold', seconds: 5, reps: 2 },
  illustration: { poses: ['shoulder-roll-1.svg', 'shoulder-roll-2.svg'], alt: 'A person holding' },
};

export const sidedHold: Exercise = {
  ...base,
  id: 'test-sided',
  title: 'Test twist',
  steps: ['Twist.'],
  dose: { kind: 'hold', seconds: 4, reps: 1, sides: true },
  illustration: { poses: ['test-sided-1.svg'], alt: 'A person twisting', otherSide: 'mirror' },
};

export const reps: Exercise = {
  ...base,
  id: 'test-reps',
  title: 'Test squeeze',
  steps: ['Squeeze.'],
  dose: { kind: 'reps', reps: 3, secondsPerRep: 2 },
  illustration: { poses: ['test-reps-1.svg'], alt: 'A person squeezing' },
};

export const circles: Exercise = {
  ...base,
  id: 'test-circles',
  title: 'Test circles',
  steps: ['Circle.'],
  dose: { kind: 'duration', seconds: 6, directions: 2 },
  illustration: { poses: ['shoulder-roll-1.svg', 'shoulder-roll-2.svg'], alt: 'A person circling' },
};

export const phased: Exercise = {
  ...base,
  id: 'test-phased',
  title: 'Test cat-cow',
  steps: ['Round, then arch.'],
  dose: { kind: 'hold', seconds: 5, reps: 2, phases: ['Round your back', 'Lift your chest'] },
  illustration: { poses: ['cat-cow-seated-1.svg', 'cat-cow-seated-2.svg'], alt: 'Cat and cow' },
};

export const routine: Routine = {
  id: 'test-routine',
  title: 'Test routine',
  summary: 'A routine for tests.',
  bodyArea: 'upper-back',
  setting: 'desk',
  exerciseIds: [hold.id, sidedHold.id, reps.id],
};

export interface Call {
  channel: string;
  payload: unknown;
}

/** A Storage in memory, so each fake backend starts empty and tests do not share state. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

/**
 * The backend the views talk to in these tests: the real browser-preview
 * backend (the app controller and break service on in-memory storage), with
 * every call recorded. `prompt` opens a prompt for that routine with that
 * many snoozes left, through the engine ("Take a break now").
 */
/** The test routine as the app controller's catalog port sees it. */
const testCatalog = {
  ...catalogPort(),
  has: (id: string) => id === routine.id || catalogPort().has(id),
  title: (id: string) => (id === routine.id ? routine.title : catalogPort().title(id)),
  seconds: (id: string) =>
    id === routine.id
      ? [hold, sidedHold, reps].reduce((s, e) => s + exerciseSeconds(e), 0)
      : catalogPort().seconds(id),
};

export function fakeBackend(initial: { settings?: unknown; prompt?: PromptInfo | null } = {}) {
  let settings: Settings = DEFAULT_SETTINGS;
  const patches: unknown[] = [initial.settings ?? {}];
  if (initial.prompt)
    patches.push({
      breaks: { routine: initial.prompt.routineId, maxSnoozes: initial.prompt.snoozesLeft },
    });
  for (const patch of patches) {
    const patched = applySettingsPatch(settings, patch);
    if (!patched.ok) throw new Error(patched.error.join('; '));
    settings = patched.value;
  }
  const storage = memoryStorage();
  storage.setItem(STORAGE_KEYS.settings, JSON.stringify(settings));
  const real = createPreviewBackend(storage, undefined, testCatalog, false);
  const calls: Call[] = [];
  const listeners = new Map<EventName, Set<(p: never) => void>>();
  const api = {} as Record<string, unknown>;
  for (const name of Object.keys(INVOKE_CHANNELS) as InvokeName[]) {
    api[name] = (payload?: unknown) => {
      calls.push({ channel: name, payload });
      return (real[name] as (p?: unknown) => Promise<unknown>)(payload);
    };
  }
  api.on = <E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener as (p: never) => void);
    listeners.set(event, set);
    const off = real.on(event, listener);
    return () => {
      set.delete(listener as (p: never) => void);
      off();
    };
  };
  if (initial.prompt) void real.takeBreakNow();
  return {
    api: api as unknown as UnslouchApi,
    calls,
    /** Sends an event to the views as the main process would. */
    emit<E extends EventName>(event: E, payload: EventPayloads[E]) {
      listeners.get(event)?.forEach((l) => (l as (p: EventPayloads[E]) => void)(payload));
    },
    callsTo: (channel: string) => calls.filter((c) => c.channel === channel).map((c) => c.payload),
  };
}
