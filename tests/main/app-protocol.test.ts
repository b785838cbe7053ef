import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyFor, resolveAppUrl, serveAppRequest } from '../../electron/main/app-protocol';
import { contentSecurityPolicy, STYLE_HASHES_FILE } from '../../electron/shared/csp';
import { tempDir } from '../support/temp-store';

describe('app:// protocol', () => {
  const root = tempDir();
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');

  it.each([
    ['app://unslouch/index.html', 'index.html'],
    ['app://unslouch/', 'index.html'],
    ['app://unslouch/assets/x.js?v=1#frag', 'assets/x.js'],
  ])('maps %s inside the renderer folder', (url, file) => {
    expect(resolveAppUrl(root, url)).toBe(path.join(root, file));
  });

  it.each([
    'app://unslouch/../../etc/passwd',
    'app://unslouch/%2e%2e/%2e%2e/etc/passwd',
    'app://unslouch/..%2f..%2fetc/passwd',
  ])('keeps %s inside the renderer folder', (url) => {
    const file = resolveAppUrl(root, url);
    expect(file === null || file.startsWith(root + path.sep)).toBe(true);
  });

  it.each(['app://evil/index.html', 'not a url'])('refuses %s', (url) => {
    expect(resolveAppUrl(root, url)).toBeNull();
  });

  it.each(['app://unslouch/%E0%A4%A', 'app://unslouch/%', 'app://unslouch/assets/%ZZ.js'])(
    'answers 404 (not a URIError) for the malformed escape in %s',
    async (url) => {
      expect(resolveAppUrl(root, url)).toBeNull();
      const response = await serveAppRequest(root, { url });
      expect(response.status).toBe(404);
    },
  );

  it('serves files with the CSP header, and 404 for anything else', async () => {
    const ok = await serveAppRequest(root, { url: 'app://unslouch/index.html' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect((await serveAppRequest(root, { url: 'app://unslouch/missing.js' })).status).toBe(404);
  });

  it('allows the inline styles the build listed, and ignores a list that is not hashes', async () => {
    const hash = `'sha256-${'A'.repeat(43)}='`;
    const listed = tempDir();
    fs.writeFileSync(path.join(listed, STYLE_HASHES_FILE), JSON.stringify([hash, "'unsafe-inline'", 7]));
    expect(await policyFor(listed)).toBe(contentSecurityPolicy([hash]));
    const broken = tempDir();
    fs.writeFileSync(path.join(broken, STYLE_HASHES_FILE), '{not json');
    expect(await policyFor(broken)).toBe(contentSecurityPolicy());
    expect(await policyFor(broken)).not.toContain('unsafe-inline');
  });
});
