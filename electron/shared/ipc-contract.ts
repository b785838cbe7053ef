/**
 * The IPC contract: for every channel, the runtime schema of its payload and
 * the type of its answer. Main validates against it, the preload is typed by
 * it, and the renderer's bridge type is derived from it.
 */
import { z } from 'zod';
import type { Settings } from '../core/settings';
import { HISTORY_DAYS, type BreakRecord } from '../core/history/types';
import type { CheckIn } from '../core/history/checkin';
import { INVOKE_CHANNELS, type EventName, type InvokeName } from './ipc-channels';
import { describePayloadIssues, type FieldIssue } from '../core/validation/issues';
import type { DesktopSignalsReport } from './desktop-signals';
import { DOSE_LEVELS } from '../core/catalog/levels';
import { ID_PATTERN } from '../core/catalog/ids';

const noPayload = z.undefined({ message: 'takes no payload' });
const settingsPatch = z.record(z.string(), z.unknown(), {
  message: 'must be an object of settings to change',
});

const routineId = z
  .string({ message: 'must be a routine id' })
  .regex(ID_PATTERN, { message: 'must be a routine id' })
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
  /** "Take a break now": the prompt at once (a snoozed one comes back). */
  takeBreakNow: noPayload,
  startRoutine: z.strictObject({ routineId }),
  finishRoutine: z.strictObject({
    routineId,
    outcome: z.enum(['completed', 'partial']),
    secondsMoved: z.number().int().min(0).max(3600),
    /** The dose level the routine ran at (issue 13); optional, so older callers stay valid. */
    level: z.enum(DOSE_LEVELS, { message: 'must be "gentle", "standard" or "longer"' }).optional(),
  }),
  getHistory: z.strictObject({ days: z.number().int().min(1).max(HISTORY_DAYS) }),
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
  getDesktopSignals: noPayload,
  /** "Delete my history": every break record and check-in. */
  clearHistory: noPayload,
  /** Breaks paused until the person resumes them (after a check-in warning sign). */
  pauseBreaks: z.strictObject({ until: z.literal('resumed') }),
} satisfies Record<InvokeName, z.ZodType>;

/** The prompt on screen, as the renderer shows it (built by the core's break service). */
export type { PromptInfo } from '../core/service/break-service';
import type { PromptInfo } from '../core/service/break-service';

export interface Responses {
  getSettings: Settings;
  updateSettings: Settings;
  getPrompt: PromptInfo | null;
  answerPrompt: { prompt: PromptInfo | null };
  takeBreakNow: { prompt: PromptInfo | null };
  startRoutine: { routineId: string };
  finishRoutine: { record: BreakRecord | null };
  getHistory: BreakRecord[];
  importSettings: Settings;
  getCheckIns: CheckIn[];
  saveCheckIn: CheckIn;
  getDesktopSignals: DesktopSignalsReport;
  clearHistory: { breaks: number; checkIns: number };
  pauseBreaks: null;
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
  /** For `refused`: the engine's reason code (see REFUSAL_REASONS), so a page can react to it. */
  reason?: string;
  /** Human-readable lines, each naming what is wrong. */
  messages: string[];
  /** The same problems, structured (path, code, quoted value), where the failure is about input. */
  issues?: FieldIssue[];
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** A failed answer with its code and the person's words (the one helper main and the controller use). */
export const ipcFailure = (
  code: IpcErrorCode,
  messages: string[],
  issues?: FieldIssue[],
): IpcResult<never> => ({
  ok: false,
  error: issues ? { code, messages, issues } : { code, messages },
});

export type Request<K extends InvokeName> = z.input<(typeof requestSchemas)[K]>;
/** A payload after validation, as the handlers receive it. */
export type RequestData<K extends InvokeName> = z.output<(typeof requestSchemas)[K]>;

/** The API the preload exposes as `window.unslouch`, and the preview backend implements. */
export type UnslouchApi = {
  [K in InvokeName]: (
    ...args: Request<K> extends undefined ? [] : [payload: Request<K>]
  ) => Promise<IpcResult<Responses[K]>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};

/** Checks a payload against its channel's schema: the one check main and the browser preview both run. */
export function parseRequest<K extends InvokeName>(
  name: K,
  payload: unknown,
): { ok: true; value: RequestData<K> } | { ok: false; error: IpcError } {
  const parsed = requestSchemas[name].safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data as RequestData<K> };
  const { messages, issues } = describePayloadIssues(INVOKE_CHANNELS[name], parsed.error, payload);
  return { ok: false, error: { code: 'invalid-payload', messages, issues } };
}
