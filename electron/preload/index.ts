import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventName } from '../shared/ipc-channels';
import type { UnslouchApi } from '../shared/ipc-contract';

const invokers = Object.fromEntries(
  Object.entries(INVOKE_CHANNELS).map(([name, channel]) => [
    name,
    (payload?: unknown) => ipcRenderer.invoke(channel, payload),
  ]),
);

const api = {
  ...invokers,
  on(event: EventName, listener: (payload: unknown) => void) {
    const channel = EVENT_CHANNELS[event];
    // The page never sees the IpcRendererEvent (it carries `sender`).
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
} as unknown as UnslouchApi;

contextBridge.exposeInMainWorld('unslouch', api);
