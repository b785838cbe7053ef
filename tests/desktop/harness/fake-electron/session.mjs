/**
 * `session`: only the default session, which Electron refuses before `ready`.
 * Keeps the permission handlers so the harness can ask them.
 */
import { EventEmitter } from 'node:events';
import { recorded } from './context.mjs';

export function install(ctx, electron) {
  let defaultSession = null;
  let requestHandler = null;
  let checkHandler = null;

  function createSession() {
    const session = new EventEmitter();
    Object.assign(
      session,
      recorded(ctx, 'session', {
        setPermissionRequestHandler: (handler) => void (requestHandler = handler),
        setPermissionCheckHandler: (handler) => void (checkHandler = handler),
        setDevicePermissionHandler: () => {},
        setDisplayMediaRequestHandler: () => {},
        setSpellCheckerEnabled: () => {},
        setUserAgent: () => {},
        getUserAgent: () => 'Mozilla/5.0 (fake Electron)',
        setProxy: () => Promise.resolve(),
        clearCache: () => Promise.resolve(),
        clearStorageData: () => Promise.resolve(),
      }),
    );
    session.protocol = electron.protocol;
    session.webRequest = recorded(ctx, 'session.webRequest', {
      onBeforeRequest: () => {},
      onBeforeSendHeaders: () => {},
      onHeadersReceived: () => {},
      onCompleted: () => {},
      onErrorOccurred: () => {},
    });
    return session;
  }

  const session = {
    get defaultSession() {
      ctx.requireReady('Session can only be received when app is ready');
      defaultSession ??= createSession();
      return defaultSession;
    },
    fromPartition() {
      ctx.requireReady('Session can only be received when app is ready');
      throw new Error('fake electron: session.fromPartition is not emulated yet (add it in session.mjs)');
    },
  };

  /** A page asks for a permission (notifications, media…): what does the app answer? */
  ctx.command('session.requestPermission', ({ webContentsId, permission, details = {} }) => {
    const wc = electron.webContents.fromId(webContentsId) ?? null;
    if (!requestHandler) return Promise.resolve({ granted: true, handler: false });
    return new Promise((resolve) => {
      requestHandler(
        wc,
        permission,
        (granted) => resolve({ granted: Boolean(granted), handler: true }),
        details,
      );
    });
  });
  ctx.command('session.checkPermission', ({ webContentsId, permission, origin = '', details = {} }) => {
    const wc = electron.webContents.fromId(webContentsId) ?? null;
    if (!checkHandler) return { granted: true, handler: false };
    return { granted: Boolean(checkHandler(wc, permission, origin, details)), handler: true };
  });

  ctx.snapshot('session', () => ({
    permissionRequestHandler: requestHandler !== null,
    permissionCheckHandler: checkHandler !== null,
  }));

  return { session };
}
