import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { setMessages, t } from '../../electron/shared/i18n';

/** The argument names a message uses, with their ICU types. */
export function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time)
        found.add(`${e.value}:${e.type}`);
      if (e.type === TYPE.plural || e.type === TYPE.select) {
        found.add(`${e.value}:${e.type}`);
        for (const option of Object.values(e.options)) walk(option.value);
      }
      if (e.type === TYPE.tag) walk(e.children);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...found].sort();
}

describe('the English source catalog', () => {
  it('every message is valid ICU MessageFormat', () => {
    const broken = Object.entries(en).filter(([, message]) => {
      try {
        parse(message, { ignoreTag: true });
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });

  it('plural messages pick CLDR forms', () => {
    expect(t('library.count', { count: 1 })).toBe('1 routine');
    expect(t('library.count', { count: 4 })).toBe('4 routines');
  });

  it('Polish plurals pick one/few/many (a made-up catalog, to prove the library does it)', () => {
    setMessages('pl', {
      'library.count': '{count, plural, one {# rutyna} few {# rutyny} many {# rutyn} other {# rutyny}}',
    });
    try {
      expect([1, 2, 5, 22, 25].map((count) => t('library.count', { count }))).toEqual([
        '1 rutyna',
        '2 rutyny',
        '5 rutyn',
        '22 rutyny',
        '25 rutyn',
      ]);
    } finally {
      setMessages('en', {});
    }
  });

  it('a broken translation falls back to English instead of throwing', () => {
    setMessages('de', { 'library.count': '{count, plural, one {# Übung' });
    try {
      expect(t('library.count', { count: 2 })).toBe('2 routines');
    } finally {
      setMessages('en', {});
    }
  });
});
