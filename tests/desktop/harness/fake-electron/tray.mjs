/**
 * `Tray`: icon, tooltip, title and context menu, readable by the harness,
 * which can also click the icon or pick a menu item by label.
 */
import { EventEmitter } from 'node:events';
import { ElectronEvent, describe, instrument } from './context.mjs';
import { clickMenuPath, describeMenu } from './menu.mjs';

export function install(ctx, electron) {
  const trays = new Map();

  class Tray extends EventEmitter {
    constructor(image, guid) {
      ctx.requireReady('Cannot create Tray before app is ready');
      const icon = electron.nativeImage._coerce(image);
      if (!icon)
        throw new TypeError('Error processing argument at index 0, conversion failure from ' + String(image));
      super();
      this.id = ctx.nextId('tray');
      this._image = icon;
      this._guid = guid ?? null;
      this._tooltip = '';
      this._title = '';
      this._menu = null;
      this._destroyed = false;
      trays.set(this.id, this);
      ctx.record('Tray', 'constructor', [icon], this.id);
      ctx.notify('tray.created', { trayId: this.id });
    }
    setImage(image) {
      this._image = electron.nativeImage._coerce(image) ?? this._image;
    }
    setPressedImage() {}
    setToolTip(text) {
      this._tooltip = String(text);
    }
    setTitle(title) {
      this._title = String(title);
    }
    getTitle() {
      return this._title;
    }
    setContextMenu(menu) {
      if (menu !== null && !(menu instanceof electron.Menu)) throw new TypeError('Invalid menu');
      this._menu = menu;
    }
    popUpContextMenu() {}
    closeContextMenu() {}
    displayBalloon(options) {
      ctx.notify('tray.balloon', { trayId: this.id, options: describe(options) });
    }
    removeBalloon() {}
    focus() {}
    setIgnoreDoubleClickEvents() {}
    getBounds() {
      return { x: 0, y: 0, width: 22, height: 22 };
    }
    destroy() {
      this._destroyed = true;
      trays.delete(this.id);
    }
    isDestroyed() {
      return this._destroyed;
    }
    __describe() {
      return { Tray: this.id };
    }
  }
  instrument(ctx, Tray, 'Tray', [
    'setImage',
    'setPressedImage',
    'setToolTip',
    'setTitle',
    'setContextMenu',
    'popUpContextMenu',
    'closeContextMenu',
    'displayBalloon',
    'removeBalloon',
    'focus',
    'setIgnoreDoubleClickEvents',
    'destroy',
  ]);

  const get = (trayId) => {
    const tray = trays.get(trayId);
    if (!tray) throw new Error(`fake electron: no live tray ${trayId}`);
    return tray;
  };

  ctx.command('tray.clickMenu', ({ trayId, labels }) => {
    const tray = get(trayId);
    if (!tray._menu) throw new Error('tray: no context menu set');
    clickMenuPath(tray._menu, labels);
    return null;
  });
  /** Left click, right click, double click on the icon. */
  ctx.command('tray.click', ({ trayId, button = 'left' }) => {
    const tray = get(trayId);
    const bounds = tray.getBounds();
    const name = { left: 'click', right: 'right-click', double: 'double-click' }[button];
    if (!name) throw new Error(`tray.click: unknown button ${button}`);
    tray.emit(name, new ElectronEvent(), bounds, { x: 10, y: 10 });
    return null;
  });

  ctx.snapshot('trays', () =>
    [...trays.values()].map((t) => ({
      id: t.id,
      tooltip: t._tooltip,
      title: t._title,
      image: describe(t._image),
      menu: t._menu ? describeMenu(t._menu) : null,
    })),
  );

  return { Tray };
}
