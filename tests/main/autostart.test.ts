import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { autostartDesktopEntry, linuxAutostartFile, setLinuxAutostart } from '../../electron/main/autostart';
import { tempDir } from '../support/temp-store';

describe('Linux autostart entry', () => {
  it('is a valid desktop entry that runs the app', () => {
    const entry = autostartDesktopEntry('/opt/Unslouch/unslouch');
    expect(entry).toMatch(/^\[Desktop Entry\]\n/);
    expect(entry).toContain('\nExec=/opt/Unslouch/unslouch\n');
    expect(entry).toContain('\nType=Application\n');
  });

  it('quotes a path with spaces', () => {
    expect(autostartDesktopEntry('/home/a b/Unslouch.AppImage')).toContain(
      'Exec="/home/a b/Unslouch.AppImage"',
    );
  });

  it('lives under XDG_CONFIG_HOME/autostart', () => {
    expect(linuxAutostartFile('/home/x', '/cfg')).toBe('/cfg/autostart/unslouch.desktop');
    expect(linuxAutostartFile('/home/x', '')).toBe('/home/x/.config/autostart/unslouch.desktop');
  });

  it('is written when turned on and removed when turned off', () => {
    const file = path.join(tempDir(), 'autostart', 'unslouch.desktop');
    expect(setLinuxAutostart(true, '/usr/bin/unslouch', file)).toBe('written');
    expect(fs.readFileSync(file, 'utf8')).toContain('Exec=/usr/bin/unslouch');
    expect(setLinuxAutostart(true, '/usr/bin/unslouch', file)).toBe('unchanged');
    expect(setLinuxAutostart(false, '/usr/bin/unslouch', file)).toBe('removed');
    expect(fs.existsSync(file)).toBe(false);
    expect(setLinuxAutostart(false, '/usr/bin/unslouch', file)).toBe('unchanged');
  });
});
