import fs from 'node:fs';
import path from 'node:path';
import type { UnslouchApi } from '../../electron/shared/ipc-contract';
import { expect, test, type DesktopApp } from './harness';

/** What the settings file holds; null while none was written (the app writes it with the first saved change). */
const saved = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);

type PageGlobals = { unslouch: UnslouchApi; seen?: unknown[] };

async function openSettings(app: DesktopApp) {
  await (await app.tray()).clickMenu('Open Unslouch');
  return app.waitForWindow('#/settings');
}

test('a malformed IPC message is answered with invalid-payload naming the channel, and nothing is saved', async ({
  launchApp,
}) => {
  const app = await launchApp();
  const win = await openSettings(app);
  const file = path.join(app.userDataPath, 'settings.json');
  const before = saved(file);

  const answer = await win.page.evaluate(() =>
    (globalThis as unknown as PageGlobals).unslouch.updateSettings('nonsense' as never),
  );
  expect(answer.ok).toBe(false);
  if (answer.ok) return;
  expect(answer.error.code).toBe('invalid-payload');
  expect(answer.error.messages.length).toBeGreaterThan(0);
  for (const message of answer.error.messages) {
    expect(message).toContain('settings:update');
    expect(message).toMatch(/object/);
  }

  const noPayload = await win.page.evaluate(() =>
    (
      globalThis as unknown as { unslouch: { getSettings(p: unknown): Promise<unknown> } }
    ).unslouch.getSettings({
      sneaky: true,
    }),
  );
  expect(noPayload).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });

  expect(saved(file)).toBe(before);
  await expect(win.page.getByTestId('current-interval')).toHaveText('30');
});

test('a value out of range is refused next to its field; a good one reaches the page as settingsChanged', async ({
  launchApp,
}) => {
  const app = await launchApp();
  const win = await openSettings(app);
  const file = path.join(app.userDataPath, 'settings.json');
  const before = saved(file);

  const input = win.page.getByLabel('Break every (minutes)');
  await input.fill('3');
  await input.press('Enter');
  // The window checks the value against the settings schema, next to the field, and sends nothing.
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(win.page.getByRole('alert')).toContainText('between 5 and 240');
  expect(saved(file)).toBe(before);

  await win.page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    g.seen = [];
    g.unslouch.on('settingsChanged', (s) => g.seen!.push(s.breaks.everyMinutes));
  });
  const answer = await win.page.evaluate(() =>
    (globalThis as unknown as PageGlobals).unslouch.updateSettings({ breaks: { everyMinutes: 50 } }),
  );
  expect(answer).toMatchObject({ ok: true, value: { breaks: { everyMinutes: 50 } } });
  await expect.poll(() => win.page.evaluate(() => (globalThis as unknown as PageGlobals).seen)).toEqual([50]);
  await expect(win.page.getByTestId('current-interval')).toHaveText('50');
});

test('IPC from a page that is not one of the app windows is refused as forbidden', async ({ launchApp }) => {
  const app = await launchApp();
  await app.tray();
  const file = path.join(app.userDataPath, 'settings.json');
  const before = saved(file);

  const stranger = await app.openForeignPage('https://evil.example/');
  const read = await stranger.evaluate(() => (globalThis as unknown as PageGlobals).unslouch.getSettings());
  expect(read).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  const write = await stranger.evaluate(() =>
    (globalThis as unknown as PageGlobals).unslouch.updateSettings({ breaks: { everyMinutes: 60 } }),
  );
  expect(write).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(saved(file)).toBe(before);

  // The app's own window, at the same time, is served.
  const win = await openSettings(app);
  const own = await win.page.evaluate(() => (globalThis as unknown as PageGlobals).unslouch.getSettings());
  expect(own).toMatchObject({ ok: true, value: { breaks: { everyMinutes: 30 } } });
});
