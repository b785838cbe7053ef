/**
 * Start at login. macOS and Windows: Electron's login item. Linux: an XDG
 * autostart .desktop entry (~/.config/autostart), which Electron does not manage.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function autostartDesktopEntry(execPath: string): string {
  const quoted = /[\s"'\\]/.test(execPath) ? `"${execPath.replace(/(["\\`$])/g, '\\$1')}"` : execPath;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Unslouch',
    'Comment=Posture breaks for people who sit all day',
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
