import fc from 'fast-check';
import { renderText, t } from '../../electron/shared/i18n';
import { formatFieldIssues, issueText } from '../../electron/core/validation/issues';
import { describe, expect, it } from 'vitest';
import {
  canCheckInToday,
  checkInLabel,
  checkInSchema,
  hasWarning,
  makeCheckIn,
  readCheckIns,
  trendAdvice,
  trendSeries,
  warningAdvice,
  WARNING_IDS,
  WARNING_QUESTIONS,
  type CheckIn,
  type CheckInWarnings,
} from '../../electron/core/history';

const NONE: CheckInWarnings = { legs: false, bladderBowel: false, fever: false, lyingDown: false };
const ci = (
  date: string,
  discomfort: number,
  warnings: Partial<CheckInWarnings> = {},
  time = '09:00',
): CheckIn => ({
  id: `c-${date}-${time}`,
  date,
  at: `${date}T${time}:00+02:00`,
  discomfort,
  warnings: { ...NONE, ...warnings },
});
/** Check-ins on the given April 2026 days with the given discomfort values. */
const april = (days: number[], values: number[]) =>
  days.map((d, i) => ci(`2026-04-${String(d).padStart(2, '0')}`, values[i]!));
const TODAY = '2026-04-14';
const SIX_DAYS = [1, 3, 5, 8, 11, 14];

describe('check-in record', () => {
  it('validates with the schema', () => {
    expect(checkInSchema.safeParse(ci('2026-04-14', 0)).success).toBe(true);
    expect(checkInSchema.safeParse(ci('2026-04-14', 10)).success).toBe(true);
    for (const bad of [
      ci('2026-04-14', 11),
      ci('2026-04-14', -1),
      ci('2026-04-14', 2.5),
      { ...ci('2026-04-14', 3), date: '2026-02-30' },
      { ...ci('2026-04-14', 3), at: '2026-04-14 09:00' },
      { ...ci('2026-04-14', 3), warnings: { legs: false, fever: false, lyingDown: false } },
      { ...ci('2026-04-14', 3), comfort: 3 },
    ]) {
      expect(checkInSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('is built with the local date of the moment it was answered', () => {
    const late = makeCheckIn({ discomfort: 4, warnings: NONE }, '2026-04-14T22:30:00Z', 'Europe/Berlin', 'a');
    expect(late).toEqual({
      ok: true,
      value: { id: 'a', date: '2026-04-15', at: '2026-04-14T22:30:00Z', discomfort: 4, warnings: NONE },
    });
    const ny = makeCheckIn(
      { discomfort: 4, warnings: NONE },
      '2026-04-14T22:30:00Z',
      'America/New_York',
      'b',
    );
    expect(ny.ok && ny.value.date).toBe('2026-04-14');
    const refused = makeCheckIn({ discomfort: 12, warnings: NONE }, '2026-04-14T08:00:00Z', 'UTC', 'c');
    expect(!refused.ok && formatFieldIssues(refused.issues)).toEqual([
      'discomfort: must be between 0 and 10 (got 12)',
    ]);
    // The person reads the rating as the check-in names it, with the value quoted.
    expect(!refused.ok && renderText(issueText(refused.issues[0]!, checkInLabel))).toBe(
      'Back discomfort today: ‘12’ must be between 0 and 10.',
    );
    expect(makeCheckIn({ discomfort: 1, warnings: NONE }, 'yesterday', 'UTC', 'd').ok).toBe(false);
  });

  it('reads the valid check-ins of a stored list', () => {
    expect(readCheckIns([ci('2026-04-01', 3), { nope: 1 }, ci('2026-04-02', 11)])).toEqual({
      checkIns: [ci('2026-04-01', 3)],
      dropped: 2,
    });
    expect(readCheckIns(undefined)).toEqual({ checkIns: [], dropped: 0 });
    expect(readCheckIns('junk')).toEqual({ checkIns: [], dropped: 1 });
  });
});

describe('warning questions', () => {
  it('asks the four warning signs of the source article', () => {
    expect(WARNING_QUESTIONS.map((q) => q.id)).toEqual(['legs', 'bladderBowel', 'fever', 'lyingDown']);
    expect(WARNING_QUESTIONS.map((q) => q.id)).toEqual([...WARNING_IDS]);
    for (const q of WARNING_QUESTIONS)
      expect(t(`checkin.question.${q.id}`)).not.toBe(`checkin.question.${q.id}`);
  });

  it('any "yes" always yields a warning, whatever the discomfort (property)', () => {
    const warnings = fc.record({
      legs: fc.boolean(),
      bladderBowel: fc.boolean(),
      fever: fc.boolean(),
      lyingDown: fc.boolean(),
    });
    fc.assert(
      fc.property(warnings, fc.integer({ min: 0, max: 10 }), (w, discomfort) => {
        const checkIn = ci('2026-04-14', discomfort, w);
        const anyYes = Object.values(w).some(Boolean);
        expect(hasWarning(checkIn)).toBe(anyYes);
        const advice = warningAdvice(checkIn);
        expect(advice.show).toBe(anyYes);
        expect(advice.prompt).toBe(w.bladderBowel || w.fever || w.lyingDown);
      }),
      { numRuns: 300 },
    );
  });

  it('covers all 16 combinations exhaustively', () => {
    let withWarning = 0;
    for (let mask = 0; mask < 16; mask++) {
      const w = Object.fromEntries(
        WARNING_IDS.map((id, i) => [id, (mask & (1 << i)) !== 0]),
      ) as CheckInWarnings;
      const result = hasWarning(ci('2026-04-14', 0, w));
      expect(result).toBe(mask !== 0);
      if (result) withWarning += 1;
    }
    expect(withWarning).toBe(15);
  });

  it('words legs-only advice as "consider seeing a doctor" and the others as prompt attention', () => {
    expect(warningAdvice(ci(TODAY, 2, { legs: true }))).toMatchObject({
      show: true,
      prompt: false,
      warnings: ['legs'],
    });
    expect(warningAdvice(ci(TODAY, 2, { fever: true, legs: true }))).toMatchObject({
      prompt: true,
      warnings: ['legs', 'fever'],
    });
    expect(warningAdvice(ci(TODAY, 9))).toEqual({ show: false, prompt: false, warnings: [] });
  });
});

describe('at most one check-in a day', () => {
  it('allows a check-in only when today has none', () => {
    expect(canCheckInToday([], TODAY)).toBe(true);
    expect(canCheckInToday([ci('2026-04-13', 3)], TODAY)).toBe(true);
    expect(canCheckInToday([ci('2026-04-13', 3), ci(TODAY, 3)], TODAY)).toBe(false);
    expect(canCheckInToday([ci('2026-04-15', 3)], TODAY)).toBe(true);
    expect(() => canCheckInToday([], '14.04.2026')).toThrow(RangeError);
  });
});

describe('trendAdvice: two weeks without improvement', () => {
  it('does not suggest a doctor when discomfort improves', () => {
    const t = trendAdvice(april(SIX_DAYS, [6, 6, 5, 4, 3, 2]), TODAY);
    expect(t).toMatchObject({ suggestDoctor: false, code: 'improving', count: 6, lastAverage: 3, latest: 2 });
    expect(t.firstAverage).toBeCloseTo(17 / 3);
    // exactly one point lower on average is an improvement
    expect(trendAdvice(april(SIX_DAYS, [5, 5, 5, 4, 4, 4]), TODAY).code).toBe('improving');
  });

  it('suggests a doctor when discomfort stays the same', () => {
    const t = trendAdvice(april(SIX_DAYS, [5, 5, 5, 5, 5, 5]), TODAY);
    expect(t).toMatchObject({ suggestDoctor: true, code: 'no-improvement', firstAverage: 5, lastAverage: 5 });
    expect(t.code).toBe('no-improvement');
    // less than a point lower is not an improvement
    expect(trendAdvice(april(SIX_DAYS, [5, 5, 5, 5, 4, 5]), TODAY).suggestDoctor).toBe(true);
  });

  it('suggests a doctor when discomfort gets worse', () => {
    expect(trendAdvice(april(SIX_DAYS, [3, 4, 4, 5, 6, 7]), TODAY)).toMatchObject({
      suggestDoctor: true,
      code: 'no-improvement',
      firstAverage: 11 / 3,
      lastAverage: 6,
      latest: 7,
    });
  });

  it('does not suggest a doctor for mild discomfort', () => {
    expect(trendAdvice(april(SIX_DAYS, [2, 2, 2, 2, 2, 2]), TODAY)).toMatchObject({
      suggestDoctor: false,
      code: 'mild',
    });
    expect(trendAdvice(april(SIX_DAYS, [3, 3, 3, 3, 3, 2]), TODAY).code).toBe('mild');
    expect(trendAdvice(april(SIX_DAYS, [0, 0, 0, 0, 0, 0]), TODAY).code).toBe('mild');
  });

  it('needs at least four check-ins', () => {
    expect(trendAdvice([], TODAY)).toMatchObject({ suggestDoctor: false, code: 'too-few', count: 0 });
    expect(trendAdvice(april([1, 8, 14], [7, 7, 7]), TODAY)).toMatchObject({
      suggestDoctor: false,
      code: 'too-few',
      count: 3,
      latest: 7,
    });
  });

  it('needs the check-ins to span at least ten days, gaps allowed', () => {
    expect(trendAdvice(april([11, 12, 13, 14], [7, 7, 7, 7]), TODAY)).toMatchObject({
      suggestDoctor: false,
      code: 'too-short',
    });
    expect(trendAdvice(april([5, 6, 13, 14], [7, 7, 7, 7]), TODAY).code).toBe('too-short');
    // four check-ins ten days apart with a week-long gap: enough, compared two against two
    expect(trendAdvice(april([4, 5, 13, 14], [6, 6, 6, 7]), TODAY)).toMatchObject({
      suggestDoctor: true,
      firstAverage: 6,
      lastAverage: 6.5,
    });
    expect(trendAdvice(april([4, 5, 13, 14], [6, 6, 4, 5]), TODAY).code).toBe('improving');
  });

  it('looks only at the last 14 days, one check-in a date', () => {
    const older = [ci('2026-03-20', 9), ci('2026-03-25', 9), ci('2026-03-31', 9)];
    const recent = april([8, 11, 14], [5, 5, 5]);
    expect(trendAdvice([...older, ...recent], TODAY)).toMatchObject({ code: 'too-few', count: 3 });
    // later dates are ignored too
    expect(trendAdvice([...april(SIX_DAYS, [6, 6, 6, 2, 2, 2]), ci('2026-04-20', 9)], TODAY).code).toBe(
      'improving',
    );
    // two check-ins on one date: the later answer counts once
    const twice = [...april(SIX_DAYS, [5, 5, 5, 5, 5, 5]), ci('2026-04-14', 1, {}, '18:00')];
    expect(trendAdvice(twice, TODAY)).toMatchObject({ count: 6, latest: 1, code: 'improving' });
    // the window is inclusive: 1 April is the 14th day back from 14 April
    expect(trendAdvice(april([1, 5, 8, 11], [5, 5, 5, 5]), TODAY).suggestDoctor).toBe(true);
    expect(trendAdvice(april([1, 5, 8, 11], [5, 5, 5, 5]), '2026-04-15').code).toBe('too-few');
  });
});

describe('trendSeries', () => {
  it('gives one point a day, oldest first, ending today', () => {
    const series = trendSeries(
      [ci('2026-04-10', 4), ci('2026-04-12', 6, { fever: true }), ci('2026-04-14', 3), ci('2026-04-01', 9)],
      5,
      TODAY,
    );
    expect(series).toEqual([
      { date: '2026-04-10', discomfort: 4, warning: false },
      { date: '2026-04-11', discomfort: null, warning: false },
      { date: '2026-04-12', discomfort: 6, warning: true },
      { date: '2026-04-13', discomfort: null, warning: false },
      { date: '2026-04-14', discomfort: 3, warning: false },
    ]);
    expect(trendSeries([], 30, '2026-03-01')[0]!.date).toBe('2026-01-31');
    expect(() => trendSeries([], 0, TODAY)).toThrow(RangeError);
  });
});
