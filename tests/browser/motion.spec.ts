import { expect, test, type Page } from '@playwright/test';
import { FIRST_DESK_ROUTINE, SIZES, expectNoAxeViolations, seedStorage } from './helpers';

test.use({ viewport: SIZES.player });

/** Animations and transitions running on the illustration (and inside it). */
async function illustrationAnimations(page: Page) {
  const art = page.getByTestId('illustration');
  await expect(art).toBeVisible();
  return art.evaluate((el) => ({
    running: el.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length,
    paused: el.getAnimations({ subtree: true }).filter((a) => a.playState === 'paused').length,
    names: [...el.querySelectorAll('img')].map((img) => getComputedStyle(img).animationName),
    transitions: [...el.querySelectorAll('img')].map((img) => getComputedStyle(img).transitionDuration),
  }));
}

async function setSettings(page: Page, settings: Record<string, unknown>) {
  // Seeded before the document loads: the page reads its settings once.
  await seedStorage(page, { 'unslouch.settings': settings });
}

test('with motion allowed, shoulder rolls move in a smooth SVG loop that pauses with the player', async ({
  page,
}) => {
  await setSettings(page, { routines: { getReadySeconds: 0 } });
  await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}`);
  await expect(page.locator('html')).toHaveClass(/\bmotion-full\b/);
  const art = page.getByTestId('illustration');
  await expect(art).toHaveAttribute('data-motion', 'loop');
  await expect(art.locator('svg path').first()).toBeAttached();
  await expect.poll(async () => (await illustrationAnimations(page)).running).toBeGreaterThan(0);
  // The moving paths change shape over time (the loop blends the key frames' path data).
  const movingShapes = () =>
    art
      .locator('svg path')
      .evaluateAll((els) =>
        els
          .filter((el) => el.getAnimations().length > 0)
          .map((el) => getComputedStyle(el).getPropertyValue('d')),
      );
  const d0 = await movingShapes();
  expect(d0.length).toBeGreaterThan(0);
  await page.waitForTimeout(400);
  expect(await movingShapes()).not.toEqual(d0);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('announcer')).toHaveText('Paused.');
  await expect.poll(async () => (await illustrationAnimations(page)).running).toBe(0);
  expect((await illustrationAnimations(page)).paused).toBeGreaterThan(0);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await illustrationAnimations(page)).running).toBeGreaterThan(0);
});

test('the corner stretch eases into its hold after the get-ready step (follow motion)', async ({ page }) => {
  await page.clock.install();
  await setSettings(page, { routines: { getReadySeconds: 5 } });
  await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}`);
  await expect(page.getByTestId('get-ready')).toBeVisible();
  await page.keyboard.press('ArrowRight'); // skip the get-ready step
  await page.keyboard.press('ArrowRight'); // shoulder rolls, the other direction
  await page.keyboard.press('ArrowRight'); // on to the corner stretch: get ready
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Corner or doorway stretch');
  const art = page.getByTestId('illustration');
  await expect(art).toHaveAttribute('data-motion', 'follow');
  await expect(page.getByTestId('ready-words')).toHaveText(
    'Stand up. Face a corner or a doorway, feet together, about 60 cm (2 ft) back.',
  );
  const shapes = () => art.locator('svg path').evaluateAll((els) => els.map((el) => el.getAttribute('d')));
  const before = await shapes();
  await page.clock.runFor(5_000);
  await expect(page.getByTestId('get-ready')).toHaveCount(0);
  await expect.poll(shapes).not.toEqual(before);
  // …and it blends there over a CSS transition rather than jumping.
  expect(await art.evaluate((el) => el.getAnimations({ subtree: true }).length)).toBeGreaterThan(0);
});

test('prefers-reduced-motion: nothing runs, the key poses stand numbered 1 → 2', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}`);
  const result = await illustrationAnimations(page);
  expect(result.running).toBe(0);
  expect(result.names.every((n) => n === 'none')).toBe(true);
  expect(result.transitions.every((d) => d === '0s')).toBe(true);
  const art = page.getByTestId('illustration');
  await expect(art).toHaveClass(/\bnumbered\b/);
  await expect(art.locator('.pose-number')).toHaveText(['1', '2']);
  await expect(art.locator('svg')).toHaveCount(0);
  // Still nothing moves a while later (no motion chunk was loaded, no loop started).
  await page.waitForTimeout(500);
  expect((await illustrationAnimations(page)).running).toBe(0);
  await expectNoAxeViolations(page, 'player get-ready step under reduced motion');
  await page.screenshot({ path: test.info().outputPath('player-reduced-motion.png') });
});

test('the app setting "always" reduces motion even when the system does not', async ({ page }) => {
  await setSettings(page, { app: { reducedMotion: 'always' } });
  await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}`);
  await expect(page.getByTestId('illustration')).toHaveClass(/\bnumbered\b/);
  await expect(page.locator('html')).toHaveClass(/\bmotion-reduce\b/);
  expect((await illustrationAnimations(page)).running).toBe(0);
});

test('the app setting "never" keeps the movement even when the system asks for less motion', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await setSettings(page, { app: { reducedMotion: 'never' } });
  await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}`);
  await expect(page.getByTestId('illustration')).toHaveAttribute('data-motion', 'loop');
  await expect(page.locator('html')).toHaveClass(/\bmotion-full\b/);
  await expect.poll(async () => (await illustrationAnimations(page)).running).toBeGreaterThan(0);
});
