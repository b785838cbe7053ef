/**
 * Start at login. macOS and Windows: Electron's login item. Linux: an XDG
 * autostart .desktop entry (~/.config/autostart), which Electron does not manage.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getLocale, renderEnglish, t, text } from '../shared/i18n';

/** The entry's group header: a name the desktop entry format fixes, not words (see the no-English test). */
const DESKTOP_ENTRY_GROUP = '[Desktop Entry]';

/**
 * The entry's text. Desktops show its Comment to the person (GNOME's and
 * KDE's lists of startup applications), so it comes from the catalog: the
 * English source as the default and, when Unslouch speaks another language,
 * that language's words as `Comment[xx_YY]` (the desktop entry
 * specification's localised keys). The entry is written when start at login
 * is turned on and again when the language changes (the app controller).
 */
export function autostartDesktopEntry(execPath: string): string {
  const locale = getLocale();
  const quoted = /[\s"'\\]/.test(execPath) ? `"${execPath.replace(/(["\\`$])/g, '\\$1')}"` : execPath;
  const comment = text('autostart.comment');
  const localised =
    locale === 'en' || locale.startsWith('en-')
      ? []
      : [`Comment[${locale.replace('-', '_')}]=${t('autostart.comment')}`];
  return [
    DESKTOP_ENTRY_GROUP,
    'Type=Application',
    'Name=Unslouch',
    `Comment=${renderEnglish(comment)}`,
    ...localised,
    `Exec=${quoted}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function linuxAutostartFile(home = os.homedir(), configHome = process.env.XDG_CONFIG_HOME): string {
  return path.join(configHome || path.join(home, '.config'), 'autostart', 'unslouch.desktop');
}

/** Writes or removes the Linux autostart entry; returns what it did. */
export function setLinuxAutostart(
  enabled: boolean,
  execPath: string,
  file = linuxAutostartFile(),
): 'written' | 'removed' | 'unchanged' {
  if (enabled) {
    const content = autostartDesktopEntry(execPath);
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === content) return 'unchanged';
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return 'written';
  }
  if (!fs.existsSync(file)) return 'unchanged';
  fs.rmSync(file);
  return 'removed';
}
