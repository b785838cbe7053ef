/** The navigation rule, Electron-free so it is unit-tested on its own (tests/main/security-navigation.test.ts). */
import { APP_HOST, APP_SCHEME } from './paths';

/**
 * Only in-page hash changes inside the app's own origin. Protocol and host are
 * compared one by one: `URL.origin` is "null" for app:, file: and custom
 * schemes, so comparing origins would let any of them through.
 */
export function isAllowedNavigation(current: string, target: string): boolean {
  let a: URL;
  let b: URL;
  try {
    a = new URL(current);
    b = new URL(target);
  } catch {
    return false;
  }
  const ours = (u: URL) =>
    u.protocol === `${APP_SCHEME}:` &&
    u.host === APP_HOST &&
    u.username === '' &&
    u.password === '' &&
    u.port === '';
  return ours(a) && ours(b) && a.pathname === b.pathname && a.search === b.search;
}
