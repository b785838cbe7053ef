/**
 * A tray whose icon files are missing cannot be used: the person is told in
 * a dialog and the app exits.
 */
import { t, renderText, text } from '../shared/i18n';
import type { TrayAction } from '../core/tray-model';
import { AppTray, trayIconFile } from './tray';

/** Creates the tray, or says why it cannot and returns null (the caller exits). */
export function startTray(
  resources: string,
  platform: NodeJS.Platform,
  run: (action: TrayAction) => void,
  showErrorBox: (title: string, content: string) => void,
): AppTray | null {
  try {
    return new AppTray((state) => trayIconFile(resources, platform, state), run);
  } catch (error) {
    const problem = (error as Error).message;
    console.error(`unslouch: ${problem}. Reinstall Unslouch to restore its icons.`);
    showErrorBox(t('dialog.cannotStart.title'), renderText(text('dialog.trayIconMissing', { problem })));
    return null;
  }
}
