import { expect, test } from '@playwright/test';

test('the built renderer loads in Chromium, saves a setting and keeps it after a reload', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));

  await page.goto('/index.html#/settings');
  await expect(page.getByRole('heading', { name: 'Unslouch settings' })).toBeVisible();
  const input = page.getByLabel('Break every (minutes)');
  await expect(input).toHaveValue('30');
  await input.fill('45');
  await input.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Saved.');

  await page.reload();
  await expect(page.getByTestId('current-interval')).toHaveText('45');
  await page.screenshot({ path: test.info().outputPath('settings.png') });
  expect(problems, 'no console errors, no CSP violations').toEqual([]);
});
