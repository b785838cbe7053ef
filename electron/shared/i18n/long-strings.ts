/**
 * A test-only "long strings" catalog: every message about 40 % longer, as
 * translations often are, so layouts can be checked for clipping before real
 * translations exist. Each word grows by repeating its own letters (long
 * unbreakable words, as in German); {placeholders} and punctuation stay.
 */
import type { Messages } from './en';

export const LONG_STRINGS_FACTOR = 1.4;

export function lengthen(text: string): string {
  const parts = text.split(/(\{\w+\})/);
  return parts
    .map((part) =>
      /^\{\w+\}$/.test(part)
        ? part
        : part.replace(
            /\p{L}+/gu,
            (word) => word + word.slice(0, Math.ceil(word.length * (LONG_STRINGS_FACTOR - 1))),
          ),
    )
    .join('');
}

export function longStrings(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, lengthen(value)]),
  ) as Messages;
}
