/** Settings that reach outside the app: start at login and the global shortcut. */
import { app, globalShortcut } from 'electron';
import type { Settings } from '../core/settings';
import type { ShortcutProblem } from '../core/service/app-controller';
import { setLinuxAutostart } from './autostart';

export function applyStartAtLogin(enabled: boolean, log: (m: string) => void): void {
  if (process.platform === 'linux') {
    const did = setLinuxAutostart(
      enabled,
      app.isPackaged ? (process.env.APPIMAGE ?? process.execPath) : process.execPath,
    );
    if (did !== 'unchanged') log(`autostart entry ${did}`);
    return;
  }
  // No `openAsHidden` (removed in Electron 45; macOS 13+ ignored it): the app opens no window at start anyway.
  app.setLoginItemSettings({ openAtLogin: enabled });
}

/**
 * Registers the shortcut that starts the suggested routine. Returns why the
 * system refuses it (not valid here, or another app holds it), else null.
 */
export function applyGlobalShortcut(
  accelerator: Settings['app']['globalShortcut'],
  onPress: () => void,
  log: (m: string) => void = () => {},
): ShortcutProblem | null {
  globalShortcut.unregisterAll();
  if (!accelerator) return null;
  try {
    if (globalShortcut.register(accelerator, onPress)) return null;
  } catch (error) {
    log(`shortcut ${accelerator} not valid: ${(error as Error).message}`);
    return 'invalid';
  }
  return 'taken';
}
