/**
 * The languages Unslouch speaks. English is the source catalog (./en.ts);
 * every other language is ./locales/<tag>.ts (messages) and
 * resources/routines/i18n/<tag>.json (the routine catalog's texts). The
 * pseudo-locale en-XA is made from English at run time for tests and the
 * preview (?lang=en-XA); it is not offered in Settings.
 */
export interface Language {
  /** BCP 47 tag, as in the file names. */
  tag: string;
  /** The language's name in itself, as the chooser shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES = [
  { tag: 'en', name: 'English', dir: 'ltr' },
  { tag: 'de', name: 'Deutsch', dir: 'ltr' },
  { tag: 'fr', name: 'Français', dir: 'ltr' },
  { tag: 'es', name: 'Español', dir: 'ltr' },
  { tag: 'it', name: 'Italiano', dir: 'ltr' },
  { tag: 'pt-BR', name: 'Português (Brasil)', dir: 'ltr' },
  { tag: 'nl', name: 'Nederlands', dir: 'ltr' },
  { tag: 'pl', name: 'Polski', dir: 'ltr' },
  { tag: 'uk', name: 'Українська', dir: 'ltr' },
  { tag: 'ja', name: '日本語', dir: 'ltr' },
  { tag: 'zh-CN', name: '简体中文', dir: 'ltr' },
  { tag: 'ar', name: 'العربية', dir: 'rtl' },
] as const satisfies readonly Language[];

export type LanguageTag = (typeof LANGUAGES)[number]['tag'];
export const PSEUDO_LOCALE = 'en-XA';

const SUPPORTED: readonly string[] = LANGUAGES.map((l) => l.tag);

/** A tag's language, script and region, filled in by CLDR's likely subtags ("zh-TW" → zh, Hant, TW). */
function parts(tag: string): { language: string; script?: string; region?: string } | null {
  try {
    const locale = new Intl.Locale(tag).maximize();
    return { language: locale.language, script: locale.script, region: locale.region };
  } catch {
    return null;
  }
}

/**
 * The language Unslouch speaks for a person's preferences (the system's
 * languages, or `navigator.languages`), best first: an exact tag, else the
 * same language in the same script ("de-AT" → de, "pt-PT" → pt-BR,
 * "zh-Hans-SG" → zh-CN, but "zh-TW" is Traditional Chinese and skipped);
 * English when nothing matches.
 */
export function matchLanguage(preferred: readonly string[]): LanguageTag {
  for (const wanted of preferred) {
    const exact = SUPPORTED.find((tag) => tag.toLowerCase() === wanted.toLowerCase());
    if (exact) return exact as LanguageTag;
    const w = parts(wanted);
    if (!w) continue;
    const near = SUPPORTED.find((tag) => {
      const s = parts(tag);
      return s !== null && s.language === w.language && s.script === w.script;
    });
    if (near) return near as LanguageTag;
  }
  return 'en';
}

/** Whether a tag is one Unslouch can show (a language of LANGUAGES, or the pseudo-locale). */
export function isShownLanguage(tag: string): tag is LanguageTag | typeof PSEUDO_LOCALE {
  return tag === PSEUDO_LOCALE || SUPPORTED.includes(tag);
}

/**
 * The language to show: the one chosen in Settings, or, for "system", the
 * best match of the system's preferences.
 */
export function resolveLanguage(choice: string, preferred: readonly string[]): string {
  return choice !== 'system' && isShownLanguage(choice) ? choice : matchLanguage(preferred);
}

/** Reading direction of a shown language. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return LANGUAGES.find((l) => l.tag === tag)?.dir ?? 'ltr';
}

/** A language's name in itself ("Deutsch"), as the language chooser shows it. */
export function languageName(tag: string): string {
  return LANGUAGES.find((l) => l.tag === tag)?.name ?? tag;
}

/**
 * The locale dates, numbers and week start follow: the person's own locale
 * when it is in the language shown ("en-GB" shows English with a Monday week
 * and 24-hour times; "de-AT" German with Austrian formats), else the shown
 * language's tag.
 */
export function formattingLocale(shown: string, preferred: readonly string[]): string {
  if (shown === PSEUDO_LOCALE) return shown;
  const first = preferred[0];
  if (!first) return shown;
  const a = parts(first);
  const b = parts(shown);
  return a && b && a.language === b.language && a.script === b.script ? first : shown;
}
