/**
 * The one message catalog of the app, used by the main process (tray, menus,
 * notifications, dialogs, command line) and the renderer alike.
 *
 * Messages are ICU MessageFormat, formatted by FormatJS's `intl-messageformat`
 * (in the pages precompiled to syntax trees at build time, so no parser ships:
 * scripts/precompile-messages.ts)
 * (CLDR plural and select rules through `Intl.PluralRules`), so
 * `t('library.count', { count: 4 })` picks the right plural form in every
 * language — Polish and Arabic included. Keys are typed from the English
 * source catalog (`./en.ts`): a missing key is a type error. Other languages
 * live in `./locales/<tag>.ts`, load on demand (`loadLanguage`) and fall back
 * to English key by key.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey, type Messages } from './en';
import type { Text } from './text';

export type { MessageKey, Messages } from './en';
export { text, literal, type Text, type TextParam } from './text';
export type Params = Record<string, string | number | Date>;

/** English as this process has it: whole, or in the pages without the views' words until they load. */
let english: Messages = en;
let chosen: Partial<Messages> = {};
let messages: Messages = en;
let locale = 'en';
let content: Readonly<Record<string, string>> = {};
let formatters = new Map<string, IntlMessageFormat>();
const changeListeners = new Set<() => void>();

/**
 * Switches the language: its messages (keys it lacks fall back to English)
 * and its routine-catalog texts (see electron/core/catalog/content-text.ts).
 */
export function setMessages(
  nextLocale: string,
  next: Partial<Messages>,
  contentTranslation: Readonly<Record<string, string>> = {},
): void {
  locale = nextLocale;
  chosen = next;
  messages = { ...english, ...next };
  content = contentTranslation;
  formatters = new Map();
  for (const listener of changeListeners) listener();
}

/**
 * Adds English words that load later (the views' words in the pages:
 * ./view-words.ts); the language shown stays as it is.
 */
export function addEnglish(words: Partial<Messages>): void {
  english = { ...english, ...words };
  messages = { ...english, ...chosen };
  formatters = new Map();
}

/** English as this process has it now (see addEnglish). */
export function englishMessages(): Messages {
  return english;
}

/** The routine catalog's texts in the current language, by key (empty for English). */
export function getContentTranslation(): Readonly<Record<string, string>> {
  return content;
}

/** Called after every language change (the renderer re-renders, main rebuilds the tray). */
export function onLanguageChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

export function getLocale(): string {
  return locale;
}

function formatter(key: MessageKey): IntlMessageFormat {
  let f = formatters.get(key);
  if (!f) {
    try {
      // ignoreTag: "<id>" in the command-line help is text, not rich-text markup.
      f = new IntlMessageFormat(messages[key] ?? english[key] ?? key, locale, undefined, { ignoreTag: true });
    } catch {
      // A broken translation must never take a window down: English instead.
      f = new IntlMessageFormat(english[key] ?? key, 'en', undefined, { ignoreTag: true });
    }
    formatters.set(key, f);
  }
  return f;
}

/** The message `key` in the current language, with `{name}` arguments filled in. */
export function t(key: MessageKey, params?: Params): string {
  try {
    const out = formatter(key).format(params);
    return Array.isArray(out) ? out.join('') : String(out);
  } catch {
    // In the pages a message is a precompiled syntax tree, not text to show (scripts/precompile-messages.ts).
    const raw: unknown = messages[key];
    return typeof raw === 'string' ? raw : key;
  }
}

/** "45 s", "2 min", "1 min 30 s". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const m = Math.floor(s / 60);
  const rest = s % 60;
  if (m === 0) return t('duration.short.seconds', { s: rest });
  if (rest === 0) return t('duration.short.minutes', { m });
  return t('duration.short.minutesSeconds', { m, s: rest });
}

/** A routine's length to the nearest minute ("3 min"); under a minute in seconds. */
export function formatMinutes(totalSeconds: number): string {
  if (totalSeconds < 60) return formatDuration(totalSeconds);
  return t('duration.short.minutes', { m: Math.round(totalSeconds / 60) });
}

/** A countdown clock face: "0:25", "2:00". */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.ceil(totalSeconds));
  return `${formatNumber(Math.floor(s / 60))}:${formatNumber(s % 60, { minimumIntegerDigits: 2 })}`;
}

export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(n);
}

/** "a chair and a wall" — a list in the person's language. */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** A clock time in the person's locale and hour cycle ("10:02", "10:02 AM"). */
export function formatTime(epochMs: number, timeZone?: string): string {
  return new Date(epochMs).toLocaleTimeString(locale, {
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  });
}

/** A wall time "HH:MM" (as settings store it) on the locale's clock: "13:00" or "1:00 PM". */
export function formatWallTime(hhmm: string): string {
  const m = /^(\d\d):(\d\d)$/.exec(hhmm);
  if (!m) return hhmm;
  return new Date(2000, 0, 1, Number(m[1]), Number(m[2])).toLocaleTimeString(locale, { timeStyle: 'short' });
}

/** A short weekday name in the person's locale ("Mon", "lun."). */
export function formatWeekday(epochMs: number, timeZone?: string): string {
  return new Date(epochMs).toLocaleDateString(locale, {
    weekday: 'short',
    ...(timeZone ? { timeZone } : {}),
  });
}

/** A date and time in the person's locale, e.g. "Tue 24 Mar, 10:02". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** Words a `Text` from the core or main in the current language; instants in `timeZone`. */
export function renderText(value: Text, timeZone?: string): string {
  if ('literal' in value) return value.literal;
  if (!value.params) return t(value.key);
  const params: Params = {};
  for (const [name, param] of Object.entries(value.params)) {
    if (typeof param === 'string' || typeof param === 'number') params[name] = param;
    else if ('time' in param) params[name] = formatTime(param.time, timeZone);
    else if ('weekday' in param) params[name] = formatWeekday(param.weekday, timeZone);
    else if ('clock' in param) params[name] = formatWallTime(param.clock);
    else params[name] = renderText(param, timeZone);
  }
  return t(value.key, params);
}

const englishFormatters = new Map<MessageKey, IntlMessageFormat>();

/**
 * A `Text` in the English source catalog whatever the person's language: the
 * technical lines of logs and developer tools (the scenario runner, the
 * routine catalog's build check), never what a person reads.
 */
export function renderEnglish(value: Text): string {
  if ('literal' in value) return value.literal;
  let f = englishFormatters.get(value.key);
  if (!f) {
    const message = english[value.key];
    // In the pages a word not loaded yet (./view-words.ts) has no English to format: its key stands in.
    if (message === undefined) return value.key;
    f = new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true });
    englishFormatters.set(value.key, f);
  }
  const params: Params = {};
  for (const [name, param] of Object.entries(value.params ?? {})) {
    if (typeof param === 'string' || typeof param === 'number') params[name] = param;
    else if ('time' in param) params[name] = new Date(param.time).toISOString();
    else if ('weekday' in param) params[name] = new Date(param.weekday).toISOString().slice(0, 10);
    else if ('clock' in param) params[name] = param.clock;
    else params[name] = renderEnglish(param);
  }
  const out = f.format(params);
  return Array.isArray(out) ? out.join('') : String(out);
}
