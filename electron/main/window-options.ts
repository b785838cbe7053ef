/**
 * What each kind of window looks like. Pure, so the security settings can be
 * checked in tests without Electron.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { t, type MessageKey } from '../shared/i18n';

export type WindowKind = 'prompt' | 'routine' | 'settings' | 'history' | 'library';

export const WINDOW_KINDS: readonly WindowKind[] = ['prompt', 'routine', 'settings', 'history', 'library'];

const SIZES: Record<WindowKind, { width: number; height: number }> = {
  prompt: { width: 380, height: 300 },
  routine: { width: 440, height: 620 },
  settings: { width: 560, height: 680 },
  history: { width: 620, height: 640 },
  library: { width: 560, height: 640 },
};

const TITLES: Record<WindowKind, MessageKey> = {
  prompt: 'window.prompt',
  routine: 'window.routine',
  settings: 'window.settings',
  history: 'window.history',
  library: 'window.library',
};

export function windowOptions(kind: WindowKind, preload: string): BrowserWindowConstructorOptions {
  const base: BrowserWindowConstructorOptions = {
    show: false,
    title: t(TITLES[kind]),
    backgroundColor: '#f7f5f0',
    autoHideMenuBar: true,
    ...SIZES[kind],
    minWidth: 320,
    minHeight: 240,
    webPreferences: {
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  };
  if (kind === 'prompt') {
    // Small, on top, and shown without taking focus (see WindowManager).
    return {
      ...base,
      alwaysOnTop: true,
      skipTaskbar: true,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
    };
  }
  return base;
}

export function windowUrl(origin: string, kind: WindowKind, routineId?: string, trigger?: string): string {
  switch (kind) {
    case 'routine':
      return `${origin}/index.html#/routine/${routineId ?? ''}${trigger ? `?trigger=${trigger}` : ''}`;
    case 'library':
      return `${origin}/index.html#/routines`;
    default:
      return `${origin}/index.html#/${kind}`;
  }
}

/** Bottom-right of a display's work area, with a margin. */
export function promptPosition(workArea: { x: number; y: number; width: number; height: number }): {
  x: number;
  y: number;
} {
  const { width, height } = SIZES.prompt;
  return { x: workArea.x + workArea.width - width - 16, y: workArea.y + workArea.height - height - 16 };
}
