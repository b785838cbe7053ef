/// <reference types="vite/client" />
/**
 * Loads a language on demand: its messages (./locales/<tag>.ts) and its
 * routine-catalog texts (resources/routines/i18n/<tag>.json), each its own
 * chunk, so a window pays only for the language it shows. The same code runs
 * in the main process, the pages and the tests (Vite resolves the globs).
 */
import type { Messages } from './en';
import { addEnglish, englishMessages, setMessages } from './index';
import { PSEUDO_LOCALE } from './languages';

type ContentTexts = Readonly<Record<string, string>>;

const MESSAGE_FILES = import.meta.glob<{ messages: Messages }>('./locales/*.ts');
const CONTENT_FILES = import.meta.glob<ContentTexts>('../../../resources/routines/i18n/*.json', {
  import: 'default',
});

export interface LoadedLanguage {
  messages: Partial<Messages>;
  content: ContentTexts;
}

/**
 * A language's files. English is the source (nothing to load); en-XA is made
 * from English (its catalog texts from `englishContent`).
 */
export async function loadLanguage(tag: string, englishContent: () => ContentTexts): Promise<LoadedLanguage> {
  if (tag === 'en') return { messages: {}, content: {} };
  if (tag === PSEUDO_LOCALE) {
    // A chunk of its own: only test runs and translators ask for it. Made from the whole of English.
    const [{ pseudoContent, pseudoMessages }] = await Promise.all([
      import('./pseudo-locale'),
      loadViewWords(),
    ]);
    return { messages: pseudoMessages(englishMessages()), content: pseudoContent({ ...englishContent() }) };
  }
  const messages = MESSAGE_FILES[`./locales/${tag}.ts`];
  const content = CONTENT_FILES[`../../../resources/routines/i18n/${tag}.json`];
  if (!messages || !content) throw new Error(`Unslouch has no language "${tag}"`);
  const [module, texts] = await Promise.all([messages(), content()]);
  return { messages: module.messages, content: texts };
}

/**
 * Shows a language everywhere this process draws (listeners of
 * onLanguageChange redraw). A language that cannot load leaves English, and
 * says so through `log`; it never throws.
 */
export async function switchLanguage(
  tag: string,
  englishContent: () => ContentTexts,
  log: (message: string) => void = () => {},
  /** The locale for dates and numbers (see formattingLocale); the language's tag by default. */
  locale: string = tag,
): Promise<string> {
  try {
    const loaded = await loadLanguage(tag, englishContent);
    setMessages(locale, loaded.messages, loaded.content);
    return tag;
  } catch (error) {
    log(`language ${tag} could not be loaded (${(error as Error).message}); showing English`);
    setMessages('en', {}, {});
    return 'en';
  }
}

let viewWords: Promise<void> | undefined;

/**
 * The English words of the settings, history and welcome views, which the
 * pages load with those views (./view-words.ts). Nothing to load elsewhere.
 */
export function loadViewWords(): Promise<void> {
  viewWords ??= import('./view-words-catalog').then((m) => addEnglish(m.viewWords));
  return viewWords;
}
