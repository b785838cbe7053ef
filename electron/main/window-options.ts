/**
 * What each kind of window looks like. Pure, so the security settings can be
 * checked in tests without Electron.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { t, type MessageKey } from '../shared/i18n';

export type WindowKind = 'prompt' | 'routine' | 'settings' | 'history' | 'library' | 'welcome';

export const WINDOW_KINDS: readonly WindowKind[] = [
  'prompt',
  'routine',
  'settings',
  'history',
  'library',
  'welcome',
];

const SIZES: Record<WindowKind, { width: number; height: number }> = {
  prompt: { width: 380, height: 300 },
  routine: { width: 440, height: 620 },
  settings: { width: 560, height: 680 },
  history: { width: 620, height: 640 },
  library: { width: 560, height: 640 },
  welcome: { width: 560, height: 680 },
};

const TITLES: Record<WindowKind, MessageKey> = {
  prompt: 'window.prompt',
  routine: 'window.routine',
  settings: 'window.settings',
  history: 'window.history',
  library: 'window.library',
  welcome: 'window.welcome',
};

/** The window's colour before its page paints: the page's own background (--bg in app.css) in each theme. */
export const WINDOW_BACKGROUND = { light: '#f7f5f0', dark: '#161b1d' } as const;

export function windowBackground(dark: boolean): string {
  return dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
}

export function windowOptions(
  kind: WindowKind,
  preload: string,
  dark = false,
): BrowserWindowConstructorOptions {
  const base: BrowserWindowConstructorOptions = {
    show: false,
    title: t(TITLES[kind]),
    backgroundColor: windowBackground(dark),
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
    // The prompt sizes itself to its content (zoom, long text): Chromium reports the
    // content's preferred size ('preferred-size-changed') and WindowManager fits the window.
    return {
      ...base,
      useContentSize: true,
      webPreferences: { ...base.webPreferences, enablePreferredSizeMode: true },
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

/** A window's address; `lang` (the language main speaks) lets its first paint be in that language. */
export function windowUrl(
  origin: string,
  kind: WindowKind,
  routineId?: string,
  trigger?: string,
  lang?: string,
): string {
  const q = lang ? `?lang=${encodeURIComponent(lang)}` : '';
  switch (kind) {
    // The prompt and the routine have their own page, with a static first paint (renderer/src/shell.ts).
    case 'prompt':
      return `${origin}/prompt.html${q}#/prompt`;
    case 'routine':
      return `${origin}/routine.html${q}#/routine/${routineId ?? ''}${trigger ? `?trigger=${trigger}` : ''}`;
    case 'library':
      return `${origin}/index.html${q}#/routines`;
    default:
      return `${origin}/index.html${q}#/${kind}`;
  }
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const PROMPT_MARGIN = 16;

/** Bottom-right of a display's work area, with a margin, for a prompt of `size` (default: its first size). */
export function promptPosition(
  workArea: Rect,
  size: { width: number; height: number } = SIZES.prompt,
): { x: number; y: number } {
  const { width, height } = size;
  return {
    x: Math.max(workArea.x, workArea.x + workArea.width - width - PROMPT_MARGIN),
    y: Math.max(workArea.y, workArea.y + workArea.height - height - PROMPT_MARGIN),
  };
}

/**
 * The prompt's content size for the content's preferred size: its first
 * width times the page zoom (so at 200 % the prompt lays out as at 100 %,
 * only larger, instead of squeezing into half the width), as tall as the
 * content, and never larger than the display's work area less the margins
 * (then the page scrolls).
 */
export function promptContentSize(
  preferred: { width: number; height: number },
  workArea: Rect,
  zoom = 1,
): { width: number; height: number } {
  const maxWidth = Math.max(1, workArea.width - 2 * PROMPT_MARGIN);
  const maxHeight = Math.max(1, workArea.height - 2 * PROMPT_MARGIN);
  const wanted = Math.max(Math.round(SIZES.prompt.width * Math.max(1, zoom)), Math.ceil(preferred.width));
  const width = Math.min(maxWidth, wanted);
  const height = Math.min(maxHeight, Math.max(160, Math.ceil(preferred.height)));
  return { width, height };
}
