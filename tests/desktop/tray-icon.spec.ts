import { expect, test } from './harness';

const TRAY_ICON = /tray icon.*resources[\\/]tray[\\/]\S+\.png/i;

test('a missing tray icon stops the start with a clear error naming the file', async ({ launchApp }) => {
  const app = await launchApp({ withoutAppFiles: ['resources/tray'] });
  const code = await app.waitForExit();
  expect(code).not.toBe(0);
  expect(app.stderr).toMatch(TRAY_ICON);
  const dialogs = await app.dialogs();
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0]!.kind).toBe('errorBox');
  expect(`${dialogs[0]!.title}\n${dialogs[0]!.content}`).toMatch(TRAY_ICON);
  expect(await app.trays()).toEqual([]);
  expect(await app.windows()).toEqual([]);
});
