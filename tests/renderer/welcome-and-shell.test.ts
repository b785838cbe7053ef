import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '../../electron/core/settings';
import { en } from '../../electron/shared/i18n/en';
import { pseudoMessage, pseudoMessages, pseudoText } from '../../electron/shared/i18n/pseudo-locale';
import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { shellMarkup, withShell } from '../../renderer/src/shell';
import {
  OFFICE_WEEK,
  desktopOs,
  firstBreakAfter,
  isOfficeWeek,
} from '../../renderer/src/views/welcome/first-break';

describe('the welcome’s first break', () => {
  it('is the core’s first break over the renderer’s catalog', () => {
    // The rules are tested in tests/core/day-plan.test.ts; here, that the welcome calls them.
    expect(firstBreakAfter(DEFAULT_SETTINGS, 'Europe/Berlin', Date.parse('2026-03-23T08:00:00+01:00'))).toBe(
      Date.parse('2026-03-23T09:30:00+01:00'),
    );
  });

  it('offers Monday–Friday 09:00–17:00 with a lunch hour, valid settings', () => {
    expect(settingsSchema.safeParse({ workHours: { days: OFFICE_WEEK } }).success).toBe(true);
    expect(OFFICE_WEEK.mon).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ]);
    expect(OFFICE_WEEK.sat).toEqual([]);
    expect(isOfficeWeek({ ...DEFAULT_SETTINGS.workHours, days: OFFICE_WEEK })).toBe(true);
    expect(
      isOfficeWeek({ ...DEFAULT_SETTINGS.workHours, days: { ...OFFICE_WEEK, sat: OFFICE_WEEK.mon } }),
    ).toBe(false);
  });

  it('knows the desktop from the user agent', () => {
    expect(desktopOs('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)')).toBe('mac');
    expect(desktopOs('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe('windows');
    expect(desktopOs('Mozilla/5.0 (X11; Linux x86_64)')).toBe('linux');
  });
});

describe('the pseudo-locale en-XA (test-only)', () => {
  it('accents every letter, makes every message about 40 % longer and keeps its ICU arguments and plurals', () => {
    expect(pseudoText('Start')).toBe('ŞŧȧřŧŞŧ');
    const hold = pseudoMessage('Hold {n} of {total}');
    expect(new IntlMessageFormat(hold, 'en').format({ n: 2, total: 10 })).toBe('ĦǿŀḓĦǿ 2 ǿƒǿ 10');
    const plural = pseudoMessage(en['library.count']);
    expect(new IntlMessageFormat(plural, 'en').format({ count: 1 })).toBe('1 řǿŭŧīƞḗřǿŭ');
    expect(new IntlMessageFormat(plural, 'en').format({ count: 3 })).toMatch(/^3 řǿŭŧīƞḗş/);
    const long = pseudoMessages(en);
    const letters = (s: string) => s.replace(/\{[^}]*\}/g, '').replace(/[^\p{L}]/gu, '').length;
    const before = Object.values(en).reduce((n: number, s: string) => n + letters(s), 0);
    const after = Object.values(long).reduce((n: number, s: string) => n + letters(s), 0);
    expect(after / before).toBeGreaterThanOrEqual(1.35);
    // No plain ASCII letter is left in the text itself: text that escaped the catalog stands out.
    const literals = (elements: MessageFormatElement[]): string[] =>
      elements.flatMap((el) =>
        el.type === TYPE.literal
          ? [el.value]
          : el.type === TYPE.plural || el.type === TYPE.select
            ? Object.values(el.options).flatMap((o) => literals(o.value))
            : [],
      );
    const plain = Object.entries(long).filter(([, v]) =>
      literals(parse(v, { ignoreTag: true })).some((l) => /[A-Za-z]/.test(l)),
    );
    expect(plain.map(([k]) => k)).toEqual([]);
  });
});

describe('static first paint', () => {
  it('puts the window’s shell into the root element, with catalog words', () => {
    const html = '<body><div id="root"></div></body>';
    expect(withShell(html, 'prompt')).toContain(
      '<div id="root"><main class="prompt shell"><p class="shell-loading">Loading…</p>',
    );
    const routine = shellMarkup('routine');
    expect(routine).toContain('class="player-footer"');
    for (const word of [en['player.previous'], en['player.pause'], en['player.next']])
      expect(routine).toContain(word);
    expect(() => withShell('<body></body>', 'routine')).toThrow(/no <div id="root">/);
  });
});
