import { expect, test, type Page } from '@playwright/test';
import { SIZES, expectNoAxeViolations, openView, recordABreakFinishedEarly, watchProblems } from './helpers';

async function check(page: Page, view: string) {
  await expectNoAxeViolations(page, view);
  await page.screenshot({ path: test.info().outputPath(`${view}.png`) });
}

test('#/prompt', async ({ page }) => {
  const problems = watchProblems(page);
  await openView.prompt(page);
  await check(page, 'prompt');
  await page.getByRole('button', { name: 'Choose another routine' }).click();
  await expectNoAxeViolations(page, 'prompt with the routine list open');
  expect(problems).toEqual([]);
});

test('#/routine/<id> at the start and on completion', async ({ page }) => {
  const problems = watchProblems(page);
  await page.setViewportSize(SIZES.player);
  await page.clock.install();
  await page.goto(`/index.html#/routine/mid-back-seated?trigger=on-demand`);
  await expect(page.getByTestId('announcer')).toHaveText(/^Get ready for exercise 1 of 3/);
  await page.clock.runFor(2_000);
  await check(page, 'player');
  await page.getByText('When to see a doctor').click();
  await expectNoAxeViolations(page, 'player with the doctor panel open');
  await page.clock.runFor(10 * 60_000);
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  await expect(page.getByTestId('saved-status')).toHaveText('Recorded in your history.');
  await check(page, 'player-complete');
  expect(problems).toEqual([]);
});

test('#/routines', async ({ page }) => {
  const problems = watchProblems(page);
  await openView.routines(page);
  await check(page, 'library');
  await page.getByRole('radio', { name: 'At your desk' }).check();
  await expect(page.getByRole('status')).toHaveText(/^\d routines?$/);
  await expectNoAxeViolations(page, 'library, filtered');
  // Each routine can be started from here.
  await page.getByRole('button', { name: /^Start Mid-back mobility/ }).press('Enter');
  await expect(page).toHaveURL(/#\/routine\/mid-back-seated\?trigger=on-demand$/);
  expect(problems).toEqual([]);
});

test('#/settings', async ({ page }) => {
  const problems = watchProblems(page);
  await openView.settings(page);
  await check(page, 'settings');
  expect(problems).toEqual([]);
});

test('#/history, empty and with breaks', async ({ page }) => {
  const problems = watchProblems(page);
  await page.setViewportSize(SIZES.page);
  await page.goto('/index.html#/history');
  await expect(page.getByText(/No breaks recorded/)).toBeVisible();
  await expectNoAxeViolations(page, 'history (empty)');
  await page.goto('/index.html#/prompt');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Break skipped' })).toBeVisible();
  await recordABreakFinishedEarly(page);
  await page.goto('/index.html#/history');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
  await check(page, 'history');
  expect(problems).toEqual([]);
});
