import path from 'node:path';
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import type { TrayAction, TrayItem, TrayModel } from '../core/tray-model';

/** Tray icon file for this platform (template image on macOS). */
export function trayIconFile(resources: string, platform: NodeJS.Platform): string {
  const name = platform === 'darwin' ? 'trayTemplate.png' : platform === 'win32' ? 'tray-win.png' : 'tray.png';
  return path.join(resources, 'tray', name);
}

export function menuTemplate(items: TrayItem[], run: (action: TrayAction) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.type) {
      case 'label':
        return { label: item.label, enabled: false };
      case 'separator':
        return { type: 'separator' };
      case 'action':
        return { label: item.label, enabled: item.enabled, click: () => run(item.action) };
      case 'submenu':
        return { label: item.label, submenu: menuTemplate(item.items, run) };
    }
  });
}

export class AppTray {
  private readonly tray: Tray;

  constructor(
    iconFile: string,
    private readonly run: (action: TrayAction) => void,
  ) {
    const image = nativeImage.createFromPath(iconFile);
    if (image.isEmpty()) throw new Error(`tray icon missing or unreadable: ${iconFile}`);
    if (process.platform === 'darwin') image.setTemplateImage(true);
    this.tray = new Tray(image);
  }

  update(model: TrayModel): void {
    this.tray.setToolTip(model.tooltip);
    this.tray.setContextMenu(Menu.buildFromTemplate(menuTemplate(model.items, this.run)));
  }

  isDestroyed(): boolean {
    return this.tray.isDestroyed();
  }
}
