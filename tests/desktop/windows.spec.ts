import { expect, test } from './harness';

test('asking twice for the window brings back the same one; closing it destroys it and the app stays in the tray', async ({
  launchApp,
}) => {
  const app = await launchApp();
  const tray = await app.tray();
  await tray.clickMenu('Open Unslouch');
  const first = await app.waitForWindow('#/settings');
  await first.page.evaluate(() => ((globalThis as { marker?: string }).marker = 'still the first page'));

  // The person minimizes it, then asks for it again from the tray.
  await first.minimize();
  expect((await app.windows()).map((w) => [w.focused, w.minimized])).toEqual([[false, true]]);
  await tray.clickMenu('Open Unslouch');
  const after = await app.windows();
  expect(
    after.map((w) => ({ id: w.id, focused: w.focused, minimized: w.minimized, visible: w.visible })),
  ).toEqual([{ id: first.id, focused: true, minimized: false, visible: true }]);
  expect(await first.page.evaluate(() => (globalThis as { marker?: string }).marker)).toBe(
    'still the first page',
  );
  expect((await app.counts()).pages).toBe(1);

  // The person closes it: window, webContents and page are gone, the app is not.
  await first.close();
  expect(first.page.isClosed()).toBe(true);
  expect(await app.windows()).toEqual([]);
  const counts = await app.counts();
  expect([counts.windows, counts.webContents, counts.pages]).toEqual([0, 0, 0]);
  expect(app.running).toBe(true);
  expect(await app.trays()).toHaveLength(1);
  expect(await app.calls({ api: 'app', method: 'quit' })).toEqual([]);

  // Asking again makes a new window with a new page.
  await tray.clickMenu('Open Unslouch');
  const second = await app.waitForWindow('#/settings');
  expect(second.id).not.toBe(first.id);
  expect(second.webContentsId).not.toBe(first.webContentsId);
  await expect(second.page.getByRole('heading', { name: 'Unslouch settings' })).toBeVisible();
  expect((await app.windows()).map((w) => w.id)).toEqual([second.id]);
});

test('opening and closing the window again and again leaves nothing behind', async ({ launchApp }) => {
  const app = await launchApp();
  const tray = await app.tray();
  const baseline = await app.counts();
  for (let round = 0; round < 3; round++) {
    await tray.clickMenu('Open Unslouch');
    const win = await app.waitForWindow('#/settings');
    await expect(win.page.getByLabel('Break every (minutes)')).toBeVisible();
    expect(await win.rendererListenerCount()).toBeGreaterThan(0); // the page listens for settings changes
    await win.close();
  }
  const after = await app.counts();
  const { activeResources: _a, ...live } = after;
  const { activeResources: _b, ...before } = baseline;
  expect(live).toEqual({ ...before, pages: 0 });
});
