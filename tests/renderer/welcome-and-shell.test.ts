import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '../../electron/core/settings';
import { en } from '../../electron/shared/i18n/en';
import { lengthen, longStrings } from '../../electron/shared/i18n/long-strings';
import { shellMarkup, withShell } from '../../renderer/src/shell';
import {
  OFFICE_WEEK,
  desktopOs,
  firstBreakAfter,
  isOfficeWeek,
} from '../../renderer/src/views/welcome/first-break';

const ZONE = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);

describe('the welcome’s first break', () => {
  it('is the engine’s first prompt after now: half an hour into the work day', () => {
    expect(firstBreakAfter(DEFAULT_SETTINGS, ZONE, at('2026-03-23T08:00:00+01:00'))).toBe(
      at('2026-03-23T09:30:00+01:00'),
    );
  });

  it('comes on Monday when started on a Saturday', () => {
    expect(firstBreakAfter(DEFAULT_SETTINGS, ZONE, at('2026-03-21T10:00:00+01:00'))).toBe(
      at('2026-03-23T09:30:00+01:00'),
    );
  });

  it('is null when no work hours come within a week', () => {
    const none = settingsSchema.parse({
      workHours: { days: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } },
    });
    expect(firstBreakAfter(none, ZONE, at('2026-03-23T08:00:00+01:00'))).toBeNull();
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

describe('long strings (test-only)', () => {
  it('makes every message about 40 % longer and keeps its placeholders', () => {
    expect(lengthen('Start')).toBe('StartSt');
    expect(lengthen('Hold {n} of {total}')).toBe('HoldHo {n} ofo {total}');
    const long = longStrings(en);
    const letters = (s: string) => s.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '').length;
    const before = Object.values(en).reduce((n, s) => n + letters(s), 0);
    const after = Object.values(long).reduce((n, s) => n + letters(s), 0);
    expect(after / before).toBeGreaterThanOrEqual(1.4);
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
