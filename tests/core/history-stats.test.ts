import { describe, expect, it } from 'vitest';
import {
  dayStats,
  pruneHistory,
  rangeStats,
  recordLocalDate,
  routineBreakdown,
  streak,
  weekSeries,
  workDayPredicate,
  type BreakOutcome,
  type BreakRecord,
  type BreakTrigger,
} from '../../electron/core/history';
import { settingsSchema, type Settings } from '../../electron/core/settings';

const BERLIN = 'Europe/Berlin';
let seq = 0;
function rec(
  endedAt: string,
  outcome: BreakOutcome = 'completed',
  trigger: BreakTrigger = 'prompt',
  extra: Partial<BreakRecord> = {},
): BreakRecord {
  const ran = outcome === 'completed' || outcome === 'partial';
  return {
    id: `r${++seq}`,
    endedAt,
    startedAt: ran ? endedAt : null,
    outcome,
    trigger,
    routineId: trigger === 'idle' ? null : 'desk-a',
    snoozes: 0,
    secondsMoved: ran ? 60 : 0,
    ...extra,
  };
}
const settings = (input: unknown): Settings => settingsSchema.parse(input);
/** n completed prompt breaks at 10:00, 10:30, … local (winter offset +01:00 unless given). */
const day = (date: string, n: number, offset = '+01:00') =>
  Array.from({ length: n }, (_, i) =>
    rec(`${date}T${String(10 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}:00${offset}`),
  );

describe('dayStats and rangeStats', () => {
  const monday = [
    rec('2026-03-23T09:30:00+01:00', 'completed', 'prompt', { secondsMoved: 120 }),
    rec('2026-03-23T10:02:00+01:00', 'partial', 'prompt', { secondsMoved: 45 }),
    rec('2026-03-23T10:34:00+01:00', 'skipped', 'prompt'),
    rec('2026-03-23T11:06:00+01:00', 'missed', 'prompt', { snoozes: 3 }),
    rec('2026-03-23T12:30:00+01:00', 'natural', 'idle'),
    rec('2026-03-23T18:00:00+01:00', 'completed', 'on-demand', { secondsMoved: 180 }),
    // 00:15 in Berlin on the 23rd, still the 22nd in UTC
    rec('2026-03-22T23:15:00Z', 'natural', 'idle'),
    // the 22nd and the 24th in Berlin
    rec('2026-03-22T23:30:00+01:00', 'completed', 'prompt', { secondsMoved: 600 }),
    rec('2026-03-23T23:30:00Z', 'completed', 'prompt', { secondsMoved: 600 }),
  ];

  it('counts prompted, taken, the completion rate, minutes moved and outcomes of a local day', () => {
    expect(dayStats(monday, '2026-03-23', BERLIN)).toEqual({
      from: '2026-03-23',
      to: '2026-03-23',
      total: 7,
      prompted: 6,
      taken: 5,
      takenScheduled: 4,
      onDemand: 1,
      completionRate: 4 / 6,
      secondsMoved: 345,
      minutesMoved: 5.8,
      outcomes: { completed: 2, partial: 1, skipped: 1, natural: 2, missed: 1 },
    });
  });

  it('groups by the local date of the zone asked for', () => {
    // In UTC the 00:15 natural break belongs to the 22nd and the 23:30Z one to the 23rd.
    const utc = dayStats(monday, '2026-03-23', 'UTC');
    expect(utc.total).toBe(7);
    expect(utc.outcomes.natural).toBe(1);
    expect(utc.secondsMoved).toBe(945);
  });

  it('has a null completion rate when nothing was prompted', () => {
    const onDemandOnly = [rec('2026-03-23T18:00:00+01:00', 'completed', 'on-demand', { secondsMoved: 90 })];
    const s = dayStats(onDemandOnly, '2026-03-23', BERLIN);
    expect(s).toMatchObject({ prompted: 0, taken: 1, completionRate: null, minutesMoved: 1.5 });
    expect(dayStats([], '2026-03-23', BERLIN)).toMatchObject({ total: 0, taken: 0, completionRate: null });
  });

  it('has a completion rate of 0 when every prompt was skipped or missed', () => {
    const s = dayStats(
      [rec('2026-03-23T09:30:00+01:00', 'skipped'), rec('2026-03-23T10:00:00+01:00', 'missed')],
      '2026-03-23',
      BERLIN,
    );
    expect(s.completionRate).toBe(0);
  });

  it('rounds minutes moved to one decimal', () => {
    const secs = (s: number) => [
      rec('2026-03-23T09:30:00+01:00', 'completed', 'prompt', { secondsMoved: s }),
    ];
    expect(dayStats(secs(89), '2026-03-23', BERLIN).minutesMoved).toBe(1.5);
    expect(dayStats(secs(86), '2026-03-23', BERLIN).minutesMoved).toBe(1.4);
    expect(dayStats(secs(3600), '2026-03-23', BERLIN).minutesMoved).toBe(60);
  });

  it('sums an inclusive range of dates', () => {
    const s = rangeStats(monday, '2026-03-22', '2026-03-24', BERLIN);
    expect(s.total).toBe(9);
    expect(s.prompted).toBe(8);
    expect(s.takenScheduled).toBe(6);
    expect(s.completionRate).toBe(6 / 8);
    expect(s.minutesMoved).toBe(25.8);
    expect(rangeStats(monday, '2026-03-24', '2026-03-30', BERLIN).total).toBe(1);
  });

  it('rejects malformed or reversed dates', () => {
    expect(() => dayStats(monday, '2026-3-23', BERLIN)).toThrow(RangeError);
    expect(() => dayStats(monday, '2026-02-30', BERLIN)).toThrow(/real calendar date/);
    expect(() => rangeStats(monday, '2026-03-24', '2026-03-23', BERLIN)).toThrow(/after/);
  });
});

describe('weekSeries', () => {
  it('gives seven local days with weekday, taken, prompted and minutes, across the spring DST change', () => {
    const records = [
      rec('2026-03-23T09:30:00+01:00', 'completed', 'prompt', { secondsMoved: 120 }),
      rec('2026-03-23T10:00:00+01:00', 'skipped'),
      rec('2026-03-25T20:00:00+01:00', 'completed', 'on-demand', { secondsMoved: 30 }),
      // Sunday 29 March 2026 is 23 hours long in Berlin
      rec('2026-03-29T00:30:00+01:00', 'natural', 'idle'),
      rec('2026-03-29T23:30:00+02:00', 'partial', 'on-demand', { secondsMoved: 75 }),
      // already next week in Berlin
      rec('2026-03-30T00:10:00+02:00', 'completed'),
      rec('2026-03-22T23:59:00+01:00', 'completed'),
    ];
    expect(weekSeries(records, '2026-03-23', BERLIN)).toEqual([
      { date: '2026-03-23', weekday: 'mon', taken: 1, prompted: 2, minutesMoved: 2 },
      { date: '2026-03-24', weekday: 'tue', taken: 0, prompted: 0, minutesMoved: 0 },
      { date: '2026-03-25', weekday: 'wed', taken: 1, prompted: 0, minutesMoved: 0.5 },
      { date: '2026-03-26', weekday: 'thu', taken: 0, prompted: 0, minutesMoved: 0 },
      { date: '2026-03-27', weekday: 'fri', taken: 0, prompted: 0, minutesMoved: 0 },
      { date: '2026-03-28', weekday: 'sat', taken: 0, prompted: 0, minutesMoved: 0 },
      { date: '2026-03-29', weekday: 'sun', taken: 2, prompted: 1, minutesMoved: 1.3 },
    ]);
  });

  it('starts on any date and crosses months', () => {
    const series = weekSeries([], '2026-02-26', BERLIN);
    expect(series.map((d) => d.date)).toEqual([
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
    ]);
    expect(series[0]!.weekday).toBe('thu');
  });
});

describe('routineBreakdown', () => {
  it('counts runs per routine, sorted by count, ignoring routines only suggested', () => {
    const records = [
      rec('2026-03-23T09:30:00+01:00', 'completed', 'prompt', {
        routineId: 'shoulder-rolls',
        secondsMoved: 120,
      }),
      rec('2026-03-23T10:00:00+01:00', 'partial', 'prompt', {
        routineId: 'shoulder-rolls',
        secondsMoved: 30,
      }),
      rec('2026-03-23T10:30:00+01:00', 'completed', 'on-demand', { routineId: 'cat-cow', secondsMoved: 90 }),
      rec('2026-03-23T11:00:00+01:00', 'completed', 'prompt', {
        routineId: 'shoulder-rolls',
        secondsMoved: 120,
      }),
      rec('2026-03-23T11:30:00+01:00', 'partial', 'prompt', { routineId: 'cat-cow', secondsMoved: 20 }),
      rec('2026-03-23T13:30:00+01:00', 'completed', 'prompt', { routineId: 'child-pose', secondsMoved: 60 }),
      rec('2026-03-23T14:00:00+01:00', 'completed', 'prompt', { routineId: 'child-pose', secondsMoved: 60 }),
      // suggested, never started
      rec('2026-03-23T14:30:00+01:00', 'skipped', 'prompt', { routineId: 'trunk-twist' }),
      rec('2026-03-23T15:00:00+01:00', 'missed', 'prompt', { routineId: 'cat-cow' }),
      rec('2026-03-23T15:30:00+01:00', 'natural', 'idle', { routineId: 'cat-cow' }),
      rec('2026-03-23T16:00:00+01:00', 'natural', 'idle', { routineId: null }),
    ];
    expect(routineBreakdown(records)).toEqual([
      {
        routineId: 'shoulder-rolls',
        started: 3,
        completed: 2,
        partial: 1,
        secondsMoved: 270,
        minutesMoved: 4.5,
      },
      { routineId: 'child-pose', started: 2, completed: 2, partial: 0, secondsMoved: 120, minutesMoved: 2 },
      { routineId: 'cat-cow', started: 2, completed: 1, partial: 1, secondsMoved: 110, minutesMoved: 1.8 },
    ]);
    expect(routineBreakdown([])).toEqual([]);
  });
});

describe('streak', () => {
  const weekdays = workDayPredicate(settings({}), BERLIN);
  const withDayOff = workDayPredicate(settings({ workHours: { daysOff: ['2026-03-23'] } }), BERLIN);
  // Mon–Fri work; goal 2. Met: Fri 6, Mon 9 – Fri 13; Mon 16 missed; met Tue 17 – Fri 20;
  // Mon 23 no breaks; Tue 24 met; Wed 25 (today) one so far.
  const history = [
    ...day('2026-03-06', 2),
    ...['09', '10', '11', '12', '13'].flatMap((d) => day(`2026-03-${d}`, 2)),
    ...day('2026-03-16', 1),
    ...['17', '18', '19', '20'].flatMap((d) => day(`2026-03-${d}`, 3)),
    ...day('2026-03-24', 2),
    ...day('2026-03-25', 1),
  ];
  const opts = { today: '2026-03-25', zone: BERLIN, dailyGoal: 2 };

  it('skips days off and weekends; today does not break it before the goal is met', () => {
    expect(streak(history, { ...opts, isWorkDay: withDayOff })).toEqual({
      current: 5,
      best: 6,
      todayIsWorkDay: true,
      todayTaken: 1,
      todayMet: false,
      todayRemaining: 1,
    });
  });

  it('counts today once the goal is met', () => {
    const more = [...history, rec('2026-03-25T15:00:00+01:00', 'natural', 'idle')];
    expect(streak(more, { ...opts, isWorkDay: withDayOff })).toMatchObject({
      current: 6,
      best: 6,
      todayMet: true,
      todayRemaining: 0,
    });
    const evenMore = [...more, ...day('2026-03-25', 1)];
    expect(streak(evenMore, { ...opts, isWorkDay: withDayOff })).toMatchObject({ current: 6, todayTaken: 3 });
  });

  it('is broken by a work day that missed the goal', () => {
    // Monday 23 is a work day without the day off: no breaks ends the streak.
    expect(streak(history, { ...opts, isWorkDay: weekdays })).toMatchObject({ current: 1, best: 6 });
    expect(streak(history, { ...opts, dailyGoal: 3, isWorkDay: withDayOff })).toMatchObject({
      current: 0,
      best: 4,
      todayRemaining: 2,
    });
  });

  it('does not grow from breaks taken on a weekend or a day off', () => {
    const weekend = [...history, ...day('2026-03-21', 4), ...day('2026-03-22', 4), ...day('2026-03-23', 4)];
    expect(streak(weekend, { ...opts, isWorkDay: withDayOff }).current).toBe(5);
  });

  it('keeps the streak on a non-work today', () => {
    expect(streak(history, { ...opts, today: '2026-03-22', isWorkDay: withDayOff })).toMatchObject({
      current: 4,
      todayIsWorkDay: false,
      todayTaken: 0,
    });
    // ...and ignores records after today
    expect(streak(history, { ...opts, today: '2026-03-20', isWorkDay: withDayOff })).toMatchObject({
      current: 4,
      todayMet: true,
      todayTaken: 3,
    });
  });

  it('ends after work days with no breaks at all', () => {
    // Wed 25 missed the goal; Thu 26 and Fri 27 had no breaks; Sat 28 is today.
    expect(streak(history, { ...opts, today: '2026-03-28', isWorkDay: withDayOff })).toMatchObject({
      current: 0,
      best: 6,
    });
  });

  it('is zero without history and rejects a goal outside 1–20', () => {
    expect(streak([], { ...opts, isWorkDay: weekdays })).toMatchObject({
      current: 0,
      best: 0,
      todayRemaining: 2,
    });
    for (const dailyGoal of [0, 21, 2.5]) {
      expect(() => streak(history, { ...opts, dailyGoal, isWorkDay: weekdays })).toThrow(RangeError);
    }
    expect(streak(history, { ...opts, dailyGoal: 20, isWorkDay: weekdays }).current).toBe(0);
  });

  it('groups a 23-hour spring-forward day by local date (Berlin 2026-03-29)', () => {
    const everyDay = workDayPredicate(settings({ workHours: { enabled: false } }), BERLIN);
    const records = [
      ...day('2026-03-27', 2),
      ...day('2026-03-28', 2),
      rec('2026-03-29T00:30:00+01:00', 'natural', 'idle'), // 2026-03-28T23:30Z
      rec('2026-03-29T23:30:00+02:00', 'completed', 'on-demand'), // 2026-03-29T21:30Z
    ];
    expect(recordLocalDate(records[4]!, BERLIN)).toBe('2026-03-29');
    expect(recordLocalDate(records[4]!, 'UTC')).toBe('2026-03-28');
    expect(dayStats(records, '2026-03-29', BERLIN).taken).toBe(2);
    expect(
      streak(records, { today: '2026-03-30', zone: BERLIN, dailyGoal: 2, isWorkDay: everyDay }),
    ).toMatchObject({ current: 3, todayMet: false });
    // Grouped by UTC dates the Sunday has one break only and the streak would be 0.
    expect(
      streak(records, { today: '2026-03-30', zone: 'UTC', dailyGoal: 2, isWorkDay: everyDay }).current,
    ).toBe(0);
  });

  it('groups a 25-hour fall-back day by local date (Berlin 2026-10-25)', () => {
    const everyDay = () => true;
    const records = [
      ...day('2026-10-24', 2, '+02:00'),
      rec('2026-10-25T02:30:00+02:00', 'natural', 'idle'), // first 02:30, 00:30Z
      rec('2026-10-25T02:30:00+01:00', 'partial', 'prompt'), // the repeated 02:30, 01:30Z
      rec('2026-10-25T23:30:00+01:00', 'completed', 'prompt'), // 22:30Z: the 25th hour after local midnight
    ];
    expect(dayStats(records, '2026-10-25', BERLIN)).toMatchObject({ total: 3, taken: 3 });
    expect(dayStats(records, '2026-10-26', BERLIN).total).toBe(0);
    expect(
      streak(records, { today: '2026-10-26', zone: BERLIN, dailyGoal: 3, isWorkDay: everyDay }),
    ).toMatchObject({ current: 1, best: 1 });
    expect(
      streak(records, { today: '2026-10-26', zone: BERLIN, dailyGoal: 2, isWorkDay: everyDay }),
    ).toMatchObject({ current: 2, best: 2 });
  });
});

describe('workDayPredicate', () => {
  it('follows the weekday ranges and days off of the settings', () => {
    const isWorkDay = workDayPredicate(settings({ workHours: { daysOff: ['2026-04-03'] } }), BERLIN);
    expect(isWorkDay('2026-03-23')).toBe(true); // Monday
    expect(isWorkDay('2026-03-27')).toBe(true); // Friday
    expect(isWorkDay('2026-03-28')).toBe(false); // Saturday
    expect(isWorkDay('2026-03-29')).toBe(false); // Sunday
    expect(isWorkDay('2026-04-03')).toBe(false); // a Friday off
  });

  it('counts the day a range past midnight starts on', () => {
    const isWorkDay = workDayPredicate(
      settings({
        workHours: {
          days: {
            mon: [],
            tue: [],
            wed: [],
            thu: [],
            fri: [],
            sat: [{ start: '22:00', end: '02:00' }],
            sun: [],
          },
        },
      }),
      BERLIN,
    );
    expect(isWorkDay('2026-03-28')).toBe(true);
    expect(isWorkDay('2026-03-29')).toBe(false);
  });

  it('makes every day a work day when work hours are off', () => {
    const isWorkDay = workDayPredicate(
      settings({ workHours: { enabled: false, daysOff: ['2026-03-28'] } }),
      BERLIN,
    );
    expect(['2026-03-28', '2026-03-29', '2026-03-30'].map(isWorkDay)).toEqual([true, true, true]);
  });
});

describe('pruning (records.ts)', () => {
  it('drops records older than a year', () => {
    const now = Date.parse('2026-06-01T12:00:00Z');
    const records = [
      rec('2025-05-30T12:00:00Z'),
      rec('2025-05-31T11:59:59Z'),
      rec('2025-05-31T12:00:00Z'),
      rec('2025-06-01T12:00:00+02:00'),
      rec('2026-06-01T11:00:00Z'),
    ];
    expect(pruneHistory(records, now).map((r) => r.endedAt)).toEqual([
      '2025-05-31T12:00:00Z',
      '2025-06-01T12:00:00+02:00',
      '2026-06-01T11:00:00Z',
    ]);
    expect(pruneHistory(records, now, 7).map((r) => r.endedAt)).toEqual(['2026-06-01T11:00:00Z']);
  });
});
