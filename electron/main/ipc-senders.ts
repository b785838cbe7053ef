/**
 * Which IPC senders the app answers: a page in one of its own windows, from
 * its own origin (app://…). Takes the window check as a function so it can be
 * tested without Electron.
 */
import type { RouterOptions, SenderInfo } from './ipc-router';

interface InvokeEventLike {
  sender: { id: number };
  senderFrame?: { url: string } | null;
}

export function appSenderChecks(
  ownsWindow: (webContentsId: number) => boolean,
  origin: string,
): Pick<RouterOptions, 'describeSender' | 'isTrustedSender'> {
  return {
    describeSender: (event): SenderInfo => {
      const e = event as InvokeEventLike;
      return { id: e.sender.id, frameUrl: e.senderFrame?.url ?? null };
    },
    isTrustedSender: (sender) =>
      ownsWindow(sender.id) && sender.frameUrl !== null && sender.frameUrl.startsWith(`${origin}/`),
  };
}
