import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness';

const BACKUP = /^settings\.corrupt-(.+)\.json$/;

test('a corrupt settings file is kept as a backup, the app starts from defaults and says so once', async ({
  launchApp,
}) => {
  const corrupt = '{"settings": {';
  const app = await launchApp({ userDataFiles: { 'settings.json': corrupt } });
  await app.tray();

  const backups = fs.readdirSync(app.userDataPath).filter((f) => BACKUP.test(f));
  expect(backups).toHaveLength(1);
  const backup = backups[0]!;
  const stamp = BACKUP.exec(backup)![1]!;
  expect(
    Date.now() - Date.parse(stamp.replace(/T(\d\d)-(\d\d)-(\d\d)-(\d+)Z$/, 'T$1:$2:$3.$4Z')),
  ).toBeLessThan(60_000);
  expect(fs.readFileSync(path.join(app.userDataPath, backup), 'utf8')).toBe(corrupt);

  const dialogs = await app.dialogs();
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0]).toMatchObject({ kind: 'messageBox', type: 'warning' });
  expect(dialogs[0]!.message).toMatch(/settings/i);
  expect(dialogs[0]!.detail).toMatch(/JSON/);
  expect(dialogs[0]!.detail).toContain(backup);

  await (await app.tray()).clickMenu('Open Unslouch');
  const win = await app.waitForWindow('#/settings');
  await expect(win.page.getByLabel('Break every (minutes)')).toHaveValue('30');

  // Once: the next start finds a good file, shows nothing and backs up nothing.
  expect(await app.quit()).toBe(0);
  const again = await launchApp({ userDataPath: app.userDataPath });
  await again.tray();
  expect(await again.dialogs()).toEqual([]);
  expect(fs.readdirSync(app.userDataPath).filter((f) => BACKUP.test(f))).toEqual([backup]);
});

test('a settings file that fails the schema is handled the same way, naming the field', async ({
  launchApp,
}) => {
  const invalid = JSON.stringify({ settings: { breaks: { everyMinutes: 'often' } } });
  const app = await launchApp({ userDataFiles: { 'settings.json': invalid } });
  await app.tray();
  const dialogs = await app.dialogs();
  expect(dialogs).toHaveLength(1);
  // The field as the settings window names it, and the value quoted.
  expect(dialogs[0]!.detail).toContain('Break every (minutes): ‘often’ must be a number.');
  const backups = fs.readdirSync(app.userDataPath).filter((f) => BACKUP.test(f));
  expect(backups.map((f) => fs.readFileSync(path.join(app.userDataPath, f), 'utf8'))).toEqual([invalid]);
});
