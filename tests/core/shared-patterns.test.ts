/** The shared shapes (ids, instants, dates) have one definition each; here, what they accept. */
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, ROTATE_OR_ID_PATTERN, SVG_FILE_PATTERN } from '../../electron/core/catalog/ids';
import { ISO_INSTANT_PATTERN, LOCAL_DATE_PATTERN } from '../../electron/core/time/zone';

describe('one pattern for each shared shape', () => {
  it('an id is lower-case words joined by single hyphens', () => {
    for (const id of ['mid-back-seated', 'cat-cow', 'a1']) expect(ID_PATTERN.test(id)).toBe(true);
    for (const id of ['Mid-back', 'a--b', '-a', 'a-', '../etc', 'a b', '', 'rotate.svg'])
      expect(ID_PATTERN.test(id)).toBe(false);
    expect(ROTATE_OR_ID_PATTERN.test('rotate')).toBe(true);
    expect(ROTATE_OR_ID_PATTERN.test('rotate-x')).toBe(true);
    expect(ROTATE_OR_ID_PATTERN.test('Rotate')).toBe(false);
    expect(SVG_FILE_PATTERN.test('cat-cow-1.svg')).toBe(true);
    expect(SVG_FILE_PATTERN.test('../cat.svg')).toBe(false);
  });

  it('instants carry seconds and an offset; dates are YYYY-MM-DD', () => {
    expect(ISO_INSTANT_PATTERN.test('2026-03-23T09:30:00+01:00')).toBe(true);
    expect(ISO_INSTANT_PATTERN.test('2026-03-23T09:30:00.123Z')).toBe(true);
    expect(ISO_INSTANT_PATTERN.test('2026-03-23T09:30+01:00')).toBe(false);
    expect(ISO_INSTANT_PATTERN.test('2026-03-23T09:30:00')).toBe(false);
    expect(LOCAL_DATE_PATTERN.test('2026-03-23')).toBe(true);
    expect(LOCAL_DATE_PATTERN.test('2026-3-23')).toBe(false);
  });
});
