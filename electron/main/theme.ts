/**
 * Light or dark: the app's theme setting drives `nativeTheme.themeSource`,
 * which Electron documents as making `prefers-color-scheme` match in every
 * renderer (https://www.electronjs.org/docs/latest/api/native-theme). The
 * pages' CSS follows that query; this module keeps the windows' own
 * background (shown before a page paints) in step.
 */
import { BrowserWindow, nativeTheme } from 'electron';
import type { Settings } from '../core/settings';
import { windowBackground } from './window-options';

export type ThemeChoice = Settings['app']['theme'];

/** Forces light or dark, or follows the system. Sets themeSource only on a change ('updated' fires on every set). */
export function applyTheme(choice: ThemeChoice): void {
  if (nativeTheme.themeSource !== choice) nativeTheme.themeSource = choice;
}

export function prefersDark(): boolean {
  return nativeTheme.shouldUseDarkColors;
}

/**
 * Repaints every open window's background when the theme changes (the system
 * switched, or the setting did). Returns the function that stops listening.
 */
export function followTheme(
  windows: () => BrowserWindow[] = () => BrowserWindow.getAllWindows(),
): () => void {
  const onUpdated = () => {
    const color = windowBackground(nativeTheme.shouldUseDarkColors);
    for (const win of windows()) if (!win.isDestroyed()) win.setBackgroundColor(color);
  };
  nativeTheme.on('updated', onUpdated);
  return () => nativeTheme.off('updated', onUpdated);
}
