/** The first day of the week by locale: the engine's CLDR data, and the CLDR table when the engine has none. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { weekStartDay, weekStartDayFromTable } from '../../electron/shared/i18n/week';

const EXPECTED: [string, number][] = [
  ['en', 7],
  ['en-US', 7],
  ['en-GB', 1],
  ['en-IE', 1],
  ['en-CA', 7],
  ['de', 1],
  ['de-AT', 1],
  ['fr', 1],
  ['es', 1],
  ['es-MX', 7],
  ['it', 1],
  ['nl', 1],
  ['pl', 1],
  ['uk', 1],
  ['pt', 7], // likely subtags: pt → pt-BR
  ['pt-BR', 7],
  ['pt-PT', 7],
  ['ja', 7],
  ['zh-CN', 1],
  ['zh-TW', 7],
  ['ar', 6], // likely subtags: ar → ar-EG
  ['ar-EG', 6],
  ['ar-SA', 7],
  ['ar-AE', 1],
  ['fa-IR', 6],
  ['dv-MV', 5],
  ['he', 7],
  ['en-u-fw-mon', 1],
  ['en-GB-u-fw-sun', 7],
  ['de-u-ca-gregory-fw-sat', 6],
];

afterEach(() => vi.restoreAllMocks());

describe('weekStartDay', () => {
  it.each(EXPECTED)('%s starts the week on day %i', (tag, day) => {
    expect(weekStartDay(tag)).toBe(day);
  });

  it('is Monday (the CLDR world default) for a tag that does not parse', () => {
    expect(weekStartDay('not a locale!')).toBe(1);
    expect(weekStartDay('')).toBe(1);
  });

  it('asks getWeekInfo() first, where the engine has it (Chromium)', () => {
    const proto = Intl.Locale.prototype as unknown as { getWeekInfo?: () => { firstDay: number } };
    const had = Object.prototype.hasOwnProperty.call(proto, 'getWeekInfo');
    const original = proto.getWeekInfo;
    proto.getWeekInfo = () => ({ firstDay: 3 });
    try {
      expect(weekStartDay('en-US')).toBe(3);
    } finally {
      if (had) proto.getWeekInfo = original;
      else delete proto.getWeekInfo;
    }
  });

  it('falls back to the CLDR table when the engine’s week info is missing or nonsense', () => {
    const proto = Intl.Locale.prototype as unknown as { getWeekInfo?: () => unknown };
    const had = Object.prototype.hasOwnProperty.call(proto, 'getWeekInfo');
    const original = proto.getWeekInfo;
    proto.getWeekInfo = () => ({ firstDay: 0 });
    try {
      expect(weekStartDay('ar')).toBe(6);
      expect(weekStartDay('en-GB')).toBe(1);
      expect(weekStartDay('en')).toBe(7);
    } finally {
      if (had) proto.getWeekInfo = original;
      else delete proto.getWeekInfo;
    }
  });
});

describe('weekStartDayFromTable (engines without week info)', () => {
  it.each(EXPECTED)('%s starts the week on day %i', (tag, day) => {
    expect(weekStartDayFromTable(tag)).toBe(day);
  });

  it('guesses the region from the language when Intl.Locale#maximize is missing', () => {
    vi.spyOn(Intl.Locale.prototype, 'maximize').mockImplementation(() => {
      throw new TypeError('maximize is not supported');
    });
    expect(weekStartDayFromTable('en')).toBe(7);
    expect(weekStartDayFromTable('ar')).toBe(6);
    expect(weekStartDayFromTable('de')).toBe(1);
    expect(weekStartDayFromTable('ja')).toBe(7);
    expect(weekStartDayFromTable('xx')).toBe(1);
  });

  // The table is a copy of CLDR; where this engine has CLDR's week data, they must agree.
  const REGIONS =
    'AD AE AF AG AR AS AT AU BD BE BH BR BS BT BW BZ CA CH CN CO CZ DE DJ DK DM DO DZ EG ES ET FI FR GB ' +
    'GR GT GU HK HN ID IE IL IN IQ IR IS IT JM JO JP KE KH KR KW LA LY MH MM MO MT MV MX MZ NI NL NO NP ' +
    'OM PA PE PH PK PL PR PT PY QA RU SA SD SE SG SV SY TH TR TT TW UA UM US VE VI VN WS YE ZA ZW';
  const proto = Intl.Locale.prototype as unknown as { getWeekInfo?: unknown };
  const engineHasWeekInfo = 'getWeekInfo' in proto || 'weekInfo' in proto;
  it.runIf(engineHasWeekInfo)('agrees with the engine’s CLDR data region by region', () => {
    const disagree = REGIONS.split(' ')
      .map((r) => `und-${r}`)
      .filter((tag) => weekStartDayFromTable(tag) !== weekStartDay(tag));
    expect(disagree).toEqual([]);
  });
});
