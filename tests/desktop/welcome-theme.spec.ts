/**
 * The desktop side of issue 14 through the harness: the first-run welcome
 * (once, not on the second start, back from the tray, and what a second
 * launch opens), the theme following nativeTheme while windows are open,
 * the prompt window sized to its content, and the zoom shortcuts.
 */
import { expect, test, type DesktopApp } from './harness';

const ZONE = 'Europe/Berlin';
const MINUTE = 60_000;
const LIGHT_BG = 'rgb(247, 245, 240)';
const DARK_BG = 'rgb(22, 27, 29)';

const pageBackground = (app: DesktopApp, route: string) =>
  app
    .waitForWindow(route)
    .then((w) => w.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));

test('the welcome opens by itself on the first start only, and the tray brings it back', async ({
  launchApp,
}) => {
  const first = await launchApp({ firstRun: true });
  await first.tray();
  const welcome = await first.waitForWindow('#/welcome');
  await expect(welcome.page.getByRole('heading', { level: 1, name: 'Welcome to Unslouch' })).toBeVisible();
  await expect(welcome.page.getByTestId('first-break')).toHaveText(/Your first break comes at \d{1,2}:\d\d/);
  expect((await first.windows()).map((w) => w.kind)).toEqual(['welcome']);
  // The defaults are the preset; choosing it (after "other hours") saves the work hours through the real IPC.
  await expect(welcome.page.getByRole('radio', { name: /^Monday to Friday/ })).toBeChecked();
  await welcome.page.getByRole('radio', { name: /^Other hours/ }).check();
  await expect(welcome.page.getByRole('link', { name: 'Set your work hours in Settings' })).toBeVisible();
  await welcome.page.getByRole('radio', { name: /^Monday to Friday/ }).check();
  await expect(welcome.page.getByTestId('welcome-status')).toHaveText('Work hours saved.');
  await welcome.close();
  expect(await first.quit()).toBe(0);

  const second = await launchApp({ userDataPath: first.userDataPath });
  await second.tray();
  // Give a wrongly opened window time to show up before saying there is none.
  await second.waitForWindow('#/welcome', 1_500).then(
    () => {
      throw new Error('the welcome opened again on the second start');
    },
    () => {},
  );
  expect(await second.windows()).toEqual([]);

  await (await second.tray()).clickMenu('Welcome and tour');
  await second.waitForWindow('#/welcome');
  // Started again while running (the tray icon cannot be found): the welcome was seen, so the settings.
  await second.secondInstance([]);
  await second.waitForWindow('#/settings');
});

test('a second launch before the welcome was ever seen opens the welcome', async ({ launchApp }) => {
  // A settings file from before the welcome existed: not a recovery, the welcome not seen.
  const app = await launchApp({ userDataFiles: { 'settings.json': JSON.stringify({ settings: {} }) } });
  await app.tray();
  const welcome = await app.waitForWindow('#/welcome');
  await welcome.close();
  // Remembered at once: a second launch now opens the settings.
  await app.secondInstance([]);
  await app.waitForWindow('#/settings');
});

test('the theme follows nativeTheme while windows are open; app.theme forces one', async ({ launchApp }) => {
  const app = await launchApp({ args: ['--settings'] });
  await app.tray();
  const settings = await app.waitForWindow('#/settings');
  expect(settings.backgroundColor).toBe('#F7F5F0');
  expect(await pageBackground(app, '#/settings')).toBe(LIGHT_BG);

  await app.command('nativeTheme.set', { dark: true });
  await expect.poll(() => pageBackground(app, '#/settings')).toBe(DARK_BG);
  expect((await app.waitForWindow('#/settings')).backgroundColor).toBe('#161B1D');
  // A window opened while the system is dark starts dark (no light flash before its page paints).
  await (await app.tray()).clickMenu('History…');
  const history = await app.waitForWindow('#/history');
  expect(history.backgroundColor).toBe('#161B1D');
  expect(await pageBackground(app, '#/history')).toBe(DARK_BG);

  // "Always light" in Settings: themeSource 'light', every window light although the system is dark.
  await settings.page.getByRole('radio', { name: 'Always light' }).check();
  await expect.poll(async () => (await app.state()).nativeTheme.themeSource).toBe('light');
  await expect.poll(() => pageBackground(app, '#/history')).toBe(LIGHT_BG);
  expect((await app.waitForWindow('#/history')).backgroundColor).toBe('#F7F5F0');

  // Back to the system: dark again.
  await settings.page.getByRole('radio', { name: 'Follow the system (light or dark)' }).check();
  await expect.poll(() => pageBackground(app, '#/settings')).toBe(DARK_BG);
});

test('the prompt window fits its content, within the work area, in the bottom-right corner', async ({
  launchApp,
}) => {
  const app = await launchApp({ clock: '2026-03-23T09:00:00+01:00', timezone: ZONE });
  await app.tray();
  await app.advanceClock(31 * MINUTE, { until: 'window' });
  const prompt = await app.waitForWindow('#/prompt');
  await expect(prompt.page.getByRole('button', { name: /^Start/ })).toBeVisible();
  const contentHeight = () =>
    prompt.page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const fitted = async () => {
    const w = (await app.windows()).find((x) => x.kind === 'prompt')!;
    return { height: w.bounds.height, content: await contentHeight(), bounds: w.bounds };
  };
  await expect.poll(async () => ((f) => f.height === f.content)(await fitted())).toBe(true);
  const before = await fitted();
  // Work area of the harness's display: 1920 × 1048 below a 32 px bar; 16 px margins.
  expect(before.bounds.x + before.bounds.width).toBe(1920 - 16);
  expect(before.bounds.y + before.bounds.height).toBe(32 + 1048 - 16);
  const [viewport, scroll] = await prompt.page.evaluate(() => [
    window.innerHeight,
    document.documentElement.scrollHeight,
  ]);
  expect(scroll).toBeLessThanOrEqual(viewport);

  // The routine list opens: the window grows with it, and stays in the corner.
  await prompt.page.getByRole('button', { name: 'Choose another routine' }).click();
  await expect.poll(async () => (await fitted()).height).toBeGreaterThan(before.height);
  const after = await fitted();
  expect(after.height).toBe(after.content);
  expect(after.bounds.y + after.bounds.height).toBe(32 + 1048 - 16);

  // On a small display the prompt is bounded by the work area (and scrolls inside).
  await app.command('screen.setDisplays', { list: [{ id: 1, width: 800, height: 300 }] });
  await prompt.page.evaluate(() => {
    document.body.style.paddingBottom = '400px';
  });
  await expect.poll(async () => (await fitted()).height).toBe(300 - 32 - 32);
});

test('zoom shortcuts work in every window without a menu: Ctrl+= / Ctrl+- / Ctrl+0', async ({
  launchApp,
}) => {
  const app = await launchApp({ args: ['--settings'] });
  await app.tray();
  const win = await app.waitForWindow('#/settings');
  const key = (key: string, code: string) =>
    app.command('webContents.emit', {
      webContentsId: win.webContentsId,
      event: 'before-input-event',
      args: [{ type: 'keyDown', key, code, control: true, meta: false, alt: false, shift: false }],
    });
  const zoom = async () => (await app.waitForWindow('#/settings')).zoomFactor;
  await key('=', 'Equal');
  expect(await zoom()).toBe(1.1);
  for (let i = 0; i < 4; i++) await key('+', 'Equal');
  expect(await zoom()).toBe(2);
  await key('-', 'Minus');
  expect(await zoom()).toBe(1.75);
  await key('0', 'Digit0');
  expect(await zoom()).toBe(1);
  // A plain "=" typed into a field is not a zoom.
  await app.command('webContents.emit', {
    webContentsId: win.webContentsId,
    event: 'before-input-event',
    args: [
      { type: 'keyDown', key: '=', code: 'Equal', control: false, meta: false, alt: false, shift: false },
    ],
  });
  expect(await zoom()).toBe(1);
});
