/**
 * The settings schema: the single source of truth for the Settings type, the
 * defaults, validation of user edits and imports, and the JSON schema that
 * electron-store enforces on disk (derived with z.toJSONSchema).
 */
import { z } from 'zod';
import { busySettingsSchema } from './busy';
import { customRoutinesSchema } from './custom-routines';
import { shortcutProblem, shortcutProblemText } from './shortcut';
import { say } from '../validation/issues';
import { DEFAULT_LEVEL, DOSE_LEVELS } from '../catalog/levels';
import { LANGUAGES, type LanguageTag } from '../../shared/i18n/languages';
import { ID_PATTERN, ROTATE_OR_ID_PATTERN } from '../catalog/ids';
import { LOCAL_DATE_PATTERN } from '../time/zone';

const LANGUAGE_TAGS = LANGUAGES.map((l) => l.tag) as LanguageTag[];

/** 2: days off may be date ranges; global shortcuts follow ./shortcut.ts (see migrations.ts). */
export const SETTINGS_VERSION = 2;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: say('settings.problem.time') });

const localDate = z
  .string()
  .regex(LOCAL_DATE_PATTERN, { message: say('settings.problem.date') })
  .refine((s) => isRealDate(s), { message: say('settings.problem.realDate') });

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth;
}

/** Longest days-off range: a year (a longer absence is better served by turning work hours off). */
export const MAX_DAYS_OFF_RANGE = 366;

/** A day off: one date, or a range of dates (both days included) such as a week's holiday. */
const dayOffRange = z
  .strictObject({ from: localDate, to: localDate })
  .refine((r) => r.to >= r.from, { message: say('settings.problem.dateOrder'), path: ['to'] })
  .refine((r) => daysBetween(r.from, r.to) < MAX_DAYS_OFF_RANGE, {
    message: say('settings.problem.rangeTooLong', { max: MAX_DAYS_OFF_RANGE }),
    path: ['to'],
  });
const dayOffEntry = z.union([localDate, dayOffRange], {
  message: say('settings.problem.dayOff'),
});
export type DayOff = z.infer<typeof dayOffEntry>;

function daysBetween(from: string, to: string): number {
  const utc = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

const intIn = (min: number, max: number) =>
  z
    .number({ message: say('settings.problem.number') })
    .int({ message: say('settings.problem.whole') })
    .min(min, { message: say('settings.problem.between', { min, max }) })
    .max(max, { message: say('settings.problem.between', { min, max }) });

export const workRangeSchema = z.strictObject({ start: clockTime, end: clockTime });
export type WorkRange = z.infer<typeof workRangeSchema>;

export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** A range's span in minutes from its day's midnight; end <= start runs past midnight. */
export function rangeSpan(range: WorkRange): { from: number; to: number } {
  const from = minutesOfDay(range.start);
  let to = minutesOfDay(range.end);
  if (to <= from) to += 24 * 60;
  return { from, to };
}

/** A range as message words: its times on the reader's clock ("09:00–12:00", "9:00 AM–12:00 PM"). */
const timeRange = (r: WorkRange) => ({
  key: 'validation.timeRange',
  params: { start: { clock: r.start }, end: { clock: r.end } },
});

/** Work ranges a day may hold; more is refused by name before any overlap work (a file may hold thousands). */
export const MAX_RANGES_PER_DAY = 12;
/** Overlap problems reported per day at most; the rest are summed up. */
const MAX_OVERLAP_ISSUES = 5;

/**
 * Overlapping ranges of one day, linear after sorting: each range is compared
 * with the one that reaches furthest among those starting before it. Reports
 * the later range (in the person's order) with the range it runs into.
 */
export function overlappingRanges(ranges: readonly WorkRange[]): { index: number; other: number }[] {
  const order = ranges.map((r, i) => ({ i, ...rangeSpan(r) })).sort((a, b) => a.from - b.from || a.i - b.i);
  const found: { index: number; other: number }[] = [];
  let reach: (typeof order)[number] | undefined;
  for (const span of order) {
    if (reach && span.from < reach.to) {
      found.push(span.i > reach.i ? { index: span.i, other: reach.i } : { index: reach.i, other: span.i });
    }
    if (!reach || span.to > reach.to) reach = span;
  }
  return found.sort((a, b) => a.index - b.index);
}

const dayRanges = z
  .array(workRangeSchema)
  .max(MAX_RANGES_PER_DAY, {
    message: say('settings.problem.tooManyRanges', { max: MAX_RANGES_PER_DAY }),
    abort: true,
  })
  .superRefine((ranges, ctx) => {
    const found = overlappingRanges(ranges);
    for (const { index, other } of found.slice(0, MAX_OVERLAP_ISSUES)) {
      ctx.addIssue({
        code: 'custom',
        path: [index],
        params: { key: 'settings.problem.overlaps', range: timeRange(ranges[other]!) },
      });
    }
    if (found.length > MAX_OVERLAP_ISSUES) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        params: { key: 'settings.problem.moreOverlaps', count: found.length - MAX_OVERLAP_ISSUES },
      });
    }
  });

const defaultDay = (): WorkRange[] => [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '17:00' },
];

const daysSchema = z
  .strictObject({
    mon: dayRanges.default(defaultDay),
    tue: dayRanges.default(defaultDay),
    wed: dayRanges.default(defaultDay),
    thu: dayRanges.default(defaultDay),
    fri: dayRanges.default(defaultDay),
    sat: dayRanges.default(() => []),
    sun: dayRanges.default(() => []),
  })
  .superRefine((days, ctx) => {
    // A range past midnight must not run into the next day's first ranges.
    WEEKDAYS.forEach((day, i) => {
      const next = WEEKDAYS[(i + 1) % 7]!;
      for (const range of days[day]) {
        const spill = rangeSpan(range).to - 24 * 60;
        if (spill <= 0) continue;
        days[next].forEach((other, j) => {
          if (rangeSpan(other).from < spill) {
            ctx.addIssue({
              code: 'custom',
              path: [next, j],
              params: {
                key: 'settings.problem.overlapsDay',
                day: { key: `weekday.${day}` },
                range: timeRange(range),
              },
            });
          }
        });
      }
    });
  });

const routineChoice = z.string().regex(ROTATE_OR_ID_PATTERN, { message: say('settings.problem.routine') });

const accelerator = z
  .string()
  .max(64)
  .regex(
    /^$|^((CommandOrControl|Control|Ctrl|Command|Cmd|Alt|Option|Shift|Super|Meta)\+)+[A-Z0-9]$|^((CommandOrControl|Control|Ctrl|Command|Cmd|Alt|Option|Shift|Super|Meta)\+)*F([1-9]|1[0-9]|2[0-4])$/,
    {
      message: say('settings.problem.shortcut', { example: 'CommandOrControl+Alt+B' }),
    },
  )
  .superRefine((value, ctx) => {
    const problem = shortcutProblem(value);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        params: shortcutProblemText(problem),
        input: value,
      });
  });

const doseLevel = z.enum(DOSE_LEVELS);
const catalogId = z
  .string()
  .regex(ID_PATTERN, { message: say('settings.problem.catalogId') })
  .max(60);

const routinesSettingsSchema = z.strictObject({
  /** The dose level every routine runs at unless it has its own. */
  level: doseLevel.default(DEFAULT_LEVEL),
  /** A routine's own level, by routine id ("overall": back to the level above). */
  levels: z.record(catalogId, z.enum([...DOSE_LEVELS, 'overall'])).default(() => ({})),
  /** Seconds to get into position before each exercise (0: no get-ready step). */
  getReadySeconds: intIn(0, 30).default(8),
  /** The person's step on each build-up ("3 reps, building up to 10"), by exercise id. */
  built: z.record(catalogId, intIn(1, 30)).default(() => ({})),
  /** The person's own routines (./custom-routines.ts). */
  custom: customRoutinesSchema.default(() => []),
});

export const settingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  breaks: z
    .strictObject({
      everyMinutes: intIn(5, 240).default(30),
      noticeSeconds: intIn(0, 300).default(30),
      snoozeMinutes: intIn(1, 60).default(5),
      maxSnoozes: intIn(0, 10).default(3),
      routine: routineChoice.default('rotate'),
      /** Let the prompt suggest floor routines too (for people at home). */
      includeFloor: z.boolean().default(false),
      /** The routines that take turns with "rotate" (shipped and own ids); empty: every desk routine. */
      rotation: z
        .array(routineChoice)
        .max(100, { message: say('custom.problem.tooManyRoutines', { max: 100 }) })
        .default(() => []),
    })
    .prefault({}),
  idle: z
    .strictObject({
      naturalBreakMinutes: intIn(1, 60).default(5),
    })
    .prefault({}),
  workHours: z
    .strictObject({
      enabled: z.boolean().default(true),
      days: daysSchema.prefault({}),
      daysOff: z
        .array(dayOffEntry)
        .max(1000)
        .default(() => []),
    })
    .prefault({}),
  app: z
    .strictObject({
      sounds: z.boolean().default(true),
      startAtLogin: z.boolean().default(false),
      globalShortcut: accelerator.default(''),
      reducedMotion: z.enum(['system', 'always', 'never']).default('system'),
      /** Steps wait for "Next" instead of advancing on their own (WCAG 2.2.1). */
      manualAdvance: z.boolean().default(false),
      /** Breaks taken per work day that keep the streak going. */
      dailyGoal: intIn(1, 20).default(4),
      /** The optional once-a-day back-comfort check-in. */
      checkIn: z.boolean().default(false),
      /** The prompt's one-letter keys (S to snooze); WCAG 2.1.4 lets people turn them off. */
      letterShortcuts: z.boolean().default(true),
      /** A soft chime with the heads-up and the prompt (off by default; quiet in do-not-disturb). */
      chime: z.boolean().default(false),
      /** The chime's loudness, percent. */
      chimeVolume: intIn(0, 100).default(50),
      /** Light or dark: follow the system's theme, or force one. */
      theme: z.enum(['system', 'light', 'dark']).default('system'),
      /** The language Unslouch speaks: the system's (best match), or one chosen. */
      language: z.enum(['system', ...LANGUAGE_TAGS]).default('system'),
      /** The first-run welcome was shown (it opens once; the tray reopens it). */
      welcomeSeen: z.boolean().default(false),
    })
    .prefault({}),
  /** R11: hold breaks while the desktop says "don't interrupt" (electron/core/settings/busy.ts). */
  busy: busySettingsSchema.prefault({}),
  /** How guided routines run (issue 13): dose level, get-ready time, build-up steps. */
  routines: routinesSettingsSchema.prefault({}),
});

export type Settings = z.infer<typeof settingsSchema>;
/** What a person or a file may write: every field optional, defaults fill the rest. */
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze(settingsSchema.parse({})) as Settings;

/** JSON schema for electron-store / conf (draft 2020-12, which conf's Ajv uses). */
export function settingsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(settingsSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
