/**
 * Serves the built renderer from app://unslouch/ instead of file://, so pages
 * get a real origin, a CSP header, and no access to the rest of the disk.
 */
import path from 'node:path';
import fs from 'node:fs/promises';
import { APP_HOST } from './paths';
import { contentSecurityPolicy, isStyleHash, STYLE_HASHES_FILE } from '../shared/csp';

const policies = new Map<string, Promise<string>>();

/**
 * The CSP header for the pages under `root`: the one policy with the hashes of
 * the inline styles the renderer build wrote there (read once). A missing or
 * unreadable list allows no inline style, so pages would show unstyled rather
 * than the policy loosening.
 */
export function policyFor(root: string): Promise<string> {
  let policy = policies.get(root);
  if (!policy) {
    policy = fs
      .readFile(path.join(root, STYLE_HASHES_FILE), 'utf8')
      .then((text) => JSON.parse(text) as unknown)
      .then((list) => (Array.isArray(list) ? list.filter(isStyleHash) : []))
      .catch(() => [])
      .then((hashes) => contentSecurityPolicy(hashes));
    policies.set(root, policy);
  }
  return policy;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Maps an app:// URL to a file under `root`, or null when it points elsewhere. */
export function resolveAppUrl(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null; // a malformed escape such as %E0%A4%A is simply not one of our files
  }
  const relative = pathname.replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

export async function serveAppRequest(root: string, request: { url: string }): Promise<Response> {
  const file = resolveAppUrl(root, request.url);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const body = await fs.readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': await policyFor(root),
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
