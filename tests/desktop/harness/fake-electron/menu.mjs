/**
 * `Menu` and `MenuItem`: keeps the template so the harness can show the
 * labels and "click" an item by its label path, submenus included.
 */
import { EventEmitter } from 'node:events';
import { ElectronEvent } from './context.mjs';

const TYPES = ['normal', 'separator', 'submenu', 'checkbox', 'radio', 'header', 'palette'];

export function install(ctx, electron) {
  let applicationMenu = null;

  class MenuItem {
    constructor(options) {
      if (options === null || typeof options !== 'object')
        throw new TypeError('Invalid template for MenuItem');
      const submenu = options.submenu;
      this.id = options.id;
      this.label = options.label ?? '';
      this.sublabel = options.sublabel ?? '';
      this.toolTip = options.toolTip ?? '';
      this.role = options.role;
      this.accelerator = options.accelerator;
      this.type = options.type ?? (submenu ? 'submenu' : 'normal');
      if (!TYPES.includes(this.type)) throw new Error(`Unknown menu item type: ${this.type}`);
      this.enabled = options.enabled ?? true;
      this.visible = options.visible ?? true;
      this.checked = options.checked ?? false;
      this.submenu = submenu
        ? submenu instanceof Menu
          ? submenu
          : Menu.buildFromTemplate(submenu)
        : undefined;
      if (this.type === 'submenu' && !this.submenu) throw new Error('Invalid submenu');
      this._click = typeof options.click === 'function' ? options.click : null;
      this.menu = null;
    }

    /** What Electron does when the person picks the item. */
    click(event = {}, focusedWindow = electron.BrowserWindow.getFocusedWindow(), focusedWebContents) {
      if (this.type === 'checkbox') this.checked = !this.checked;
      if (this.type === 'radio' && this.menu) {
        for (const sibling of this.menu.items)
          if (sibling.type === 'radio') sibling.checked = sibling === this;
      }
      ctx.record('MenuItem', 'click', [this.label]);
      if (this._click) this._click(this, focusedWindow ?? undefined, { ...event, focusedWebContents });
    }
  }

  class Menu extends EventEmitter {
    constructor() {
      super();
      this.items = [];
    }
    static buildFromTemplate(template) {
      ctx.record('Menu', 'buildFromTemplate', [template]);
      if (!Array.isArray(template))
        throw new TypeError('Invalid template for Menu: Menu template must be an array');
      const valid = template.every(
        (item) =>
          item !== null &&
          typeof item === 'object' &&
          ('label' in item || 'role' in item || item.type === 'separator'),
      );
      if (!valid)
        throw new TypeError('Invalid template for MenuItem: must have at least one of label, role or type');
      const menu = new Menu();
      for (const item of template) menu.append(item instanceof MenuItem ? item : new MenuItem(item));
      return menu;
    }
    static setApplicationMenu(menu) {
      ctx.record('Menu', 'setApplicationMenu', [menu ? '[Menu]' : null]);
      applicationMenu = menu;
    }
    static getApplicationMenu() {
      return applicationMenu;
    }
    append(item) {
      item.menu = this;
      this.items.push(item);
    }
    insert(position, item) {
      item.menu = this;
      this.items.splice(position, 0, item);
    }
    getMenuItemById(id) {
      for (const item of this.items) {
        if (item.id === id) return item;
        const found = item.submenu?.getMenuItemById(id);
        if (found) return found;
      }
      return null;
    }
    popup(options = {}) {
      ctx.record('Menu', 'popup', [options]);
      this.emit('menu-will-show', new ElectronEvent());
    }
    closePopup() {
      this.emit('menu-will-close', new ElectronEvent());
    }
    __describe() {
      return describeMenu(this);
    }
  }

  return { Menu, MenuItem };
}

/** JSON picture of a menu: what a person would see. */
export function describeMenu(menu) {
  return menu.items.map((item) => ({
    id: item.id ?? null,
    label: item.label,
    type: item.type,
    role: item.role ?? null,
    enabled: item.enabled,
    visible: item.visible,
    checked: item.checked,
    accelerator: item.accelerator ?? null,
    sublabel: item.sublabel || null,
    submenu: item.submenu ? describeMenu(item.submenu) : null,
  }));
}

/**
 * Finds the item at `labels` (["Start routine", "Upper back"]) and clicks it,
 * refusing what a person could not click: a missing, hidden or disabled item,
 * a separator, or a submenu opener.
 */
export function clickMenuPath(menu, labels) {
  let current = menu;
  let item = null;
  const trail = [];
  for (const label of labels) {
    if (!current) throw new Error(`menu: "${trail.join(' > ')}" has no submenu`);
    const visible = current.items.filter((i) => i.visible && i.type !== 'separator');
    item = visible.find((i) => i.label === label) ?? null;
    trail.push(label);
    if (!item) {
      const hidden = current.items.find((i) => i.label === label);
      throw new Error(
        hidden
          ? `menu: "${trail.join(' > ')}" is hidden`
          : `menu: no item "${trail.join(' > ')}" (there are: ${visible.map((i) => JSON.stringify(i.label)).join(', ')})`,
      );
    }
    if (!item.enabled) throw new Error(`menu: "${trail.join(' > ')}" is disabled`);
    current = item.submenu ?? null;
  }
  if (!item) throw new Error('menu: empty label path');
  if (item.submenu) throw new Error(`menu: "${trail.join(' > ')}" opens a submenu; name an item inside it`);
  item.click();
}
