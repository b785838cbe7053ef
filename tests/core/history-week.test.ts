/** The week that holds a date, by the locale's first day of the week. */
import { describe, expect, it } from 'vitest';
import { weekStartOn } from '../../electron/core/history/stats';

describe('weekStartOn', () => {
  // Thursday 26 March 2026.
  it.each([
    [1, '2026-03-23'], // Monday
    [7, '2026-03-22'], // Sunday
    [6, '2026-03-21'], // Saturday
    [4, '2026-03-26'], // the day itself
    [5, '2026-03-20'], // Friday, the week before
  ])('with first day %i the week of 2026-03-26 starts on %s', (firstDay, start) => {
    expect(weekStartOn('2026-03-26', firstDay)).toBe(start);
  });

  it('keeps a date that is the first day, across a month and a year', () => {
    expect(weekStartOn('2026-03-22', 7)).toBe('2026-03-22');
    expect(weekStartOn('2026-01-01', 1)).toBe('2025-12-29');
    expect(weekStartOn('2026-03-01', 6)).toBe('2026-02-28');
  });

  it('refuses a first day that is not a weekday number, and a bad date', () => {
    expect(() => weekStartOn('2026-03-26', 0)).toThrow(/firstDay/);
    expect(() => weekStartOn('2026-03-26', 8)).toThrow(/firstDay/);
    expect(() => weekStartOn('2026-03-26', 1.5)).toThrow(/firstDay/);
    expect(() => weekStartOn('26.03.2026', 1)).toThrow(/date/);
  });
});
