/**
 * `ipcMain`: the app's real handlers, called by the harness when a page runs
 * `ipcRenderer.invoke/send` (through the preload shim and a Playwright binding).
 */
import { EventEmitter } from 'node:events';
import { decode, encode } from './context.mjs';

export function install(ctx, electron) {
  const handlers = new Map();
  const ipcMain = new EventEmitter();

  ipcMain.handle = (channel, listener) => {
    ctx.record('ipcMain', 'handle', [channel]);
    if (typeof listener !== 'function') throw new TypeError('Expected handler to be a function');
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, listener);
  };
  ipcMain.handleOnce = (channel, listener) => {
    ipcMain.handle(channel, (event, ...args) => {
      handlers.delete(channel);
      return listener(event, ...args);
    });
  };
  ipcMain.removeHandler = (channel) => {
    ctx.record('ipcMain', 'removeHandler', [channel]);
    handlers.delete(channel);
  };

  /** What a handler sees as `event`: the sender's webContents and its frame. */
  function makeEvent(sender, frameUrl, extra = {}) {
    const url = frameUrl ?? null;
    const senderFrame =
      url === null
        ? null
        : {
            url,
            get origin() {
              try {
                return new URL(url).origin;
              } catch {
                return 'null';
              }
            },
            top: null,
            parent: null,
            frameTreeNodeId: 1,
            routingId: 1,
            processId: sender.getProcessId(),
            isDestroyed: () => sender.isDestroyed(),
          };
    if (senderFrame) senderFrame.top = senderFrame;
    return {
      sender,
      senderFrame,
      frameId: 1,
      processId: sender.getProcessId(),
      ports: [],
      preventDefault() {},
      ...extra,
    };
  }

  function senderFor(webContentsId) {
    const sender = electron.webContents.fromId(webContentsId);
    if (!sender || sender.isDestroyed()) throw new Error(`webContents ${webContentsId} is gone`);
    return sender;
  }

  ctx.command('ipc.invoke', async ({ webContentsId, frameUrl, channel, args }) => {
    const sender = senderFor(webContentsId);
    const handler = handlers.get(channel);
    if (!handler) return { ok: false, error: `Error: No handler registered for '${channel}'` };
    const event = makeEvent(sender, frameUrl, { type: 'frame' });
    try {
      const value = await handler(event, ...decode(args));
      return { ok: true, value: encode(value) };
    } catch (error) {
      return { ok: false, error: String(error instanceof Error ? `${error.name}: ${error.message}` : error) };
    }
  });

  ctx.command('ipc.send', ({ webContentsId, frameUrl, channel, args }) => {
    const sender = senderFor(webContentsId);
    const decoded = decode(args);
    const event = makeEvent(sender, frameUrl, {
      type: 'frame',
      returnValue: undefined,
      reply: (...a) => sender.send(...a),
    });
    sender.emit('ipc-message', event, channel, ...decoded);
    ipcMain.emit(channel, event, ...decoded);
    return null;
  });

  ctx.snapshot('ipc', () => ({
    handlers: [...handlers.keys()],
    listeners: Object.fromEntries(ipcMain.eventNames().map((e) => [String(e), ipcMain.listenerCount(e)])),
  }));

  return { ipcMain };
}
