/**
 * Renderer benchmark: how fast the break prompt and the routine player paint
 * and how much they weigh. Serves the built renderer (out/renderer, run
 * `npm run build` first) with scripts/serve-web.mjs on a free port, opens each
 * window's own URL (windowUrl, as the app does) in Chromium (playwright-core)
 * and prints one line per figure:
 *
 *   - first contentful paint of the prompt, the player and a static page with
 *     one heading, in one run, with the ratio to that page (goal: ≤ 1.5)
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
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/support/chromium';
import { deskRoutineIds } from '../electron/core/catalog';
import { DEFAULT_SETTINGS } from '../electron/core/settings';
import { windowUrl } from '../electron/main/window-options';
import { promptEffectToPaint } from './bench-prompt-paint';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'out/renderer');
const LOADS = 7;

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

/**
 * A copy of the built renderer with the one-heading page beside the app's
 * pages, so both come over the same server (a data: URL skips the network
 * that every app page pays for).
 */
function servedRoot(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-bench-'));
  fs.cpSync(OUT, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, ONE_HEADING_FILE), ONE_HEADING_HTML);
  return dir;
}

async function serve(port: number, root: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'scripts/serve-web.mjs'), '--port', String(port), '--root', root],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
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

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/**
 * The JS a window loads before its view shows, from Vite's manifest: the page's
 * entry (src/boot.ts, which paints the shell and then imports the app) with
 * src/main.tsx and everything both import statically; the CSS is inline in
 * each page (a <style>); the other JS chunks (settings, history, welcome,
 * preview backend) are lazy.
 */
function bundleFiles(): { entry: string[]; css: string; lazy: string[] } {
  const html = fs.readFileSync(path.join(OUT, 'index.html'), 'utf8');
  const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const manifest = JSON.parse(fs.readFileSync(path.join(OUT, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const eager = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || eager.has(chunk.file)) return;
    eager.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  visit('src/main.tsx');
  const all = fs
    .readdirSync(path.join(OUT, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  return { entry: [...eager], css, lazy: all.filter((f) => !eager.has(f)) };
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
function installBridge({ settings, prompt }: { settings: unknown; prompt: unknown }) {
  const answers: Record<string, unknown> = {
    getSettings: settings,
    getPrompt: prompt,
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

const ONE_HEADING_HTML = '<!doctype html><title>x</title><h1>Hello</h1>';
const ONE_HEADING_FILE = 'bench-one-heading.html';
const BASELINE_PAGE = `data:text/html,${ONE_HEADING_HTML}`;
const PROMPT = {
  routineId: deskRoutineIds()[0],
  snoozes: 0,
  snoozesLeft: 3,
  shownAt: '2026-03-23T08:30:00.000Z',
};
const ratio = (a: number, b: number) => (a / b).toFixed(2);

type Ready = 'routine' | 'prompt' | 'none';

async function firstContentfulPaint(
  browser: Browser,
  url: string,
  withBridge = false,
  ready: Ready = 'routine',
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 420, height: 560 } });
  if (withBridge) await context.addInitScript(installBridge, { settings: DEFAULT_SETTINGS, prompt: PROMPT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    if (ready === 'routine') await page.getByTestId('meter-value').waitFor();
    if (ready === 'prompt') await page.getByRole('button', { name: /^Start/ }).waitFor();
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
  const root = servedRoot();
  const server = await serve(port, root);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
  try {
    const origin = `http://127.0.0.1:${port}`;
    const url = windowUrl(origin, 'routine', routineId, 'prompt');
    const promptUrl = windowUrl(origin, 'prompt');
    await firstContentfulPaint(browser, url); // warm-up: Chromium's own start-up, not the app's
    // Interleaved, so a busy machine slows every page alike: baseline, prompt, player, …
    const sameServer = `${origin}/${ONE_HEADING_FILE}`;
    const baseline: number[] = [];
    const served: number[] = [];
    const prompts: number[] = [];
    const bridged: number[] = [];
    const paints: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      baseline.push(await firstContentfulPaint(browser, BASELINE_PAGE, false, 'none'));
      served.push(await firstContentfulPaint(browser, sameServer, false, 'none'));
      prompts.push(await firstContentfulPaint(browser, promptUrl, true, 'prompt'));
      bridged.push(await firstContentfulPaint(browser, url, true));
      paints.push(await firstContentfulPaint(browser, url));
    }
    const heap = await heapAfterFirstStep(browser, url);
    const latency = await promptEffectToPaint(browser);

    const files = bundleFiles();
    const js = sizes(files.entry);
    const css = { raw: Buffer.byteLength(files.css), gzip: gzipSync(files.css, { level: 9 }).length };
    const lazy = sizes(files.lazy);

    const base = median(served);
    const dataBase = median(baseline);
    const runs = (xs: number[]) => `(runs: ${xs.map((p) => Math.round(p)).join(', ')} ms)`;
    const against = (xs: number[]) =>
      `ratio to the one-heading page: ${ratio(median(xs), base)} over the same server (goal ≤ 1.5), ${ratio(median(xs), dataBase)} to its data: URL`;
    console.log(
      `renderer: routine opened: ${url.replace(origin, '')}; prompt: ${promptUrl.replace(origin, '')}`,
    );
    console.log(
      `renderer: first contentful paint, static page with one heading from the same server (median of ${LOADS}): ${Math.round(base)} ms ${runs(served)}`,
    );
    console.log(
      `renderer: first contentful paint, the same page as a data: URL, no network (median of ${LOADS}): ${Math.round(dataBase)} ms ${runs(baseline)}`,
    );
    console.log(
      `renderer: first contentful paint, prompt window with a preload-like bridge (median of ${LOADS}): ${Math.round(median(prompts))} ms ${runs(prompts)}; ${against(prompts)}`,
    );
    console.log(
      `renderer: first contentful paint, routine window with a preload-like bridge, as in the app (median of ${LOADS}): ${Math.round(median(bridged))} ms ${runs(bridged)}; ${against(bridged)}`,
    );
    console.log(
      `renderer: first contentful paint, routine in browser preview mode, loading the in-page backend (median of ${LOADS}): ${Math.round(median(paints))} ms ${runs(paints)}`,
    );
    console.log(
      `renderer: desktop harness, from the engine's prompt effect to the prompt's first paint (median of ${latency.length}): ${Math.round(median(latency))} ms ${runs(latency)}`,
    );
    console.log(
      `renderer: JS heap used after the first step is shown: ${(heap / 1024 / 1024).toFixed(2)} MB`,
    );
    console.log(
      `renderer: entry JS: ${kb(js.raw)} minified, ${kb(js.gzip)} gzip (${files.entry.join(', ')})`,
    );
    console.log(`renderer: CSS, inline in each page: ${kb(css.raw)} minified, ${kb(css.gzip)} gzip`);
    console.log(
      `renderer: lazy chunks (settings, history, welcome; preview backend, browser only): ${kb(lazy.raw)} minified, ${kb(lazy.gzip)} gzip`,
    );
  } finally {
    await browser.close();
    server.kill();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
