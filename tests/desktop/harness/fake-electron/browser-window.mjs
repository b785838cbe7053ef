/**
 * `BrowserWindow`: state (visible, focused, minimized, bounds) and events.
 * Its page is opened in Chromium by the harness when the app loads a URL.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { ElectronEvent, describe, instrument } from './context.mjs';

export function install(ctx, electron) {
  const windows = new Map();
  let focusedId = null;

  const setFocus = (win) => {
    const previous = focusedId === null ? null : windows.get(focusedId);
    if (previous === win) return;
    focusedId = win ? win.id : null;
    if (previous) previous.emit('blur', new ElectronEvent());
    if (win) win.emit('focus', new ElectronEvent());
  };

  class BrowserWindow extends EventEmitter {
    constructor(options = {}) {
      ctx.requireReady('Cannot create BrowserWindow before app is ready');
      const preload = options.webPreferences?.preload;
      if (preload !== undefined) {
        if (typeof preload !== 'string' || !path.isAbsolute(preload)) {
          throw new Error(
            `BrowserWindow: webPreferences.preload must be an absolute path, got ${JSON.stringify(preload)}`,
          );
        }
        if (!fs.existsSync(preload))
          throw new Error(`BrowserWindow: webPreferences.preload does not exist: ${preload}`);
      }
      super();
      this.id = ctx.nextId('window');
      this._options = options;
      this._destroyed = false;
      this._visible = false;
      this._minimized = false;
      this._maximized = false;
      this._fullScreen = false;
      this._alwaysOnTop = Boolean(options.alwaysOnTop);
      this._title = options.title ?? electron.app.getName();
      this._bounds = {
        x: options.x ?? 0,
        y: options.y ?? 0,
        width: options.width ?? 800,
        height: options.height ?? 600,
      };
      this._backgroundColor = String(options.backgroundColor ?? '#FFFFFF').toUpperCase();
      this._shownOnce = false;
      this._readyToShow = false;
      windows.set(this.id, this);
      ctx.record('BrowserWindow', 'constructor', [options], this.id);
      this.webContents = new WebContentsClass({ owner: this, preload: preload ?? null });
      ctx.notify('window.created', {
        windowId: this.id,
        webContentsId: this.webContents.id,
        options: describe(options),
      });
      electron.app.emit('browser-window-created', new ElectronEvent(), this);
      if (options.show !== false) this.show();
    }

    static getAllWindows() {
      return [...windows.values()];
    }
    static getFocusedWindow() {
      return focusedId === null ? null : (windows.get(focusedId) ?? null);
    }
    static fromWebContents(wc) {
      return [...windows.values()].find((w) => w.webContents === wc) ?? null;
    }
    static fromId(id) {
      return windows.get(id) ?? null;
    }

    loadURL(url, options) {
      return this.webContents.loadURL(url, options);
    }
    loadFile(file, options) {
      return this.webContents.loadFile(file, options);
    }
    show() {
      const wasVisible = this._visible;
      this._visible = true;
      this._shownOnce = true;
      if (!wasVisible) this.emit('show', new ElectronEvent());
      setFocus(this);
      ctx.notify('window.shown', { windowId: this.id });
    }
    showInactive() {
      const wasVisible = this._visible;
      this._visible = true;
      if (!wasVisible) this.emit('show', new ElectronEvent());
    }
    hide() {
      if (!this._visible) return;
      this._visible = false;
      if (focusedId === this.id) setFocus(null);
      this.emit('hide', new ElectronEvent());
    }
    focus() {
      if (!this._visible) this.show();
      else setFocus(this);
    }
    blur() {
      if (focusedId === this.id) setFocus(null);
    }
    isVisible() {
      return this._visible && !this._minimized;
    }
    isFocused() {
      return focusedId === this.id;
    }
    minimize() {
      if (this._minimized) return;
      this._minimized = true;
      if (focusedId === this.id) setFocus(null);
      this.emit('minimize', new ElectronEvent());
    }
    isMinimized() {
      return this._minimized;
    }
    restore() {
      if (!this._minimized) return;
      this._minimized = false;
      this.emit('restore', new ElectronEvent());
    }
    maximize() {
      this._maximized = true;
      this.emit('maximize', new ElectronEvent());
    }
    unmaximize() {
      this._maximized = false;
      this.emit('unmaximize', new ElectronEvent());
    }
    isMaximized() {
      return this._maximized;
    }
    setFullScreen(flag) {
      this._fullScreen = Boolean(flag);
    }
    isFullScreen() {
      return this._fullScreen;
    }
    setAlwaysOnTop(flag) {
      this._alwaysOnTop = Boolean(flag);
    }
    isAlwaysOnTop() {
      return this._alwaysOnTop;
    }
    setTitle(title) {
      this._title = String(title);
    }
    getTitle() {
      return this._title;
    }
    setBounds(bounds) {
      const before = this._bounds;
      this._bounds = { ...this._bounds, ...bounds };
      if (before.width !== this._bounds.width || before.height !== this._bounds.height) {
        // The page's viewport follows the window's size (no frame here: content size = bounds).
        ctx.notify('window.resized', {
          windowId: this.id,
          webContentsId: this.webContents.id,
          width: this._bounds.width,
          height: this._bounds.height,
        });
        this.emit('resize', new ElectronEvent());
      } else if (before.x !== this._bounds.x || before.y !== this._bounds.y) {
        this.emit('move', new ElectronEvent());
      }
    }
    /** The harness draws no frame, so the content size is the window's size. */
    setContentSize(width, height) {
      if (!Number.isInteger(width) || !Number.isInteger(height)) {
        throw new TypeError('Error processing argument at index 0, conversion failure');
      }
      this.setBounds({ width, height });
    }
    getContentSize() {
      return [this._bounds.width, this._bounds.height];
    }
    getContentBounds() {
      return { ...this._bounds };
    }
    setBackgroundColor(color) {
      if (typeof color !== 'string' || !/^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(color)) {
        throw new TypeError(`Invalid color: ${String(color)}`);
      }
      this._backgroundColor = color.toUpperCase();
    }
    getBackgroundColor() {
      return this._backgroundColor;
    }
    getBounds() {
      return { ...this._bounds };
    }
    setSize(width, height) {
      this.setBounds({ width, height });
    }
    getSize() {
      return [this._bounds.width, this._bounds.height];
    }
    setPosition(x, y) {
      this.setBounds({ x, y });
    }
    getPosition() {
      return [this._bounds.x, this._bounds.y];
    }
    center() {}
    moveTop() {}
    setSkipTaskbar() {}
    setMenuBarVisibility() {}
    setAutoHideMenuBar() {}
    setMenu() {}
    removeMenu() {}
    setResizable() {}
    setVisibleOnAllWorkspaces() {}
    flashFrame() {}
    setProgressBar() {}
    setIcon() {}
    /** Asks to close: 'close' may be prevented; then the window is destroyed. */
    close() {
      setImmediate(() => void this._closeForQuit());
    }
    destroy() {
      this._destroyNow();
    }
    isDestroyed() {
      return this._destroyed;
    }
    __describe() {
      return { BrowserWindow: this.id };
    }

    /** Internal: resolves once the close is done or refused. */
    _closeForQuit() {
      if (this._destroyed) return Promise.resolve();
      const event = new ElectronEvent();
      this.emit('close', event);
      if (!event.defaultPrevented) this._destroyNow();
      return Promise.resolve();
    }
    _destroyNow() {
      if (this._destroyed) return;
      this._destroyed = true;
      this._visible = false;
      if (focusedId === this.id) setFocus(null);
      windows.delete(this.id);
      this.webContents._destroy();
      ctx.notify('window.closed', { windowId: this.id, webContentsId: this.webContents.id });
      this.emit('closed');
      if (windows.size === 0) electron.app._lastWindowClosed();
    }
    _firstLoad() {
      if (this._readyToShow || this._destroyed) return;
      this._readyToShow = true;
      this.emit('ready-to-show', new ElectronEvent());
    }
  }
  const WebContentsClass = electron.WebContents;
  instrument(ctx, BrowserWindow, 'BrowserWindow', [
    'loadURL',
    'loadFile',
    'show',
    'showInactive',
    'hide',
    'focus',
    'blur',
    'isVisible',
    'isFocused',
    'minimize',
    'isMinimized',
    'restore',
    'maximize',
    'unmaximize',
    'isMaximized',
    'setFullScreen',
    'isFullScreen',
    'setAlwaysOnTop',
    'isAlwaysOnTop',
    'setTitle',
    'getTitle',
    'setBounds',
    'getBounds',
    'setSize',
    'getSize',
    'setPosition',
    'getPosition',
    'setContentSize',
    'getContentSize',
    'setBackgroundColor',
    'center',
    'moveTop',
    'setSkipTaskbar',
    'setMenuBarVisibility',
    'setAutoHideMenuBar',
    'setMenu',
    'removeMenu',
    'setResizable',
    'setVisibleOnAllWorkspaces',
    'flashFrame',
    'setProgressBar',
    'setIcon',
    'close',
    'destroy',
  ]);

  const get = (windowId) => {
    const win = windows.get(windowId);
    if (!win) throw new Error(`fake electron: no live window ${windowId}`);
    return win;
  };

  // --- what a person does to a window -------------------------------------------------
  ctx.command('window.close', ({ windowId }) =>
    get(windowId)
      ._closeForQuit()
      .then(() => null),
  );
  ctx.command('window.minimize', ({ windowId }) => (get(windowId).minimize(), null));
  ctx.command('window.focus', ({ windowId }) => (setFocus(get(windowId)), null));
  /** The person switched to another application. */
  ctx.command('window.blurAll', () => (setFocus(null), null));

  ctx.snapshot('windows', () =>
    [...windows.values()].map((w) => ({
      id: w.id,
      webContentsId: w.webContents.id,
      url: w.webContents._url,
      title: w._title,
      visible: w._visible,
      minimized: w._minimized,
      focused: focusedId === w.id,
      bounds: w._bounds,
      backgroundColor: w._backgroundColor,
      zoomFactor: w.webContents._zoomFactor,
      options: describe(w._options),
      listeners: Object.fromEntries(w.eventNames().map((e) => [String(e), w.listenerCount(e)])),
    })),
  );
  ctx.snapshot('focusedWindowId', () => focusedId);

  return { BrowserWindow };
}
