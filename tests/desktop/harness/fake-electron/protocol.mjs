/**
 * `protocol`: keeps the app's scheme handlers. The harness maps
 * app://unslouch/… to an http://unslouch.app.localhost/… origin in Chromium
 * (which will not load custom schemes) and answers every request there by
 * calling the handler recorded here with the app:// URL.
 */
import { recorded } from './context.mjs';

export function install(ctx, electron) {
  const handlers = new Map();
  const privileged = [];

  const protocol = recorded(ctx, 'protocol', {
    registerSchemesAsPrivileged(schemes) {
      if (ctx.ready)
        throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      privileged.push(...schemes);
    },
    handle(scheme, handler) {
      void electron.session.defaultSession; // throws before ready, as in Electron
      if (handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
      handlers.set(scheme, handler);
      const privileges = privileged.find((s) => s.scheme === scheme)?.privileges ?? {};
      ctx.notify('protocol.handled', { scheme, privileges });
    },
    unhandle(scheme) {
      void electron.session.defaultSession;
      handlers.delete(scheme);
      ctx.notify('protocol.unhandled', { scheme });
    },
    isProtocolHandled: (scheme) => handlers.has(scheme),
  });

  ctx.command('protocol.request', async ({ url, method = 'GET', headers = {}, body = null }) => {
    const scheme = new URL(url).protocol.replace(/:$/, '');
    const handler = handlers.get(scheme);
    if (!handler) return { error: 'ERR_UNKNOWN_URL_SCHEME' };
    const init = { method, headers };
    if (body !== null && method !== 'GET' && method !== 'HEAD') init.body = Buffer.from(body, 'base64');
    let response;
    try {
      response = await handler(new Request(url, init));
    } catch (error) {
      return { error: 'ERR_FAILED', message: error instanceof Error ? error.message : String(error) };
    }
    if (!(response instanceof Response))
      return { error: 'ERR_FAILED', message: 'the handler did not return a Response' };
    const bytes = Buffer.from(await response.arrayBuffer());
    return {
      status: response.status,
      headers: [...response.headers.entries()],
      body: bytes.toString('base64'),
    };
  });

  ctx.snapshot('protocol', () => ({ handled: [...handlers.keys()], privileged }));

  return { protocol };
}
