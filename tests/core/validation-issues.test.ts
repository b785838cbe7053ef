import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  MAX_ISSUES,
  fieldIssuesFromZod,
  formatFieldIssue,
  quoteValue,
} from '../../electron/core/validation/issues';
import { parseLenient } from '../../electron/core/validation/lenient';
import { MAX_RANGES_PER_DAY, overlappingRanges, validateSettings } from '../../electron/core/settings';

describe('quoteValue', () => {
  it.each([
    ['abc', '"abc"'],
    [12, '12'],
    [null, 'null'],
    [undefined, 'undefined'],
    [true, 'true'],
    [{ a: 1 }, '{"a":1}'],
  ])('quotes %j as %s', (value, quoted) => {
    expect(quoteValue(value)).toBe(quoted);
  });

  it('truncates to about 80 characters, however big the value', () => {
    const quoted = quoteValue('x'.repeat(10 * 1024 * 1024));
    expect(quoted.length).toBeLessThanOrEqual(80);
    expect(quoted).toMatch(/^"x+…$/);
    expect(quoteValue({ list: Array.from({ length: 10_000 }, (_, i) => i) }).length).toBeLessThanOrEqual(80);
    expect(quoteValue('abcdef', 5)).toBe('"abc…');
  });
});

describe('zod issues as FieldIssues', () => {
  const schema = z.strictObject({ a: z.number().max(3), b: z.array(z.string()) });

  it('keeps the path, the code, our wording and the quoted value', () => {
    const input = { a: 9, b: [1] };
    const parsed = schema.safeParse(input);
    expect(parsed.success).toBe(false);
    const issues = fieldIssuesFromZod(parsed.error!, input, { root: ['payload'] });
    expect(issues).toEqual([
      {
        path: ['payload', 'a'],
        code: 'too_big',
        problem: { key: 'validation.atMost', params: { max: 3 } },
        received: '9',
        shown: '9',
      },
      {
        path: ['payload', 'b', 0],
        code: 'invalid_type',
        problem: { key: 'validation.type.string' },
        received: '1',
        shown: '1',
      },
    ]);
    expect(issues.map((i) => formatFieldIssue(i))).toEqual([
      'payload.a: must be at most 3 (got 9)',
      'payload.b.0: must be text (got 1)',
    ]);
    expect(formatFieldIssue(issues[1]!, { brackets: true })).toBe('payload.b[0]: must be text (got 1)');
  });

  it('names unknown keys truncated and says a missing field is required', () => {
    const input = { ['k'.repeat(5000)]: 1, b: [] };
    const issues = fieldIssuesFromZod(schema.safeParse(input).error!, input);
    expect(issues.map((i) => formatFieldIssue(i))).toEqual([
      'a: is required',
      expect.stringMatching(/^Unslouch has no setting "k+…$/),
    ]);
    expect(formatFieldIssue(issues[1]!).length).toBeLessThan(120);
  });

  it(`caps the list at ${MAX_ISSUES} issues plus "and N more"`, () => {
    const input = Array.from({ length: 500 }, () => 'x');
    const issues = fieldIssuesFromZod(z.array(z.number()).safeParse(input).error!, input);
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(formatFieldIssue(issues.at(-1)!)).toBe('and 480 more problems');
  });
});

describe('work-hour ranges', () => {
  const day = (n: number, at = (i: number) => ({ start: '09:00', end: '10:00', i })) =>
    Array.from({ length: n }, (_, i) => {
      const { start, end } = at(i);
      return { start, end };
    });

  it(`refuses more than ${MAX_RANGES_PER_DAY} ranges a day by name, before any overlap work`, () => {
    for (const n of [MAX_RANGES_PER_DAY + 1, 600, 4000]) {
      const result = validateSettings({ workHours: { days: { mon: day(n) } } });
      expect(result).toEqual({
        ok: false,
        error: [`workHours.days.mon: has too many ranges (at most ${MAX_RANGES_PER_DAY} a day)`],
      });
    }
  });

  it('caps the overlap messages of a day', () => {
    const result = validateSettings({ workHours: { days: { mon: day(MAX_RANGES_PER_DAY) } } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toHaveLength(6);
      expect(result.error.at(-1)).toBe('workHours.days.mon: and 6 more overlapping ranges');
    }
  });

  it('finds every overlap a pairwise check finds, in linear passes after sorting', () => {
    const pairwise = (spans: { start: string; end: string }[]) => {
      const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
      const s = spans.map((r) => {
        const from = m(r.start);
        let to = m(r.end);
        if (to <= from) to += 1440;
        return { from, to };
      });
      const bad = new Set<number>();
      for (let i = 0; i < s.length; i++)
        for (let j = i + 1; j < s.length; j++) if (s[i]!.from < s[j]!.to && s[j]!.from < s[i]!.to) bad.add(j);
      return bad;
    };
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const time = () => `${String(rand(24)).padStart(2, '0')}:${String(rand(4) * 15).padStart(2, '0')}`;
    for (let k = 0; k < 300; k++) {
      const ranges = Array.from({ length: 1 + rand(6) }, () => ({ start: time(), end: time() }));
      const linear = overlappingRanges(ranges);
      // A day is refused by either check exactly when the other refuses it.
      expect(linear.length > 0, JSON.stringify(ranges)).toBe(pairwise(ranges).size > 0);
    }
  });
});

describe('lenient reading', () => {
  const schema = z.strictObject({ id: z.string(), inner: z.strictObject({ a: z.number() }) });
  it('accepts fields a newer version added, at any depth, and nothing else', () => {
    expect(parseLenient(schema, { id: 'x', extra: 1, inner: { a: 1, more: true } })).toEqual({
      success: true,
      data: { id: 'x', inner: { a: 1 } },
    });
    expect(parseLenient(schema, { id: 'x', extra: 1, inner: { a: 'no' } })).toEqual({ success: false });
  });
});
