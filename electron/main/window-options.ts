/**
 * What each kind of window looks like. Pure, so the security settings can be
 * checked in tests without Electron.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export type WindowKind = 'main';

export function windowOptions(kind: WindowKind, preload: string): BrowserWindowConstructorOptions {
  const base: BrowserWindowConstructorOptions = {
    show: false,
    title: 'Unslouch',
    backgroundColor: '#f7f5f0',
    autoHideMenuBar: true,
    webPreferences: {
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      devTools: true,
    },
  };
  switch (kind) {
    case 'main':
      return { ...base, width: 520, height: 640, minWidth: 380, minHeight: 420 };
  }
}

export function windowUrl(origin: string, kind: WindowKind): string {
  const route: Record<WindowKind, string> = { main: '#/settings' };
  return `${origin}/index.html${route[kind]}`;
}
