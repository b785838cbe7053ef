/**
 * The first day of the week in a locale, as Intl numbers weekdays (ISO 8601):
 * 1 = Monday … 7 = Sunday.
 *
 * The engine's own CLDR data comes first: `Intl.Locale#getWeekInfo()`
 * (Chromium, so Electron) or the older `weekInfo` property (Node 20). Where
 * neither exists, a copy of CLDR's supplemental weekData `firstDay` by region
 * (CLDR 48) answers, with the region a tag without one most likely means
 * (`Intl.Locale#maximize`, CLDR likely subtags: en → US, ar → EG, ja → JP).
 * A `-u-fw-` extension ("en-u-fw-mon") overrides the region in both.
 */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

interface WeekInfo {
  firstDay?: number;
}
interface LocaleWithWeekInfo extends Intl.Locale {
  getWeekInfo?: () => WeekInfo;
  weekInfo?: WeekInfo;
}

/** CLDR weekData firstDay: the regions that do not start on Monday (the world default, "001"). */
const FIRST_DAY_NOT_MONDAY: Record<string, IsoWeekday> = {};
for (const [day, regions] of [
  [5, 'MV'],
  [6, 'AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'],
  [
    7,
    'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN IS JM JP KE KH KR LA MH MM MO MT MX ' +
      'MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW',
  ],
] as const) {
  for (const region of regions.split(' ')) FIRST_DAY_NOT_MONDAY[region] = day;
}

/** Likely regions for when `Intl.Locale#maximize` is missing (CLDR likelySubtags). */
const LIKELY_REGION: Record<string, string> = {
  ar: 'EG',
  de: 'DE',
  en: 'US',
  es: 'ES',
  fa: 'IR',
  fr: 'FR',
  he: 'IL',
  hi: 'IN',
  it: 'IT',
  ja: 'JP',
  ko: 'KR',
  nl: 'NL',
  pl: 'PL',
  pt: 'BR',
  ru: 'RU',
  tr: 'TR',
  uk: 'UA',
  zh: 'CN',
};

const FW_DAYS: Record<string, IsoWeekday> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

function isWeekday(n: unknown): n is IsoWeekday {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 7;
}

function parse(tag: string): Intl.Locale | null {
  try {
    return new Intl.Locale(tag);
  } catch {
    return null;
  }
}

/** The `fw` keyword of a tag's -u- extension ("en-GB-u-fw-sun" → 7), if any. */
function fwKeyword(tag: string): IsoWeekday | null {
  const m = /-u(?:-[a-z0-9]{2,8})*?-fw-(mon|tue|wed|thu|fri|sat|sun)(?:-|$)/i.exec(tag);
  return m ? FW_DAYS[m[1]!.toLowerCase()]! : null;
}

/** The answer from CLDR's table alone, without the engine's week data (exported for tests). */
export function weekStartDayFromTable(tag: string): IsoWeekday {
  const fw = fwKeyword(tag);
  if (fw !== null) return fw;
  const locale = parse(tag);
  if (!locale) return 1;
  let region = locale.region;
  if (!region) {
    try {
      region = locale.maximize().region;
    } catch {
      region = undefined;
    }
  }
  region ??= LIKELY_REGION[locale.language];
  return (region && FIRST_DAY_NOT_MONDAY[region.toUpperCase()]) || 1;
}

/** The first day of the week in `tag`, 1 = Monday … 7 = Sunday; Monday for a tag that does not parse. */
export function weekStartDay(tag: string): IsoWeekday {
  const locale = parse(tag) as LocaleWithWeekInfo | null;
  if (locale) {
    try {
      const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
      if (isWeekday(info?.firstDay)) return info.firstDay;
    } catch {
      // An engine whose week data throws: CLDR's table below.
    }
  }
  return weekStartDayFromTable(tag);
}
