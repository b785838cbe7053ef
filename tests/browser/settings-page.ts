/**
 * The settings window in the browser preview as the settings specs open it:
 * its own size, a fixed Monday morning, and the stored settings read back.
 * The specs set `test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' })`.
 */
import { expect, type Page } from '@playwright/test';

/** The settings window's size (electron/main/window-options). */
export const SETTINGS_WINDOW = { width: 560, height: 680 };
/** Monday 23 March 2026, 08:00 in Berlin. */
export const MONDAY = new Date('2026-03-23T08:00:00+01:00');

/** Opens the settings at the window's size, the clock fixed at MONDAY. */
export async function openSettings(page: Page): Promise<void> {
  await page.clock.setFixedTime(MONDAY);
  await page.setViewportSize(SETTINGS_WINDOW);
  await page.goto('/index.html#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Unslouch settings' })).toBeVisible();
}

/** A time field by its exact label ("Tuesday, first range, start"). */
export const timeField = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** The settings the preview backend saved (null before the first save). */
export const storedSettings = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('unslouch.settings') ?? 'null'));
