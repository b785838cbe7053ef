import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY as HEADER } from '../../electron/main/app-protocol';
import { HEADER_ONLY_DIRECTIVES, META_CONTENT_SECURITY_POLICY } from '../../electron/shared/csp';
import { cspPlugin } from '../../electron.vite.config';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(' ')] as const),
  );

/** The meta tag the build writes into index.html (through the same plugin the build uses). */
function builtMeta(): string {
  const plugin = cspPlugin();
  const source = fs.readFileSync(path.resolve('renderer/index.html'), 'utf8');
  const html = (plugin.transformIndexHtml as (h: string) => string)(source);
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!match) throw new Error('no CSP meta tag in the transformed index.html');
  return match[1]!;
}

describe('one Content Security Policy', () => {
  it('the HTML meta tag and the app:// header agree, directive by directive', () => {
    const meta = directives(builtMeta());
    const header = directives(HEADER);
    for (const name of HEADER_ONLY_DIRECTIVES) header.delete(name);
    expect(meta).toEqual(header);
    expect(builtMeta()).toBe(META_CONTENT_SECURITY_POLICY);
  });

  it('index.html holds no policy of its own to drift', () => {
    expect(fs.readFileSync(path.resolve('renderer/index.html'), 'utf8')).not.toMatch(/http-equiv/i);
  });

  it('the header is strict: nothing by default, no inline script, no framing', () => {
    const header = directives(HEADER);
    expect(header.get('default-src')).toBe("'none'");
    expect(header.get('script-src')).toBe("'self'");
    expect(header.get('frame-ancestors')).toBe("'none'");
  });

  it('the built index.html carries the meta policy when a build is there', () => {
    const built = path.resolve('out/renderer/index.html');
    if (!fs.existsSync(built))
      throw new Error('run `npm run build` first (npm test builds before the unit tests)');
    expect(fs.readFileSync(built, 'utf8')).toContain(`content="${META_CONTENT_SECURITY_POLICY}"`);
  });
});
