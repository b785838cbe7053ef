import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { cspMetaTag } from './electron/shared/csp';

/** Writes the one CSP (electron/shared/csp.ts) into index.html; the app:// protocol sends the same as a header. */
export const cspPlugin = (): Plugin => ({
  name: 'unslouch-csp',
  transformIndexHtml: (html) => html.replace(/<head>/, `<head>\n    ${cspMetaTag()}`),
});
import { SHELL_KINDS, withShell } from './renderer/src/shell';

/**
 * prompt.html and routine.html: index.html with the window's static shell in
 * its root element, so those windows paint before their script runs (see
 * renderer/src/shell.ts; window-options.ts opens them).
 */
function windowShells(): Plugin {
  return {
    name: 'unslouch-window-shells',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') this.error('the renderer build produced no index.html');
      for (const kind of SHELL_KINDS) {
        this.emitFile({
          type: 'asset',
          fileName: `${kind}.html`,
          source: withShell(String(index.source), kind),
        });
      }
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file that requires only `electron`.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react(), cspPlugin(), windowShells()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      // out/renderer/.vite/manifest.json: which chunks each entry loads (scripts/bench-renderer.ts).
      manifest: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
