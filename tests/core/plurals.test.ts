/**
 * CLDR plural forms at work through the catalog: Polish and Ukrainian pick
 * one/few/many, Arabic all six forms, in the history's summaries and the
 * library's count (messages formatted by the real t()).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setMessages, t, type MessageKey } from '../../electron/shared/i18n';
import { messages as pl } from '../../electron/shared/i18n/locales/pl';
import { messages as uk } from '../../electron/shared/i18n/locales/uk';
import { messages as ar } from '../../electron/shared/i18n/locales/ar';

afterEach(() => setMessages('en', {}));

const forms = (key: MessageKey, counts: number[]) => counts.map((count) => t(key, { count }));

describe.each([
  ['pl', pl],
  ['uk', uk],
])('%s', (tag, messages) => {
  it.each(['history.streak.days', 'history.delete.breaks', 'library.count'] as MessageKey[])(
    '%s: 1 (one), 2 and 22 (few), 5 and 12 (many) take their own forms',
    (key) => {
      setMessages(tag, messages);
      const [one, few, few22, many, many12] = forms(key, [1, 2, 22, 5, 12]);
      expect(
        new Set([one!.replace(/\d+/, '#'), few!.replace(/\d+/, '#'), many!.replace(/\d+/, '#')]).size,
      ).toBe(3);
      expect(few22!.replace(/\d+/, '#')).toBe(few!.replace(/\d+/, '#'));
      expect(many12!.replace(/\d+/, '#')).toBe(many!.replace(/\d+/, '#'));
    },
  );
});

describe('ar', () => {
  it.each(['history.delete.breaks', 'history.byRoutine.runs'] as MessageKey[])(
    '%s: one (1), two (2), few (3) and many (11) are four different forms (zero, many and other share the noun form)',
    (key) => {
      setMessages('ar', ar);
      const shown = forms(key, [1, 2, 3, 11]).map((s) => s.replace(/[\d٠-٩]+/g, '#'));
      expect(new Set(shown).size).toBe(4);
      // The dual and the singular are words, without a number.
      expect(shown[0]).not.toContain('#');
      expect(shown[1]).not.toContain('#');
    },
  );
});
