/**
 * The real app under Playwright's `_electron`. Runs where the Electron binary
 * is installed (see scripts/run-e2e.mjs); elsewhere it is reported NOT RUN.
 * The same journeys run here through the desktop harness (tests/desktop).
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { clickTray, freshUserData, historyRecords, launch, trayLabels } from './app';

test('launches, has a tray, opens a window and keeps a setting across restarts', async () => {
  const userData = freshUserData();
  let app = await launch(userData);
  expect(await trayLabels(app)).toEqual(
    expect.arrayContaining(['Start routine', 'Pause', 'Open Unslouch', 'Quit']),
  );
  await clickTray(app, ['Open Unslouch']);
  let page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: /settings/i })).toBeVisible();
  const input = page.getByLabel('Break every (minutes)');
  await input.fill('45');
  await input.press('Enter');
  await expect(page.getByText('Saved.')).toBeVisible();
  await app.close();

  app = await launch(userData, ['--settings']);
  page = await app.firstWindow();
  await expect(page.getByTestId('current-interval')).toHaveText('45');
  await app.close();
});

test('start a routine from the tray, finish it early, and find it in history on disk', async () => {
  const userData = freshUserData();
  const app = await launch(userData);
  await clickTray(app, ['Start routine', 'Upper-back desk reset']);
  const page = await app.firstWindow();
  await expect(page).toHaveURL(/#\/routine\/upper-back-desk-reset/);
  await page.getByRole('button', { name: /finish early/i }).click();
  await expect.poll(() => historyRecords(userData).length).toBe(1);
  expect(historyRecords(userData)[0]).toMatchObject({
    trigger: 'on-demand',
    routineId: 'upper-back-desk-reset',
    outcome: 'partial',
  });
  await app.close();
});

test('pause until tomorrow from the tray', async () => {
  const app = await launch(freshUserData());
  await clickTray(app, ['Pause', 'Until tomorrow']);
  const labels = await trayLabels(app);
  expect(labels[0]).toMatch(/^Paused until /);
  await clickTray(app, ['Resume']);
  expect((await trayLabels(app))[0]).not.toMatch(/^Paused/);
  await app.close();
});

test('a corrupt settings file is kept as a backup and the app starts from defaults', async () => {
  const userData = freshUserData({ 'settings.json': '{"settings": {' });
  const app = await launch(userData, ['--settings']);
  const page = await app.firstWindow();
  await expect(page.getByTestId('current-interval')).toHaveText('30');
  const backups = fs.readdirSync(userData).filter((f) => f.startsWith('settings.corrupt-'));
  expect(backups).toHaveLength(1);
  expect(fs.readFileSync(path.join(userData, backups[0]!), 'utf8')).toBe('{"settings": {');
  await app.close();
});

test('a malformed IPC message from the page gets a clear error', async () => {
  const app = await launch(freshUserData(), ['--settings']);
  const page = await app.firstWindow();
  const result = await page.evaluate(() =>
    (
      window as unknown as { unslouch: { updateSettings(p: unknown): Promise<unknown> } }
    ).unslouch.updateSettings('nonsense'),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  await app.close();
});

test('an unknown command-line option exits 2 with a message', () => {
  const require = createRequire(import.meta.url);
  const binary = require('electron') as unknown as string;
  const run = spawnSync(binary, ['.', '--frobnicate'], {
    env: { ...process.env, UNSLOUCH_USER_DATA: freshUserData() },
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('unknown option "--frobnicate"');
});
