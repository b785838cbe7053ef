/*
 * The renderer half of Electron for one page, injected by the desktop harness
 * with page.addInitScript() before the page's own scripts run (CSP does not
 * apply to init scripts). It runs the BUILT preload with a `require` that
 * knows only `electron`, as in a sandboxed renderer:
 *   - contextBridge.exposeInMainWorld(key, api) sets window[key] to a copy of
 *     `api` whose functions are proxied (the page cannot reach the preload's
 *     objects, only copies), as with contextIsolation;
 *   - ipcRenderer.invoke/send go to the app's real ipcMain through a
 *     Playwright binding; webContents.send from the app arrives through
 *     `deliver`, called by the harness with page.evaluate().
 * The harness replaces __HARNESS_CONFIG__ and __PRELOAD__ before injecting.
 */
/* global __HARNESS_CONFIG__, __PRELOAD__ */
(function installRendererShim(config, runPreload) {
  if (globalThis.top !== globalThis) return; // preloads run in the main frame only

  const call = (message) => {
    const binding = globalThis[config.binding];
    if (typeof binding !== 'function')
      return Promise.reject(new Error('desktop harness: IPC binding missing'));
    return binding(message);
  };

  /** @type {Map<string, Function[]>} */
  const listeners = new Map();
  const ipcEvent = () => ({ sender: ipcRenderer, senderId: 0, ports: [] });

  const ipcRenderer = {
    invoke(channel, ...args) {
      let cloned;
      try {
        cloned = structuredClone(args);
      } catch (error) {
        return Promise.reject(new Error(`Error invoking remote method '${channel}': ${error}`));
      }
      return call({ op: 'invoke', channel: String(channel), args: cloned }).then((reply) => {
        if (reply.ok) return reply.value;
        throw new Error(`Error invoking remote method '${channel}': ${reply.error}`);
      });
    },
    send(channel, ...args) {
      void call({ op: 'send', channel: String(channel), args: structuredClone(args) });
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, []);
      listeners.get(channel).push(listener);
      return ipcRenderer;
    },
    once(channel, listener) {
      const wrapped = (...args) => {
        ipcRenderer.removeListener(channel, wrapped);
        listener(...args);
      };
      wrapped.listener = listener;
      return ipcRenderer.on(channel, wrapped);
    },
    removeListener(channel, listener) {
      const list = listeners.get(channel);
      if (!list) return ipcRenderer;
      const index = list.findIndex((l) => l === listener || l.listener === listener);
      if (index >= 0) list.splice(index, 1);
      if (list.length === 0) listeners.delete(channel);
      return ipcRenderer;
    },
    off(channel, listener) {
      return ipcRenderer.removeListener(channel, listener);
    },
    removeAllListeners(channel) {
      if (channel === undefined) listeners.clear();
      else listeners.delete(channel);
      return ipcRenderer;
    },
    listenerCount(channel) {
      return listeners.get(channel)?.length ?? 0;
    },
  };

  /** A copy of `value` as the main world sees it through contextBridge. */
  function bridge(value, depth) {
    if (depth > 1000) throw new Error('contextBridge: object too deep');
    if (typeof value === 'function') {
      return function bridged(...args) {
        return bridge(
          value.apply(
            undefined,
            args.map((a) => bridge(a, depth + 1)),
          ),
          depth + 1,
        );
      };
    }
    if (value instanceof Promise) return value.then((v) => bridge(v, depth + 1));
    if (Array.isArray(value)) return value.map((v) => bridge(v, depth + 1));
    if (value === null || typeof value !== 'object') return value;
    if (
      value instanceof Error ||
      value instanceof Date ||
      value instanceof RegExp ||
      ArrayBuffer.isView(value)
    )
      return value;
    const copy = {};
    for (const key of Object.keys(value)) copy[key] = bridge(value[key], depth + 1);
    return copy;
  }

  const contextBridge = {
    exposeInMainWorld(key, api) {
      if (typeof key !== 'string') throw new TypeError('contextBridge: the API key must be a string');
      if (key in globalThis)
        throw new Error('Cannot bind an API on top of an existing property on the window object');
      Object.defineProperty(globalThis, key, { value: bridge(api, 0), enumerable: true });
    },
  };

  Object.defineProperty(globalThis, config.control, {
    value: Object.freeze({
      deliver(channel, args) {
        for (const listener of [...(listeners.get(channel) ?? [])]) {
          try {
            listener(ipcEvent(), ...args);
          } catch (error) {
            console.error(error);
          }
        }
      },
      listenerCount() {
        let n = 0;
        for (const list of listeners.values()) n += list.length;
        return n;
      },
    }),
  });

  const electron = { contextBridge, ipcRenderer };
  const require = (name) => {
    if (name === 'electron' || name === 'electron/renderer') return electron;
    throw new Error(`module not found: ${name}`);
  };
  const module = { exports: {} };
  const process = {
    type: 'renderer',
    sandboxed: true,
    contextIsolated: true,
    platform: config.platform,
    versions: { electron: config.electronVersion },
    env: {},
    argv: [],
  };
  try {
    runPreload(require, module, module.exports, process);
  } catch (error) {
    console.error(`Unable to load preload script: ${config.preloadPath}\n${error && error.stack}`);
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the preload's CommonJS scope
})(__HARNESS_CONFIG__, function runPreload(require, module, exports, process) {
  // eslint-disable-next-line @typescript-eslint/no-unused-expressions -- replaced by the preload's source
  __PRELOAD__;
});
