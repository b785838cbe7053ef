import { expect, test } from './harness';

test('a window cannot navigate away, open new windows, or get permissions', async ({ launchApp }) => {
  const app = await launchApp({ args: ['--settings'] });
  const win = await app.waitForWindow('#/settings');
  const page = win.page;

  const failed = page.waitForEvent('requestfailed', (r) => r.url().startsWith('https://evil.example/'));
  await page.evaluate(() => {
    (globalThis as unknown as { location: { href: string } }).location.href = 'https://evil.example/phish';
  });
  await failed;
  expect((await app.windows())[0]!.url).toBe('app://unslouch/index.html?lang=en-GB#/settings');
  await expect(page.getByRole('heading', { name: 'Unslouch settings' })).toBeVisible();

  // In-page navigation (the hash routes) is fine.
  await page.evaluate(() => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = '#/nowhere';
  });
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await expect
    .poll(async () => (await app.windows())[0]!.url)
    .toBe('app://unslouch/index.html?lang=en-GB#/nowhere');

  await page.evaluate(() => {
    (globalThis as unknown as { open(url: string): unknown }).open('https://evil.example/popup');
  });
  await expect.poll(() => win.popups).toEqual([{ url: 'https://evil.example/popup', action: 'deny' }]);
  await expect.poll(async () => (await app.counts()).pages).toBe(1);

  for (const permission of ['notifications', 'media', 'geolocation']) {
    const answer = await app.command<{ granted: boolean }>('session.requestPermission', {
      webContentsId: win.webContentsId,
      permission,
    });
    expect(answer.granted, permission).toBe(false);
  }
});

test('pages are served from app://unslouch with a strict Content-Security-Policy', async ({ launchApp }) => {
  const app = await launchApp({ args: ['--settings'] });
  const win = await app.waitForWindow('#/settings');
  const response = await win.page.reload();
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  // An inline script slipped into the page does not run, and the refusal is reported.
  const ran = await win.page.evaluate(() => {
    const g = globalThis as unknown as {
      document: { createElement(t: string): { textContent: string }; head: { append(n: unknown): void } };
      inlineRan?: boolean;
    };
    const script = g.document.createElement('script');
    script.textContent = 'globalThis.inlineRan = true';
    g.document.head.append(script);
    return g.inlineRan ?? false;
  });
  expect(ran).toBe(false);
  await expect.poll(() => win.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
  // The build's own inline stylesheet applies (allowed by its hash); one slipped in does not.
  const styles = await win.page.evaluate(() => {
    const g = globalThis as unknown as {
      document: {
        createElement(t: string): { textContent: string };
        head: { append(n: unknown): void };
        documentElement: unknown;
        body: unknown;
      };
      getComputedStyle(e: unknown): { getPropertyValue(p: string): string; outlineWidth: string };
    };
    const style = g.document.createElement('style');
    style.textContent = 'body { outline: 7px solid red }';
    g.document.head.append(style);
    return {
      own: g.getComputedStyle(g.document.documentElement).getPropertyValue('--bg').trim(),
      injected: g.getComputedStyle(g.document.body).outlineWidth,
    };
  });
  expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]{43}='/);
  expect(styles.own).not.toBe('');
  expect(styles.injected).not.toBe('7px');
});
