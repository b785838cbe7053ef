/**
 * Routes every invoke channel of the contract to its handler, after checking
 * the sender and validating the payload. Takes Electron's ipcMain through a
 * minimal interface so it can be tested without Electron.
 */
import { INVOKE_CHANNELS, type InvokeName } from '../shared/ipc-channels';
import {
  ipcFailure,
  parseRequest,
  type IpcResult,
  type Request,
  type Responses,
} from '../shared/ipc-contract';
import { quoteValue } from '../core/validation/issues';
import { t } from '../shared/i18n';
import { createLimitedLog } from './log-limit';

export interface SenderInfo {
  /** webContents id of the sender. */
  id: number;
  /** URL of the frame that sent the message; null when the frame is gone. */
  frameUrl: string | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: unknown, payload: unknown) => unknown): void;
  removeHandler(channel: string): void;
}

export type Handlers = {
  [K in InvokeName]: (
    payload: Request<K>,
    sender: SenderInfo,
  ) => IpcResult<Responses[K]> | Promise<IpcResult<Responses[K]>>;
};

export interface RouterOptions {
  isTrustedSender(sender: SenderInfo): boolean;
  describeSender(event: unknown): SenderInfo;
  log?(message: string): void;
  /** Clock for the per-sender limit on refusal log lines (tests). */
  now?(): number;
}

/** What a person reads when a handler failed (the detail goes to the log). */
export const handlerFailedMessage = () => t('ipc.failed');

const fail = ipcFailure;

export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  options: RouterOptions,
): () => void {
  const channels = Object.entries(INVOKE_CHANNELS) as [InvokeName, string][];
  const log = options.log ?? (() => {});
  // Refusals are logged a few at a time per sender; a flood is summed up.
  const logRefusal = createLimitedLog(log, options.now ? { now: options.now } : {});
  for (const [name, channel] of channels) {
    ipcMain.handle(channel, async (event, payload) => {
      const sender = options.describeSender(event);
      if (!options.isTrustedSender(sender)) {
        logRefusal(
          sender.id,
          `IPC ${channel} refused: sender ${sender.frameUrl === null ? '(no frame)' : quoteValue(sender.frameUrl)} is not an Unslouch window`,
        );
        return fail('forbidden', [`${channel}: sender is not an Unslouch window`]);
      }
      const parsed = parseRequest(name, payload);
      if (!parsed.ok) {
        logRefusal(sender.id, `IPC ${channel} refused: ${parsed.error.messages.join('; ')}`);
        return parsed;
      }
      try {
        const handler = handlers[name] as (p: unknown, s: SenderInfo) => unknown;
        return await handler(parsed.value, sender);
      } catch (error) {
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        log(`IPC ${channel} failed: ${detail}`);
        return fail('failed', [handlerFailedMessage()]);
      }
    });
  }
  return () => channels.forEach(([, channel]) => ipcMain.removeHandler(channel));
}
