/**
 * Every language in the browser preview (?lang=<tag>): the views speak it,
 * <html> carries its tag and direction, and the settings switch it at once.
 * The pseudo-locale en-XA (accented, ~40 % longer) finds text that escaped
 * the catalog: any plain English word left on a page is a bug.
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { en } from '../../electron/shared/i18n/en';
import { LANGUAGES } from '../../electron/shared/i18n/languages';
import { FIRST_DESK_ROUTINE, SIZES, expectNoAxeViolations, watchProblems } from './helpers';
import { messages as de } from '../../electron/shared/i18n/locales/de';
import { messages as fr } from '../../electron/shared/i18n/locales/fr';
import { messages as es } from '../../electron/shared/i18n/locales/es';
import { messages as it } from '../../electron/shared/i18n/locales/it';
import { messages as ptBR } from '../../electron/shared/i18n/locales/pt-BR';
import { messages as nl } from '../../electron/shared/i18n/locales/nl';
import { messages as pl } from '../../electron/shared/i18n/locales/pl';
import { messages as uk } from '../../electron/shared/i18n/locales/uk';
import { messages as ja } from '../../electron/shared/i18n/locales/ja';
import { messages as zhCN } from '../../electron/shared/i18n/locales/zh-CN';
import { messages as ar } from '../../electron/shared/i18n/locales/ar';

const LOCALES: Record<string, Record<string, string>> = {
  de: de,
  fr: fr,
  es: es,
  it: it,
  'pt-BR': ptBR,
  nl: nl,
  pl: pl,
  uk: uk,
  ja: ja,
  'zh-CN': zhCN,
  ar: ar,
};
const messagesOf = (tag: string) => LOCALES[tag]!;

test.use({ locale: 'en-GB', timezoneId: 'Europe/Berlin' });

for (const { tag, dir } of LANGUAGES.filter((l) => l.tag !== 'en')) {
  test(`${tag}: the views speak it, with <html lang="${tag}" dir="${dir}">`, async ({ page }) => {
    const problems = watchProblems(page);
    const m = messagesOf(tag);
    await page.goto(`/index.html?lang=${tag}#/routines`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['library.heading']!);
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await page.goto(`/index.html?lang=${tag}#/settings`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['settings.heading']!);
    await page.goto(`/index.html?lang=${tag}#/prompt`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['prompt.heading']!);
    expect(problems).toEqual([]);
  });
}

/** Words of the page's visible text in plain ASCII letters (en-XA accents every catalog letter). */
async function plainWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, [hidden]') || !el.checkVisibility()) continue;
      for (const w of node.textContent?.match(/[A-Za-z]{3,}/g) ?? []) words.add(w);
    }
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [title], img[alt]'))
      for (const attr of ['aria-label', 'title', 'alt'])
        for (const w of el.getAttribute(attr)?.match(/[A-Za-z]{3,}/g) ?? []) words.add(w);
    return [...words];
  });
}

/** What is plain on purpose: the product's name, key names, and what Intl writes for 'en-XA' (English dates). */
const NOT_CATALOG = new Set([
  'Unslouch',
  'Ctrl',
  'Alt',
  'Shift',
  'Cmd',
  'Space',
  'Enter',
  'Esc',
  'CSV',
  'JSON',
  'YYYY',
  'HH',
]);
const intlWords = (page: Page) =>
  page.evaluate(() => {
    const out = new Set<string>();
    // Seven days running (every weekday, morning and afternoon) and the first of every month.
    const dates = [
      ...Array.from({ length: 7 }, (_, d) => new Date(2026, 0, 5 + d, 9 + d * 2)),
      ...Array.from({ length: 12 }, (_, m) => new Date(2026, m, 1, 15)),
    ];
    for (const date of dates) {
      for (const options of [
        { weekday: 'short' },
        { weekday: 'long' },
        { month: 'short' },
        { month: 'long' },
        { timeStyle: 'short' },
        { dateStyle: 'full' },
      ] as Intl.DateTimeFormatOptions[])
        // Times and dates beside time fields follow the browser's locale (settings/format.ts).
        for (const locale of ['en-XA', undefined])
          for (const w of date.toLocaleString(locale, options).match(/[A-Za-z]{3,}/g) ?? []) out.add(w);
    }
    for (const type of ['conjunction', 'disjunction'] as const)
      for (const w of new Intl.ListFormat('en-XA', { type }).format(['1', '2', '3']).match(/[A-Za-z]{3,}/g) ??
        [])
        out.add(w);
    return [...out];
  });

test('en-XA: no text escaped the catalog in any view', async ({ page }) => {
  const problems = watchProblems(page);
  const found: string[] = [];
  for (const view of [
    '#/settings',
    '#/routines',
    '#/prompt',
    `#/routine/${FIRST_DESK_ROUTINE}`,
    '#/history',
    '#/welcome',
  ]) {
    await page.goto(`/index.html?lang=en-XA${view}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    const allowed = new Set([...NOT_CATALOG, ...(await intlWords(page))]);
    for (const w of await plainWords(page)) if (!allowed.has(w)) found.push(`${view}: ${w}`);
  }
  expect(found).toEqual([]);
  expect(problems).toEqual([]);
});

test('choosing a language in Settings switches every view at once, without a reload', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto('/index.html#/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unslouch settings');
  const marker = await page.evaluate(
    () => ((window as unknown as { marker: number }).marker = Math.random()),
  );
  await page.getByLabel('Language', { exact: true }).selectOption('de');
  const de = messagesOf('de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(de['settings.heading']!);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // The same document: nothing reloaded.
  expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(marker);
  // The setting is kept, and the language chooser speaks the new language too.
  await page.goto('/index.html#/routines');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(de['library.heading']!);
  await page.goto('/index.html#/settings');
  await page.getByLabel(de['settings.language']!, { exact: true }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messagesOf('ar')['settings.heading']!);
  await expectNoAxeViolations(page, 'settings in Arabic');
  await page.getByLabel(messagesOf('ar')['settings.language']!, { exact: true }).selectOption('system');
  // "Same as the system": the browser's en-GB, for messages in English with British dates.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  expect(problems).toEqual([]);
});

const SHOTS = path.join(process.cwd(), 'docs/screenshots');

/** English catalog strings a page may not show in another language (fixed texts that the language words differently). */
const englishOnly = (tag: string) =>
  Object.entries(en)
    .filter(([key, value]) => !/[{}]/.test(value) && value.length > 3 && messagesOf(tag)[key] !== value)
    .map(([, value]) => value);

const VIEWS = [
  { name: 'prompt', hash: '#/prompt', size: SIZES.prompt },
  { name: 'player', hash: `#/routine/${FIRST_DESK_ROUTINE}`, size: SIZES.player },
  { name: 'settings', hash: '#/settings', size: { width: 560, height: 680 } },
  { name: 'routines', hash: '#/routines', size: SIZES.page },
  { name: 'history', hash: '#/history', size: SIZES.page },
] as const;

// One test per language and view: the five views of one language in one test ran close to the time limit on a loaded machine.
for (const tag of ['de', 'ar', 'ja'] as const) {
  for (const view of VIEWS) {
    test(`${tag} ${view.name}: no English catalog string, nothing overflowing its box, axe clean; screenshots`, async ({
      page,
    }) => {
      const problems = watchProblems(page);
      const english = new Set<string>(englishOnly(tag));
      await page.setViewportSize(view.size);
      await page.goto(`/index.html?lang=${tag}${view.hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const shown = await page.evaluate(() => {
        const texts: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if (node.parentElement?.checkVisibility()) texts.push((node.textContent ?? '').trim());
        return texts.filter(Boolean);
      });
      expect(
        shown.filter((text) => english.has(text)),
        `${tag} ${view.name}: English left`,
      ).toEqual([]);
      // Nothing wider than its box: the main containers do not scroll sideways.
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main, main > *, footer, .player-footer')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.className || el.tagName),
      );
      expect(overflowing, `${tag} ${view.name}: overflowing`).toEqual([]);
      await expectNoAxeViolations(page, `${view.name} in ${tag}`);
      if (view.name === 'prompt' || view.name === 'player' || view.name === 'settings')
        await page.screenshot({ path: path.join(SHOTS, `${view.name}-${tag}.png`) });
      expect(problems).toEqual([]);
    });
  }
}
