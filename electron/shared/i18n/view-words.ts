/**
 * The words only the settings, history and welcome windows and the library's
 * "Your routines" show (and the main process: tray, dialogs, command line). The break prompt and the
 * routine player must paint fast, so the renderer build leaves these out of
 * the pages' English (scripts/precompile-messages.ts) and puts them in
 * ./view-words-catalog.ts, which those views load with their code
 * (`loadViewWords`). In the main process and the tests English is whole in
 * ./en.ts and that module is empty. Other languages load whole, on demand.
 */
export const VIEW_WORD_PREFIXES = [
  'settings.',
  'history.',
  'checkin.',
  'welcome.',
  'shortcut.',
  'weekday.',
  'key.',
  'theme.',
  'store.',
  'cli.',
  'tray.',
  'dialog.',
  'notice.',
  'custom.',
  'validation.',
  'autostart.',
] as const;

/** Window titles are set before a view's code is in, so they stay with the pages' English. */
export const isViewWord = (key: string): boolean =>
  VIEW_WORD_PREFIXES.some((prefix) => key.startsWith(prefix)) && !key.endsWith('.windowTitle');

/**
 * Whether `key` is one of the catalog's keys, as far as this process can
 * tell: in the pages the views' words may not be loaded yet, so a key of
 * theirs is taken on trust there (the keys come from typed `say`/`text` calls;
 * the main process and the tests, which have the whole of English, check them).
 */
export const isCatalogKey = (english: object, key: string): boolean =>
  Object.hasOwn(english, key) || (isViewWord(key) && /^[a-z][\w-]*(\.[\w-]+)+$/.test(key));
