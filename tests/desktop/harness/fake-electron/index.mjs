/**
 * What `import … from 'electron'` gives the app under the desktop harness
 * (the loader in ../child/loader.mjs points the specifier here). The runner
 * creates the instance first; used alone (unit tests) a quiet one is made.
 */
import { createFakeElectron } from './create.mjs';

const instance = (globalThis.__unslouchFakeElectron ??= createFakeElectron({
  appPath: process.cwd(),
  paths: {},
  appName: 'Electron',
  appVersion: '0.0.0',
}));

export const {
  app,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  MenuItem,
  nativeImage,
  nativeTheme,
  Notification,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
  Tray,
  webContents,
} = instance.electron;
export default instance.electron;
