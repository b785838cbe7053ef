/**
 * Chromium side of the harness: one BrowserContext per app, one Page per
 * webContents the app loads.
 *
 * Chromium will not load a custom scheme, so app://unslouch/x is opened as
 * http://unslouch.app.localhost/x (a secure context, like a privileged
 * scheme) and every request there is answered by the app's own
 * protocol.handle() handler. URLs are translated back before the app sees
 * them (senderFrame.url, getURL(), will-navigate).
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Frame, Page, Route } from '@playwright/test';
import type { AppEvent, AppProcess } from './app-process';

const SHIM_TEMPLATE = fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'preload-shim.js'),
  'utf8',
);
const BINDING = '__unslouchHarnessIpc';
const CONTROL = '__unslouchHarnessRenderer';
const PREFERRED_SIZE = '__unslouchHarnessPreferredSize';

const encode = (value: unknown) => v8.serialize(value).toString('base64');
const decode = (text: string) => v8.deserialize(Buffer.from(text, 'base64')) as unknown;
const stripHash = (url: string) => url.replace(/#.*$/, '');

export interface PageEntry {
  webContentsId: number;
  windowId: number | null;
  page: Page;
  /** Console errors and uncaught page errors (CSP violations land here). */
  consoleErrors: string[];
  /** Popups the page tried to open, and what the app answered. */
  popups: { url: string; action: string }[];
  /** Set once a load finished (did-finish-load). */
  loaded: boolean;
  closed: Promise<void>;
  /** URLs the harness itself is loading: not subject to will-navigate. */
  expected: Set<string>;
  closingByApp: boolean;
  queue: Promise<unknown>;
}

export class PageBridge {
  readonly entries = new Map<number, PageEntry>();
  private readonly byPage = new Map<Page, PageEntry>();
  private readonly schemes = new Set<string>();
  private readonly creating = new Map<number, Promise<PageEntry>>();
  private contextPromise: Promise<BrowserContext> | null = null;
  private spare: Promise<Page> | null = null;
  private closing = false;
  /** What `prefers-color-scheme` matches in every page: nativeTheme.shouldUseDarkColors (see native-theme.mjs). */
  private colorScheme: 'light' | 'dark' = 'light';
  private chain: Promise<void> = Promise.resolve();
  /** Problems inside the harness itself (not the app's): surfaced by DesktopApp.close(). */
  readonly problems: string[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly proc: AppProcess,
    private readonly shimConfig: { platform: string; electronVersion: string },
  ) {}

  /**
   * The app's Chromium context, made on first need: an app that exits at
   * start (a bad option, a second instance) never costs a browser context.
   */
  context(): Promise<BrowserContext> {
    this.contextPromise ??= (async () => {
      const context = await this.browser.newContext();
      await context.exposeBinding(BINDING, (source: { page: Page; frame: Frame }, message: IpcMessage) =>
        this.onIpc(source, message),
      );
      await context.exposeBinding(
        PREFERRED_SIZE,
        (source: { page: Page }, size: { width: number; height: number }) =>
          this.onPreferredSize(source.page, size),
      );
      await context.route('**/*', (route) => this.onRequest(route));
      context.on('page', (page) => void this.onNewPage(page));
      return context;
    })();
    return this.contextPromise;
  }

  /** A blank page kept ready for the next window (see ensurePage). */
  private makeSpare(): void {
    if (this.closing) return;
    this.spare = this.context().then((c) => c.newPage());
    this.spare.catch(() => {});
  }

  /** Closes the context, if one was made. */
  async close(): Promise<void> {
    this.closing = true;
    const context = await this.contextPromise?.catch(() => null);
    await context?.close().catch(() => {});
  }

  /** Chromium pages that belong to the app's webContents. */
  pageCount(): number {
    return [...this.entries.values()].filter((e) => !e.page.isClosed()).length;
  }

  /** Events from the app process, handled in order. */
  handle(event: AppEvent): void {
    this.chain = this.chain
      .then(() => this.dispatch(event))
      .catch((e: Error) => void this.problems.push(`${event.name}: ${e.message}`));
  }

  private async dispatch(event: AppEvent): Promise<void> {
    const d = event.data;
    switch (event.name) {
      case 'app.ready':
        // A first page costs a renderer start (~0.5 s): make one while the app sets up.
        this.makeSpare();
        break;
      case 'protocol.handled':
        this.schemes.add(String(d.scheme));
        break;
      case 'protocol.unhandled':
        this.schemes.delete(String(d.scheme));
        break;
      case 'webContents.load':
        await this.context();
        void this.load(d as unknown as LoadRequest).catch((e: Error) =>
          this.problems.push(`load: ${e.message}`),
        );
        break;
      case 'nativeTheme.changed':
        this.colorScheme = d.dark ? 'dark' : 'light';
        await Promise.all(
          [...this.entries.values()].map((e) =>
            e.page.emulateMedia({ colorScheme: this.colorScheme }).catch(() => {}),
          ),
        );
        break;
      case 'window.resized': {
        const entry = this.entries.get(Number(d.webContentsId));
        await entry?.page
          .setViewportSize({ width: Number(d.width), height: Number(d.height) })
          .catch(() => {});
        break;
      }
      case 'webContents.send':
        void this.deliver(Number(d.webContentsId), String(d.channel), decode(String(d.args)) as unknown[]);
        break;
      case 'webContents.destroyed':
        void this.closePage(Number(d.webContentsId));
        break;
    }
  }

  /** app://unslouch/x → http://unslouch.app.localhost/x when the app handles `app:`. */
  toChromium(url: string): string {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return url;
    }
    const scheme = parsed.protocol.replace(/:$/, '');
    if (!this.schemes.has(scheme) || !parsed.host) return url;
    return `http://${parsed.host}.${scheme}.localhost${parsed.pathname}${parsed.search}${parsed.hash}`;
  }

  /** The reverse of toChromium; null for URLs that are not the app's. */
  fromChromium(url: string): string | null {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    const match = /^(.+)\.([a-z][a-z0-9+-]*)\.localhost$/.exec(parsed.hostname);
    if (parsed.protocol !== 'http:' || !match || !this.schemes.has(match[2]!)) return null;
    return `${match[2]}://${match[1]}${parsed.pathname}${parsed.search}${parsed.hash}`;
  }

  /** The URL as the app would see it. */
  appUrl(url: string): string {
    return this.fromChromium(url) ?? url;
  }

  entryFor(page: Page): PageEntry | undefined {
    return this.byPage.get(page);
  }

  /** A page for a webContents the app did not create through a window (sender-check tests). */
  async openDetached(url: string, preload: string | null): Promise<PageEntry> {
    const { webContentsId } = await this.proc.call<{ webContentsId: number }>('webContents.createDetached', {
      preload,
    });
    await this.load({ webContentsId, windowId: null, loadId: 0, url, preload, size: null });
    return this.entries.get(webContentsId)!;
  }

  // --- pages -----------------------------------------------------------------------

  private ensurePage(request: LoadRequest): Promise<PageEntry> {
    const existing = this.creating.get(request.webContentsId);
    if (existing) return existing;
    const created = (async () => {
      const spare = this.spare;
      this.spare = null;
      const page = (await spare?.catch(() => null)) ?? (await (await this.context()).newPage());
      // The next window's page starts now, while this one loads (a prompt or routine window
      // each break: the renderer start is most of a window's cost). Not an app page until used.
      if (spare) this.makeSpare();
      let markClosed!: () => void;
      const entry: PageEntry = {
        webContentsId: request.webContentsId,
        windowId: request.windowId,
        page,
        consoleErrors: [],
        popups: [],
        loaded: false,
        closed: new Promise<void>((resolve) => (markClosed = resolve)),
        expected: new Set(),
        closingByApp: false,
        queue: Promise.resolve(),
      };
      this.entries.set(entry.webContentsId, entry);
      this.byPage.set(page, entry);
      page.on('console', (m) => {
        if (m.type() === 'error') entry.consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => entry.consoleErrors.push(e.message));
      page.on('framenavigated', (frame) => {
        if (frame !== page.mainFrame() || !entry.loaded) return;
        void this.proc
          .call('webContents.navigated', {
            webContentsId: entry.webContentsId,
            url: this.appUrl(frame.url()),
          })
          .catch(() => {});
      });
      page.on('close', () => {
        markClosed();
        // Chromium closed it (not the app): the window goes away as if the renderer were gone.
        if (!entry.closingByApp) {
          void this.proc
            .call('webContents.pageClosed', { webContentsId: entry.webContentsId })
            .catch(() => {});
        }
      });
      if (request.size)
        await page.setViewportSize({ width: request.size.width, height: request.size.height });
      await page.emulateMedia({ colorScheme: this.colorScheme });
      if (request.preload) await page.addInitScript({ content: this.shim(request.preload) });
      return entry;
    })();
    this.creating.set(request.webContentsId, created);
    return created;
  }

  private shim(preloadPath: string): string {
    const source = fs.readFileSync(preloadPath, 'utf8');
    const config = JSON.stringify({ binding: BINDING, control: CONTROL, preloadPath, ...this.shimConfig });
    const CONFIG_SLOT = '(__HARNESS_CONFIG__, function runPreload(';
    const PRELOAD_SLOT = '  __PRELOAD__;\n';
    if (!SHIM_TEMPLATE.includes(CONFIG_SLOT) || !SHIM_TEMPLATE.includes(PRELOAD_SLOT)) {
      throw new Error('preload-shim.js lost its __HARNESS_CONFIG__ or __PRELOAD__ slot');
    }
    return SHIM_TEMPLATE.replace(CONFIG_SLOT, () => `(${config}, function runPreload(`).replace(
      PRELOAD_SLOT,
      () => `${source}\n;\n`,
    );
  }

  private async load(request: LoadRequest): Promise<void> {
    const entry = await this.ensurePage(request);
    const target = this.toChromium(request.url);
    entry.expected.add(stripHash(target));
    let error: { errno: number; code: string } | null = null;
    try {
      await entry.page.goto(target, { waitUntil: 'load' });
    } catch (e) {
      if (entry.page.isClosed()) return;
      const code = /net::(ERR_[A-Z_]+)/.exec((e as Error).message)?.[1] ?? 'ERR_FAILED';
      error = { errno: code === 'ERR_ABORTED' ? -3 : -2, code };
    }
    if (entry.page.isClosed()) return;
    if (!error) entry.loaded = true;
    if (!error && request.preferredSizeMode) await this.watchPreferredSize(entry);
    await this.proc
      .call('webContents.loaded', {
        webContentsId: entry.webContentsId,
        loadId: request.loadId,
        url: this.appUrl(entry.page.url()),
        title: error ? '' : await entry.page.title().catch(() => ''),
        error,
      })
      .catch(() => {});
  }

  /**
   * enablePreferredSizeMode: Electron emits 'preferred-size-changed' with "the
   * minimum size needed to contain the layout of the document—without
   * requiring scrolling" whenever it changes. Modelled as the root element's
   * laid-out size, watched with a ResizeObserver.
   */
  private async watchPreferredSize(entry: PageEntry): Promise<void> {
    await entry.page
      .evaluate((binding) => {
        const root = document.documentElement;
        let last = '';
        const report = () => {
          const box = root.getBoundingClientRect();
          const size = {
            width: Math.ceil(Math.max(root.scrollWidth, box.width)),
            height: Math.ceil(box.height),
          };
          const key = `${size.width}x${size.height}`;
          if (key === last) return;
          last = key;
          void (globalThis as unknown as Record<string, (s: unknown) => Promise<void>>)[binding]!(size);
        };
        new ResizeObserver(report).observe(root);
        report();
      }, PREFERRED_SIZE)
      .catch(() => {});
  }

  private async onPreferredSize(page: Page, size: { width: number; height: number }): Promise<void> {
    const entry = this.byPage.get(page);
    if (!entry || !this.entries.has(entry.webContentsId)) return;
    await this.proc
      .call('webContents.emit', {
        webContentsId: entry.webContentsId,
        event: 'preferred-size-changed',
        args: [{ width: size.width, height: size.height }],
      })
      .catch(() => {});
  }

  private deliver(webContentsId: number, channel: string, args: unknown[]): Promise<unknown> {
    const entry = this.entries.get(webContentsId);
    if (!entry) return Promise.resolve();
    // In order, per page; a page without the preload shim simply has no listener.
    entry.queue = entry.queue.then(() =>
      entry.page
        .evaluate(
          ([control, c, a]) => {
            const shim = (globalThis as Record<string, unknown>)[control] as
              { deliver(channel: string, args: unknown[]): void } | undefined;
            shim?.deliver(c, a);
          },
          [CONTROL, channel, args] as const,
        )
        .catch(() => {}),
    );
    return entry.queue;
  }

  private async closePage(webContentsId: number): Promise<void> {
    const entry = this.entries.get(webContentsId) ?? (await this.creating.get(webContentsId));
    if (!entry) return;
    entry.closingByApp = true;
    this.entries.delete(webContentsId);
    await entry.page.close({ runBeforeUnload: false }).catch(() => {});
  }

  /** Number of listeners the page's preload registered with ipcRenderer.on (leak checks). */
  async rendererListenerCount(entry: PageEntry): Promise<number> {
    return entry.page.evaluate((control) => {
      const shim = (globalThis as Record<string, unknown>)[control] as
        { listenerCount(): number } | undefined;
      return shim ? shim.listenerCount() : 0;
    }, CONTROL);
  }

  // --- IPC from pages ------------------------------------------------------------------

  private async onIpc(source: { page: Page; frame: Frame }, message: IpcMessage): Promise<unknown> {
    const entry = this.byPage.get(source.page);
    if (!entry) return { ok: false, error: 'Error: this page belongs to no webContents' };
    const params = {
      webContentsId: entry.webContentsId,
      frameUrl: this.appUrl(source.frame.url()),
      channel: message.channel,
      args: encode(message.args),
    };
    if (message.op === 'send') {
      await this.proc.call('ipc.send', params);
      return null;
    }
    const reply = await this.proc.call<{ ok: boolean; value?: string; error?: string }>('ipc.invoke', params);
    return reply.ok ? { ok: true, value: decode(reply.value!) } : { ok: false, error: reply.error };
  }

  // --- network ----------------------------------------------------------------------------

  private async onRequest(route: Route): Promise<void> {
    try {
      await this.answer(route);
    } catch (e) {
      this.problems.push(`request ${route.request().url()}: ${(e as Error).message}`);
      await route.abort('failed').catch(() => {});
    }
  }

  private async answer(route: Route): Promise<void> {
    const request = route.request();
    const url = request.url();
    const appUrl = this.fromChromium(url);
    let entry: PageEntry | undefined;
    try {
      const frame = request.frame();
      if (frame.parentFrame() === null) entry = this.byPage.get(frame.page());
    } catch {
      entry = undefined; // service worker or the like
    }

    if (request.isNavigationRequest() && entry) {
      if (entry.expected.has(stripHash(url))) {
        entry.expected.delete(stripHash(url));
      } else if (this.entries.has(entry.webContentsId)) {
        // The page itself is leaving (link, location, form): the app may stop it.
        const { prevented } = await this.proc.call<{ prevented: boolean }>('webContents.willNavigate', {
          webContentsId: entry.webContentsId,
          url: appUrl ?? url,
        });
        if (prevented) {
          await route.abort('aborted');
          return;
        }
      }
    }

    if (appUrl) {
      const answer = await this.proc.call<{
        status?: number;
        headers?: [string, string][];
        body?: string;
        error?: string;
      }>('protocol.request', {
        url: appUrl,
        method: request.method(),
        headers: request.headers(),
        body: request.postDataBuffer()?.toString('base64') ?? null,
      });
      if (answer.error) {
        await route.abort('failed');
        return;
      }
      await route.fulfill({
        status: answer.status,
        headers: Object.fromEntries(answer.headers ?? []),
        body: Buffer.from(answer.body ?? '', 'base64'),
      });
      return;
    }

    if (request.isNavigationRequest()) {
      // No network in the harness: a foreign page is a stub with its URL as the title.
      await route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<!doctype html><title>${escapeHtml(url)}</title><p>desktop harness: no network</p>`,
      });
      return;
    }
    await route.abort('internetdisconnected');
  }

  // --- window.open ---------------------------------------------------------------------------

  private async onNewPage(page: Page): Promise<void> {
    const opener = await page.opener();
    if (!opener) return; // one of ours (context.newPage)
    const entry = this.byPage.get(opener);
    await page.waitForURL((u) => u.href !== 'about:blank', { timeout: 2_000 }).catch(() => {});
    const url = this.appUrl(page.url());
    let action = 'deny';
    if (entry && this.entries.has(entry.webContentsId)) {
      const answer = await this.proc
        .call<{ action: string }>('webContents.windowOpen', { webContentsId: entry.webContentsId, url })
        .catch(() => ({ action: 'deny' }));
      action = answer.action;
    }
    entry?.popups.push({ url, action });
    if (action !== 'deny') {
      this.problems.push(
        `window.open(${url}) was allowed by the app: the harness does not emulate child windows yet`,
      );
    }
    await page.close().catch(() => {});
  }
}

interface LoadRequest {
  webContentsId: number;
  windowId: number | null;
  loadId: number;
  url: string;
  preload: string | null;
  size: { width: number; height: number } | null;
  preferredSizeMode?: boolean;
}

interface IpcMessage {
  op: 'invoke' | 'send';
  channel: string;
  args: unknown[];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
