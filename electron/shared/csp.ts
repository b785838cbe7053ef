/**
 * The renderer's Content Security Policy, in one place: the app:// protocol
 * sends it as a header, and the renderer build writes it into each page as a
 * meta tag (for the browser preview and as a second lock), both with the hashes
 * of the build's inline styles. tests/main/csp.test.ts checks the two agree.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['media-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
  ['object-src', "'none'"],
];

/**
 * Directives a `<meta>` policy cannot carry (browsers ignore them there and warn):
 * https://www.w3.org/TR/CSP3/#meta-element
 */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox'];

const join = (directives: readonly (readonly [string, string])[]) =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ');

/**
 * The renderer build writes the stylesheet into each page as one inline
 * <style> (no render-blocking request before the first paint) and lists the
 * CSP hash of each such element in this file beside index.html, so the
 * header allows exactly those styles and nothing else inline.
 */
export const STYLE_HASHES_FILE = 'csp-style-hashes.json';

/** A CSP hash source for a style, as the build writes it ('sha256-…'). */
export const isStyleHash = (value: unknown): value is string =>
  typeof value === 'string' && /^'sha256-[A-Za-z0-9+/]{43}='$/.test(value);

const withStyles = (styleHashes: readonly string[]) =>
  CSP_DIRECTIVES.map(([name, value]) =>
    name === 'style-src' && styleHashes.length > 0
      ? ([name, [value, ...styleHashes].join(' ')] as const)
      : ([name, value] as const),
  );

/** The Content-Security-Policy header of every app:// response. */
export const contentSecurityPolicy = (styleHashes: readonly string[] = []) => join(withStyles(styleHashes));

/** The same policy as the pages' meta tag carries it. */
export const metaContentSecurityPolicy = (styleHashes: readonly string[] = []) =>
  join(withStyles(styleHashes).filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name)));

/** The meta tag the renderer build puts first in <head>. */
export const cspMetaTag = (styleHashes: readonly string[] = []) =>
  `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy(styleHashes)}" />`;
