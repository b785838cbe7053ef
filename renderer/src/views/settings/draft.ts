/**
 * The settings form's model: the values being edited (numbers as typed, work
 * ranges with list keys), how they map back onto the settings schema, and the
 * units the form saves one at a time.
 *
 * Validation is the core's: the draft is turned into a settings object and
 * checked with `validateSettings`, the same schema the main process enforces,
 * so a message next to a field is exactly what main would answer.
 */
import { WEEKDAYS, validateSettings, type Settings, type Weekday } from '../../../../electron/core/settings';

export interface DraftRange {
  /** A stable key for React lists; not saved. */
  key: string;
  start: string;
  end: string;
}

export interface Draft {
  breaks: {
    everyMinutes: string;
    noticeSeconds: string;
    snoozeMinutes: string;
    maxSnoozes: string;
    routine: string;
    includeFloor: boolean;
  };
  idle: { naturalBreakMinutes: string };
  workHours: {
    enabled: boolean;
    days: Record<Weekday, DraftRange[]>;
    daysOff: string[];
  };
  app: {
    sounds: boolean;
    startAtLogin: boolean;
    globalShortcut: string;
    reducedMotion: Settings['app']['reducedMotion'];
    manualAdvance: boolean;
    dailyGoal: string;
    checkIn: boolean;
    letterShortcuts: boolean;
    theme: Settings['app']['theme'];
  };
}

/** The pieces the form saves on their own; each is a path into Settings. */
export const UNITS = [
  'workHours.enabled',
  'workHours.days',
  'workHours.daysOff',
  'breaks.everyMinutes',
  'breaks.noticeSeconds',
  'breaks.snoozeMinutes',
  'breaks.maxSnoozes',
  'breaks.routine',
  'breaks.includeFloor',
  'idle.naturalBreakMinutes',
  'app.sounds',
  'app.startAtLogin',
  'app.globalShortcut',
  'app.reducedMotion',
  'app.manualAdvance',
  'app.dailyGoal',
  'app.checkIn',
  'app.letterShortcuts',
  'app.theme',
] as const;
export type Unit = (typeof UNITS)[number];

let nextKey = 0;
export const rangeKey = (): string => `r${++nextKey}`;

export function draftRanges(ranges: readonly { start: string; end: string }[]): DraftRange[] {
  return ranges.map((r) => ({ key: rangeKey(), start: r.start, end: r.end }));
}

export function toDraft(s: Settings): Draft {
  const days = Object.fromEntries(WEEKDAYS.map((d) => [d, draftRanges(s.workHours.days[d])])) as Record<
    Weekday,
    DraftRange[]
  >;
  return {
    breaks: {
      everyMinutes: String(s.breaks.everyMinutes),
      noticeSeconds: String(s.breaks.noticeSeconds),
      snoozeMinutes: String(s.breaks.snoozeMinutes),
      maxSnoozes: String(s.breaks.maxSnoozes),
      routine: s.breaks.routine,
      includeFloor: s.breaks.includeFloor,
    },
    idle: { naturalBreakMinutes: String(s.idle.naturalBreakMinutes) },
    workHours: { enabled: s.workHours.enabled, days, daysOff: [...s.workHours.daysOff] },
    app: {
      sounds: s.app.sounds,
      startAtLogin: s.app.startAtLogin,
      globalShortcut: s.app.globalShortcut,
      reducedMotion: s.app.reducedMotion,
      manualAdvance: s.app.manualAdvance,
      dailyGoal: String(s.app.dailyGoal),
      checkIn: s.app.checkIn,
      letterShortcuts: s.app.letterShortcuts,
      theme: s.app.theme,
    },
  };
}

/**
 * A number as typed: digits (and a sign or decimals, which the schema then
 * names) become a number; anything else stays text, so the schema answers
 * "must be a number" instead of the old value silently staying.
 */
export function typedNumber(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The draft as a settings object (unchecked): what would be saved. */
export function candidateOf(draft: Draft, version: number): Record<string, unknown> {
  const days = Object.fromEntries(
    WEEKDAYS.map((d) => [d, draft.workHours.days[d].map(({ start, end }) => ({ start, end }))]),
  );
  return {
    version,
    breaks: {
      everyMinutes: typedNumber(draft.breaks.everyMinutes),
      noticeSeconds: typedNumber(draft.breaks.noticeSeconds),
      snoozeMinutes: typedNumber(draft.breaks.snoozeMinutes),
      maxSnoozes: typedNumber(draft.breaks.maxSnoozes),
      routine: draft.breaks.routine,
      includeFloor: draft.breaks.includeFloor,
    },
    idle: { naturalBreakMinutes: typedNumber(draft.idle.naturalBreakMinutes) },
    workHours: { enabled: draft.workHours.enabled, days, daysOff: [...draft.workHours.daysOff] },
    app: { ...draft.app, dailyGoal: typedNumber(draft.app.dailyGoal) },
  };
}

export function getAt(obj: unknown, path: string): unknown {
  let here: unknown = obj;
  for (const part of path.split('.')) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<string, unknown>)[part];
  }
  return here;
}

/** A nested object holding only `value` at `path`: the patch that saves one unit. */
export function patchAt(path: string, value: unknown): Record<string, unknown> {
  const parts = path.split('.');
  let out: unknown = value;
  for (let i = parts.length - 1; i >= 0; i--) out = { [parts[i]!]: out };
  return out as Record<string, unknown>;
}

/** A copy of `obj` with `value` at `path` (objects along the path are copied). */
export function setAt<T>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const source = obj as Record<string, unknown>;
  return {
    ...source,
    [head!]: rest.length === 0 ? value : setAt(source[head!], rest.join('.'), value),
  } as T;
}

export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** One problem the schema found, split into the field's path and the message. */
export interface Problem {
  path: string;
  message: string;
}

/** `breaks.everyMinutes: must be between 5 and 240` → { path, message }. */
export function parseProblem(line: string): Problem {
  const match = /^([A-Za-z0-9_.]+): (.*)$/s.exec(line);
  return match ? { path: match[1]!, message: match[2]! } : { path: '', message: line };
}

/** The unit a path belongs to, or null for problems no field owns. */
export function unitOf(path: string): Unit | null {
  return UNITS.find((u) => path === u || path.startsWith(`${u}.`)) ?? null;
}

export interface Checked {
  /** The valid settings the draft describes, or null while anything is wrong. */
  settings: Settings | null;
  problems: Problem[];
}

/** Checks the whole draft with the core's schema. */
export function checkDraft(draft: Draft, version: number): Checked {
  const result = validateSettings(candidateOf(draft, version));
  if (result.ok) return { settings: result.value, problems: [] };
  return { settings: null, problems: result.error.map(parseProblem) };
}

/** Problems of one unit (a path equal to or under it). */
export function problemsOf(problems: readonly Problem[], unit: Unit): Problem[] {
  return problems.filter((p) => unitOf(p.path) === unit);
}

/** Whether the draft's value of a unit differs from the saved settings. */
export function isDirty(draft: Draft, saved: Settings, unit: Unit): boolean {
  return !same(getAt(candidateOf(draft, saved.version), unit), getAt(saved, unit));
}

/**
 * Takes in settings that changed elsewhere (the tray, another window, an
 * import): every unit the person is not in the middle of editing follows the
 * new value; an edit in progress stays.
 */
export function mergeSaved(draft: Draft, before: Settings, after: Settings): Draft {
  const fresh = toDraft(after);
  let out = draft;
  for (const unit of UNITS) {
    if (isDirty(draft, before, unit)) continue;
    if (same(getAt(after, unit), getAt(before, unit))) continue;
    out = setAt(out, unit, getAt(fresh, unit));
  }
  return out;
}

/** A new range for a day: an hour after the last one ends, an hour long; a first range is 09:00–17:00. */
export function suggestRange(ranges: readonly { start: string; end: string }[]): {
  start: string;
  end: string;
} {
  const last = ranges.at(-1);
  if (!last || !/^\d\d:\d\d$/.test(last.end)) return { start: '09:00', end: '17:00' };
  const [h, m] = last.end.split(':').map(Number) as [number, number];
  const at = (minutes: number) => {
    const wrapped = ((minutes % 1440) + 1440) % 1440;
    return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
  };
  const start = h * 60 + m + 60;
  return { start: at(start), end: at(start + 60) };
}

/** True when a range ends at or before it starts: it runs past midnight into the next day. */
export function pastMidnight(range: { start: string; end: string }): boolean {
  return /^\d\d:\d\d$/.test(range.start) && /^\d\d:\d\d$/.test(range.end) && range.end <= range.start;
}
