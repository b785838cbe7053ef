/**
 * A tiny message lookup: `t('prompt.start')`, `t('player.holdOf', { n: 1, total: 3 })`,
 * `tn('library.count', 4)` for plurals. Adding a language means adding a
 * catalog with the same keys and calling `setMessages()` — no component changes.
 */
import { en, type MessageKey, type Messages } from './en';

export type { MessageKey } from './en';
export type Params = Record<string, string | number>;

let messages: Messages = en;
let locale = 'en';
let plurals = new Intl.PluralRules(locale);

/** Switches the catalog (e.g. from the OS language); missing keys fall back to English. */
export function setMessages(nextLocale: string, next: Partial<Messages>): void {
  locale = nextLocale;
  messages = { ...en, ...next };
  plurals = new Intl.PluralRules(locale);
}

export function getLocale(): string {
  return locale;
}

function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function t(key: MessageKey, params?: Params): string {
  return fill(messages[key] ?? key, params);
}

type PluralBase<K> = K extends `${infer B}.one` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

/** Plural lookup: picks `<key>.one` or `<key>.other`; `{count}` is filled in. */
export function tn(key: PluralKey, count: number, params?: Params): string {
  const form = plurals.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as MessageKey, { count, ...params });
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
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** "a chair and a wall" — a list in the person's language. */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
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
