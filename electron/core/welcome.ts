/** When the first-run welcome opens by itself. */
import type { Settings } from './settings';

/**
 * Once, on a first start: not after the person has seen it, and not when the
 * settings file was unusable and replaced by defaults (that person has used
 * Unslouch before; the recovery dialog speaks to them instead).
 */
export function shouldShowWelcome(app: Settings['app'], settingsRecovered: boolean): boolean {
  return !app.welcomeSeen && !settingsRecovered;
}

/**
 * Starting Unslouch again while it runs (the person cannot find the tray
 * icon, e.g. GNOME without AppIndicator support): the welcome until it has
 * been seen, then the settings window.
 */
export function secondLaunchWindow(app: Settings['app']): 'welcome' | 'settings' {
  return app.welcomeSeen ? 'settings' : 'welcome';
}
