import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyFor } from '../../electron/main/app-protocol';
import {
  contentSecurityPolicy,
  HEADER_ONLY_DIRECTIVES,
  isStyleHash,
  metaContentSecurityPolicy,
  STYLE_HASHES_FILE,
} from '../../electron/shared/csp';
import { inlineStylesheets } from '../../electron.vite.config';

const BUILT = path.resolve('out/renderer');
const PAGES = ['index.html', 'prompt.html', 'routine.html'];

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(' ')] as const),
  );

function built(file: string): string {
  const full = path.join(BUILT, file);
  if (!fs.existsSync(full))
    throw new Error('run `npm run build` first (npm test builds before the unit tests)');
  return fs.readFileSync(full, 'utf8');
}

const metaOf = (html: string) => {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!match) throw new Error('no CSP meta tag in the built page');
  return match[1]!;
};

const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

describe('one Content Security Policy', () => {
  it('each built page’s meta tag and the app:// header agree, directive by directive', async () => {
    const header = directives(await policyFor(BUILT));
    for (const name of HEADER_ONLY_DIRECTIVES) header.delete(name);
    for (const page of PAGES) expect(directives(metaOf(built(page)))).toEqual(header);
  });

  it('allows exactly the inline styles the build wrote, by hash, and no other inline style', async () => {
    const html = built('prompt.html');
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    const hashes = JSON.parse(built(STYLE_HASHES_FILE)) as string[];
    expect(hashes).toEqual(styles.map(styleHash));
    const styleSrc = directives(await policyFor(BUILT)).get('style-src')!;
    expect(styleSrc).toBe(`'self' ${hashes.join(' ')}`);
    expect(styleSrc).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<link rel="stylesheet"/);
  });

  it('the pages’ source holds no policy of its own to drift', () => {
    expect(fs.readFileSync(path.resolve('renderer/index.html'), 'utf8')).not.toMatch(/http-equiv/i);
  });

  it('the header is strict: nothing by default, no inline script, no framing', () => {
    const header = directives(contentSecurityPolicy([styleHash('a{}')]));
    expect(header.get('default-src')).toBe("'none'");
    expect(header.get('script-src')).toBe("'self'");
    expect(header.get('frame-ancestors')).toBe("'none'");
    expect(directives(metaContentSecurityPolicy()).has('frame-ancestors')).toBe(false);
  });

  it('inlining puts each linked stylesheet in a <style> and hashes exactly its text', () => {
    const html = '<head><link rel="stylesheet" crossorigin href="./assets/style-x.css"></head>';
    const { html: out, hashes } = inlineStylesheets(html, (file) => {
      expect(file).toBe('assets/style-x.css');
      return 'body{color:red}';
    });
    expect(out).toBe('<head><style>body{color:red}</style></head>');
    expect(hashes).toEqual([styleHash('body{color:red}')]);
    expect(hashes.every(isStyleHash)).toBe(true);
    expect(() => inlineStylesheets(html, () => 'a{content:"</style>"}')).toThrow(/<\/style/);
  });
});
