/**
 * The pseudo-locale en-XA, made from English: every letter accented and every
 * word about 40 % longer (long unbreakable words, as in German), so a test
 * can find text that escaped the catalog (it stays plain ASCII) and layouts
 * that break with long translations. Messages are rewritten through the ICU
 * syntax tree, so arguments, plurals and selects keep working.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import type { Messages } from './en';

export const PSEUDO_GROWTH = 1.4;

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    'ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ'[i]!,
  ]),
);

/** One run of text: longer words, accented letters. */
export function pseudoText(text: string): string {
  return text.replace(/[A-Za-z]+/g, (word) => {
    const longer = word + word.slice(0, Math.ceil(word.length * (PSEUDO_GROWTH - 1)));
    return [...longer].map((c) => ACCENTED[c] ?? c).join('');
  });
}

function rewrite(elements: MessageFormatElement[]): void {
  for (const el of elements) {
    if (el.type === TYPE.literal) el.value = pseudoText(el.value);
    else if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) rewrite(option.value);
    else if (el.type === TYPE.tag) rewrite(el.children);
  }
}

/**
 * One message in en-XA; a message that does not parse is left as it is. In
 * the pages messages are precompiled syntax trees (scripts/precompile-messages.ts),
 * rewritten as they are, so the pages need no parser for en-XA either.
 */
export function pseudoMessage(message: string): string {
  if (typeof message !== 'string') {
    const ast = structuredClone(message as unknown as MessageFormatElement[]);
    rewrite(ast);
    return ast as unknown as string;
  }
  try {
    const ast = parse(message, { ignoreTag: true });
    rewrite(ast);
    return printAST(ast);
  } catch {
    return message;
  }
}

export function pseudoMessages(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, pseudoMessage(value)]),
  ) as Messages;
}

/** The routine catalog's texts in en-XA (they are plain text, not ICU). */
export function pseudoContent(texts: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).map(([key, value]) => [key, pseudoText(value)]));
}
