/**
 * Every view in the dark theme and in forced colors (Windows high contrast),
 * with Playwright's colorScheme / forcedColors emulation: axe-core clean,
 * screenshots under docs/screenshots/, and the states that are shown by a
 * fill alone (a chosen filter or rating, a switch that is on, the player's
 * progress, the history bars) still drawn in a colour of their own.
 */
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SIZES, expectNoAxeViolations, watchProblems } from './helpers';

const SHOTS = path.join(process.cwd(), 'docs/screenshots');
const NOW = new Date('2026-03-26T15:00:00+01:00');
test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

type Mode = 'dark' | 'contrast';
const MODES: Mode[] = ['dark', 'contrast'];

async function emulate(page: Page, mode: Mode) {
  if (mode === 'dark') await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'none' });
  else await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
}

async function check(page: Page, view: string, mode: Mode) {
  await expectNoAxeViolations(page, `${view} (${mode})`);
  await page.screenshot({ path: path.join(SHOTS, `${view}-${mode}.png`) });
}

const background = (l: Locator) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
const fill = (l: Locator) => l.evaluate((el) => getComputedStyle(el).fill);

/** The colours drawn at points of an element (fractions of its box), read from a screenshot. */
async function pixelsAt(page: Page, target: Locator, points: [number, number][]): Promise<string[]> {
  const png = await target.screenshot();
  return page.evaluate(
    async ({ data, at }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return at.map(([fx, fy]) =>
        Array.from(ctx.getImageData(Math.floor(fx * img.width), Math.floor(fy * img.height), 1, 1).data).join(
          ',',
        ),
      );
    },
    { data: png.toString('base64'), at: points },
  );
}

/** Today in Berlin: two breaks taken, one skipped, so the chart has both kinds of bar. */
function seedHistory() {
  const at = (h: string) => `2026-03-26T${h}:00+01:00`;
  const record = (id: string, outcome: string, start: string | null, end: string, secs: number) => ({
    id,
    endedAt: at(end),
    startedAt: start ? at(start) : null,
    outcome,
    trigger: 'prompt',
    routineId: 'upper-back-desk-reset',
    snoozes: 0,
    secondsMoved: secs,
  });
  return [
    record('a', 'completed', '09:30', '09:33', 160),
    record('b', 'completed', '10:30', '10:33', 160),
    record('c', 'skipped', null, '11:30', 0),
  ];
}

test('the dark theme follows prefers-color-scheme, and app.theme forces either', async ({ page }) => {
  await page.setViewportSize(SIZES.page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/index.html#/settings');
  const body = page.locator('body');
  await expect(page.getByLabel('Break every (minutes)')).toBeVisible();
  const dark = await body.evaluate((el) => getComputedStyle(el.parentElement!).backgroundColor);
  expect(dark).toBe('rgb(22, 27, 29)');
  await page.getByRole('radio', { name: 'Always light' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect
    .poll(() => body.evaluate((el) => getComputedStyle(el.parentElement!).backgroundColor))
    .toBe('rgb(247, 245, 240)');
  // Saved: the next load starts light although the system is dark.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('radio', { name: 'Always dark' }).check();
  await expect
    .poll(() => body.evaluate((el) => getComputedStyle(el.parentElement!).backgroundColor))
    .toBe('rgb(22, 27, 29)');
});

for (const mode of MODES) {
  test.describe(`${mode}`, () => {
    test.beforeEach(async ({ page }) => emulate(page, mode));

    test(`#/prompt (${mode})`, async ({ page }) => {
      const problems = watchProblems(page);
      await page.setViewportSize(SIZES.prompt);
      await page.goto('/index.html#/prompt');
      await expect(page.getByRole('button', { name: /^Start/ })).toBeFocused();
      await check(page, 'prompt', mode);
      expect(problems).toEqual([]);
    });

    test(`#/routine (${mode}): the progress bar's filled part has its own colour`, async ({ page }) => {
      const problems = watchProblems(page);
      await page.setViewportSize(SIZES.player);
      await page.clock.install();
      await page.goto('/index.html#/routine/mid-back-seated?trigger=on-demand');
      await expect(page.getByTestId('announcer')).toHaveText(/^Get ready for exercise 1 of 3/);
      await page.clock.runFor(20_000);
      // Some of the routine is done: the start of the bar is filled, its end is not.
      const bar = page.locator('progress');
      await expect
        .poll(() => bar.evaluate((el: HTMLProgressElement) => el.value / el.max))
        .toBeGreaterThan(0.05);
      const [filled, empty] = await pixelsAt(page, bar, [
        [0.02, 0.5],
        [0.97, 0.5],
      ]);
      expect(filled).not.toBe(empty);
      await check(page, 'player', mode);
      expect(problems).toEqual([]);
    });

    test(`#/routines (${mode}): the chosen filter stands out`, async ({ page }) => {
      const problems = watchProblems(page);
      await page.setViewportSize(SIZES.page);
      await page.goto('/index.html#/routines');
      await page.getByRole('radio', { name: 'At your desk' }).check();
      const chosen = page.locator('.chip', { hasText: 'At your desk' }).locator('span');
      const other = page.locator('.chip', { hasText: 'On the floor' }).locator('span');
      expect(await background(chosen)).not.toBe(await background(other));
      await page.getByRole('radio', { name: 'At your desk' }).focus();
      await page.keyboard.press('ArrowRight');
      const focused = page.locator('.chip input:focus-visible + span');
      await expect(focused).toHaveCount(1);
      expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
      await check(page, 'library', mode);
      expect(problems).toEqual([]);
    });

    test(`#/settings (${mode}): a switch that is on looks different from one that is off`, async ({
      page,
    }) => {
      const problems = watchProblems(page);
      await page.setViewportSize(SIZES.page);
      await page.goto('/index.html#/settings');
      await expect(page.getByLabel('Break every (minutes)')).toBeVisible();
      const on = page.locator('input.switch:checked').first();
      const off = page.locator('input.switch:not(:checked)').first();
      expect(await background(on)).not.toBe(await background(off));
      await check(page, 'settings', mode);
      expect(problems).toEqual([]);
    });

    test(`#/history (${mode}): taken and prompted bars, the chosen rating`, async ({ page }) => {
      const problems = watchProblems(page);
      await page.clock.setFixedTime(NOW);
      await page.setViewportSize(SIZES.page);
      await page.goto('/index.html#/history');
      await page.evaluate((records) => {
        localStorage.setItem('unslouch.history', JSON.stringify(records));
        localStorage.setItem('unslouch.settings', JSON.stringify({ app: { checkIn: true } }));
      }, seedHistory());
      await page.reload();
      await expect(page.getByTestId('week-chart')).toBeVisible();
      const taken = page.locator('.chart .bar.taken').first();
      const prompted = page.locator('.chart .bar.prompted').first();
      expect(await fill(taken)).not.toBe(await fill(prompted));
      const form = page.getByTestId('checkin-due');
      await form.getByRole('radio', { name: '4', exact: true }).check();
      const chosen = form.locator('.rating-option input:checked + span');
      const other = form.locator('.rating-option input:not(:checked) + span').first();
      expect(await background(chosen)).not.toBe(await background(other));
      await check(page, 'history', mode);
      expect(problems).toEqual([]);
    });

    test(`#/welcome (${mode})`, async ({ page }) => {
      const problems = watchProblems(page);
      await page.setViewportSize({ width: 560, height: 680 });
      await page.goto('/index.html#/welcome');
      await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Unslouch' })).toBeVisible();
      await expect(page.getByTestId('first-break')).not.toHaveText(/Working out/);
      await check(page, 'welcome', mode);
      expect(problems).toEqual([]);
    });
  });
}
