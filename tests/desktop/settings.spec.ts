import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness';

test('from the tray to the settings window: a change is saved to disk and survives a restart', async ({
  launchApp,
}) => {
  const app = await launchApp();
  const tray = await app.tray();
  expect(tray.tooltip).toMatch(/^Unslouch/);
  expect(tray.image.empty).toBe(false);
  expect(tray.menuLabels).toContain('Open Unslouch');
  expect(tray.menuLabels).toContain('Quit');
  expect(await app.windows()).toHaveLength(0); // nothing on screen until asked

  await tray.clickMenu('Open Unslouch');
  const win = await app.waitForWindow('#/settings');
  expect(win.url).toBe('app://unslouch/index.html?lang=en-GB#/settings');
  expect(win.visible).toBe(true);
  const page = win.page;
  await expect(page.getByRole('heading', { name: 'Unslouch settings' })).toBeVisible();
  const input = page.getByLabel('Break every (minutes)');
  await expect(input).toHaveValue('30');
  await input.fill('45');
  await input.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await expect(page.getByTestId('current-interval')).toHaveText('45');

  const file = path.join(app.userDataPath, 'settings.json');
  const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    settings: { breaks: { everyMinutes: number } };
  };
  expect(stored.settings.breaks.everyMinutes).toBe(45);
  expect(win.consoleErrors, 'no console errors, no CSP violations').toEqual([]);

  await tray.clickMenu('Quit');
  expect(await app.waitForExit()).toBe(0);

  const again = await launchApp({ userDataPath: app.userDataPath });
  await (await again.tray()).clickMenu('Open Unslouch');
  const reopened = await again.waitForWindow('#/settings');
  await expect(reopened.page.getByTestId('current-interval')).toHaveText('45');
  await expect(reopened.page.getByLabel('Break every (minutes)')).toHaveValue('45');
});
