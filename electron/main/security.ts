/** App-wide rules for every web contents: no navigation, no new windows, no permissions. */
import { app, session, shell, type WebContents } from 'electron';
import { isAllowedExternalUrl } from '../shared/external-links';

export function isAllowedNavigation(current: string, target: string): boolean {
  // In-page hash changes are fine; anything that leaves the page is not.
  try {
    const a = new URL(current);
    const b = new URL(target);
    return a.origin === b.origin && a.pathname === b.pathname && a.search === b.search;
  } catch {
    return false;
  }
}

export function hardenWebContents(contents: WebContents, log: (m: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(contents.getURL(), url)) {
      event.preventDefault();
      log(`navigation to ${url} denied`);
    }
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    log(`redirect to ${url} denied`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('webview denied');
  });
  contents.setWindowOpenHandler(({ url }) => {
    // No new app windows, ever; a link on the allow-list opens in the browser.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    else log(`window.open(${url}) denied`);
    return { action: 'deny' };
  });
}

export function installSecurityRules(log: (m: string) => void): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => {
    log(`permission "${permission}" denied`);
    callback(false);
  });
  session.defaultSession.setPermissionCheckHandler(() => false);
}
