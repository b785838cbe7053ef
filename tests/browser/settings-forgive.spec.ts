/**
 * Settings that forgive, in Chromium (preview mode): an import shows what
 * would change and replaces nothing until confirmed (a partial file changes
 * only what it holds); a holiday is one date-range entry, malformed and past
 * dates are refused before they are added, and the preview shows any day of
 * the holiday; an end typed before its start asks "ends the next day?" next
 * to that field. axe-core clean at each step.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchProblems } from './helpers';
import { openSettings, storedSettings as stored, timeField as time } from './settings-page';

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

test('import: the changes are listed in the person’s words and nothing is replaced before confirming', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await openSettings(page);
  const snooze = page.getByLabel('Snooze for (minutes)');
  await snooze.fill('15');
  await snooze.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await page.getByLabel('First day off').fill('2026-04-06');
  await page.getByLabel('First day off').press('Enter');
  await expect(page.getByRole('list', { name: 'Days off' }).getByRole('listitem')).toHaveCount(1);
  const before = await stored(page);

  await page.getByTestId('import-file').setInputFiles({
    name: 'one-setting.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ breaks: { everyMinutes: 45 } })),
  });
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByRole('heading', { name: 'Import one-setting.json?' })).toBeFocused();
  await expect(page.getByTestId('import-changes').getByRole('listitem')).toHaveText([
    'Break every (minutes): 30 → 45',
  ]);
  await expectNoAxeViolations(page, 'settings import preview');
  await page.screenshot({ path: test.info().outputPath('settings-import-preview.png') });
  expect(await stored(page)).toEqual(before);

  // "Keep my settings" first: nothing changes.
  await preview.getByRole('button', { name: 'Keep my settings' }).click();
  await expect(page.getByText('Nothing was imported from one-setting.json.')).toBeVisible();
  expect(await stored(page)).toEqual(before);

  await page.getByTestId('import-file').setInputFiles({
    name: 'one-setting.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ breaks: { everyMinutes: 45 } })),
  });
  await page.getByRole('button', { name: 'Replace these settings' }).click();
  await expect(page.getByTestId('current-interval')).toHaveText('45');
  const after = await stored(page);
  // Only what the file holds changed: work hours, days off and the snooze stay.
  expect(after).toEqual({ ...before, breaks: { ...before.breaks, everyMinutes: 45 } });
  await expect(snooze).toHaveValue('15');
  expect(problems).toEqual([]);
});

test('days off: a week as one range, malformed and past dates refused, any day of it in the preview', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await openSettings(page);
  const from = page.getByLabel('First day off');
  const to = page.getByLabel('Last day off (leave empty for one day)');
  const add = page.getByRole('button', { name: 'Add', exact: true });
  const error = page.locator('#days-off-error');

  // A five-digit year (Chromium's date field lets one through) is refused before it is added.
  await from.evaluate((el: HTMLInputElement) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(el, '20266-12-07');
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await add.click();
  await expect(error).toHaveText('First day off: ‘20266-12-07’ is not a date; pick one or type YYYY-MM-DD.');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'settings with a refused day off');

  await from.fill('2026-03-20');
  await add.click();
  await expect(error).toHaveText(/^First day off: Fri.* 20.* 2026 is in the past\.$/);

  await from.fill('2026-08-03');
  await to.fill('2026-08-07');
  await add.click();
  const list = page.getByRole('list', { name: 'Days off' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toHaveText(/Mon.*3.*2026 – Fri.*7.*2026/);
  await expect(page.getByRole('status')).toHaveText('Saved.');
  expect((await stored(page)).workHours.daysOff).toEqual([{ from: '2026-08-03', to: '2026-08-07' }]);

  await list.getByRole('button', { name: /^Show .* in the breaks preview$/ }).click();
  const box = page.getByTestId('breaks-preview');
  await expect(box.getByTestId('preview-hours')).toHaveText('A day off: no breaks.');
  await box.getByLabel('Any day').fill('2026-08-05');
  await expect(box.getByRole('heading')).toHaveText(/Wed.*5/);
  await expect(box.getByTestId('preview-hours')).toHaveText('A day off: no breaks.');
  await box.getByLabel('Any day').fill('2026-08-10');
  await expect(box.getByTestId('preview-hours')).toHaveText('Work: 09:00–12:00, 13:00–17:00');
  await expectNoAxeViolations(page, 'settings with a holiday range');
  await page.screenshot({ path: test.info().outputPath('settings-days-off-range.png') });
  expect(problems).toEqual([]);
});

test('an end typed before its start asks "ends the next day?" on that field, not an overlap elsewhere', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await openSettings(page);
  const end = time(page, 'Monday, first range, end');
  await end.fill('08:00');
  await end.press('Enter');
  const day = page.getByTestId('day-mon');
  const question = day.getByTestId('ask-overnight');
  await expect(question).toContainText('Ends the next day? 09:00–08:00 ends at or before it starts.');
  await expect(end).toHaveAttribute('aria-describedby', new RegExp(`${await question.getAttribute('id')}`));
  await expect(day.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('day-tue').getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page, 'settings asking ends the next day');
  await page.screenshot({ path: test.info().outputPath('settings-ends-next-day.png') });
  expect(await stored(page)).toBeNull();

  await question.getByRole('button', { name: 'No, let me fix it' }).click();
  await expect(end).toBeFocused();
  await end.fill('12:00');
  await end.press('Enter');
  await expect(question).toHaveCount(0);
  expect(problems).toEqual([]);
});
