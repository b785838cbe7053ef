/**
 * The optional back-comfort check-in, at most once a local day: how much
 * discomfort the back gives today (0 = none … 10 = the worst imaginable) and
 * four yes/no warning questions taken from the source article.
 *
 * The advice stays strictly with the sources (source-article.txt, closing
 * paragraphs; evidence-notes.md §3): the app never diagnoses, it only
 * suggests seeing a doctor.
 * - Any warning answered "yes" → the UI shows the "see a doctor" guidance at
 *   once (hasWarning / warningAdvice).
 * - The article: consult a doctor when there is "no improvement within a few
 *   weeks" → the "two weeks without improvement" rule (trendAdvice).
 */
import { Temporal } from 'temporal-polyfill';
import {
  fieldIssue,
  fieldIssuesFromZod,
  pathLabel,
  say,
  type FieldIssue,
  type FieldLabeller,
} from '../validation/issues';
import { literal, text } from '../../shared/i18n/text';
import { z } from 'zod';
import { ISO_INSTANT_PATTERN, LOCAL_DATE_PATTERN } from '../time/zone';
import { historyCutoff } from './types';

export const DISCOMFORT_MIN = 0;
export const DISCOMFORT_MAX = 10;

export const WARNING_IDS = ['legs', 'bladderBowel', 'fever', 'lyingDown'] as const;
export type WarningId = (typeof WARNING_IDS)[number];
export type CheckInWarnings = Record<WarningId, boolean>;

export interface CheckIn {
  id: string;
  /** The local date the check-in belongs to, YYYY-MM-DD. */
  date: string;
  /** When it was answered: an ISO 8601 instant with offset. */
  at: string;
  /** Back discomfort today: 0 = none, 10 = the worst imaginable. Whole numbers. */
  discomfort: number;
  /** Answers to WARNING_QUESTIONS; true = yes. */
  warnings: CheckInWarnings;
}

/** A warning question; its words are the catalog's `checkin.question.<id>`. */
export interface WarningQuestion {
  id: WarningId;
  /**
   * How the source article words the advice for this sign: "consult" (see a
   * doctor: pain spreading into the legs) or "prompt" (get medical attention
   * straight away: bladder/bowel changes, fever, pain when lying down).
   */
  advice: 'consult' | 'prompt';
}

/** The warning signs of the source article's closing advice (worded in the message catalog). */
export const WARNING_QUESTIONS: readonly WarningQuestion[] = [
  { id: 'legs', advice: 'consult' },
  { id: 'bladderBowel', advice: 'prompt' },
  { id: 'fever', advice: 'prompt' },
  { id: 'lyingDown', advice: 'prompt' },
];

const isoInstant = z.string().regex(ISO_INSTANT_PATTERN, {
  message: say('validation.instant'),
});

const localDate = z
  .string()
  .regex(LOCAL_DATE_PATTERN, { message: say('settings.problem.date') })
  .refine((s) => realDate(s) !== null, { message: say('settings.problem.realDate') });

export const checkInSchema = z.strictObject({
  id: z.string().min(1).max(100),
  date: localDate,
  at: isoInstant,
  discomfort: z
    .number({ message: say('settings.problem.number') })
    .int({ message: say('settings.problem.whole') })
    .min(DISCOMFORT_MIN, {
      message: say('settings.problem.between', { min: DISCOMFORT_MIN, max: DISCOMFORT_MAX }),
    })
    .max(DISCOMFORT_MAX, {
      message: say('settings.problem.between', { min: DISCOMFORT_MIN, max: DISCOMFORT_MAX }),
    }),
  warnings: z.strictObject({
    legs: z.boolean(),
    bladderBowel: z.boolean(),
    fever: z.boolean(),
    lyingDown: z.boolean(),
  }),
}) satisfies z.ZodType<CheckIn>;

function realDate(s: string): Temporal.PlainDate | null {
  if (!LOCAL_DATE_PATTERN.test(s)) return null;
  try {
    return Temporal.PlainDate.from(s, { overflow: 'reject' });
  } catch {
    return null;
  }
}

function dateArg(s: string, name: string): Temporal.PlainDate {
  const d = realDate(s);
  if (!d) throw new RangeError(`${name} must be a real date as YYYY-MM-DD`);
  return d;
}

/** Builds a check-in answered at instant `at` (ISO) in `zone`; its date is at's local date. */
export function makeCheckIn(
  answers: { discomfort: number; warnings: CheckInWarnings },
  at: string,
  zone: string,
  id: string,
): { ok: true; value: CheckIn } | { ok: false; issues: FieldIssue[] } {
  let date: string;
  try {
    date = Temporal.Instant.from(at).toZonedDateTimeISO(zone).toPlainDate().toString();
  } catch {
    return { ok: false, issues: [fieldIssue(['at'], text('validation.instantZone'), { received: at })] };
  }
  const parsed = checkInSchema.safeParse({ id, date, at, ...answers });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: fieldIssuesFromZod(parsed.error, { id, date, at, ...answers }, { unknownKey: 'field' }),
  };
}

/** The check-ins the history keeps: the last year's, by instant, as for breaks. */
export function pruneCheckIns(checkIns: readonly CheckIn[], now: number): CheckIn[] {
  const cutoff = historyCutoff(now);
  return checkIns.filter((c) => Date.parse(c.at) >= cutoff);
}
/** The check-in's fields as the person sees them (the rating and the questions); other paths as written. */
export const checkInLabel: FieldLabeller = (path) => {
  const [first, second] = path;
  if (path.length === 0) return null;
  if (first === 'discomfort') return text('checkin.rating.legend');
  if (first === 'warnings' && (WARNING_IDS as readonly unknown[]).includes(second))
    return text(`checkin.question.${second as WarningId}`);
  return pathLabel()(path) ?? literal(String(first));
};

/** Keeps the valid check-ins of a stored list and counts the ones dropped. */
export function readCheckIns(raw: unknown): { checkIns: CheckIn[]; dropped: number } {
  if (!Array.isArray(raw)) return { checkIns: [], dropped: raw === undefined ? 0 : 1 };
  const checkIns: CheckIn[] = [];
  for (const item of raw) {
    const parsed = checkInSchema.safeParse(item);
    if (parsed.success) checkIns.push(parsed.data);
  }
  return { checkIns, dropped: raw.length - checkIns.length };
}

/** The warnings answered "yes", in WARNING_QUESTIONS order. */
export function warningsAnswered(checkIn: Pick<CheckIn, 'warnings'>): WarningId[] {
  return WARNING_IDS.filter((id) => checkIn.warnings[id] === true);
}

/** Any warning answered "yes": the UI must show the "see a doctor" guidance at once. */
export function hasWarning(checkIn: Pick<CheckIn, 'warnings'>): boolean {
  return warningsAnswered(checkIn).length > 0;
}

export interface WarningAdvice {
  show: boolean;
  /** True when a sign the article says needs medical attention straight away was answered yes. */
  prompt: boolean;
  warnings: WarningId[];
}

/** The guidance for a check-in's warning answers. Never a diagnosis. */
export function warningAdvice(checkIn: Pick<CheckIn, 'warnings'>): WarningAdvice {
  const warnings = warningsAnswered(checkIn);
  if (warnings.length === 0) return { show: false, prompt: false, warnings };
  const prompt = WARNING_QUESTIONS.some((q) => q.advice === 'prompt' && warnings.includes(q.id));
  return { show: true, prompt, warnings };
}

/** True when no check-in exists for today's local date (at most one a day). */
export function canCheckInToday(checkIns: readonly Pick<CheckIn, 'date'>[], today: string): boolean {
  dateArg(today, 'today');
  return !checkIns.some((c) => c.date === today);
}

/** One check-in per date: the latest answered (by `at`) wins, sorted by date. */
function onePerDay(checkIns: readonly CheckIn[]): CheckIn[] {
  const byDate = new Map<string, CheckIn>();
  for (const c of checkIns) {
    const prev = byDate.get(c.date);
    if (!prev || Date.parse(c.at) >= Date.parse(prev.at)) byDate.set(c.date, c);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The "two weeks without improvement" rule, in numbers:
 * - window: the TREND_WINDOW_DAYS (14) local dates ending today, inclusive;
 *   one check-in per date counts (the latest if there are several), later
 *   dates are ignored;
 * - enough data: at least TREND_MIN_CHECKINS (4) check-ins whose first and
 *   last dates are at least TREND_MIN_SPAN_DAYS (10) days apart;
 * - compare the average discomfort of the first k and the last k check-ins
 *   in the window, k = min(3, floor(n / 2)) so they never overlap;
 * - improved: the last average is at least TREND_MIN_DROP (1) point lower;
 * - suggest a doctor when it has not improved and the latest discomfort is
 *   at least TREND_MIN_DISCOMFORT (3).
 */
export const TREND_WINDOW_DAYS = 14;
export const TREND_MIN_CHECKINS = 4;
export const TREND_MIN_SPAN_DAYS = 10;
export const TREND_MIN_DROP = 1;
export const TREND_MIN_DISCOMFORT = 3;

export type TrendCode = 'too-few' | 'too-short' | 'improving' | 'mild' | 'no-improvement';

export interface TrendAdvice {
  suggestDoctor: boolean;
  /** Worded by the catalog as `checkin.trend.<code>`. */
  code: TrendCode;
  /** Check-ins the rule looked at (one per date, in the window). */
  count: number;
  firstAverage: number | null;
  lastAverage: number | null;
  latest: number | null;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function trendAdvice(checkIns: readonly CheckIn[], today: string): TrendAdvice {
  const end = dateArg(today, 'today');
  const start = end.subtract({ days: TREND_WINDOW_DAYS - 1 }).toString();
  const endKey = end.toString();
  const inWindow = onePerDay(checkIns).filter((c) => c.date >= start && c.date <= endKey);
  const n = inWindow.length;
  const base = {
    count: n,
    firstAverage: null,
    lastAverage: null,
    latest: inWindow.at(-1)?.discomfort ?? null,
  };
  if (n < TREND_MIN_CHECKINS) {
    return {
      ...base,
      suggestDoctor: false,
      code: 'too-few',
    };
  }
  const span = dateArg(inWindow[0]!.date, 'date').until(dateArg(inWindow[n - 1]!.date, 'date')).days;
  if (span < TREND_MIN_SPAN_DAYS) {
    return {
      ...base,
      suggestDoctor: false,
      code: 'too-short',
    };
  }
  const k = Math.min(3, Math.floor(n / 2));
  const firstAverage = mean(inWindow.slice(0, k).map((c) => c.discomfort));
  const lastAverage = mean(inWindow.slice(n - k).map((c) => c.discomfort));
  const latest = inWindow[n - 1]!.discomfort;
  const numbers = { count: n, firstAverage, lastAverage, latest };
  if (lastAverage <= firstAverage - TREND_MIN_DROP) {
    return {
      ...numbers,
      suggestDoctor: false,
      code: 'improving',
    };
  }
  if (latest < TREND_MIN_DISCOMFORT) {
    return {
      ...numbers,
      suggestDoctor: false,
      code: 'mild',
    };
  }
  return {
    ...numbers,
    suggestDoctor: true,
    code: 'no-improvement',
  };
}

export interface TrendPoint {
  date: string;
  /** Discomfort that day (the latest check-in of the date), or null without a check-in. */
  discomfort: number | null;
  warning: boolean;
}

/** `days` entries, oldest first, ending with today: the chart of discomfort over time. */
export function trendSeries(checkIns: readonly CheckIn[], days: number, today: string): TrendPoint[] {
  if (!Number.isInteger(days) || days < 1 || days > 3660) {
    throw new RangeError('days must be a whole number between 1 and 3660');
  }
  const end = dateArg(today, 'today');
  const byDate = new Map(onePerDay(checkIns).map((c) => [c.date, c]));
  const out: TrendPoint[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const date = end.subtract({ days: i }).toString();
    const c = byDate.get(date);
    out.push({ date, discomfort: c ? c.discomfort : null, warning: c ? hasWarning(c) : false });
  }
  return out;
}
