/**
 * Renderer benchmark: how fast the routine player paints and how much it
 * weighs. Serves the built renderer (out/renderer, run `npm run build` first)
 * with scripts/serve-web.mjs on a free port, opens #/routine/<first desk
 * routine> in Chromium (playwright-core) and prints one line per figure:
 *
 *   - first contentful paint, median of 5 cold loads (a fresh browser context each)
 *   - JS heap used once the first step is on screen (after a GC, via CDP)
 *   - the renderer entry bundle (JS, CSS) minified and gzipped, and the lazy
 *     preview-backend chunk that only a plain browser loads
 *
 * No pass/fail: it is a benchmark. Usage: npx tsx scripts/bench-renderer.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/support/chromium';
import { deskRoutineIds } from '../electron/core/catalog';
import { DEFAULT_SETTINGS } from '../electron/core/settings';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'out/renderer');
const LOADS = 5;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function serve(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/serve-web.mjs'), '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve-web exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Unslouch preview at')) resolve();
    });
  });
  return child;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Entry JS and CSS named by index.html, plus the other JS chunks (loaded lazily). */
function bundleFiles(): { entry: string[]; css: string[]; lazy: string[] } {
  const html = fs.readFileSync(path.join(OUT, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  const css = [...html.matchAll(/<link[^>]+href="\.?\/?([^"]+\.css)"/g)].map((m) => m[1]!);
  const all = fs
    .readdirSync(path.join(OUT, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const eager = [...entry, ...preloads];
  return { entry: eager, css, lazy: all.filter((f) => !eager.includes(f)) };
}

function sizes(files: string[]): { raw: number; gzip: number } {
  return files.reduce(
    (acc, f) => {
      const body = fs.readFileSync(path.join(OUT, f));
      return { raw: acc.raw + body.length, gzip: acc.gzip + gzipSync(body, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );
}

/**
 * What the Electron window gets from the preload: a `window.unslouch` bridge
 * answering at once. Without it the page loads the in-page preview backend
 * (zod, the engine) before it can show the first step, which the routine
 * window in the app never does.
 */
function installBridge(settings: unknown) {
  const answers: Record<string, unknown> = {
    getSettings: settings,
    getPrompt: null,
    getHistory: [],
    getCheckIns: [],
  };
  (globalThis as unknown as { unslouch: unknown }).unslouch = new Proxy(
    {},
    {
      get: (_t, name: string) =>
        name === 'on'
          ? () => () => {}
          : () => Promise.resolve({ ok: true, value: name in answers ? answers[name] : null }),
    },
  );
}

const BASELINE_PAGE = 'data:text/html,<!doctype html><title>x</title><h1>Hello</h1>';

async function firstContentfulPaint(
  browser: Browser,
  url: string,
  withBridge = false,
  isRoutine = true,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 420, height: 560 } });
  if (withBridge) await context.addInitScript(installBridge, DEFAULT_SETTINGS);
  try {
    const page = await context.newPage();
    await page.goto(url);
    if (isRoutine) await page.getByTestId('meter-value').waitFor();
    const fcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const found = performance.getEntriesByName('first-contentful-paint')[0];
          if (found) return resolve(found.startTime);
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) resolve(entry.startTime);
            // 'paint' is a browser entry type; Node's typings (this file's) do not know it.
          }).observe({ type: 'paint', buffered: true } as unknown as { type: 'mark' });
        }),
    );
    return fcp;
  } finally {
    await context.close();
  }
}

async function heapAfterFirstStep(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 420, height: 560 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('meter-value').waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await context.close();
  }
}

async function main() {
  if (!fs.existsSync(path.join(OUT, 'index.html'))) {
    console.error('bench-renderer: out/renderer is missing; run `npm run build` first.');
    process.exit(1);
  }
  const routineId = deskRoutineIds()[0];
  if (!routineId) throw new Error('The catalog has no desk routine.');

  const port = await freePort();
  const server = await serve(port);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
  try {
    const url = `http://127.0.0.1:${port}/index.html#/routine/${routineId}`;
    await firstContentfulPaint(browser, url); // warm-up: Chromium's own start-up, not the app's
    const paints: number[] = [];
    for (let i = 0; i < LOADS; i++) paints.push(await firstContentfulPaint(browser, url));
    const baseline: number[] = [];
    for (let i = 0; i < LOADS; i++)
      baseline.push(await firstContentfulPaint(browser, BASELINE_PAGE, false, false));
    const bridged: number[] = [];
    for (let i = 0; i < LOADS; i++) bridged.push(await firstContentfulPaint(browser, url, true));
    const heap = await heapAfterFirstStep(browser, url);

    const files = bundleFiles();
    const js = sizes(files.entry);
    const css = sizes(files.css);
    const lazy = sizes(files.lazy);

    console.log(`renderer: routine opened: #/routine/${routineId}`);
    console.log(
      `renderer: first contentful paint with a preload-like bridge, as in the app (median of ${LOADS}): ${Math.round(median(bridged))} ms` +
        ` (runs: ${bridged.map((p) => Math.round(p)).join(', ')} ms)`,
    );
    console.log(
      `renderer: first contentful paint in browser preview mode, loading the in-page backend (median of ${LOADS}): ${Math.round(median(paints))} ms` +
        ` (runs: ${paints.map((p) => Math.round(p)).join(', ')} ms)`,
    );
    console.log(
      `renderer: for scale, a static page with one heading (median of ${LOADS}): ${Math.round(median(baseline))} ms`,
    );
    console.log(
      `renderer: JS heap used after the first step is shown: ${(heap / 1024 / 1024).toFixed(2)} MB`,
    );
    console.log(
      `renderer: entry JS: ${kb(js.raw)} minified, ${kb(js.gzip)} gzip (${files.entry.join(', ')})`,
    );
    console.log(`renderer: entry CSS: ${kb(css.raw)} minified, ${kb(css.gzip)} gzip`);
    console.log(
      `renderer: lazy chunks (preview backend, browser only): ${kb(lazy.raw)} minified, ${kb(lazy.gzip)} gzip`,
    );
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
