import fs from 'node:fs';
import { expect, test } from './harness';

test('an unknown option exits with code 2, names the option on stderr and writes nothing', async ({
  launchApp,
}) => {
  const app = await launchApp({ args: ['--frobnicate'], firstRun: true });
  expect(await app.waitForExit()).toBe(2);
  expect(app.stderr).toMatch(/--frobnicate/);
  expect(fs.readdirSync(app.userDataPath)).toEqual([]);
});

test('--help prints the options and exits 0', async ({ launchApp }) => {
  const app = await launchApp({ args: ['--help'], firstRun: true });
  expect(await app.waitForExit()).toBe(0);
  expect(app.stdout).toContain('--settings');
  expect(fs.readdirSync(app.userDataPath)).toEqual([]);
});

test('--settings at start opens the settings window', async ({ launchApp }) => {
  const app = await launchApp({ args: ['--settings'] });
  const win = await app.waitForWindow('#/settings');
  await expect(win.page.getByRole('heading', { name: 'Unslouch settings' })).toBeVisible();
});

test('a second instance with --settings hands it to the running app, which opens or focuses its window', async ({
  launchApp,
}) => {
  const first = await launchApp();
  await first.tray();
  expect(await first.windows()).toEqual([]);

  const second = await launchApp({ userDataPath: first.userDataPath, args: ['--settings'] });
  expect(await second.waitForExit()).toBe(0);
  const win = await first.waitForWindow('#/settings');

  // Again, while the window is minimized: the same window comes back.
  await win.minimize();
  const third = await launchApp({ userDataPath: first.userDataPath, args: ['--settings'] });
  expect(await third.waitForExit()).toBe(0);
  await expect
    .poll(async () =>
      (await first.windows()).map((w) => ({ id: w.id, focused: w.focused, minimized: w.minimized })),
    )
    .toEqual([{ id: win.id, focused: true, minimized: false }]);
  expect(first.running).toBe(true);
});

test('a second instance without options, or with only argv, also brings up the window', async ({
  launchApp,
}) => {
  const first = await launchApp();
  await first.tray();
  await first.secondInstance(['--settings']); // argv only, no additionalData
  const win = await first.waitForWindow('#/settings');
  await win.close();

  const second = await launchApp({ userDataPath: first.userDataPath });
  expect(await second.waitForExit()).toBe(0);
  await first.waitForWindow('#/settings');
});
