/**
 * Right to left (issue 12): with `<html dir="rtl">` — what the language
 * machinery sets for Arabic — every view mirrors through logical CSS: nothing
 * scrolls sideways, the main heading sits at the right, axe finds nothing.
 * The exercise pictures do not mirror with the reading direction (only the
 * other side of a sided exercise is drawn mirrored, as left to right), and the
 * player's arrows — keys and glyphs — point back and on in reading order.
 *
 * The direction is set by an init script before the app loads, so this does
 * not depend on the Arabic catalog being there.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  FIRST_DESK_ROUTINE,
  SIZES,
  expectNoAxeViolations,
  openView,
  recordABreakFinishedEarly,
  watchProblems,
} from './helpers';

/**
 * The layout under a reading direction, with English words (so the checks can name controls):
 * the page's language sets <html dir> itself (languages.spec.ts checks Arabic sets rtl), so the
 * direction is held here against it.
 */
async function setDirection(page: Page, dir: 'rtl' | 'ltr') {
  // Init scripts can run before the parser has made <html>: set it as soon as it is there, and keep it.
  await page.addInitScript((d) => {
    const hold = (root: HTMLElement) => {
      if (root.dir !== d) root.dir = d;
      new MutationObserver(() => {
        if (root.dir !== d) root.dir = d;
      }).observe(root, { attributes: true, attributeFilter: ['dir'] });
    };
    if (document.documentElement) return hold(document.documentElement);
    new MutationObserver((_, observer) => {
      if (!document.documentElement) return;
      observer.disconnect();
      hold(document.documentElement);
    }).observe(document, { childList: true });
  }, dir);
}

/** How far the page can scroll sideways (0 when it cannot). */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/**
 * Where the main heading's text sits in its box: the gaps between the text's
 * ends and the heading's content edges, and between the heading's box and its
 * container's content edges (all in CSS px).
 */
function headingGaps(page: Page) {
  return page.evaluate(() => {
    const h1 = document.querySelector('h1');
    if (!h1) throw new Error('no h1');
    const range = document.createRange();
    range.selectNodeContents(h1);
    const text = range.getBoundingClientRect();
    const content = (el: Element) => {
      const box = el.getBoundingClientRect();
      const css = getComputedStyle(el);
      return {
        left: box.left + parseFloat(css.borderLeftWidth) + parseFloat(css.paddingLeft),
        right: box.right - parseFloat(css.borderRightWidth) - parseFloat(css.paddingRight),
      };
    };
    const own = content(h1);
    const box = h1.getBoundingClientRect();
    const parent = content(h1.parentElement!);
    return {
      textFromRight: own.right - text.right,
      textFromLeft: text.left - own.left,
      boxFromRight: parent.right - box.right,
    };
  });
}

async function expectHeadingAtTheRight(page: Page, view: string) {
  const gaps = await headingGaps(page);
  expect(gaps.textFromRight, `${view}: the heading's text ends at its right edge`).toBeLessThan(2);
  expect(gaps.boxFromRight, `${view}: the heading's box hugs its container's right edge`).toBeLessThan(2);
  expect(gaps.textFromLeft, `${view}: the heading's text leaves room at the left`).toBeGreaterThan(0);
}

/** The computed transforms of the picture's images/SVGs and of every element above them. */
function illustrationTransforms(page: Page) {
  return page.evaluate(() => {
    const pic = document.querySelector('[data-testid="illustration"]');
    if (!pic) throw new Error('no illustration');
    const pictures = [...pic.querySelectorAll('img, svg')].map((el) => getComputedStyle(el).transform);
    const above: string[] = [];
    for (let el: Element | null = pic; el; el = el.parentElement) {
      const t = getComputedStyle(el).transform;
      if (t !== 'none') above.push(`${el.tagName.toLowerCase()}.${el.className}: ${t}`);
    }
    return { mirroredClass: pic.classList.contains('is-mirrored'), pictures, above };
  });
}

/** Pauses the player with Space (still in its get-ready step when the page has just opened). */
async function pausePlayer(page: Page) {
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
}

/** Presses `key` step by step (each press must move the player) until the exercise's heading matches. */
async function stepWith(page: Page, key: string, until: RegExp) {
  const title = page.getByRole('heading', { level: 2 });
  const status = page.getByTestId('announcer');
  const where = async () => `${await title.textContent()} | ${await status.textContent()}`;
  for (let i = 0; i < 8 && !until.test((await title.textContent()) ?? ''); i++) {
    const before = await where();
    await page.keyboard.press(key);
    await expect.poll(where, `${key} moves the player on from "${before}"`).not.toBe(before);
  }
  await expect(title).toHaveText(until);
}

/** Every element's left and right padding, border and margin, in document order. */
function sideSpacing(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')].map((el) => {
      const css = getComputedStyle(el);
      const what = `${el.tagName.toLowerCase()}.${String(el.className)}`;
      const px = (v: string) => Math.round(parseFloat(v) * 10) / 10;
      return {
        what,
        left: [css.paddingLeft, css.borderLeftWidth, css.marginLeft].map(px),
        right: [css.paddingRight, css.borderRightWidth, css.marginRight].map(px),
      };
    }),
  );
}

/**
 * The view's spacing is the mirror of left to right: the same view opened in
 * a left-to-right tab has every element's left spacing where this one has its
 * right (indents, accent bars, one-sided paddings all moved across).
 */
async function expectSpacingMirrored(page: Page, view: string, prepare?: (ltr: Page) => Promise<void>) {
  const ltr = await page.context().newPage();
  await ltr.setViewportSize(page.viewportSize()!);
  await ltr.goto(page.url());
  await ltr.locator('h1').first().waitFor();
  await prepare?.(ltr);
  const rtl = await sideSpacing(page);
  await expect
    .poll(async () => (await sideSpacing(ltr)).map((e) => e.what), { message: `${view}: the same elements` })
    .toEqual(rtl.map((e) => e.what));
  const mirrored = (await sideSpacing(ltr)).map((e) => ({ what: e.what, left: e.right, right: e.left }));
  await ltr.close();
  const differences = rtl.filter((e, i) => JSON.stringify(e) !== JSON.stringify(mirrored[i]));
  expect(
    differences.map((e) => `${e.what}: left ${e.left} right ${e.right}`),
    `${view}: spacing not the mirror of left to right (padding, border, margin)`,
  ).toEqual([]);
}

/** `prepare` brings the left-to-right copy into the same state (the player: paused). */
async function checkView(page: Page, view: string, prepare?: (ltr: Page) => Promise<void>) {
  expect(await sidewaysOverflow(page), `${view}: scrolls sideways`).toBeLessThanOrEqual(0);
  await expectSpacingMirrored(page, view, prepare);
  await expectHeadingAtTheRight(page, view);
  await expectNoAxeViolations(page, `${view} (right to left)`);
  await page.screenshot({ path: test.info().outputPath(`${view}-rtl.png`) });
}

test.describe('right to left', () => {
  test.beforeEach(async ({ page }) => setDirection(page, 'rtl'));

  test('#/prompt', async ({ page }) => {
    const problems = watchProblems(page);
    await openView.prompt(page);
    await checkView(page, 'prompt');
    await page.getByRole('button', { name: 'Choose another routine' }).click();
    expect(await sidewaysOverflow(page), 'prompt with the list open: scrolls sideways').toBeLessThanOrEqual(
      0,
    );
    await expectNoAxeViolations(page, 'prompt with the routine list open (right to left)');
    expect(problems).toEqual([]);
  });

  test('#/routine/<first desk routine>: layout, pictures as drawn, arrows in reading order', async ({
    page,
  }) => {
    const problems = watchProblems(page);
    await page.setViewportSize(SIZES.player);
    await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}?trigger=on-demand`);
    // Paused at once, so only the keys move the player (stepping keeps it paused), however slow the machine.
    await pausePlayer(page);
    const previous = page.getByRole('button', { name: /Previous/ });
    const next = page.getByRole('button', { name: /^Next|Finish this step/ });
    await expect(previous).toHaveAttribute('aria-keyshortcuts', 'ArrowRight');
    await expect(next).toHaveAttribute('aria-keyshortcuts', 'ArrowLeft');
    await checkView(page, 'player', pausePlayer);
    expect(await illustrationTransforms(page)).toEqual(
      expect.objectContaining({ mirroredClass: false, above: [] }),
    );
    expect((await illustrationTransforms(page)).pictures.every((t) => t === 'none')).toBe(true);

    // Reading order: Previous is at the right, Next at the left.
    const prevBox = (await previous.boundingBox())!;
    const nextBox = (await next.boundingBox())!;
    expect(prevBox.x).toBeGreaterThan(nextBox.x);

    // ArrowLeft goes on: past the get-ready step to the third exercise, the seated twist (left side first).
    await stepWith(page, 'ArrowLeft', /Left side/);
    const leftSide = await illustrationTransforms(page);
    expect(leftSide.above).toEqual([]);
    expect(leftSide.pictures.length).toBeGreaterThan(0);
    expect(leftSide.pictures.every((t) => t === 'none')).toBe(true);
    // The other side is the only mirrored picture, the same physical flip as left to right.
    await stepWith(page, 'ArrowLeft', /Right side/);
    const rightSide = await illustrationTransforms(page);
    expect(rightSide.mirroredClass).toBe(true);
    expect(rightSide.above).toEqual([]);
    expect(rightSide.pictures.every((t) => t === 'matrix(-1, 0, 0, 1, 0, 0)')).toBe(true);
    // ArrowRight goes back.
    await stepWith(page, 'ArrowRight', /Left side/);
    expect(problems).toEqual([]);
  });

  test('the arrow glyphs point back and on: Bidi mirroring turns ‹ and › round', async ({ page }) => {
    await page.setViewportSize(SIZES.player);
    await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}?trigger=on-demand`);
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    // The real buttons, copied into boxes at whole-pixel positions, beside left-to-right
    // copies written the way they should look (arrow at the right pointing right for Previous).
    await page.evaluate(() => {
      const footer = document.querySelector('.player-footer .controls')!;
      const buttons = footer.querySelectorAll('button');
      const prev = buttons[0]!;
      const next = buttons[2]!;
      const place = (
        id: string,
        dir: string,
        button: HTMLButtonElement,
        html: string | null,
        top: number,
      ): HTMLButtonElement => {
        const box = document.createElement('div');
        box.id = id;
        box.dir = dir;
        box.style.cssText = `position:fixed;left:0;top:${top}px;z-index:9;background:#fff`;
        const copy = button.cloneNode(true) as HTMLButtonElement;
        copy.removeAttribute('autofocus');
        copy.className = 'secondary';
        copy.style.width = 'auto';
        if (html !== null) copy.innerHTML = html;
        box.append(copy);
        document.body.append(box);
        return copy;
      };
      const label = (b: HTMLButtonElement) => b.textContent!.replace(/[‹›]/g, '').trim();
      const copies = [
        place('rtl-prev', 'rtl', prev, null, 0),
        place('ltr-prev', 'ltr', prev, `${label(prev)}<span aria-hidden="true"> ›</span>`, 60),
        place('ltr-prev-wrong', 'ltr', prev, `${label(prev)}<span aria-hidden="true"> ‹</span>`, 120),
        place('rtl-next', 'rtl', next, null, 180),
        place('ltr-next', 'ltr', next, `<span aria-hidden="true">‹ </span>${label(next)}`, 240),
      ];
      // One whole-pixel width for all: text widths are fractional, and a border drawn across a
      // pixel boundary differs by anti-aliasing, not by the glyph this test is about.
      const width = Math.ceil(Math.max(...copies.map((c) => c.getBoundingClientRect().width)));
      for (const copy of copies) copy.style.width = `${width}px`;
    });
    const shot = (id: string) => page.locator(`#${id} button`).screenshot();
    expect((await shot('rtl-prev')).equals(await shot('ltr-prev'))).toBe(true);
    expect((await shot('rtl-prev')).equals(await shot('ltr-prev-wrong'))).toBe(false);
    expect((await shot('rtl-next')).equals(await shot('ltr-next'))).toBe(true);
  });

  test('reduced motion: the key poses run from the right, the arrow between them points left', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize(SIZES.player);
    await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}?trigger=on-demand`);
    const poses = page.locator('.poses.numbered .key-pose');
    await expect(poses.first()).toBeVisible();
    const [first, second] = [(await poses.nth(0).boundingBox())!, (await poses.nth(1).boundingBox())!];
    expect(first.x).toBeGreaterThan(second.x);
    const arrow = await poses.nth(1).evaluate((el) => getComputedStyle(el, '::before').content);
    expect(arrow).toBe('"←"');
    const t = await illustrationTransforms(page);
    expect(t.pictures.every((x) => x === 'none')).toBe(true);
    await expectNoAxeViolations(page, 'player, reduced motion (right to left)');
  });

  test('#/routines', async ({ page }) => {
    const problems = watchProblems(page);
    await openView.routines(page);
    // "Your routines" loads lazily with its words: measure the page once it is there.
    await expect(page.getByTestId('own-routines')).toBeVisible();
    await checkView(page, 'library');
    expect(problems).toEqual([]);
  });

  test('#/settings', async ({ page }) => {
    const problems = watchProblems(page);
    await openView.settings(page);
    await checkView(page, 'settings');
    // A switch that is on has its knob at the left, inside the track.
    const on = page.locator('input.switch:checked').first();
    const knob = await on.evaluate((el) => getComputedStyle(el, '::after').transform);
    expect(knob, 'the knob moves left').toMatch(/^matrix\(1, 0, 0, 1, -\d/);
    expect(problems).toEqual([]);
  });

  test('#/history with a break', async ({ page }) => {
    const problems = watchProblems(page);
    await page.setViewportSize(SIZES.page);
    await recordABreakFinishedEarly(page);
    await page.goto('/index.html#/history');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
    await checkView(page, 'history');
    // The table reads from the right: its first column is at the right.
    const cells = page.getByRole('table').getByRole('row').first().getByRole('columnheader');
    expect((await cells.first().boundingBox())!.x).toBeGreaterThan((await cells.last().boundingBox())!.x);
    expect(problems).toEqual([]);
  });
});

test('left to right is unchanged: the heading sits at the left and ArrowRight goes on', async ({ page }) => {
  await setDirection(page, 'ltr');
  await page.setViewportSize(SIZES.player);
  await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}?trigger=on-demand`);
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  const gaps = await headingGaps(page);
  expect(gaps.textFromLeft).toBeLessThan(2);
  expect(gaps.textFromRight).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: /Previous/ })).toHaveAttribute(
    'aria-keyshortcuts',
    'ArrowLeft',
  );
  await pausePlayer(page);
  await stepWith(page, 'ArrowRight', /Corner or doorway stretch/);
});
