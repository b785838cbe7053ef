import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { cspMetaTag, STYLE_HASHES_FILE } from './electron/shared/csp';
import { SHELL_KINDS, withShell } from './renderer/src/shell';
import {
  CATALOG_MODULE,
  ENGLISH_MODULE,
  precompileCatalog,
  VIEW_WORDS_MODULE,
  viewWordsModule,
} from './scripts/precompile-messages';
import { isViewWord } from './electron/shared/i18n/view-words';
import { readFileSync } from 'node:fs';

/**
 * The pages get the message catalogs as ICU syntax trees (scripts/precompile-messages.ts)
 * and FormatJS without its parser (the alias below): smaller pages, no parsing at first paint.
 */
function precompiledMessages(): Plugin {
  return {
    name: 'unslouch-precompiled-messages',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      // The views' words leave the pages' English for a chunk of their own (electron/shared/i18n/view-words.ts).
      if (ENGLISH_MODULE.test(file)) return { code: precompileCatalog(code, file, isViewWord), map: null };
      if (VIEW_WORDS_MODULE.test(file)) {
        const english = file.replace(/view-words-catalog\.ts$/, 'en.ts');
        return { code: viewWordsModule(readFileSync(english, 'utf8'), english, isViewWord), map: null };
      }
      return CATALOG_MODULE.test(file) ? { code: precompileCatalog(code, file), map: null } : null;
    },
  };
}

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\.?\/?([^"]+\.css)"[^>]*>/g;

/**
 * index.html with each stylesheet link replaced by the stylesheet itself in a
 * <style>, and the CSP hash of each such element. A linked stylesheet is a
 * request the first paint waits for (over app:// in Electron, over HTTP in
 * the preview); inline, the page paints as soon as its HTML is parsed.
 */
export function inlineStylesheets(
  html: string,
  cssFor: (file: string) => string,
): { html: string; hashes: string[] } {
  const hashes: string[] = [];
  const inlined = html.replace(STYLESHEET_LINK, (_link, file: string) => {
    const css = cssFor(file);
    if (/<\/style/i.test(css)) throw new Error(`${file} contains "</style" and cannot be inlined`);
    hashes.push(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
    return `<style>${css}</style>`;
  });
  return { html: inlined, hashes };
}

/**
 * Finishes the renderer's pages after bundling: the stylesheet inlined, the
 * one CSP (electron/shared/csp.ts) as a meta tag with the inline styles'
 * hashes, the hashes in STYLE_HASHES_FILE for the app:// header, and
 * prompt.html / routine.html: index.html with the window's static shell in its
 * root element, so those windows paint before their script runs (see
 * renderer/src/shell.ts; window-options.ts opens them).
 */
export function pagesPlugin(): Plugin {
  return {
    name: 'unslouch-pages',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return this.error('the renderer build produced no index.html');
      const { html, hashes } = inlineStylesheets(String(index.source), (file) => {
        const css = bundle[file];
        if (!css || css.type !== 'asset')
          return this.error(`index.html links ${file}, which the build did not produce`);
        delete bundle[file]; // inline in every page now; nothing else loads it
        return String(css.source);
      });
      const page = html.replace(/<head>/, `<head>\n    ${cspMetaTag(hashes)}`);
      index.source = page;
      this.emitFile({ type: 'asset', fileName: STYLE_HASHES_FILE, source: `${JSON.stringify(hashes)}\n` });
      for (const kind of SHELL_KINDS) {
        this.emitFile({ type: 'asset', fileName: `${kind}.html`, source: withShell(page, kind) });
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
    plugins: [react(), precompiledMessages(), pagesPlugin()],
    resolve: {
      alias: [
        {
          find: /^@formatjs\/icu-messageformat-parser$/,
          replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
        },
      ],
    },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      // out/renderer/.vite/manifest.json: which chunks each entry loads (scripts/bench-renderer.ts).
      manifest: true,
      // One stylesheet for every page, which pagesPlugin inlines; no chunk loads CSS of its own.
      cssCodeSplit: false,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
