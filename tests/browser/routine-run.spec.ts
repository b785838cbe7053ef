import { expect, test } from '@playwright/test';
import { FIRST_DESK_ROUTINE, SIZES, seedStorage, watchProblems } from './helpers';

test.use({ viewport: SIZES.player });

test('keyboard only: start from the prompt, follow the routine to the end, see it recorded', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.clock.install();
  await page.goto('/index.html#/prompt');
  await expect(page.getByRole('button', { name: /^Start/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/routine/${FIRST_DESK_ROUTINE}\\?trigger=prompt$`));

  // Follow the routine on a fast clock, noting each step the live region announces.
  const status = page.getByTestId('announcer');
  await expect(status).toHaveText(/^Exercise 1 of 3: /);
  const announced = new Set<string>();
  for (let i = 0; i < 60 && (await page.getByRole('heading', { name: 'Well done' }).count()) === 0; i++) {
    announced.add((await status.textContent()) ?? '');
    await page.clock.runFor(5_000);
  }
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeFocused();
  expect([...announced].filter((a) => a.startsWith('Exercise ')).length).toBe(3);
  expect(announced).toContain('Now the other direction.');
  expect(announced).toContain('Switch sides: now your right side.');
  await expect(page.getByTestId('saved-status')).toHaveText('Recorded in your history.');

  // Keyboard on to the history (past Close, which in the preview goes back to the routines).
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'See your breaks' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/history$/);
  const row = page.getByRole('table').getByRole('row').nth(1);
  await expect(row).toContainText('Upper-back desk reset');
  await expect(row).toContainText('Completed');
  await expect(row).toContainText('from a prompt');
  expect(problems).toEqual([]);
});

test('pause holds the countdown; Finish early records a partial break', async ({ page }) => {
  // A paused fake clock: only runFor() moves time, so the countdown is exact.
  const t0 = new Date('2026-03-24T10:00:00');
  await page.clock.install({ time: t0 });
  await page.clock.pauseAt(new Date(t0.getTime() + 1000));
  await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}?trigger=on-demand`);
  const meter = page.getByTestId('meter-value');
  await expect(meter).toHaveText('0:30');
  await page.clock.runFor(10_000);
  await expect(meter).toHaveText('0:20');
  await page.getByRole('button', { name: 'Pause' }).press('Enter');
  await expect(page.getByTestId('announcer')).toHaveText('Paused.');
  await page.clock.runFor(60_000);
  await expect(meter).toHaveText('0:20');
  await page.getByRole('button', { name: 'Resume' }).press('Enter');
  await page.clock.runFor(5_000);
  await expect(meter).toHaveText('0:15');
  await page.getByRole('button', { name: 'Finish early' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Finished early' })).toBeVisible();
  await expect(page.getByTestId('saved-status')).toHaveText('Recorded in your history.');
  await page.goto('/index.html#/history');
  await expect(page.getByRole('table')).toContainText('Finished early');
  await expect(page.getByRole('table')).toContainText('on demand');
});

test('manual advance waits for Next', async ({ page }) => {
  await page.clock.install();
  // Seeded before the document loads: the page reads its settings once.
  await seedStorage(page, { 'unslouch.settings': { app: { manualAdvance: true } } });
  await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}`);
  await expect(page.getByText('Manual advance is on')).toBeVisible();
  await page.clock.runFor(31_000);
  await expect(page.getByTestId('announcer')).toHaveText('Done. Press Next when you are ready.');
  await page.clock.runFor(600_000);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Shoulder rolls');
  await page.getByRole('button', { name: /^Next/ }).press('Enter');
  await expect(page.getByTestId('announcer')).toHaveText('Now the other direction.');
});
