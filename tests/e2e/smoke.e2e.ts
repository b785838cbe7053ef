/**
 * The real app under Playwright's `_electron`. Runs where the Electron binary
 * is installed (see scripts/run-e2e.mjs); elsewhere it is reported NOT RUN.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

test('launches, has a tray, opens a window and keeps a setting across restarts', async () => {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-e2e-'));
  const launch = () =>
    electron.launch({
      args: ['.', `--user-data-dir=${userData}`, '--settings'],
      env: { ...process.env, UNSLOUCH_USER_DATA: userData },
    });

  let app = await launch();
  const trayCount = await app.evaluate(async ({ app: a }) => {
    await a.whenReady();
    return (globalThis as { __unslouchTrayCount?: number }).__unslouchTrayCount ?? -1;
  });
  expect(trayCount).toBe(1);
  let page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Unslouch settings' })).toBeVisible();
  const input = page.getByLabel('Break every (minutes)');
  await input.fill('45');
  await input.press('Enter');
  await expect(page.getByText('Saved.')).toBeVisible();
  await app.close();

  app = await launch();
  page = await app.firstWindow();
  await expect(page.getByTestId('current-interval')).toHaveText('45');
  await app.close();
});
