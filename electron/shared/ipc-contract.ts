/**
 * The IPC contract: for every channel, the runtime schema of its payload and
 * the type of its answer. Main validates against it, the preload is typed by
 * it, and the renderer's bridge type is derived from it.
 */
import { z } from 'zod';
import type { Settings } from '../core/settings';
import type { BreakRecord } from '../core/history/types';
import type { CheckIn } from '../core/history/checkin';
import type { EventName, InvokeName } from './ipc-channels';
import { DOSE_LEVELS } from '../core/catalog/levels';

const noPayload = z.undefined({ message: 'takes no payload' });
const settingsPatch = z.record(z.string(), z.unknown(), {
  message: 'must be an object of settings to change',
});

const routineId = z
  .string({ message: 'must be a routine id' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be a routine id' })
  .max(80, { message: 'must be a routine id' });

export const requestSchemas = {
  getSettings: noPayload,
  updateSettings: settingsPatch,
  getPrompt: noPayload,
  answerPrompt: z.strictObject({
    action: z.enum(['start', 'snooze', 'skip']),
    /** The routine to start when the person picked another than the suggested one. */
    routineId: routineId.optional(),
  }),
  startRoutine: z.strictObject({ routineId }),
  finishRoutine: z.strictObject({
    routineId,
    outcome: z.enum(['completed', 'partial']),
    secondsMoved: z.number().int().min(0).max(3600),
    /** The dose level the routine ran at (issue 13); optional, so older callers stay valid. */
    level: z.enum(DOSE_LEVELS, { message: 'must be "gentle", "standard" or "longer"' }).optional(),
  }),
  getHistory: z.strictObject({ days: z.number().int().min(1).max(366) }),
  /** A whole settings file (exported earlier, or hand-written); validated and migrated in main. */
  importSettings: z.strictObject({ settings: z.unknown() }),
  getCheckIns: noPayload,
  saveCheckIn: z.strictObject({
    discomfort: z.number().int().min(0).max(10),
    warnings: z.strictObject({
      legs: z.boolean(),
      bladderBowel: z.boolean(),
      fever: z.boolean(),
      lyingDown: z.boolean(),
    }),
  }),
} satisfies Record<InvokeName, z.ZodType>;

/** The prompt on screen, as the renderer shows it. */
export interface PromptInfo {
  /** The routine the engine suggests. */
  routineId: string;
  /** Snoozes used on this break so far. */
  snoozes: number;
  /** Snoozes still allowed (0: only Start or Skip). */
  snoozesLeft: number;
  /** When the prompt appeared (ISO instant). */
  shownAt: string;
}

export interface Responses {
  getSettings: Settings;
  updateSettings: Settings;
  getPrompt: PromptInfo | null;
  answerPrompt: { prompt: PromptInfo | null };
  startRoutine: { routineId: string };
  finishRoutine: { record: BreakRecord | null };
  getHistory: BreakRecord[];
  importSettings: Settings;
  getCheckIns: CheckIn[];
  saveCheckIn: CheckIn;
}

export interface EventPayloads {
  settingsChanged: Settings;
  promptChanged: PromptInfo | null;
  historyChanged: null;
}

export type IpcErrorCode =
  'invalid-payload' | 'invalid-settings' | 'forbidden' | 'refused' | 'not-found' | 'failed';
export interface IpcError {
  code: IpcErrorCode;
  /** Human-readable lines, each naming what is wrong. */
  messages: string[];
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export type Request<K extends InvokeName> = z.input<(typeof requestSchemas)[K]>;

/** The API the preload exposes as `window.unslouch`, and the preview backend implements. */
export type UnslouchApi = {
  [K in InvokeName]: (
    ...args: Request<K> extends undefined ? [] : [payload: Request<K>]
  ) => Promise<IpcResult<Responses[K]>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};
