import { expect, test } from '@playwright/test';
import { FIRST_DESK_ROUTINE, SIZES, expectNoAxeViolations, seedStorage, watchProblems } from './helpers';

test.use({ viewport: SIZES.player });

test('keyboard only: start from the prompt, follow the routine with its get-ready steps to the end, see it recorded', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const problems = watchProblems(page);
  // A paused fake clock: only runFor() moves time, so the countdowns are exact.
  const t0 = new Date('2026-03-24T10:00:00');
  await page.clock.install({ time: t0 });
  await page.clock.pauseAt(new Date(t0.getTime() + 1000));
  await page.goto('/index.html#/prompt');
  await expect(page.getByTestId('prompt-needs')).toHaveText(
    'Seated and Standing · You need a corner and a chair. · Take care with: Osteoporosis',
  );
  await expect(page.getByRole('button', { name: /^Start/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/routine/${FIRST_DESK_ROUTINE}\\?trigger=prompt$`));

  // Before the first exercise: get ready, with the "before you start" precautions open.
  const status = page.getByTestId('announcer');
  const meter = page.getByTestId('meter-value');
  await expect(status).toHaveText(
    /^Get ready for exercise 1 of 3: Shoulder rolls\. Sit down on your chair\./,
  );
  await expect(page.locator('details.precautions')).toHaveAttribute('open', '');
  await expect(meter).toHaveText('0:08');
  await page.clock.runFor(8_000);
  await expect(status).toHaveText('Go. Forward. 30 s each direction');
  await expect(meter).toHaveText('0:30');

  // Space pauses from anywhere (here with the focus on Next: it must not also press it).
  await page.getByRole('button', { name: 'Next' }).focus();
  await page.keyboard.press('Space');
  await expect(status).toHaveText('Paused.');
  await page.clock.runFor(20_000);
  await expect(meter).toHaveText('0:30');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Shoulder rolls');
  await page.keyboard.press('k');
  await expect(status).toHaveText('Resumed.');
  await page.clock.runFor(30_000);
  await expect(status).toHaveText('Now the other direction: Backward.');

  // The arrow keys step: on to the corner stretch, whose get-ready step says to stand up.
  await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText(
    'Get ready for exercise 2 of 3: Corner or doorway stretch. Stand up. Face a corner or a doorway, feet together, about 60 cm (2 ft) back.',
  );
  await expect(page.getByTestId('dose')).toHaveText('Hold 30–60 s');
  await expect(page.getByTestId('timed')).toHaveText('Timed at 45 s (standard)');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Shoulder rolls');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight'); // skip the get-ready step
  await expect(status).toHaveText('Go. Hold 1 of 1.');
  await expect(meter).toHaveText('0:45');

  // The rest on the clock: the twist gets ready, then runs left and right.
  const announced = new Set<string>();
  for (let i = 0; i < 100 && (await page.getByRole('heading', { name: 'Well done' }).count()) === 0; i++) {
    announced.add((await status.textContent()) ?? '');
    await page.clock.runFor(2_000);
  }
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeFocused();
  expect(announced).toContain(
    'Get ready for exercise 3 of 3: Seated twist. Sit down on your chair. Sit tall, feet flat, arms crossed over your chest.',
  );
  expect(announced).toContain('Switch sides: now your right side.');
  await expect(page.getByTestId('done-list')).toHaveText(
    'Shoulder rolls — 30 s each directionCorner or doorway stretch — Hold 45 sSeated twist — Hold 5 s, 5 times, each side',
  );
  await expect(page.getByTestId('done-level')).toHaveText('Level: standard');
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
  const stored = await page.evaluate(() => localStorage.getItem('unslouch.history'));
  expect(stored).toContain('"level":"standard"');
  expect(problems).toEqual([]);
});

test('pause holds the countdown; Finish early records a partial break', async ({ page }) => {
  // A paused fake clock: only runFor() moves time, so the countdown is exact.
  const t0 = new Date('2026-03-24T10:00:00');
  await page.clock.install({ time: t0 });
  await page.clock.pauseAt(new Date(t0.getTime() + 1000));
  await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}?trigger=on-demand`);
  const meter = page.getByTestId('meter-value');
  await expect(meter).toHaveText('0:08');
  await page.getByRole('button', { name: 'Next' }).press('Enter'); // skip the get-ready step
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
  // The get-ready step waits too, until the person says they are in position.
  await page.clock.runFor(600_000);
  await expect(page.getByTestId('announcer')).toHaveText('Press Next when you are in position.');
  await expect(page.getByTestId('get-ready')).toBeVisible();
  await page.getByRole('button', { name: /^Next/ }).press('Enter');
  await expect(page.getByTestId('get-ready')).toHaveCount(0);
  await page.clock.runFor(31_000);
  await expect(page.getByTestId('announcer')).toHaveText('Done. Press Next when you are ready.');
  await page.clock.runFor(600_000);
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Shoulder rolls');
  await page.getByRole('button', { name: /^Next/ }).press('Enter');
  await expect(page.getByTestId('announcer')).toHaveText('Now the other direction: Backward.');
});

test('axe-core finds nothing on the get-ready step, a running step and the completion screen', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const problems = watchProblems(page);
  await page.clock.install(); // running (axe needs its timers), moved on with runFor
  await page.goto(`/index.html#/routine/lower-back-desk?trigger=on-demand`);
  await expect(page.getByTestId('get-ready')).toBeVisible();
  await expectNoAxeViolations(page, 'player, first get-ready step');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('get-ready')).toHaveCount(0);
  await expectNoAxeViolations(page, 'player, a running step');
  await page.clock.runFor(15 * 60_000);
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  await expect(page.getByRole('button', { name: /next time$/ })).toHaveCount(0); // no build-up in this routine
  await expectNoAxeViolations(page, 'completion screen');
  await page.screenshot({ path: test.info().outputPath('player-complete.png') });
  expect(problems).toEqual([]);
});
