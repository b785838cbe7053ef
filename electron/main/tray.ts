import path from 'node:path';
import { Menu, Tray, nativeImage } from 'electron';

export interface TrayActions {
  openApp(): void;
  quit(): void;
}

/** Tray icon file for this platform (template image on macOS). */
export function trayIconFile(resources: string, platform: NodeJS.Platform): string {
  const name =
    platform === 'darwin' ? 'trayTemplate.png' : platform === 'win32' ? 'tray-win.png' : 'tray.png';
  return path.join(resources, 'tray', name);
}

export function createTray(iconFile: string, actions: TrayActions): Tray {
  const image = nativeImage.createFromPath(iconFile);
  if (image.isEmpty()) {
    throw new Error(`tray icon missing or unreadable: ${iconFile}`);
  }
  const tray = new Tray(image);
  tray.setToolTip('Unslouch');
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open Unslouch', click: () => actions.openApp() },
      { type: 'separator' },
      { label: 'Quit', click: () => actions.quit() },
    ]),
  );
  return tray;
}
