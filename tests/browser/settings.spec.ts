/**
 * The settings window in Chromium (preview mode, the in-page backend on
 * localStorage): a realistic schedule set with the keyboard and mouse,
 * persisted and reflected in the engine's preview; import and export; axe.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchProblems } from './helpers';
import { openSettings, storedSettings, timeField as time } from './settings-page';

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

const status = (page: Page) => page.getByRole('status');

async function preview(page: Page, date: string) {
  await page.getByLabel('Day', { exact: true }).selectOption(date);
  const box = page.getByTestId('breaks-preview');
  const times = await box.getByRole('listitem').allTextContents();
  return { box, times };
}

test('a week with lunch gaps and a day off: set with the keyboard, kept after a reload, in the preview', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await openSettings(page);

  // Tuesday: 08:30–12:00 and 13:30–17:30, typed; Enter saves the day.
  await time(page, 'Tuesday, first range, start').fill('08:30');
  await time(page, 'Tuesday, second range, start').fill('13:30');
  await time(page, 'Tuesday, second range, end').fill('17:30');
  await time(page, 'Tuesday, second range, end').press('Enter');
  await expect(status(page)).toHaveText('Saved.');

  // Thursday: drop the afternoon, shorten the morning, add an afternoon with the mouse.
  await page.getByRole('button', { name: /^Remove Thursday range 2/ }).click();
  await expect(page.getByLabel('Thursday, first range, start')).toBeFocused();
  await time(page, 'Thursday, first range, start').fill('10:00');
  await time(page, 'Thursday, first range, end').fill('12:30');
  await page.getByRole('button', { name: 'Add a range to Thursday' }).click();
  await expect(time(page, 'Thursday, second range, start')).toBeFocused();
  await expect(time(page, 'Thursday, second range, start')).toHaveValue('13:30');
  await time(page, 'Thursday, second range, end').fill('18:00');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(status(page)).toHaveText('Saved.');

  // A day off on Wednesday 25 March, added from the keyboard.
  await page.getByLabel('First day off').fill('2026-03-25');
  await page.getByLabel('First day off').press('Enter');
  await expect(page.getByRole('list', { name: 'Days off' }).getByRole('listitem')).toHaveCount(1);
  await expect(status(page)).toHaveText('Saved.');

  const check = async () => {
    const tue = await preview(page, '2026-03-24');
    await expect(tue.box.getByTestId('preview-hours')).toHaveText('Work: 08:30–12:00, 13:30–17:30');
    expect(tue.times[0]).toBe('09:00');
    expect(tue.times).toContain('14:00');
    expect(tue.times.filter((t) => t >= '12:00' && t < '14:00')).toEqual([]);
    expect(tue.times.every((t) => t < '17:30')).toBe(true);
    await expect(tue.box.getByTestId('preview-count')).toHaveText(
      `${tue.times.length} breaks, from 09:00 to ${tue.times.at(-1)}.`,
    );

    const wed = await preview(page, '2026-03-25');
    await expect(wed.box.getByTestId('preview-hours')).toHaveText('A day off: no breaks.');
    expect(wed.times).toEqual([]);

    const thu = await preview(page, '2026-03-26');
    await expect(thu.box.getByTestId('preview-hours')).toHaveText('Work: 10:00–12:30, 13:30–18:00');
    expect(thu.times[0]).toBe('10:30');
    expect(thu.times).toContain('14:00');
  };
  await check();
  await page.getByLabel('Day', { exact: true }).selectOption('2026-03-24');
  await page.getByRole('heading', { name: 'Days off' }).evaluate((h) => h.scrollIntoView());
  await page.screenshot({ path: test.info().outputPath('settings-schedule.png') });
  await page.getByRole('heading', { name: 'Work hours' }).evaluate((h) => h.scrollIntoView());
  await page.screenshot({ path: test.info().outputPath('settings-hours.png') });

  await page.reload();
  await expect(time(page, 'Tuesday, first range, start')).toHaveValue('08:30');
  await expect(time(page, 'Tuesday, second range, end')).toHaveValue('17:30');
  await expect(time(page, 'Thursday, second range, end')).toHaveValue('18:00');
  await expect(page.getByRole('list', { name: 'Days off' })).toContainText('25');
  await check();
  expect(problems).toEqual([]);
});

test('copy Monday to the weekdays, a half-day Friday and a range past midnight', async ({ page }) => {
  const problems = watchProblems(page);
  await openSettings(page);
  await time(page, 'Monday, first range, start').fill('08:00');
  await time(page, 'Monday, first range, end').press('Enter');
  await page.getByRole('button', { name: 'Copy Monday to Tuesday–Friday' }).click();
  await expect(status(page)).toHaveText('Saved.');
  await expect(time(page, 'Friday, first range, start')).toHaveValue('08:00');

  await page.getByRole('button', { name: /^Remove Friday range 2/ }).click();
  await expect(page.getByTestId('day-fri').getByRole('listitem')).toHaveCount(1);

  // Saturday night shift: 22:00–02:00 runs into Sunday.
  await page.getByRole('button', { name: 'Add a range to Saturday' }).click();
  await time(page, 'Saturday, first range, start').fill('22:00');
  await time(page, 'Saturday, first range, end').fill('02:00');
  await time(page, 'Saturday, first range, end').press('Enter');
  await page.getByTestId('day-sat').getByRole('button', { name: 'Yes, it ends the next day' }).click();
  await expect(page.getByTestId('day-sat')).toContainText('ends next day');
  await expect(status(page)).toHaveText('Saved.');

  const stored = await storedSettings(page);
  expect(stored.workHours.days.fri).toEqual([{ start: '08:00', end: '12:00' }]);
  expect(stored.workHours.days.thu).toEqual([
    { start: '08:00', end: '12:00' },
    { start: '13:00', end: '17:00' },
  ]);
  expect(stored.workHours.days.sat).toEqual([{ start: '22:00', end: '02:00' }]);

  const sat = await preview(page, '2026-03-28');
  expect(sat.times[0]).toBe('22:30');
  // Sunday 29 March is the night clocks go forward in Berlin: 02:00 does not
  // exist and moves to 03:00 (break-rules R1), so the shift ends at 03:00.
  const sun = await preview(page, '2026-03-29');
  await expect(sun.box.getByTestId('preview-hours')).toHaveText('Work: 22:00–03:00 (from the day before)');
  expect(sun.times.length).toBeGreaterThan(0);
  expect(sun.times.every((t) => t < '03:00')).toBe(true);
  expect(problems).toEqual([]);
});

test('an overlapping range is shown next to the field and never saved', async ({ page }) => {
  await openSettings(page);
  await time(page, 'Wednesday, second range, start').fill('11:00');
  await time(page, 'Wednesday, second range, start').press('Enter');
  const error = page.getByTestId('day-wed').getByRole('alert');
  await expect(error).toHaveText(/Wednesday, second range: overlaps 09:00–12:00/);
  await expect(time(page, 'Wednesday, second range, start')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('breaks-preview')).toContainText('needs fixing');
  await expectNoAxeViolations(page, 'settings with a field in error');
  expect(await storedSettings(page)).toBeNull();
});

test('the global shortcut is recorded from a key press; a conflict is reported and not saved', async ({
  page,
}) => {
  await openSettings(page);
  const record = page.getByRole('button', { name: 'Record a shortcut' });
  await record.click();
  await expect(page.getByRole('button', { name: 'Press the keys now…' })).toBeFocused();
  await page.keyboard.press('Control+C');
  await expect(page.getByText(/Ctrl\+C is already used for Copy/)).toBeVisible();
  await record.click();
  await page.keyboard.press('Control+Alt+KeyB');
  await expect(page.getByTestId('shortcut-keys')).toHaveText(/Ctrl\s*\+\s*Alt\s*\+\s*B/);
  await expect(status(page)).toHaveText('Saved.');
  const stored = await storedSettings(page);
  expect(stored.app.globalShortcut).toBe('CommandOrControl+Alt+B');
});

test('import: a bad file is refused with its reasons and changes nothing; export and import round-trip', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await openSettings(page);
  const every = page.getByLabel('Break every (minutes)');
  await every.fill('40');
  await every.press('Enter');
  await expect(page.getByTestId('current-interval')).toHaveText('40');

  const file = page.getByTestId('import-file');
  await file.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        breaks: { everyMinutes: 2 },
        workHours: {
          days: {
            mon: [
              { start: '09:00', end: '12:00' },
              { start: '11:00', end: '13:00' },
            ],
          },
        },
      }),
    ),
  });
  const refused = page.getByTestId('import-errors');
  await expect(refused).toContainText('bad.json was not imported, and nothing changed');
  await expect(refused).toContainText('Break every (minutes): ‘2’ must be between 5 and 240.');
  await expect(refused).toContainText('Monday, second range: overlaps 09:00–12:00 on the same day.');
  await expect(refused).not.toContainText('workHours.');
  await expect(page.getByTestId('current-interval')).toHaveText('40');
  await expectNoAxeViolations(page, 'settings after a refused import');
  await page.screenshot({ path: test.info().outputPath('settings-import-refused.png') });

  await file.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('hello'),
  });
  await expect(refused).toContainText('notes.json was not imported');
  await expect(refused).toContainText('The file is not valid JSON');

  // Export, change something, import the export: back as it was.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export settings…' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^unslouch-settings-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = fs.readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(exported).breaks.everyMinutes).toBe(40);
  await every.fill('55');
  await every.press('Enter');
  await expect(page.getByTestId('current-interval')).toHaveText('55');
  await file.setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(page.getByTestId('import-changes')).toHaveText('Break every (minutes): 55 → 40');
  await page.getByRole('button', { name: 'Replace these settings' }).click();
  await expect(status(page)).toHaveText('Settings imported from backup.json.');
  await expect(page.getByTestId('current-interval')).toHaveText('40');
  await expect(every).toHaveValue('40');
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('axe-core finds nothing on the settings window; screenshot', async ({ page }) => {
  const problems = watchProblems(page);
  await openSettings(page);
  await expectNoAxeViolations(page, 'settings');
  await page.getByRole('button', { name: 'Record a shortcut' }).click();
  await expectNoAxeViolations(page, 'settings while recording a shortcut');
  await page.keyboard.press('Escape');
  await page.screenshot({ path: test.info().outputPath('settings.png') });
  await page.screenshot({ path: test.info().outputPath('settings-full.png'), fullPage: true });
  expect(problems).toEqual([]);
});
