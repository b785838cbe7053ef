import path from 'node:path';
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import type { TrayAction, TrayIconState, TrayItem, TrayModel } from '../core/tray-model';
import { renderText } from '../shared/i18n';

/** Tray icon file for this platform and state: .ico on Windows, template images on macOS, PNG on Linux. */
export function trayIconFile(resources: string, platform: NodeJS.Platform, state: TrayIconState): string {
  const name =
    platform === 'darwin' ? `${state}Template.png` : platform === 'win32' ? `${state}.ico` : `${state}.png`;
  return path.join(resources, 'tray', name);
}

function loadIcon(file: string) {
  const image = nativeImage.createFromPath(file);
  if (image.isEmpty()) throw new Error(`tray icon missing or unreadable: ${file}`);
  if (process.platform === 'darwin') image.setTemplateImage(true);
  return image;
}

export function menuTemplate(
  items: TrayItem[],
  run: (action: TrayAction) => void,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.type) {
      case 'label':
        return { label: renderText(item.label), enabled: false };
      case 'separator':
        return { type: 'separator' };
      case 'action':
        return { label: renderText(item.label), enabled: item.enabled, click: () => run(item.action) };
      case 'submenu':
        return { label: renderText(item.label), submenu: menuTemplate(item.items, run) };
    }
  });
}

export class AppTray {
  private readonly tray: Tray;
  private state: TrayIconState = 'active';
  private shown = '';

  constructor(
    private readonly iconFile: (state: TrayIconState) => string,
    private readonly run: (action: TrayAction) => void,
  ) {
    // Check every state's icon now, so a missing file fails at start, not later.
    for (const state of ['paused', 'outside'] as const) loadIcon(iconFile(state));
    this.tray = new Tray(loadIcon(iconFile(this.state)));
  }

  /** Rebuilds the icon, tooltip and menu only when the model changed (the engine reports every wake-up). */
  update(model: TrayModel, force = false): void {
    const serialized = JSON.stringify(model);
    if (force) this.shown = '';
    if (serialized === this.shown) return;
    this.shown = serialized;
    if (model.icon !== this.state) {
      this.state = model.icon;
      this.tray.setImage(loadIcon(this.iconFile(model.icon)));
    }
    this.tray.setToolTip(renderText(model.tooltip));
    this.tray.setContextMenu(Menu.buildFromTemplate(menuTemplate(model.items, this.run)));
  }

  isDestroyed(): boolean {
    return this.tray.isDestroyed();
  }
}
