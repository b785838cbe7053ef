/**
 * Platform conventions Electron leaves to the app:
 * - Windows: an AppUserModelID, without which toasts do not show for
 *   unpackaged or portable runs (electron#10864). Same id as electron-builder's appId.
 * - macOS: a tray app keeps its Dock icon hidden.
 */
export const APP_USER_MODEL_ID = 'app.unslouch.desktop';

export interface ConventionsApp {
  setAppUserModelId(id: string): void;
  dock?: { hide(): void } | undefined;
}

export function applyPlatformConventions(app: ConventionsApp, platform: NodeJS.Platform): void {
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  if (platform === 'darwin') app.dock?.hide();
}
