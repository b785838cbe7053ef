import { expect, test } from '@playwright/test';
import { SIZES, watchProblems } from './helpers';

test.use({ viewport: SIZES.prompt });

// Inside the default work hours, whatever the machine's clock says: at the end of the work range a
// snoozed break ends (R3), and "Bring it back now" then opens a new one with its snoozes back (a run
// at 17:00 saw "3 left" again). Timers still run; only the time of day is fixed.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-24T10:00:00'));
});

test('Enter starts the suggested routine from the prompt', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto('/index.html#/prompt');
  const start = page.getByRole('button', { name: /^Start/ });
  await expect(start).toBeFocused();
  const routine = await page.getByTestId('prompt-routine').textContent();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/routine\/[a-z0-9-]+\?trigger=prompt$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(routine!);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  expect(problems).toEqual([]);
});

test('S snoozes (showing how many are left) until none are left; the prompt comes back on request', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto('/index.html#/prompt');
  for (const left of ['3 left', '2 left', '1 left']) {
    await expect(page.getByRole('button', { name: /^Snooze/ })).toContainText(left);
    await expect(page.getByRole('button', { name: /^Start/ })).toBeFocused();
    await page.keyboard.press('s');
    await expect(page.getByRole('status')).toHaveText('Snoozed — the prompt comes back in 5 minutes.');
    const back = page.getByRole('button', { name: 'Bring it back now' });
    await expect(back).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('button', { name: /^Snooze/ })).toHaveCount(0);
  await page.keyboard.press('s');
  await expect(page.getByRole('alert')).toHaveText('No snoozes left for this break.');
  expect(problems).toEqual([]);
});

test('Esc skips, and the skipped break is recorded', async ({ page }) => {
  await page.goto('/index.html#/prompt');
  await expect(page.getByRole('button', { name: /^Start/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Break skipped' })).toBeVisible();
  await page.goto('/index.html#/history');
  await expect(page.getByRole('table')).toContainText('Skipped');
});

test('Tab reaches every control in visual order, each with a visible focus ring', async ({ page }) => {
  await page.goto('/index.html#/prompt');
  await expect(page.getByRole('button', { name: /^Start/ })).toBeFocused();
  const seen: string[] = [];
  for (let i = 0; i < 4; i++) {
    const focused = page.locator(':focus');
    const { name, outline, top, left } = await focused.evaluate((el) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        name: (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        top: box.top,
        left: box.left,
      };
    });
    expect(outline, `focus ring on "${name}"`).toMatch(/^solid [3-9]px$/);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(left).toBeGreaterThanOrEqual(0);
    seen.push(name);
    await page.keyboard.press('Tab');
  }
  expect(seen).toEqual(['Start Enter', 'Snooze S 3 left', 'Skip Esc', 'Choose another routine']);
});

test('choosing another routine by keyboard, then Enter starts it', async ({ page }) => {
  await page.goto('/index.html#/prompt');
  await expect(page.getByRole('button', { name: /^Start/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const select = page.getByLabel('Routine');
  await expect(select).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const chosen = await select.inputValue();
  await expect(page.getByTestId('prompt-routine')).not.toHaveText('');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/routine/${chosen}\\?trigger=prompt$`));
});
