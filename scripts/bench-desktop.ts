/**
 * Desktop leak benchmark: the BUILT app under the desktop harness
 * (tests/desktop/harness: the main process in Node with a stand-in for
 * Electron, each window's page in Chromium), on a simulated clock from Monday
 * 23 March 2026 08:55 in Europe/Berlin with the default settings.
 *
 * Counts what the app holds — windows alive, IPC handlers, ipcMain/app/
 * powerMonitor listeners, pending timers and node-schedule jobs, Chromium
 * pages open — then runs 100 simulated breaks (the clock runs to each prompt;
 * the answers take turns: start + finish, snooze then skip, skip, ignore until
 * the work range ends), counts again and prints one line per figure, plus the
 * wall time and the app's heap. No pass/fail: tests/desktop/leaks.spec.ts is
 * the leak test.
 *
 *   npx tsx scripts/bench-desktop.ts            # builds out/ first if it is missing
 *   BENCH_DESKTOP_BREAKS=20 npx tsx scripts/bench-desktop.ts
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/support/chromium';
import { loadModule, type Harness as HarnessModule } from './harness-module';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BREAKS = Number(process.env.BENCH_DESKTOP_BREAKS ?? 100);
const START = '2026-03-23T08:55:00+01:00';
const ZONE = 'Europe/Berlin';

// The harness is loaded by URL: it belongs to the Playwright tests' TypeScript
// project, so only the shapes used here are declared.
interface Figures {
  windows: number;
  webContents: number;
  pages: number;
  ipcHandlers: number;
  listeners: number;
  ipcListeners: number;
  appListeners: number;
  powerMonitorListeners: number;
  windowListeners: number;
  webContentsListeners: number;
  pendingTimers: number | null;
  scheduledJobs: number | null;
}
interface App {
  close(): Promise<void>;
  tray(): Promise<unknown>;
  command<T>(name: string, params?: Record<string, unknown>): Promise<T>;
  clockInfo(): Promise<{ nowIso: string; fired: number }>;
  readonly stderr: string;
}
type Harness = HarnessModule<App>;
interface Cycles {
  runBreaks(
    app: App,
    count: number,
    onBreak?: (result: { answer: string; promptAt: string }, index: number) => void,
  ): Promise<{ answer: string; promptAt: string }[]>;
  leakFigures(app: App): Promise<Figures>;
  historyRecords(app: App): { outcome: string }[];
}

const load = loadModule;

function ensureBuilt(): void {
  if (fs.existsSync(path.join(ROOT, 'out/main/index.js'))) return;
  console.error('desktop: out/main/index.js is missing, building (npx electron-vite build)…');
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('desktop: the build failed');
}

/**
 * The app process's JS heap after a full GC, in MB. The harness's log of
 * Electron calls lives in the same heap, so it is emptied first.
 */
async function appHeapMb(app: App): Promise<number> {
  const m = await app.command<{ heapUsed: number }>('harness.memory', { dropCalls: true });
  return m.heapUsed / 1024 / 1024;
}

async function main(): Promise<void> {
  ensureBuilt();
  const { DesktopApp, InstanceRegistry } = await load<Harness>('tests/desktop/harness/desktop-app.ts');
  const { runBreaks, leakFigures, historyRecords } = await load<Cycles>(
    'tests/desktop/harness/break-cycles.ts',
  );

  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
  const tempDirs: string[] = [];
  let app: App | null = null;
  try {
    app = await DesktopApp.launch(
      { browser, registry: new InstanceRegistry(), tempDirs },
      { clock: START, timezone: ZONE },
    );
    await app.tray();
    const before = await leakFigures(app);
    const heapBefore = await appHeapMb(app);
    const started = performance.now();
    const results = await runBreaks(app, BREAKS);
    const seconds = (performance.now() - started) / 1000;
    const after = await leakFigures(app);
    const clock = await app.clockInfo();
    const records = historyRecords(app);
    const heapAfter = await appHeapMb(app);

    const pair = (key: keyof Figures) => `${after[key]} (before ${before[key]})`;
    const outcomes = new Map<string, number>();
    for (const r of records) outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
    const first = results[0]?.promptAt ?? '-';
    const last = results[results.length - 1]?.promptAt ?? '-';
    console.log(
      `desktop: after ${results.length} breaks — windows alive ${pair('windows')}, webContents ${pair('webContents')}, ` +
        `ipc handlers ${pair('ipcHandlers')}, listeners ${pair('listeners')}, pending jobs ${pair('scheduledJobs')}, ` +
        `pending timers ${pair('pendingTimers')}, pages ${pair('pages')}`,
    );
    console.log(
      `desktop: listeners after ${results.length} breaks — ipcMain ${pair('ipcListeners')}, app ${pair('appListeners')}, ` +
        `powerMonitor ${pair('powerMonitorListeners')}, windows ${pair('windowListeners')}, webContents ${pair('webContentsListeners')}`,
    );
    console.log(
      `desktop: ${results.length} simulated breaks from ${first} to ${last} (app clock now ${clock.nowIso}), ` +
        `${clock.fired} app wake-ups/timers fired, history ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`,
    );
    console.log(
      `desktop: app process heap after a full GC ${heapAfter.toFixed(1)} MB (before ${heapBefore.toFixed(1)} MB)`,
    );
    console.log(
      `desktop: ${seconds.toFixed(1)} s wall time, ${((seconds * 1000) / Math.max(1, results.length)).toFixed(0)} ms per break`,
    );
  } finally {
    await app?.close().catch(() => {});
    await browser.close().catch(() => {});
    for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(`desktop: ${error.message}`);
  process.exit(1);
});
