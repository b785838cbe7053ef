/**
 * Test fixtures for the renderer: small exercises of every dose kind (so the
 * tests do not change when the shipped content does; the illustrations are
 * shipped files, for the pose views) and a fake backend that records what the
 * views send.
 */
import { DEFAULT_SETTINGS, applySettingsPatch, type Settings } from '../../electron/core/settings';
import type { Exercise, Routine } from '../../electron/core/catalog/types';
import type { EventPayloads, PromptInfo, Responses, UnslouchApi } from '../../electron/shared/ipc-contract';
import type { EventName } from '../../electron/shared/ipc-channels';

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

/** An in-memory backend: records calls, answers like the contract says. */
export function fakeBackend(initial: { settings?: unknown; prompt?: PromptInfo | null } = {}) {
  let settings: Settings = DEFAULT_SETTINGS;
  if (initial.settings) {
    const patched = applySettingsPatch(DEFAULT_SETTINGS, initial.settings);
    if (!patched.ok) throw new Error(patched.error.join('; '));
    settings = patched.value;
  }
  let prompt: PromptInfo | null = initial.prompt ?? null;
  const calls: Call[] = [];
  const listeners = new Map<EventName, Set<(p: never) => void>>();
  const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
  const api: UnslouchApi = {
    getSettings: () => (calls.push({ channel: 'getSettings', payload: undefined }), ok(settings)),
    updateSettings: (patch) => {
      calls.push({ channel: 'updateSettings', payload: patch });
      const next = applySettingsPatch(settings, patch);
      if (!next.ok)
        return Promise.resolve({ ok: false, error: { code: 'invalid-settings', messages: next.error } });
      settings = next.value;
      return ok(settings);
    },
    getPrompt: () => (calls.push({ channel: 'getPrompt', payload: undefined }), ok(prompt)),
    answerPrompt: (payload) => {
      calls.push({ channel: 'answerPrompt', payload });
      if (payload.action === 'snooze' && prompt && prompt.snoozesLeft === 0) {
        return Promise.resolve({ ok: false, error: { code: 'refused', messages: ['No snoozes left.'] } });
      }
      prompt = null;
      return ok<Responses['answerPrompt']>({ prompt: null });
    },
    startRoutine: (payload) => (calls.push({ channel: 'startRoutine', payload }), ok(payload)),
    finishRoutine: (payload) => {
      calls.push({ channel: 'finishRoutine', payload });
      return ok<Responses['finishRoutine']>({ record: null });
    },
    getHistory: (payload) => (calls.push({ channel: 'getHistory', payload }), ok([])),
    importSettings: (payload) => (calls.push({ channel: 'importSettings', payload }), ok(settings)),
    getCheckIns: () => (calls.push({ channel: 'getCheckIns', payload: undefined }), ok([])),
    saveCheckIn: (payload) => {
      calls.push({ channel: 'saveCheckIn', payload });
      return Promise.resolve({ ok: false, error: { code: 'refused', messages: ['Not in this fake.'] } });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (p: never) => void);
      listeners.set(event, set);
      return () => void set.delete(listener as (p: never) => void);
    },
  };
  return {
    api,
    calls,
    emit<E extends EventName>(event: E, payload: EventPayloads[E]) {
      listeners.get(event)?.forEach((l) => (l as (p: EventPayloads[E]) => void)(payload));
    },
    callsTo: (channel: string) => calls.filter((c) => c.channel === channel).map((c) => c.payload),
  };
}
