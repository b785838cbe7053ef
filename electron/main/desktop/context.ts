/**
 * What a probe may use: a runner for system tools, the D-Bus, a few file
 * reads, and who "we" are (our own processes and windows never count).
 */
import fs from 'node:fs/promises';
import type { BusAccess } from './dbus';
import type { Runner } from './run';

export interface FileAccess {
  /** The file's text, or the error code (ENOENT, EACCES, EPERM…). */
  readText(path: string): Promise<{ ok: true; text: string } | { ok: false; code: string }>;
  list(dir: string): Promise<string[] | null>;
  link(path: string): Promise<string | null>;
}

export const nodeFiles: FileAccess = {
  async readText(path) {
    try {
      return { ok: true, text: await fs.readFile(path, 'utf8') };
    } catch (error) {
      return { ok: false, code: String((error as NodeJS.ErrnoException).code ?? 'EIO') };
    }
  },
  list: (dir) => fs.readdir(dir).catch(() => null),
  link: (path) => fs.readlink(path).catch(() => null),
};

export interface OwnWindows {
  /** Our processes (main, renderers, GPU…): their windows, streams and devices are not "another app". */
  pids: number[];
  /** Native window ids of our windows (X11 ids as "0x…" hex). */
  windowIds: string[];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ProbeContext {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
  run: Runner;
  bus: BusAccess;
  files: FileAccess;
  own: OwnWindows;
  /** The executable path of this app (Windows' ConsentStore keys name apps by path). */
  execPath: string;
  /** Display bounds (Electron's screen), for "the front window covers its display". */
  displays(): Rect[];
  /** Electron's powerMonitor idle time, where it works. */
  electronIdleSeconds(): number;
  /** Shares one read between the signals of one sample (e.g. one PowerShell run on Windows). */
  once<T>(key: string, read: () => Promise<T>): Promise<T>;
}

export type LinuxSession = 'wayland' | 'x11' | 'other';
export type LinuxDesktop = 'gnome' | 'kde' | 'xfce' | 'other';

/** The session and desktop as the login session describes them (XDG_SESSION_TYPE, XDG_CURRENT_DESKTOP). */
export function linuxDesktop(env: NodeJS.ProcessEnv): { session: LinuxSession; desktop: LinuxDesktop } {
  const type = (env.XDG_SESSION_TYPE ?? '').toLowerCase();
  const session: LinuxSession =
    type === 'wayland' || (!type && env.WAYLAND_DISPLAY)
      ? 'wayland'
      : type === 'x11' || env.DISPLAY
        ? 'x11'
        : 'other';
  const names = (env.XDG_CURRENT_DESKTOP ?? env.DESKTOP_SESSION ?? '').toLowerCase().split(':');
  const desktop: LinuxDesktop = names.some((n) => ['gnome', 'ubuntu', 'unity', 'pop'].includes(n))
    ? 'gnome'
    : names.includes('kde') || names.includes('plasma')
      ? 'kde'
      : names.includes('xfce')
        ? 'xfce'
        : 'other';
  return { session, desktop };
}
