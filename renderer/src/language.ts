/**
 * The page's language. The app opens each window with the locale the main
 * process speaks in its address (?lang=), so the first paint is already in
 * it, and "same as the system" means what main found for the system. The
 * settings decide after that (app.language), and a change applies at once.
 * In the browser preview, ?lang=<tag> (any language, or the pseudo-locale
 * en-XA) wins over the settings, so a test can pick one; ?long-strings is
 * another name for en-XA.
 */
import { getLocale } from '../../electron/shared/i18n';
import { switchLanguage } from '../../electron/shared/i18n/load';
import {
  PSEUDO_LOCALE,
  directionOf,
  formattingLocale,
  matchLanguage,
  resolveLanguage,
} from '../../electron/shared/i18n/languages';
import { englishContentTexts } from './catalog';

/** A language to show (its catalog tag) and the locale its dates and numbers follow. */
export interface ShownLanguage {
  tag: string;
  locale: string;
}

const baseLanguage = (tag: string) => {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return null;
  }
};

function fromAddress(): ShownLanguage | null {
  const params = new URLSearchParams(window.location.search);
  const raw = params.get('lang') ?? (params.has('long-strings') ? PSEUDO_LOCALE : null);
  if (!raw) return null;
  if (raw === PSEUDO_LOCALE) return { tag: raw, locale: raw };
  const tag = matchLanguage([raw]);
  // A language Unslouch does not have (the match fell back to English) is ignored.
  if (tag === 'en' && baseLanguage(raw) !== 'en') return null;
  return { tag, locale: formattingLocale(tag, [raw]) };
}

function fromBrowser(choice: string): ShownLanguage {
  const tag = resolveLanguage(choice, navigator.languages);
  return { tag, locale: formattingLocale(tag, navigator.languages) };
}

/** The language of the first paint: the address's, else the browser's (in Electron, the system's). */
export function startupLanguage(): ShownLanguage {
  return fromAddress() ?? fromBrowser('system');
}

/** The language for a settings choice ('system' or a tag). */
export function chosenLanguage(choice: string): ShownLanguage {
  const address = fromAddress();
  if (address && (!window.unslouch || choice === 'system')) return address;
  return fromBrowser(choice);
}

/** Shows a language in this page: messages, catalog texts, <html lang dir>. */
export async function showLanguage({ tag, locale }: ShownLanguage): Promise<void> {
  const root = document.documentElement;
  const shown =
    locale === getLocale() && root.lang === locale
      ? tag
      : await switchLanguage(tag, englishContentTexts, console.warn, locale);
  root.lang = shown === tag ? locale : shown;
  root.dir = directionOf(shown);
}
