/**
 * Shared helpers for the browser tests of the views: console/CSP watching,
 * the axe-core check with the WCAG 2.2 AA tags, and window sizes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The windows the main process opens: a small prompt, a player; other views get a page. */
export const SIZES = {
  prompt: { width: 360, height: 260 },
  player: { width: 420, height: 560 },
  page: { width: 760, height: 900 },
} as const;

/** Collects console errors, page errors and CSP violations; check with `expect(problems).toEqual([])`. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** The first desk routine, which the preview's first prompt suggests. */
export const FIRST_DESK_ROUTINE = 'upper-back-desk-reset';

/**
 * Seeds the preview's localStorage before the app's first document loads (the
 * app reads its settings once per document, so writing them after `goto` and
 * then changing only the hash races the first read). Seeds once per tab: later
 * navigations and reloads keep what the app itself wrote since.
 */
export async function seedStorage(page: Page, entries: Record<string, unknown>): Promise<void> {
  await page.addInitScript(
    (seed: Record<string, string>) => {
      if (sessionStorage.getItem('unslouch.test.seeded') === '1') return;
      for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
      sessionStorage.setItem('unslouch.test.seeded', '1');
    },
    Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, JSON.stringify(v)])),
  );
}

/** Opens a page-sized view and waits until it has drawn its content (shared by the views' a11y and RTL specs). */
export const openView = {
  async prompt(page: Page): Promise<void> {
    await page.setViewportSize(SIZES.prompt);
    await page.goto('/index.html#/prompt');
    await expect(page.getByRole('button', { name: /^Start/ })).toBeFocused();
  },
  async routines(page: Page): Promise<void> {
    await page.setViewportSize(SIZES.page);
    await page.goto('/index.html#/routines');
    await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
  },
  async settings(page: Page): Promise<void> {
    await page.setViewportSize(SIZES.page);
    await page.goto('/index.html#/settings');
    await expect(page.getByLabel('Break every (minutes)')).toBeVisible();
  },
};

/** Starts the first desk routine, finishes it early and waits until the break is recorded. */
export async function recordABreakFinishedEarly(page: Page): Promise<void> {
  await page.goto(`/index.html#/routine/${FIRST_DESK_ROUTINE}`);
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await page.waitForTimeout(1200);
  await page.getByRole('button', { name: 'Finish early' }).click();
  await expect(page.getByTestId('saved-status')).toHaveText('Recorded in your history.');
}
