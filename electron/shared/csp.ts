/**
 * The renderer's Content Security Policy, in one place: the app:// protocol
 * sends it as a header, and the renderer build writes it into index.html as a
 * meta tag (for the browser preview and as a second lock). tests/main/csp.test.ts
 * checks the two agree.
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

/** The Content-Security-Policy header of every app:// response. */
export const CONTENT_SECURITY_POLICY = join(CSP_DIRECTIVES);

/** The same policy as index.html's meta tag carries it. */
export const META_CONTENT_SECURITY_POLICY = join(
  CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name)),
);

/** The meta tag the renderer build puts first in <head>. */
export const cspMetaTag = () =>
  `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`;
