/**
 * DST and time-zone suites (break-rules R1, R9, R10).
 *
 * Expected instants are written out by hand as ISO strings with their UTC
 * offsets and read with Date.parse, so they do not depend on the Temporal
 * code under test. Every DST date below is checked against the zone's real
 * transition in the first suite, so a change in tzdata shows up there first.
 */
import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { WorkCalendar } from '../../electron/core/time/work-calendar';
import { settingsSchema, WEEKDAYS, type Weekday, type WorkRange } from '../../electron/core/settings/schema';
import { runScenario, type OutputLine, type Scenario } from '../../electron/core/engine/scenario';
import type { RoutineChoices } from '../../electron/core/engine/types';

const ROUTINES: RoutineChoices = { desk: ['desk-a', 'desk-b'], floor: ['floor-a'] };
const MINUTE = 60_000;

type Days = Partial<Record<Weekday, WorkRange[]>>;

/** A full week with no ranges except the ones given. */
function week(days: Days): Record<Weekday, WorkRange[]> {
  return Object.fromEntries(WEEKDAYS.map((d) => [d, days[d] ?? []])) as Record<Weekday, WorkRange[]>;
}

function calendar(zone: string, days: Days, daysOff: string[] = []): WorkCalendar {
  const { workHours } = settingsSchema.parse({ workHours: { days: week(days), daysOff } });
  return new WorkCalendar(workHours, zone);
}

const ms = (iso: string): number => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad ISO instant in test: ${iso}`);
  return t;
};

function run(scenario: Scenario): OutputLine[] {
  const result = runScenario(scenario, ROUTINES);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const ats = (lines: OutputLine[], type: string) => lines.filter((l) => l.type === type).map((l) => l.at);

/** Settings for a scenario: only the given ranges, breaks as given. */
function settings(days: Days, breaks: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return { breaks: { everyMinutes: 30, ...breaks }, workHours: { days: week(days) }, ...extra };
}

const SKIP = { action: 'skip', afterSeconds: 0 } as const;

// ------------------------------------------------------------------ the zones

describe('the DST dates this suite relies on', () => {
  // [zone, instant just before the change, instant of the change]
  it.each([
    ['Europe/Berlin', '2026-03-29T01:59:59+01:00', '2026-03-29T03:00:00+02:00'],
    ['Europe/Berlin', '2026-10-25T02:59:59+02:00', '2026-10-25T02:00:00+01:00'],
    ['America/New_York', '2026-03-08T01:59:59-05:00', '2026-03-08T03:00:00-04:00'],
    ['America/New_York', '2026-11-01T01:59:59-04:00', '2026-11-01T01:00:00-05:00'],
    ['Australia/Sydney', '2026-04-05T02:59:59+11:00', '2026-04-05T02:00:00+10:00'],
    ['Australia/Sydney', '2026-10-04T01:59:59+10:00', '2026-10-04T03:00:00+11:00'],
    ['America/Santiago', '2026-04-04T23:59:59-03:00', '2026-04-04T23:00:00-04:00'],
    ['America/Santiago', '2026-09-05T23:59:59-04:00', '2026-09-06T01:00:00-03:00'],
    ['Australia/Lord_Howe', '2026-04-05T01:59:59+11:00', '2026-04-05T01:30:00+10:30'],
    ['Australia/Lord_Howe', '2026-10-04T01:59:59+10:30', '2026-10-04T02:30:00+11:00'],
  ])('%s changes offset at %s → %s', (zone, before, after) => {
    const fmt = (t: number) =>
      Temporal.Instant.fromEpochMilliseconds(t)
        .toZonedDateTimeISO(zone)
        .toString({ timeZoneName: 'never', smallestUnit: 'second' });
    expect(ms(after) - ms(before)).toBe(1000);
    expect(fmt(ms(before))).toBe(before);
    expect(fmt(ms(after))).toBe(after);
  });

  it('Asia/Kathmandu has no DST: +05:45 all year', () => {
    const z = Temporal.ZonedDateTime.from('2026-01-01T00:00[Asia/Kathmandu]');
    expect(z.offset).toBe('+05:45');
    expect(z.getTimeZoneTransition('next')).toBeNull();
  });
});

// ------------------------------------------------------------------ R1 on the calendar

interface RangeCase {
  what: string;
  zone: string;
  /** Local date the range belongs to. */
  date: string;
  range: WorkRange;
  start: string;
  end: string;
  minutes: number;
}

const RANGE_CASES: RangeCase[] = [
  // Europe/Berlin: gap 02:00–03:00 on 2026-03-29, 02:00–03:00 twice on 2026-10-25.
  {
    what: 'spring: start in the gap moves forward by the gap',
    zone: 'Europe/Berlin',
    date: '2026-03-29',
    range: { start: '02:30', end: '06:00' },
    start: '2026-03-29T03:30:00+02:00',
    end: '2026-03-29T06:00:00+02:00',
    minutes: 150,
  },
  {
    what: 'spring: 01:00–04:00 is 2 real hours',
    zone: 'Europe/Berlin',
    date: '2026-03-29',
    range: { start: '01:00', end: '04:00' },
    start: '2026-03-29T01:00:00+01:00',
    end: '2026-03-29T04:00:00+02:00',
    minutes: 120,
  },
  {
    what: 'spring: a range wholly inside the gap moves forward',
    zone: 'Europe/Berlin',
    date: '2026-03-29',
    range: { start: '02:15', end: '02:45' },
    start: '2026-03-29T03:15:00+02:00',
    end: '2026-03-29T03:45:00+02:00',
    minutes: 30,
  },
  {
    what: 'fall: 01:00–04:00 is 4 real hours',
    zone: 'Europe/Berlin',
    date: '2026-10-25',
    range: { start: '01:00', end: '04:00' },
    start: '2026-10-25T01:00:00+02:00',
    end: '2026-10-25T04:00:00+01:00',
    minutes: 240,
  },
  {
    what: 'fall: start in the repeated hour takes the earlier',
    zone: 'Europe/Berlin',
    date: '2026-10-25',
    range: { start: '02:30', end: '05:00' },
    start: '2026-10-25T02:30:00+02:00',
    end: '2026-10-25T05:00:00+01:00',
    minutes: 210,
  },
  {
    what: 'fall: a range wholly in the repeated hour is its first occurrence',
    zone: 'Europe/Berlin',
    date: '2026-10-25',
    range: { start: '02:00', end: '02:30' },
    start: '2026-10-25T02:00:00+02:00',
    end: '2026-10-25T02:30:00+02:00',
    minutes: 30,
  },
  {
    what: 'past midnight into the spring-forward night',
    zone: 'Europe/Berlin',
    date: '2026-03-28',
    range: { start: '22:00', end: '06:00' },
    start: '2026-03-28T22:00:00+01:00',
    end: '2026-03-29T06:00:00+02:00',
    minutes: 420,
  },
  {
    what: 'past midnight into the fall-back night',
    zone: 'Europe/Berlin',
    date: '2026-10-24',
    range: { start: '22:00', end: '06:00' },
    start: '2026-10-24T22:00:00+02:00',
    end: '2026-10-25T06:00:00+01:00',
    minutes: 540,
  },
  {
    what: 'past midnight, ending inside the gap',
    zone: 'Europe/Berlin',
    date: '2026-03-28',
    range: { start: '23:00', end: '02:30' },
    start: '2026-03-28T23:00:00+01:00',
    end: '2026-03-29T03:30:00+02:00',
    minutes: 210,
  },
  // America/New_York: gap 02:00–03:00 on 2026-03-08, 01:00–02:00 twice on 2026-11-01.
  {
    what: 'spring: start in the gap',
    zone: 'America/New_York',
    date: '2026-03-08',
    range: { start: '02:30', end: '09:00' },
    start: '2026-03-08T03:30:00-04:00',
    end: '2026-03-08T09:00:00-04:00',
    minutes: 330,
  },
  {
    what: 'spring: 00:00–06:00 is 5 real hours',
    zone: 'America/New_York',
    date: '2026-03-08',
    range: { start: '00:00', end: '06:00' },
    start: '2026-03-08T00:00:00-05:00',
    end: '2026-03-08T06:00:00-04:00',
    minutes: 300,
  },
  {
    what: 'fall: 01:00–04:00 is 4 real hours',
    zone: 'America/New_York',
    date: '2026-11-01',
    range: { start: '01:00', end: '04:00' },
    start: '2026-11-01T01:00:00-04:00',
    end: '2026-11-01T04:00:00-05:00',
    minutes: 240,
  },
  {
    what: 'fall: 01:30–02:30 starts at the first 01:30',
    zone: 'America/New_York',
    date: '2026-11-01',
    range: { start: '01:30', end: '02:30' },
    start: '2026-11-01T01:30:00-04:00',
    end: '2026-11-01T02:30:00-05:00',
    minutes: 120,
  },
  {
    what: 'past midnight, ending in the repeated hour (earlier occurrence)',
    zone: 'America/New_York',
    date: '2026-10-31',
    range: { start: '20:00', end: '01:30' },
    start: '2026-10-31T20:00:00-04:00',
    end: '2026-11-01T01:30:00-04:00',
    minutes: 330,
  },
  // Australia/Sydney (southern hemisphere): 02:00–03:00 twice on 2026-04-05, gap 02:00–03:00 on 2026-10-04.
  {
    what: 'fall (April): 00:00–06:00 is 7 real hours',
    zone: 'Australia/Sydney',
    date: '2026-04-05',
    range: { start: '00:00', end: '06:00' },
    start: '2026-04-05T00:00:00+11:00',
    end: '2026-04-05T06:00:00+10:00',
    minutes: 420,
  },
  {
    what: 'fall (April): start in the repeated hour',
    zone: 'Australia/Sydney',
    date: '2026-04-05',
    range: { start: '02:30', end: '04:00' },
    start: '2026-04-05T02:30:00+11:00',
    end: '2026-04-05T04:00:00+10:00',
    minutes: 150,
  },
  {
    what: 'spring (October): start in the gap',
    zone: 'Australia/Sydney',
    date: '2026-10-04',
    range: { start: '02:30', end: '08:00' },
    start: '2026-10-04T03:30:00+11:00',
    end: '2026-10-04T08:00:00+11:00',
    minutes: 270,
  },
  {
    what: 'spring (October): 01:00–05:00 is 3 real hours',
    zone: 'Australia/Sydney',
    date: '2026-10-04',
    range: { start: '01:00', end: '05:00' },
    start: '2026-10-04T01:00:00+10:00',
    end: '2026-10-04T05:00:00+11:00',
    minutes: 180,
  },
  {
    what: 'past midnight into the spring-forward night',
    zone: 'Australia/Sydney',
    date: '2026-10-03',
    range: { start: '21:00', end: '05:00' },
    start: '2026-10-03T21:00:00+10:00',
    end: '2026-10-04T05:00:00+11:00',
    minutes: 420,
  },
  // America/Santiago: changes at midnight. 23:00–24:00 twice on 2026-04-04; 00:00–01:00 missing on 2026-09-06.
  {
    what: 'spring: a range from midnight starts at 01:00',
    zone: 'America/Santiago',
    date: '2026-09-06',
    range: { start: '00:00', end: '02:00' },
    start: '2026-09-06T01:00:00-03:00',
    end: '2026-09-06T02:00:00-03:00',
    minutes: 60,
  },
  {
    what: 'past midnight, ending inside the midnight gap',
    zone: 'America/Santiago',
    date: '2026-09-05',
    range: { start: '22:00', end: '00:30' },
    start: '2026-09-05T22:00:00-04:00',
    end: '2026-09-06T01:30:00-03:00',
    minutes: 150,
  },
  {
    what: 'past midnight across the repeated hour',
    zone: 'America/Santiago',
    date: '2026-04-04',
    range: { start: '23:30', end: '00:30' },
    start: '2026-04-04T23:30:00-03:00',
    end: '2026-04-05T00:30:00-04:00',
    minutes: 120,
  },
  {
    what: '22:00–01:00 over the fall-back is 4 real hours',
    zone: 'America/Santiago',
    date: '2026-04-04',
    range: { start: '22:00', end: '01:00' },
    start: '2026-04-04T22:00:00-03:00',
    end: '2026-04-05T01:00:00-04:00',
    minutes: 240,
  },
  // Australia/Lord_Howe: a 30-minute shift. 01:30–02:00 twice on 2026-04-05; gap 02:00–02:30 on 2026-10-04.
  {
    what: 'fall (April): 01:00–04:00 is 3.5 real hours',
    zone: 'Australia/Lord_Howe',
    date: '2026-04-05',
    range: { start: '01:00', end: '04:00' },
    start: '2026-04-05T01:00:00+11:00',
    end: '2026-04-05T04:00:00+10:30',
    minutes: 210,
  },
  {
    what: 'fall (April): start in the repeated half hour',
    zone: 'Australia/Lord_Howe',
    date: '2026-04-05',
    range: { start: '01:45', end: '02:15' },
    start: '2026-04-05T01:45:00+11:00',
    end: '2026-04-05T02:15:00+10:30',
    minutes: 60,
  },
  {
    what: 'spring (October): 01:00–04:00 is 2.5 real hours',
    zone: 'Australia/Lord_Howe',
    date: '2026-10-04',
    range: { start: '01:00', end: '04:00' },
    start: '2026-10-04T01:00:00+10:30',
    end: '2026-10-04T04:00:00+11:00',
    minutes: 150,
  },
  {
    what: 'spring (October): start in the half-hour gap moves 30 minutes',
    zone: 'Australia/Lord_Howe',
    date: '2026-10-04',
    range: { start: '02:10', end: '03:00' },
    start: '2026-10-04T02:40:00+11:00',
    end: '2026-10-04T03:00:00+11:00',
    minutes: 20,
  },
  {
    what: 'past midnight into the spring-forward night',
    zone: 'Australia/Lord_Howe',
    date: '2026-10-03',
    range: { start: '23:00', end: '03:00' },
    start: '2026-10-03T23:00:00+10:30',
    end: '2026-10-04T03:00:00+11:00',
    minutes: 210,
  },
  // Asia/Kathmandu: no DST; nothing moves on the days the others change.
  {
    what: 'no DST on Berlin’s spring day',
    zone: 'Asia/Kathmandu',
    date: '2026-03-29',
    range: { start: '01:00', end: '04:00' },
    start: '2026-03-29T01:00:00+05:45',
    end: '2026-03-29T04:00:00+05:45',
    minutes: 180,
  },
  {
    what: 'past midnight on Berlin’s fall night',
    zone: 'Asia/Kathmandu',
    date: '2026-10-24',
    range: { start: '22:00', end: '06:00' },
    start: '2026-10-24T22:00:00+05:45',
    end: '2026-10-25T06:00:00+05:45',
    minutes: 480,
  },
];

const weekdayOf = (date: string): Weekday => WEEKDAYS[Temporal.PlainDate.from(date).dayOfWeek - 1]!;

describe('R1 work ranges on DST days (WorkCalendar)', () => {
  describe.each([...new Set(RANGE_CASES.map((c) => c.zone))])('%s', (zone) => {
    it.each(RANGE_CASES.filter((c) => c.zone === zone).map((c) => [c.what, c] as const))('%s', (_what, c) => {
      const cal = calendar(c.zone, { [weekdayOf(c.date)]: [c.range] });
      const ranges = cal.rangesOn(Temporal.PlainDate.from(c.date));
      expect(ranges).toEqual([{ start: ms(c.start), end: ms(c.end), date: c.date }]);
      const [r] = ranges;
      expect((r!.end - r!.start) / MINUTE).toBe(c.minutes);

      // The same range through the lookups the engine uses.
      expect(cal.rangeAt(ms(c.start))).toEqual(r);
      expect(cal.rangeAt(ms(c.end) - 1)).toEqual(r);
      expect(cal.rangeAt(ms(c.start) - 1)).toBeNull();
      expect(cal.rangeAt(ms(c.end))).toBeNull();
      expect(cal.nextRangeAfter(ms(c.start) - 6 * 60 * MINUTE)).toEqual(r);
      // Every minute of the range is work time (the calendar's cached windows agree).
      for (let t = ms(c.start); t < ms(c.end); t += 7 * MINUTE) expect(cal.rangeAt(t)).toEqual(r);
    });
  });

  it('a range that lies wholly in the gap and ends at its edge has no work time', () => {
    // 02:30 moves forward to 03:30, which is after the range's end at 03:00.
    const cal = calendar('Europe/Berlin', { sun: [{ start: '02:30', end: '03:00' }] });
    expect(cal.rangesOn(Temporal.PlainDate.from('2026-03-29'))).toEqual([]);
    expect(cal.rangeAt(ms('2026-03-29T03:10:00+02:00'))).toBeNull();
    // The next range is the following Sunday's, an ordinary 30 minutes.
    expect(cal.nextRangeAfter(ms('2026-03-29T00:00:00+01:00'))).toEqual({
      start: ms('2026-04-05T02:30:00+02:00'),
      end: ms('2026-04-05T03:00:00+02:00'),
      date: '2026-04-05',
    });
  });

  it('a day off on the DST date removes the ranges that start on it, not the one running into it', () => {
    const cal = calendar(
      'Europe/Berlin',
      { sat: [{ start: '22:00', end: '02:30' }], sun: [{ start: '09:00', end: '12:00' }] },
      ['2026-03-29'],
    );
    // Saturday 22:00+01:00 → 02:30, in the gap, so it ends at 03:30+02:00.
    expect(cal.rangeAt(ms('2026-03-29T03:29:00+02:00'))).toEqual({
      start: ms('2026-03-28T22:00:00+01:00'),
      end: ms('2026-03-29T03:30:00+02:00'),
      date: '2026-03-28',
    });
    expect(cal.rangeAt(ms('2026-03-29T10:00:00+02:00'))).toBeNull();
    expect(cal.isDayOff(ms('2026-03-29T10:00:00+02:00'))).toBe(true);
    expect(cal.nextRangeAfter(ms('2026-03-29T04:00:00+02:00'))?.start).toBe(ms('2026-04-04T22:00:00+02:00'));
  });

  it('firstRangeOnLaterDate ("pause until tomorrow") finds Sunday’s range moved by the gap', () => {
    const cal = calendar('Europe/Berlin', {
      sat: [{ start: '09:00', end: '17:00' }],
      sun: [{ start: '02:30', end: '06:00' }],
    });
    expect(cal.firstRangeOnLaterDate(ms('2026-03-28T10:00:00+01:00'))?.start).toBe(
      ms('2026-03-29T03:30:00+02:00'),
    );
  });
});

// ------------------------------------------------------------------ R1 through the runner

describe('R1 through runScenario: countdowns across DST are real elapsed time', () => {
  describe('Europe/Berlin (+01:00 → +02:00 → +01:00)', () => {
    it('spring: a 30-minute countdown jumps the gap (01:30+01:00 → 03:00+02:00)', () => {
      const lines = run({
        timezone: 'Europe/Berlin',
        from: '2026-03-29T00:00',
        until: '2026-03-29T06:00',
        settings: settings({ sun: [{ start: '01:00', end: '05:00' }] }),
        respond: SKIP,
      });
      expect(ats(lines, 'prompt')).toEqual([
        '2026-03-29T01:30:00+01:00',
        '2026-03-29T03:00:00+02:00',
        '2026-03-29T03:30:00+02:00',
        '2026-03-29T04:00:00+02:00',
        '2026-03-29T04:30:00+02:00',
      ]);
      // The heads-up before the prompt across the gap is 30 real seconds earlier, still +01:00.
      expect(ats(lines, 'notice')).toContain('2026-03-29T01:59:30+01:00');
    });

    it('fall: a 30-minute countdown across the fall-back hour prompts 30 real minutes later', () => {
      const lines = run({
        timezone: 'Europe/Berlin',
        from: '2026-10-25T00:00',
        until: '2026-10-25T06:00',
        settings: settings({ sun: [{ start: '01:00', end: '05:00' }] }),
        respond: SKIP,
      });
      expect(ats(lines, 'prompt')).toEqual([
        '2026-10-25T01:30:00+02:00',
        '2026-10-25T02:00:00+02:00',
        '2026-10-25T02:30:00+02:00',
        '2026-10-25T02:00:00+01:00',
        '2026-10-25T02:30:00+01:00',
        '2026-10-25T03:00:00+01:00',
        '2026-10-25T03:30:00+01:00',
        '2026-10-25T04:00:00+01:00',
        '2026-10-25T04:30:00+01:00',
      ]);
      expect(ats(lines, 'notice')).toContain('2026-10-25T02:59:30+02:00');
      expect(ats(lines, 'notice')).toContain('2026-10-25T02:29:30+01:00');
    });

    it('a range starting in the gap starts at 03:30+02:00: first wake there, first prompt 30 minutes later', () => {
      const lines = run({
        timezone: 'Europe/Berlin',
        from: '2026-03-29T00:00',
        until: '2026-03-29T05:00',
        settings: settings({ sun: [{ start: '02:30', end: '06:00' }] }),
        respond: SKIP,
      });
      expect(ats(lines, 'wake')[0]).toBe('2026-03-29T03:30:00+02:00');
      expect(ats(lines, 'prompt')).toEqual([
        '2026-03-29T04:00:00+02:00',
        '2026-03-29T04:30:00+02:00',
        '2026-03-29T05:00:00+02:00',
      ]);
    });

    it('a range starting in the repeated hour starts at its first occurrence', () => {
      const lines = run({
        timezone: 'Europe/Berlin',
        from: '2026-10-25T00:00',
        until: '2026-10-25T04:00',
        settings: settings({ sun: [{ start: '02:30', end: '05:00' }] }),
        respond: SKIP,
      });
      expect(ats(lines, 'wake')[0]).toBe('2026-10-25T02:30:00+02:00');
      expect(ats(lines, 'prompt').slice(0, 3)).toEqual([
        '2026-10-25T02:00:00+01:00',
        '2026-10-25T02:30:00+01:00',
        '2026-10-25T03:00:00+01:00',
      ]);
    });

    it('a range 01:00–04:00 on the fall-back day is 4 real hours: a 239-minute break fits, 240 does not', () => {
      const base = {
        timezone: 'Europe/Berlin',
        from: '2026-10-25T00:00',
        until: '2026-10-25T08:00',
        respond: SKIP,
      };
      const fits = run({
        ...base,
        settings: settings({ sun: [{ start: '01:00', end: '04:00' }] }, { everyMinutes: 239 }),
      });
      expect(ats(fits, 'prompt')).toEqual(['2026-10-25T03:59:00+01:00']);
      const late = run({
        ...base,
        settings: settings({ sun: [{ start: '01:00', end: '04:00' }] }, { everyMinutes: 240 }),
      });
      expect(ats(late, 'prompt')).toEqual([]);
    });

    it('a range 01:00–04:00 on the spring-forward day is 2 real hours: 119 fits, 120 does not', () => {
      const base = {
        timezone: 'Europe/Berlin',
        from: '2026-03-29T00:00',
        until: '2026-03-29T08:00',
        respond: SKIP,
      };
      const fits = run({
        ...base,
        settings: settings({ sun: [{ start: '01:00', end: '04:00' }] }, { everyMinutes: 119 }),
      });
      expect(ats(fits, 'prompt')).toEqual(['2026-03-29T03:59:00+02:00']);
      const late = run({
        ...base,
        settings: settings({ sun: [{ start: '01:00', end: '04:00' }] }, { everyMinutes: 120 }),
      });
      expect(ats(late, 'prompt')).toEqual([]);
    });

    it('a range past midnight across the spring-forward (22:00–06:00 is 7 real hours)', () => {
      const lines = run({
        timezone: 'Europe/Berlin',
        from: '2026-03-28T21:00',
        until: '2026-03-29T08:00',
        settings: settings({ sat: [{ start: '22:00', end: '06:00' }] }, { everyMinutes: 120 }),
        respond: SKIP,
      });
      expect(ats(lines, 'prompt')).toEqual([
        '2026-03-29T00:00:00+01:00',
        '2026-03-29T03:00:00+02:00',
        '2026-03-29T05:00:00+02:00',
      ]);
    });

    it('a range past midnight across the fall-back (22:00–06:00 is 9 real hours)', () => {
      const lines = run({
        timezone: 'Europe/Berlin',
        from: '2026-10-24T21:00',
        until: '2026-10-25T08:00',
        settings: settings({ sat: [{ start: '22:00', end: '06:00' }] }, { everyMinutes: 120 }),
        respond: SKIP,
      });
      expect(ats(lines, 'prompt')).toEqual([
        '2026-10-25T00:00:00+02:00',
        '2026-10-25T02:00:00+02:00',
        '2026-10-25T03:00:00+01:00',
        '2026-10-25T05:00:00+01:00',
      ]);
    });

    it('an open prompt is missed at the moved end of a past-midnight range (06:00+01:00)', () => {
      const lines = run({
        timezone: 'Europe/Berlin',
        from: '2026-10-25T01:20', // +02:00, inside the range: the app's start anchors
        until: '2026-10-25T08:00',
        settings: settings({ sat: [{ start: '22:00', end: '06:00' }] }, { everyMinutes: 240 }),
        respond: { action: 'ignore' },
      });
      // 01:20+02:00 + 240 real minutes = 04:20+01:00; the prompt stays until the range ends.
      expect(ats(lines, 'prompt')).toEqual(['2026-10-25T04:20:00+01:00']);
      expect(lines.filter((l) => l.type === 'break')).toEqual([
        { at: '2026-10-25T06:00:00+01:00', type: 'break', outcome: 'missed', trigger: 'prompt' },
      ]);
    });

    it('pause until tomorrow (Saturday) resumes at Sunday’s range start moved by the gap', () => {
      const lines = run({
        timezone: 'Europe/Berlin',
        from: '2026-03-28T09:00',
        until: '2026-03-29T04:45',
        settings: settings({
          sat: [{ start: '09:00', end: '17:00' }],
          sun: [{ start: '02:30', end: '06:00' }],
        }),
        respond: SKIP,
        events: [{ at: '2026-03-28T10:10', type: 'pause', until: 'tomorrow' }],
      });
      expect(ats(lines, 'resume')).toEqual(['2026-03-29T03:30:00+02:00']);
      expect(ats(lines, 'prompt').filter((a) => a.startsWith('2026-03-29'))).toEqual([
        '2026-03-29T04:00:00+02:00',
        '2026-03-29T04:30:00+02:00',
      ]);
    });

    it('a pause until a local time in the gap ends an hour later in wall time (same instant)', () => {
      const lines = run({
        timezone: 'Europe/Berlin',
        from: '2026-03-29T00:00',
        until: '2026-03-29T05:00',
        settings: settings({ sun: [{ start: '00:30', end: '06:00' }] }),
        respond: SKIP,
        events: [{ at: '2026-03-29T01:10', type: 'pause', until: '2026-03-29T02:30' }],
      });
      expect(ats(lines, 'resume')).toEqual(['2026-03-29T03:30:00+02:00']);
      expect(ats(lines, 'prompt')).toEqual([
        '2026-03-29T01:00:00+01:00',
        '2026-03-29T04:00:00+02:00',
        '2026-03-29T04:30:00+02:00',
        '2026-03-29T05:00:00+02:00',
      ]);
    });
  });

  describe('America/New_York (-05:00 → -04:00 → -05:00)', () => {
    it('spring: 00:00–06:00 holds 4 hourly prompts, 01:00-05:00 then 03:00-04:00', () => {
      const lines = run({
        timezone: 'America/New_York',
        from: '2026-03-07T23:00',
        until: '2026-03-08T08:00',
        settings: settings({ sun: [{ start: '00:00', end: '06:00' }] }, { everyMinutes: 60 }),
        respond: SKIP,
      });
      expect(ats(lines, 'prompt')).toEqual([
        '2026-03-08T01:00:00-05:00',
        '2026-03-08T03:00:00-04:00',
        '2026-03-08T04:00:00-04:00',
        '2026-03-08T05:00:00-04:00',
      ]);
    });

    it('fall: 00:00–04:00 is 5 real hours and 01:00 comes twice', () => {
      const lines = run({
        timezone: 'America/New_York',
        from: '2026-10-31T23:00',
        until: '2026-11-01T06:00',
        settings: settings({ sun: [{ start: '00:00', end: '04:00' }] }, { everyMinutes: 60 }),
        respond: SKIP,
      });
      expect(ats(lines, 'prompt')).toEqual([
        '2026-11-01T01:00:00-04:00',
        '2026-11-01T01:00:00-05:00',
        '2026-11-01T02:00:00-05:00',
        '2026-11-01T03:00:00-05:00',
      ]);
    });

    it('a snooze across the fall-back returns after real minutes', () => {
      const lines = run({
        timezone: 'America/New_York',
        from: '2026-11-01T00:00',
        until: '2026-11-01T03:00',
        settings: settings(
          { sun: [{ start: '00:00', end: '04:00' }] },
          { everyMinutes: 95, snoozeMinutes: 10, maxSnoozes: 1 },
        ),
        respond: { action: 'snooze', afterSeconds: 0 },
      });
      // 00:00-04:00 + 95 min = 01:35-04:00; snoozed 10 real minutes → 01:45-04:00; then skipped.
      expect(lines.filter((l) => l.type === 'prompt').slice(0, 2)).toEqual([
        { at: '2026-11-01T01:35:00-04:00', type: 'prompt', routine: 'desk-a', snoozes: 0 },
        { at: '2026-11-01T01:45:00-04:00', type: 'prompt', routine: 'desk-a', snoozes: 1 },
      ]);
      // The next countdown runs from 01:45-04:00 (05:45Z): 95 real minutes later is 07:20Z.
      expect(ats(lines, 'prompt')[2]).toBe('2026-11-01T02:20:00-05:00');
    });
  });

  describe('Australia/Sydney (southern hemisphere: +11:00 → +10:00 in April, +10:00 → +11:00 in October)', () => {
    it('April fall-back: 00:00–06:00 holds six hourly prompts, 02:00 twice', () => {
      const lines = run({
        timezone: 'Australia/Sydney',
        from: '2026-04-04T23:00',
        until: '2026-04-05T08:00',
        settings: settings({ sun: [{ start: '00:00', end: '06:00' }] }, { everyMinutes: 60 }),
        respond: SKIP,
      });
      expect(ats(lines, 'prompt')).toEqual([
        '2026-04-05T01:00:00+11:00',
        '2026-04-05T02:00:00+11:00',
        '2026-04-05T02:00:00+10:00',
        '2026-04-05T03:00:00+10:00',
        '2026-04-05T04:00:00+10:00',
        '2026-04-05T05:00:00+10:00',
      ]);
    });

    it('October spring-forward: 00:00–06:00 holds four hourly prompts', () => {
      const lines = run({
        timezone: 'Australia/Sydney',
        from: '2026-10-03T23:00',
        until: '2026-10-04T08:00',
        settings: settings({ sun: [{ start: '00:00', end: '06:00' }] }, { everyMinutes: 60 }),
        respond: SKIP,
      });
      expect(ats(lines, 'prompt')).toEqual([
        '2026-10-04T01:00:00+10:00',
        '2026-10-04T03:00:00+11:00',
        '2026-10-04T04:00:00+11:00',
        '2026-10-04T05:00:00+11:00',
      ]);
    });
  });

  describe('America/Santiago (DST changes at midnight)', () => {
    it('spring: a range from 00:00 starts at 01:00-03:00, the first wake is there', () => {
      const lines = run({
        timezone: 'America/Santiago',
        from: '2026-09-05T20:00',
        until: '2026-09-06T04:00',
        settings: settings({ sun: [{ start: '00:00', end: '03:00' }] }, { everyMinutes: 45 }),
        respond: SKIP,
      });
      expect(ats(lines, 'wake')[0]).toBe('2026-09-06T01:00:00-03:00');
      expect(ats(lines, 'prompt')).toEqual(['2026-09-06T01:45:00-03:00', '2026-09-06T02:30:00-03:00']);
    });

    it('fall: Saturday 22:00–01:00 is 4 real hours and 23:00 comes twice', () => {
      const lines = run({
        timezone: 'America/Santiago',
        from: '2026-04-04T21:00',
        until: '2026-04-05T03:00',
        settings: settings({ sat: [{ start: '22:00', end: '01:00' }] }, { everyMinutes: 60 }),
        respond: SKIP,
      });
      expect(ats(lines, 'prompt')).toEqual([
        '2026-04-04T23:00:00-03:00',
        '2026-04-04T23:00:00-04:00',
        '2026-04-05T00:00:00-04:00',
      ]);
    });
  });

  describe('Australia/Lord_Howe (a 30-minute shift: +11:00 ↔ +10:30)', () => {
    it('April fall-back: 20-minute breaks over 3.5 real hours, 01:30 comes twice', () => {
      const lines = run({
        timezone: 'Australia/Lord_Howe',
        from: '2026-04-05T00:00',
        until: '2026-04-05T05:00',
        settings: settings({ sun: [{ start: '01:00', end: '04:00' }] }, { everyMinutes: 20 }),
        respond: SKIP,
      });
      expect(ats(lines, 'prompt')).toEqual([
        '2026-04-05T01:20:00+11:00',
        '2026-04-05T01:40:00+11:00',
        '2026-04-05T01:30:00+10:30',
        '2026-04-05T01:50:00+10:30',
        '2026-04-05T02:10:00+10:30',
        '2026-04-05T02:30:00+10:30',
        '2026-04-05T02:50:00+10:30',
        '2026-04-05T03:10:00+10:30',
        '2026-04-05T03:30:00+10:30',
        '2026-04-05T03:50:00+10:30',
      ]);
    });

    it('October spring-forward: 30-minute breaks over 2.5 real hours (+10:30 → +11:00)', () => {
      const lines = run({
        timezone: 'Australia/Lord_Howe',
        from: '2026-10-04T00:00',
        until: '2026-10-04T05:00',
        settings: settings({ sun: [{ start: '01:00', end: '04:00' }] }),
        respond: SKIP,
      });
      expect(ats(lines, 'prompt')).toEqual([
        '2026-10-04T01:30:00+10:30',
        '2026-10-04T02:30:00+11:00',
        '2026-10-04T03:00:00+11:00',
        '2026-10-04T03:30:00+11:00',
      ]);
    });

    it('a range starting in the half-hour gap (02:10) starts at 02:40+11:00', () => {
      const lines = run({
        timezone: 'Australia/Lord_Howe',
        from: '2026-10-04T00:00',
        until: '2026-10-04T05:00',
        settings: settings({ sun: [{ start: '02:10', end: '04:00' }] }),
        respond: SKIP,
      });
      expect(ats(lines, 'wake')[0]).toBe('2026-10-04T02:40:00+11:00');
      expect(ats(lines, 'prompt')).toEqual(['2026-10-04T03:10:00+11:00', '2026-10-04T03:40:00+11:00']);
    });
  });

  describe('Asia/Kathmandu (+05:45, no DST)', () => {
    it('default work hours on a Monday: every prompt at +05:45 on the half hour', () => {
      const lines = run({
        timezone: 'Asia/Kathmandu',
        from: '2026-03-23T08:00',
        until: '2026-03-23T18:00',
        settings: { breaks: { everyMinutes: 30 } },
        respond: SKIP,
      });
      const prompts = ats(lines, 'prompt');
      expect(prompts[0]).toBe('2026-03-23T09:30:00+05:45');
      expect(prompts).toHaveLength(12); // 09:30…11:30 and 13:30…16:30
      expect(prompts.every((a) => a.endsWith('+05:45'))).toBe(true);
      expect(prompts).not.toContain('2026-03-23T12:00:00+05:45');
    });

    it('nothing moves on the weekend the other zones change', () => {
      const lines = run({
        timezone: 'Asia/Kathmandu',
        from: '2026-10-24T21:00',
        until: '2026-10-25T07:00',
        settings: settings({ sat: [{ start: '22:00', end: '06:00' }] }, { everyMinutes: 120 }),
        respond: SKIP,
      });
      expect(ats(lines, 'prompt')).toEqual([
        '2026-10-25T00:00:00+05:45',
        '2026-10-25T02:00:00+05:45',
        '2026-10-25T04:00:00+05:45',
      ]);
    });
  });
});

// ------------------------------------------------------------------ R9

describe('R9 time-zone change: work time recomputed at once, anchors stay instants', () => {
  it('Berlin → New York mid-afternoon: the countdown keeps its instant, prompts follow New York’s hours', () => {
    const lines = run({
      timezone: 'Europe/Berlin',
      from: '2026-03-23T08:00',
      until: '2026-03-23T18:00', // read in New York, the zone in force at the end
      settings: { breaks: { everyMinutes: 30 } },
      respond: SKIP,
      events: [{ at: '2026-03-23T14:45', type: 'timezone', timezone: 'America/New_York' }],
    });
    expect(ats(lines, 'prompt')).toEqual([
      '2026-03-23T09:30:00+01:00',
      '2026-03-23T10:00:00+01:00',
      '2026-03-23T10:30:00+01:00',
      '2026-03-23T11:00:00+01:00',
      '2026-03-23T11:30:00+01:00',
      '2026-03-23T13:30:00+01:00',
      '2026-03-23T14:00:00+01:00',
      '2026-03-23T14:30:00+01:00',
      // 14:45 Berlin = 09:45 New York, inside 09:00–12:00 there; the anchor is
      // still the break at 14:30 Berlin (13:30Z), so the next is due 14:00Z.
      '2026-03-23T10:00:00-04:00',
      '2026-03-23T10:30:00-04:00',
      '2026-03-23T11:00:00-04:00',
      '2026-03-23T11:30:00-04:00',
      '2026-03-23T13:30:00-04:00',
      '2026-03-23T14:00:00-04:00',
      '2026-03-23T14:30:00-04:00',
      '2026-03-23T15:00:00-04:00',
      '2026-03-23T15:30:00-04:00',
      '2026-03-23T16:00:00-04:00',
      '2026-03-23T16:30:00-04:00',
    ]);
  });

  it('Berlin → Kathmandu into the evening: no wake and no prompt until Kathmandu’s next range', () => {
    const lines = run({
      timezone: 'Europe/Berlin',
      from: '2026-03-23T08:00',
      until: '2026-03-24T09:45',
      settings: { breaks: { everyMinutes: 30 } },
      respond: SKIP,
      // 13:20 Berlin = 12:20Z = 18:05 in Kathmandu: outside work time there.
      events: [{ at: '2026-03-23T13:20', type: 'timezone', timezone: 'Asia/Kathmandu' }],
    });
    const change = ms('2026-03-23T13:20:00+01:00');
    const after = lines.filter((l) => ms(l.at) >= change);
    expect(after[0]).toEqual({ at: '2026-03-24T09:00:00+05:45', type: 'wake' });
    expect(ats(after, 'prompt')).toEqual(['2026-03-24T09:30:00+05:45']);
  });

  it('Kathmandu evening → Berlin afternoon: inside work time at once, the countdown from the app’s start', () => {
    const lines = run({
      timezone: 'Asia/Kathmandu',
      from: '2026-03-23T17:30', // 11:45Z
      until: '2026-03-23T14:45', // Berlin
      settings: { breaks: { everyMinutes: 30 } },
      respond: SKIP,
      events: [{ at: '2026-03-23T18:00', type: 'timezone', timezone: 'Europe/Berlin' }], // 12:15Z = 13:15 Berlin
    });
    // Berlin's 13:00 range started at 12:00Z, after the anchor (11:45Z): due 12:30Z.
    expect(ats(lines, 'prompt')).toEqual([
      '2026-03-23T13:30:00+01:00',
      '2026-03-23T14:00:00+01:00',
      '2026-03-23T14:30:00+01:00',
    ]);
  });

  it('a change to a zone on its fall-back day: the repeated hour is counted in real time', () => {
    const lines = run({
      timezone: 'Asia/Kathmandu',
      from: '2026-10-25T05:00', // 23:15Z on the 24th
      until: '2026-10-25T04:00', // Berlin
      settings: settings(
        {
          sun: [
            { start: '05:00', end: '12:00' },
            { start: '01:00', end: '04:00' },
          ],
        },
        { everyMinutes: 45 },
      ),
      respond: SKIP,
      // 05:30 Kathmandu = 23:45Z = 01:45+02:00 in Berlin, inside Berlin's 01:00–04:00.
      events: [{ at: '2026-10-25T05:30', type: 'timezone', timezone: 'Europe/Berlin' }],
    });
    // Kathmandu's 05:00 range anchored at its start (23:15Z): due 00:00Z = 02:00+02:00 Berlin.
    expect(ats(lines, 'prompt')).toEqual([
      '2026-10-25T02:00:00+02:00',
      '2026-10-25T02:45:00+02:00',
      '2026-10-25T02:30:00+01:00',
      '2026-10-25T03:15:00+01:00',
    ]);
  });

  // Reveals engine bug: a snoozed break keeps the end of the work range in the
  // OLD zone (PendingBreak.rangeEnd), so after a change into non-work time the
  // snoozed prompt comes back outside work time (04:41-04:00 here) and is only
  // closed as missed at the old range's end (07:00-04:00 = 12:00 Berlin).
  it('a snoozed break does not come back outside the new zone’s work time', () => {
    const lines = run({
      timezone: 'Europe/Berlin',
      from: '2026-03-23T08:00',
      until: '2026-03-23T09:45', // New York
      settings: { breaks: { everyMinutes: 30, snoozeMinutes: 10 } },
      respond: { action: 'snooze', afterSeconds: 0 },
      events: [
        // The 09:30 Berlin prompt is snoozed until 09:40 Berlin; at 09:35 Berlin
        // (04:35 New York, before work there) the zone changes.
        { at: '2026-03-23T09:35', type: 'timezone', timezone: 'America/New_York' },
        { at: '2026-03-23T04:41', type: 'idle', minutes: 1 },
      ],
    });
    const change = ms('2026-03-23T09:35:00+01:00');
    const promptsAfter = ats(lines, 'prompt').filter((a) => ms(a) >= change);
    // No prompt before New York's range at 09:00; the first is a fresh countdown.
    expect(promptsAfter[0]).toBe('2026-03-23T09:30:00-04:00');
    // The snoozed break can no longer come back inside its range: missed at once.
    expect(lines.filter((l) => l.type === 'break')[0]).toEqual({
      at: '2026-03-23T04:35:00-04:00',
      type: 'break',
      outcome: 'missed',
      trigger: 'prompt',
    });
  });

  // Reveals engine bug: an open prompt stays on screen after a change into
  // non-work time and is missed at the old zone's range end (07:00-04:00).
  it('an open prompt closes as missed when the change leaves work time', () => {
    const lines = run({
      timezone: 'Europe/Berlin',
      from: '2026-03-23T08:00',
      until: '2026-03-23T09:45',
      settings: { breaks: { everyMinutes: 30 } },
      respond: { action: 'ignore' },
      events: [{ at: '2026-03-23T09:35', type: 'timezone', timezone: 'America/New_York' }],
    });
    expect(lines.filter((l) => l.type === 'break')[0]).toEqual({
      at: '2026-03-23T04:35:00-04:00',
      type: 'break',
      outcome: 'missed',
      trigger: 'prompt',
    });
  });

  // Reveals engine bug: same cause; a change to a zone whose range ends later
  // closes the open prompt at the old range's end (11:00Z = 12:00 Berlin) while
  // London's work time runs to 12:00 London.
  it('an open prompt lasts until the end of the new zone’s range', () => {
    const lines = run({
      timezone: 'Europe/Berlin',
      from: '2026-03-23T11:25',
      until: '2026-03-23T12:30', // London
      settings: { breaks: { everyMinutes: 30 } },
      respond: { action: 'ignore' },
      events: [{ at: '2026-03-23T11:57', type: 'timezone', timezone: 'Europe/London' }],
    });
    expect(ats(lines, 'prompt')).toEqual(['2026-03-23T11:55:00+01:00']);
    expect(lines.filter((l) => l.type === 'break')).toEqual([
      { at: '2026-03-23T12:00:00+00:00', type: 'break', outcome: 'missed', trigger: 'prompt' },
    ]);
  });
});
