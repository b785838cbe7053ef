/**
 * From the engine's prompt effect to the prompt's first paint, through the
 * desktop harness (tests/desktop/harness): the BUILT main process on a
 * simulated clock, each window's page in Chromium. The clock runs to each
 * break; the prompt effect makes the app create the prompt window at once
 * (BreakService → WindowManager.show('prompt'), the harness's
 * 'window.created' event, timestamped here on arrival), and the page reports
 * its first-contentful-paint entry on the real clock (performance.timeOrigin
 * + startTime). The prompt is then skipped and the next break awaited.
 *
 * The harness opens pages in an already running Chromium with a spare page
 * kept ready, so a real Electron (a new renderer process per window) adds its
 * process start on top; the figure compares builds, it is not Electron's.
 *
 * Used by scripts/bench-renderer.ts; alone: npx tsx scripts/bench-prompt-paint.ts
 */
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { loadModule, type Harness as HarnessModule } from './harness-module';

const START = '2026-03-23T08:55:00+01:00';
const ZONE = 'Europe/Berlin';
const HALF_HOUR = 30 * 60_000;

interface Window {
  kind: string;
  page: Page;
}
interface App {
  close(): Promise<void>;
  tray(): Promise<unknown>;
  windows(): Promise<Window[]>;
  waitForWindow(route: string): Promise<Window>;
  advanceClock(ms: number, options?: { until?: string }): Promise<unknown>;
  readonly proc: {
    onEvent(listener: (e: { name: string; data: Record<string, unknown> }) => void): () => void;
  };
}
type Harness = HarnessModule<App>;

const load = loadModule;

/** The prompt page's first contentful paint as an epoch instant (ms), once it has one. */
function paintedAt(page: Page): Promise<number> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  return page.evaluate(`new Promise((resolve) => {
    const found = performance.getEntriesByName('first-contentful-paint')[0];
    if (found) return resolve(performance.timeOrigin + found.startTime);
    new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) resolve(performance.timeOrigin + entry.startTime);
    }).observe({ type: 'paint', buffered: true });
  })`) as Promise<number>;
}

/** Milliseconds from the prompt effect to the prompt's first paint, one per break. */
export async function promptEffectToPaint(browser: Browser, breaks = 5): Promise<number[]> {
  const { DesktopApp, InstanceRegistry } = await load<Harness>('tests/desktop/harness/desktop-app.ts');
  const tempDirs: string[] = [];
  const app = await DesktopApp.launch(
    { browser, registry: new InstanceRegistry(), tempDirs },
    { clock: START, timezone: ZONE },
  );
  const created: number[] = [];
  const off = app.proc.onEvent((e) => {
    if (
      e.name === 'window.created' &&
      String((e.data.options as { title?: string })?.title).startsWith('Time for')
    )
      created.push(Date.now());
  });
  const out: number[] = [];
  try {
    await app.tray();
    for (let i = 0; i < breaks; i++) {
      const before = created.length;
      await app.advanceClock(2 * HALF_HOUR, { until: 'window' });
      const prompt = await app.waitForWindow('#/prompt');
      if (created.length === before) throw new Error('the clock ran but no prompt window was created');
      out.push((await paintedAt(prompt.page)) - created[created.length - 1]!);
      await prompt.page.getByRole('button', { name: /^Skip/ }).click();
      // The prompt closes after its answer; wait until it is gone before the next break.
      for (let tries = 0; tries < 100 && (await app.windows()).some((w) => w.kind === 'prompt'); tries++)
        await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    off();
    await app.close();
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { chromium } = await import('playwright-core');
  const { chromiumArgs, findChromium } = await import('../tests/support/chromium');
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
  try {
    const runs = await promptEffectToPaint(browser);
    console.log(
      `desktop: prompt effect → prompt first paint: ${runs.map((r) => Math.round(r)).join(', ')} ms`,
    );
  } finally {
    await browser.close();
  }
}
