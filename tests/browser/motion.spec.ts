import { expect, test, type Page } from '@playwright/test';
import { FIRST_DESK_ROUTINE, SIZES, seedStorage } from './helpers';

test.use({ viewport: SIZES.player });

/** Animations and transitions running on the illustration (and inside it). */
async function illustrationAnimations(page: Page) {
  const art = page.getByTestId('illustration');
  await expect(art).toBeVisible();
  return art.evaluate((el) => ({
    running: el.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length,
    names: [...el.querySelectorAll('img')].map((img) => getComputedStyle(img).animationName),
    transitions: [...el.querySelectorAll('img')].map((img) => getComputedStyle(img).transitionDuration),
  }));
}

async function setMotionSetting(page: Page, value: 'system' | 'always' | 'never') {
  // Seeded before the document loads: the page reads its settings once.
  await seedStorage(page, { 'unslouch.settings': { app: { reducedMotion: value } } });
}

test('with motion allowed, the key poses cross-fade', async ({ page }) => {
  await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}`);
  await expect(page.locator('html')).toHaveClass(/\bmotion-full\b/);
  const { running, names } = await illustrationAnimations(page);
  expect(running).toBeGreaterThan(0);
  expect(names[0]).toBe('pose-2');
});

test('prefers-reduced-motion: still poses, no animation or transition on the illustration', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}`);
  const result = await illustrationAnimations(page);
  expect(result.running).toBe(0);
  expect(result.names.every((n) => n === 'none')).toBe(true);
  expect(result.transitions.every((d) => d === '0s')).toBe(true);
  await expect(page.getByTestId('illustration')).toHaveClass(/\brow\b/);
  await page.screenshot({ path: test.info().outputPath('player-reduced-motion.png') });
});

test('the app setting "always" reduces motion even when the system does not', async ({ page }) => {
  await setMotionSetting(page, 'always');
  await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}`);
  await expect(page.getByTestId('illustration')).toHaveClass(/\brow\b/);
  await expect(page.locator('html')).toHaveClass(/\bmotion-reduce\b/);
  expect((await illustrationAnimations(page)).running).toBe(0);
});

test('the app setting "never" keeps the cross-fade even when the system asks for less motion', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await setMotionSetting(page, 'never');
  await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}`);
  await expect(page.getByTestId('illustration')).toHaveClass(/\bloop\b/);
  await expect(page.locator('html')).toHaveClass(/\bmotion-full\b/);
  expect((await illustrationAnimations(page)).running).toBeGreaterThan(0);
});
