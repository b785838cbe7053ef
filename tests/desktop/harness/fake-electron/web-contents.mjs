/**
 * `webContents`: one per page. The harness opens a real Chromium page when
 * the app loads a URL, reports load/navigation back, and asks the app before
 * a page navigates away or opens a window (will-navigate, setWindowOpenHandler).
 */
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { ElectronEvent, describe, encode, instrument } from './context.mjs';

export function install(ctx, electron) {
  const all = new Map();

  class WebContents extends EventEmitter {
    constructor({ owner = null, preload = null, kind = 'window' } = {}) {
      super();
      this.id = ctx.nextId('webContents');
      this._owner = owner;
      this._preload = preload;
      this._kind = kind;
      this._url = '';
      this._title = '';
      this._destroyed = false;
      this._windowOpenHandler = null;
      this._loading = false;
      this._devTools = false;
      this._zoomFactor = 1;
      this._loadSeq = 0;
      this._pending = new Map();
      this.session = electron.session.defaultSession;
      all.set(this.id, this);
      electron.app.emit('web-contents-created', new ElectronEvent(), this);
    }

    loadURL(url, options = {}) {
      const loadId = ++this._loadSeq;
      // A new load aborts the one in flight, as in Electron.
      for (const [id, pending] of this._pending) {
        this._pending.delete(id);
        pending.reject(loadError(-3, 'ERR_ABORTED', pending.url));
      }
      this._loading = true;
      const promise = new Promise((resolve, reject) => this._pending.set(loadId, { resolve, reject, url }));
      this.emit('did-start-loading');
      ctx.notify('webContents.load', {
        webContentsId: this.id,
        windowId: this._owner?.id ?? null,
        loadId,
        url: String(url),
        preload: this._preload,
        options: describe(options),
        size: this._owner ? this._owner._bounds : null,
        preferredSizeMode: Boolean(this._owner?._options?.webPreferences?.enablePreferredSizeMode),
      });
      return promise;
    }
    loadFile(file, options = {}) {
      const url = pathToFileURL(file);
      if (options.hash) url.hash = options.hash;
      if (options.search) url.search = options.search;
      return this.loadURL(url.href);
    }
    reload() {
      return this.loadURL(this._url);
    }
    getURL() {
      return this._url;
    }
    getTitle() {
      return this._title;
    }
    isLoading() {
      return this._loading;
    }
    isDestroyed() {
      return this._destroyed;
    }
    isCrashed() {
      return false;
    }
    getProcessId() {
      return 1000 + this.id;
    }
    getOSProcessId() {
      return 1000 + this.id;
    }
    send(channel, ...args) {
      if (typeof channel !== 'string') throw new TypeError('Missing required channel argument');
      // Structured clone, as Electron does: functions and the like throw here.
      ctx.notify('webContents.send', { webContentsId: this.id, channel, args: encode(args) });
    }
    setWindowOpenHandler(handler) {
      this._windowOpenHandler = handler;
    }
    openDevTools() {
      this._devTools = true;
    }
    closeDevTools() {
      this._devTools = false;
    }
    isDevToolsOpened() {
      return this._devTools;
    }
    focus() {}
    /** Electron: "factor must be greater than 0.0" (a zoom of 1 is 100 %). */
    setZoomFactor(factor) {
      if (typeof factor !== 'number' || !(factor > 0))
        throw new Error('Zoom factor must be greater than 0.0');
      this._zoomFactor = factor;
    }
    getZoomFactor() {
      return this._zoomFactor;
    }
    setAudioMuted() {}
    setBackgroundThrottling() {}
    close() {
      if (this._owner) this._owner.close();
      else this._destroy();
    }
    __describe() {
      return { webContents: this.id };
    }

    /** Internal: the page is gone. */
    _destroy() {
      if (this._destroyed) return;
      this._destroyed = true;
      for (const [id, pending] of this._pending) {
        this._pending.delete(id);
        pending.reject(loadError(-2, 'ERR_FAILED', pending.url));
      }
      all.delete(this.id);
      ctx.notify('webContents.destroyed', { webContentsId: this.id });
      this.emit('destroyed');
    }
  }
  instrument(ctx, WebContents, 'webContents', [
    'loadURL',
    'loadFile',
    'reload',
    'getURL',
    'send',
    'setWindowOpenHandler',
    'openDevTools',
    'closeDevTools',
    'focus',
    'setZoomFactor',
    'getZoomFactor',
    'setAudioMuted',
    'setBackgroundThrottling',
    'close',
  ]);

  function loadError(errno, code, url) {
    const error = new Error(`${code} (${errno}) loading '${String(url).slice(0, 2048)}'`);
    return Object.assign(error, { errno, code, url });
  }

  function get(id) {
    const wc = all.get(id);
    if (!wc) throw new Error(`fake electron: no live webContents ${id}`);
    return wc;
  }

  // --- reports from the page side -------------------------------------------------
  ctx.command('webContents.loaded', ({ webContentsId, loadId, url, title, error }) => {
    const wc = all.get(webContentsId);
    if (!wc) return null;
    const pending = wc._pending.get(loadId);
    wc._pending.delete(loadId);
    wc._loading = false;
    if (error) {
      wc.emit('did-fail-load', new ElectronEvent(), error.errno, error.code, url, true, 1, 1);
      wc.emit('did-stop-loading');
      pending?.reject(loadError(error.errno, error.code, url));
      return null;
    }
    wc._url = url;
    wc._title = title ?? '';
    wc.emit('dom-ready', new ElectronEvent());
    wc.emit('did-finish-load', new ElectronEvent());
    wc.emit('did-stop-loading');
    pending?.resolve();
    wc._owner?._firstLoad();
    return null;
  });

  ctx.command('webContents.navigated', ({ webContentsId, url, title }) => {
    const wc = all.get(webContentsId);
    if (!wc || url === wc._url) return null;
    const strip = (u) => u.replace(/#.*$/, '');
    const inPage = strip(url) === strip(wc._url);
    wc._url = url;
    if (title !== undefined) wc._title = title;
    if (inPage) wc.emit('did-navigate-in-page', new ElectronEvent(), url, true, 1, 1);
    else wc.emit('did-navigate', new ElectronEvent(), url, 200, 'OK');
    return null;
  });

  /** The page is about to leave for `url` (user click, location change): may the app stop it? */
  ctx.command('webContents.willNavigate', ({ webContentsId, url }) => {
    const wc = get(webContentsId);
    const event = new ElectronEvent({ url, isSameDocument: false, isMainFrame: true });
    wc.emit('will-navigate', event, url);
    wc.emit('will-frame-navigate', event);
    return { prevented: event.defaultPrevented };
  });

  ctx.command('webContents.willRedirect', ({ webContentsId, url }) => {
    const wc = get(webContentsId);
    const event = new ElectronEvent({ url });
    wc.emit('will-redirect', event, url);
    return { prevented: event.defaultPrevented };
  });

  /** The page called window.open(): ask the app's window-open handler. */
  ctx.command(
    'webContents.windowOpen',
    ({ webContentsId, url, frameName = '', features = '', disposition = 'new-window' }) => {
      const wc = get(webContentsId);
      const details = {
        url,
        frameName,
        features,
        disposition,
        referrer: { url: wc._url, policy: 'strict-origin-when-cross-origin' },
      };
      const answer = wc._windowOpenHandler ? wc._windowOpenHandler(details) : { action: 'allow' };
      ctx.record('webContents', 'windowOpen', [details], wc.id);
      return { action: answer?.action ?? 'deny' };
    },
  );

  /** A page the app did not create (a webview, a stray renderer): for sender checks. */
  ctx.command('webContents.createDetached', ({ preload = null } = {}) => {
    ctx.requireReady('Cannot create webContents before app is ready');
    const wc = new WebContents({ preload, kind: 'detached' });
    return { webContentsId: wc.id };
  });

  ctx.command('webContents.pageClosed', ({ webContentsId }) => {
    const wc = all.get(webContentsId);
    if (!wc) return null;
    if (wc._owner) wc._owner.destroy();
    else wc._destroy();
    return null;
  });

  ctx.command('webContents.emit', ({ webContentsId, event, args = [] }) => {
    get(webContentsId).emit(event, new ElectronEvent(), ...args);
    return null;
  });

  ctx.snapshot('webContents', () =>
    [...all.values()].map((wc) => ({
      id: wc.id,
      kind: wc._kind,
      windowId: wc._owner?.id ?? null,
      url: wc._url,
      loading: wc._loading,
      zoomFactor: wc._zoomFactor,
      listeners: Object.fromEntries(wc.eventNames().map((e) => [String(e), wc.listenerCount(e)])),
    })),
  );

  const webContents = {
    getAllWebContents: () => [...all.values()],
    fromId: (id) => all.get(id),
    getFocusedWebContents: () => electron.BrowserWindow.getFocusedWindow()?.webContents ?? null,
  };

  return { webContents, WebContents };
}
