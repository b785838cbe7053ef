/**
 * The windows at 200 % zoom and with ~40 % longer strings, in the app's real
 * window sizes (electron/main/window-options.ts): no control clipped by the
 * window or overlapping another, the player's exercise, picture and timer on
 * screen, the prompt's buttons wrapping.
 *
 * How 200 % zoom is emulated: Chromium's page zoom (what Ctrl+= does in
 * Electron) lays the page out in a CSS viewport of the window's size divided
 * by the zoom, and draws it with devicePixelRatio × zoom. A viewport of half
 * the window's size with deviceScaleFactor 2 is exactly that, media queries
 * and rem included. (deviceScaleFactor alone changes only the pixel density,
 * not the layout; CSS `zoom` on the body leaves the viewport and media
 * queries at 100 %.)
 *
 * Long strings: the preview's `?long-strings` flag (electron/shared/i18n/long-strings.ts).
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { windowOptions, type WindowKind } from '../../electron/main/window-options';
import { watchProblems } from './helpers';
import { pseudoText } from '../../electron/shared/i18n/pseudo-locale';

/** A name in English or in the pseudo-locale en-XA (the long-strings runs), from its start. */
const either = (english: string) => new RegExp(`^(${english}|${pseudoText(english)})`);

const SHOTS = path.join(process.cwd(), 'docs/screenshots');
const ZOOM = 2;
test.use({ deviceScaleFactor: ZOOM, timezoneId: 'Europe/Berlin', locale: 'en-GB' });

/** The window's CSS viewport at 200 %: its content size from window-options, halved. */
function zoomed(kind: WindowKind) {
  const { width, height } = windowOptions(kind, '/preload.cjs');
  return { width: Math.floor(width! / ZOOM), height: Math.floor(height! / ZOOM) };
}

interface Box {
  what: string;
  /** In a sticky/fixed bar or a popup menu: drawn over the page by design, so not checked against it. */
  overlay: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every visible control: its box, and what a person would call it. */
async function controls(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const selector = 'button, a[href], input, select, textarea, summary, [role="switch"], [tabindex="0"]';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => {
        const style = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        // Inputs drawn as chips/ratings are transparent overlays of their label.
        return style.visibility !== 'hidden' && style.opacity !== '0' && r.width > 0 && r.height > 0;
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        const name = (
          el.getAttribute('aria-label') ??
          el.textContent ??
          el.getAttribute('name') ??
          el.tagName
        )
          .trim()
          .slice(0, 40);
        let overlay = false;
        for (let a: HTMLElement | null = el; a; a = a.parentElement) {
          const position = getComputedStyle(a).position;
          // The settings footer sits below the form's own scrolling box: controls scrolled under it are clipped.
          if (
            position === 'sticky' ||
            position === 'fixed' ||
            a.classList.contains('more-items') ||
            a.classList.contains('settings-footer')
          )
            overlay = true;
        }
        return {
          what: `${el.tagName.toLowerCase()} "${name}"`,
          overlay,
          x: r.x + window.scrollX,
          y: r.y + window.scrollY,
          width: r.width,
          height: r.height,
        };
      });
  });
}

/** No control sticks out of the window sideways, no two controls overlap, and nothing scrolls sideways. */
async function expectNoClippedOrOverlapping(page: Page, what: string) {
  const { width } = page.viewportSize()!;
  const boxes = await controls(page);
  expect(boxes.length, `${what}: controls found`).toBeGreaterThan(0);
  const clipped = boxes.filter((b) => b.x < -0.5 || b.x + b.width > width + 0.5).map((b) => b.what);
  expect(clipped, `${what}: controls outside the window's width`).toEqual([]);
  const overlapping: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.overlay !== b.overlay) continue;
      const ix = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const iy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (ix > 1 && iy > 1) overlapping.push(`${a.what} × ${b.what}`);
    }
  expect(overlapping, `${what}: overlapping controls`).toEqual([]);
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(sideways, `${what}: sideways scrolling`).toBeLessThanOrEqual(0);
}

/**
 * How much of an element a person can see (0–1 of its area): inside the
 * viewport and inside every box that clips it (the player's scrolling area
 * ends where its footer starts).
 */
const shownFraction = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => {
    const r = el.getBoundingClientRect();
    let [left, top, right, bottom] = [0, 0, window.innerWidth, window.innerHeight];
    for (let a = el.parentElement; a; a = a.parentElement) {
      if (getComputedStyle(a).overflow === 'visible') continue;
      const c = a.getBoundingClientRect();
      [left, top, right, bottom] = [
        Math.max(left, c.left),
        Math.max(top, c.top),
        Math.min(right, c.right),
        Math.min(bottom, c.bottom),
      ];
    }
    const w = Math.max(0, Math.min(r.right, right) - Math.max(r.left, left));
    const h = Math.max(0, Math.min(r.bottom, bottom) - Math.max(r.top, top));
    return (w * h) / (r.width * r.height);
  });

/** The exercise's title, its picture (most of it) and its whole timer are on screen. */
async function expectExerciseInView(page: Page) {
  expect(await shownFraction(page, 'meter-value')).toBe(1);
  expect(await shownFraction(page, 'illustration')).toBeGreaterThan(0.6);
  await expect(page.locator('#exercise-title')).toBeInViewport();
}

for (const long of [false, true]) {
  const label = long ? 'long strings' : 'English';
  const query = long ? '?long-strings' : '';
  const shot = (view: string) => path.join(SHOTS, `${view}-zoom200${long ? '-long' : ''}.png`);

  test.describe(`200 % zoom, ${label}`, () => {
    test(`routine window: exercise, picture and timer stay on screen; minor actions fold into More`, async ({
      page,
    }) => {
      const problems = watchProblems(page);
      await page.setViewportSize(zoomed('routine'));
      await page.clock.install();
      await page.goto(`/index.html${query}#/routine/mid-back-seated?trigger=on-demand`);
      await page.getByTestId('meter-value').waitFor();
      // Past the get-ready step (8 s by default) into the first exercise.
      await page.clock.runFor(10_000);
      // The footer leaves most of the window to the exercise.
      const footer = await page.locator('.player-footer').boundingBox();
      // en-XA's accented letters stand taller than plain ones, so its footer lines are a little taller.
      expect(footer!.height).toBeLessThan(zoomed('routine').height * (long ? 0.5 : 0.4));
      await expectExerciseInView(page);
      // Restart, Finish early and Sound are one "More" away.
      await expect(page.getByRole('button', { name: 'Finish early' })).toBeHidden();
      await expectNoClippedOrOverlapping(page, 'routine window');
      await page.locator('.more-menu summary').click();
      const menu = page.getByRole('group', { name: either('More') });
      await expect(menu).toBeVisible();
      await expectNoClippedOrOverlapping(page, 'routine window, More open');
      // The open menu is on top: each of its buttons is what a click at its centre reaches.
      for (const button of await menu.getByRole('button').all()) {
        await expect(button).toBeInViewport({ ratio: 1 });
        expect(
          await button.evaluate((el) => {
            const r = el.getBoundingClientRect();
            return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
          }),
        ).toBe(true);
      }
      await page.screenshot({ path: shot('player') });
      await page.keyboard.press('Escape');
      expect(problems).toEqual([]);
    });

    test(`routine window, get-ready step: the next pose and its countdown stay on screen`, async ({
      page,
    }) => {
      const problems = watchProblems(page);
      await page.setViewportSize(zoomed('routine'));
      await page.clock.install();
      // A routine whose first exercise has cautions (the get-ready step shows them too).
      await page.goto(`/index.html${query}#/routine/mid-back-seated?trigger=on-demand`);
      await page.getByTestId('get-ready').waitFor();
      await expect(page.locator('.exercise .cautions')).toBeAttached();
      await expectExerciseInView(page);
      // Each step on: the next exercise's get-ready step keeps its countdown in view too.
      await page.getByRole('button', { name: either('Next') }).click();
      await page.getByRole('button', { name: either('Next') }).click();
      await page.getByTestId('get-ready').waitFor();
      expect(await shownFraction(page, 'meter-value')).toBe(1);
      await expectNoClippedOrOverlapping(page, 'routine window, get-ready step');
      await page.screenshot({ path: shot('player-ready') });
      expect(problems).toEqual([]);
    });

    test(`prompt: buttons wrap, nothing clipped`, async ({ page }) => {
      const problems = watchProblems(page);
      const size = zoomed('prompt');
      await page.setViewportSize(size);
      await page.goto(`/index.html${query}#/prompt`);
      await expect(page.getByRole('button', { name: either('Start') })).toBeFocused();
      await expectNoClippedOrOverlapping(page, 'prompt');
      // This is the narrowest case: WindowManager widens the prompt with the zoom where the
      // work area allows (promptContentSize) and fits its height to the content, as here.
      const needed = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      await page.setViewportSize({ width: size.width, height: Math.ceil(needed) });
      await page.screenshot({ path: shot('prompt') });
      await page.getByRole('button', { name: either('Choose another') }).click();
      await expectNoClippedOrOverlapping(page, 'prompt with the routine list open');
      expect(problems).toEqual([]);
    });

    for (const [view, kind, ready] of [
      ['settings', 'settings', 'Break every'],
      ['library', 'library', 'Routines'],
      ['history', 'history', 'Your breaks'],
      ['welcome', 'welcome', 'Welcome'],
    ] as const) {
      test(`#/${view}: nothing clipped or overlapping`, async ({ page }) => {
        const problems = watchProblems(page);
        await page.setViewportSize(zoomed(kind));
        await page.goto(`/index.html${query}#/${view === 'library' ? 'routines' : view}`);
        await page.locator('h1').first().waitFor();
        if (!long) await expect(page.locator('body')).toContainText(ready);
        await page.waitForLoadState('networkidle');
        await expectNoClippedOrOverlapping(page, view);
        await page.screenshot({ path: shot(view) });
        expect(problems).toEqual([]);
      });
    }
  });
}
