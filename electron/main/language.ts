/**
 * The main process's language: the one chosen in Settings, or the best match
 * of the system's preferred languages (`app.getPreferredSystemLanguages()`,
 * https://www.electronjs.org/docs/latest/api/app#appgetpreferredsystemlanguages).
 * The tray, menus, notifications and dialogs use it; windows open with it in
 * their address (?lang=) so their first paint is already in that language.
 */
import { app } from 'electron';
import { CATALOG, SAFETY } from '../core/catalog';
import { contentTexts } from '../core/catalog/content-text';
import { getLocale } from '../shared/i18n';
import { formattingLocale, resolveLanguage } from '../shared/i18n/languages';
import { switchLanguage } from '../shared/i18n/load';

const englishTexts = () => contentTexts({ ...CATALOG, safety: SAFETY });

/** Shows `choice` ('system' or a tag) in this process; resolves with the tag shown. */
export async function applyLanguage(choice: string, log: (message: string) => void): Promise<string> {
  const preferred = app.getPreferredSystemLanguages();
  const tag = resolveLanguage(choice, preferred);
  const locale = formattingLocale(tag, preferred);
  if (locale === getLocale()) return tag;
  return switchLanguage(tag, englishTexts, log, locale);
}
