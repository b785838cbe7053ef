/** App-wide rules for every web contents: no navigation, no new windows, no permissions. */
import { app, session, shell, type WebContents } from 'electron';
import { isAllowedExternalUrl } from '../shared/external-links';
import { quoteValue } from '../core/validation/issues';
import { isAllowedNavigation } from './navigation';

export { isAllowedNavigation };

export function hardenWebContents(contents: WebContents, log: (m: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(contents.getURL(), url)) {
      event.preventDefault();
      log(`navigation to ${quoteValue(url)} denied`);
    }
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    log(`redirect to ${quoteValue(url)} denied`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('webview denied');
  });
  contents.setWindowOpenHandler(({ url }) => {
    // No new app windows, ever; a link on the allow-list opens in the browser.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    else log(`window.open(${quoteValue(url)}) denied`);
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
