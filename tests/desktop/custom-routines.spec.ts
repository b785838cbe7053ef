/**
 * A routine of your own in the built app (issue 13): built in the library
 * window, saved through the settings IPC, listed in the tray's Start routine
 * menu at once, started from there, and recorded under its id.
 */
import { expect, test } from './harness';
import { historyRecords } from './harness/break-cycles';

const ZONE = 'Europe/Berlin';
const NAME = 'Desk mix';

test('build a routine in the library, start it from the tray, its break is recorded', async ({
  launchApp,
}) => {
  const app = await launchApp({
    clock: '2026-03-23T09:00:00+01:00',
    timezone: ZONE,
    userDataFiles: {
      'settings.json': JSON.stringify({
        settings: { app: { welcomeSeen: true }, routines: { getReadySeconds: 0 } },
      }),
    },
  });
  await (await app.tray()).clickMenu('Routines…');
  const library = await app.waitForWindow('#/routines');
  const page = library.page;
  await page.getByRole('button', { name: 'Create a routine' }).press('Enter');
  const builder = page.getByRole('form', { name: 'New routine' });
  await builder.getByLabel('Name').fill(NAME);
  await builder.getByLabel('Exercise to add').selectOption({ label: 'Seated chest stretch (Seated)' });
  await builder.getByRole('button', { name: 'Add exercise' }).press('Enter');
  await builder.getByLabel('Seconds per hold (5–10)').fill('8');
  await builder.getByRole('button', { name: 'Save routine' }).press('Enter');
  await expect(page.getByTestId('own-status')).toHaveText(`“${NAME}” was saved.`);

  // Saved in the settings file, and listed in the tray's Start routine menu after the shipped ones.
  const tray = await app.tray();
  const start = tray.menu!.find((i) => i.label === 'Start routine')!;
  expect(start.submenu!.at(-1)!.label).toBe(NAME);
  await tray.clickMenu(['Start routine', NAME]);
  const win = await app.waitForWindow(/#\/routine\/my-[a-z0-9-]+\?trigger=on-demand$/);
  await expect(win.page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();
  expect(await app.statusLine()).toBe(`Routine in progress: ${NAME}`);

  await win.page.getByRole('button', { name: 'Finish early' }).click();
  await expect(win.page.getByTestId('saved-status')).toHaveText('Recorded in your history.');
  const records = historyRecords(app);
  expect(records).toHaveLength(1);
  expect(records[0]!.routineId).toMatch(/^my-/);
  expect(await app.errors()).toEqual([]);
  expect(app.harnessProblems).toEqual([]);
});
