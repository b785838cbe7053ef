/**
 * The IPC contract: for every channel, the runtime schema of its payload and
 * the type of its answer. Main validates against it, the preload is typed by
 * it, and the renderer's bridge type is derived from it.
 */
import { z } from 'zod';
import type { Settings } from '../core/settings';
import type { EventName, InvokeName } from './ipc-channels';

const noPayload = z.undefined({ message: 'takes no payload' });
const settingsPatch = z.record(z.string(), z.unknown(), {
  message: 'must be an object of settings to change',
});

export const requestSchemas = {
  getSettings: noPayload,
  updateSettings: settingsPatch,
} satisfies Record<InvokeName, z.ZodType>;

export interface Responses {
  getSettings: Settings;
  updateSettings: Settings;
}

export interface EventPayloads {
  settingsChanged: Settings;
}

export type IpcErrorCode = 'invalid-payload' | 'invalid-settings' | 'forbidden' | 'failed';
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
