/**
 * The settings schema: the single source of truth for the Settings type, the
 * defaults, validation of user edits and imports, and the JSON schema that
 * electron-store enforces on disk (derived with z.toJSONSchema).
 */
import { z } from 'zod';

export const SETTINGS_VERSION = 1;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time as HH:MM (00:00–23:59)' });

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  .refine((s) => isRealDate(s), { message: 'is not a real calendar date' });

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth;
}

const intIn = (min: number, max: number) =>
  z
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(min, { message: `must be between ${min} and ${max}` })
    .max(max, { message: `must be between ${min} and ${max}` });

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

const dayRanges = z.array(workRangeSchema).superRefine((ranges, ctx) => {
  const spans = ranges.map(rangeSpan);
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      const a = spans[i]!;
      const b = spans[j]!;
      if (a.from < b.to && b.from < a.to) {
        ctx.addIssue({
          code: 'custom',
          path: [j],
          message: `overlaps ${ranges[i]!.start}–${ranges[i]!.end}`,
        });
      }
    }
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
              message: `overlaps ${day} ${range.start}–${range.end}`,
            });
          }
        });
      }
    });
  });

const routineChoice = z
  .string()
  .regex(/^(rotate|[a-z0-9]+(-[a-z0-9]+)*)$/, { message: 'must be "rotate" or a routine id' });

const accelerator = z
  .string()
  .max(64, { message: 'is too long' })
  .regex(
    /^$|^((CommandOrControl|Control|Ctrl|Command|Cmd|Alt|Option|Shift|Super|Meta)\+)+[A-Z0-9]$|^((CommandOrControl|Control|Ctrl|Command|Cmd|Alt|Option|Shift|Super|Meta)\+)*F([1-9]|1[0-9]|2[0-4])$/,
    {
      message: 'must be empty or a shortcut such as CommandOrControl+Alt+B',
    },
  );

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
        .array(localDate)
        .max(1000, { message: 'has too many dates' })
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
      /** Light or dark: follow the system's theme, or force one. */
      theme: z.enum(['system', 'light', 'dark']).default('system'),
      /** The first-run welcome was shown (it opens once; the tray reopens it). */
      welcomeSeen: z.boolean().default(false),
    })
    .prefault({}),
});

export type Settings = z.infer<typeof settingsSchema>;
/** What a person or a file may write: every field optional, defaults fill the rest. */
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze(settingsSchema.parse({})) as Settings;

/** JSON schema for electron-store / conf (draft 2020-12, which conf's Ajv uses). */
export function settingsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(settingsSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
