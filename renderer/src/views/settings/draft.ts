/**
 * The settings form's model: the values being edited (numbers as typed, work
 * ranges with list keys), how they map back onto the settings schema, and the
 * units the form saves one at a time.
 *
 * Validation is the core's: the draft is turned into a settings object and
 * checked with `checkSettings`, the same schema the main process enforces,
 * so a message next to a field is exactly what main would answer.
 */
import {
  SETTINGS_FIELDS,
  WEEKDAYS,
  checkSettings,
  valueAt,
  type FieldPath,
  type Settings,
  type Weekday,
} from '../../../../electron/core/settings';
import type { FieldIssue } from '../../../../electron/core/validation/issues';
import { renderText, type Text } from '../../../../electron/shared/i18n';

export interface DraftRange {
  /** A stable key for React lists; not saved. */
  key: string;
  start: string;
  end: string;
  /**
   * The person said this range ends the next day (or it was saved so). An end
   * at or before the start without it is a question, not a save.
   */
  overnight: boolean;
  /** The field typed last, where the "ends the next day?" question is asked. */
  typed?: 'start' | 'end';
}

/** A settings value as the form holds it: numbers as typed text, work ranges with list keys. */
type DraftOf<T> = {
  [K in keyof T]: T[K] extends number
    ? string
    : T[K] extends string | boolean | readonly unknown[]
      ? T[K]
      : DraftOf<T[K]>;
};

type Sections = Omit<Settings, 'version'>;
export type Draft = Omit<DraftOf<Sections>, 'workHours'> & {
  workHours: Omit<DraftOf<Settings['workHours']>, 'days'> & { days: Record<Weekday, DraftRange[]> };
};

/** The pieces the form saves on their own; each is a path into Settings (derived from the schema). */
export type Unit = FieldPath;
export const UNITS: readonly Unit[] = SETTINGS_FIELDS.map((f) => f.path as Unit);
const NUMBER_UNITS = new Set(SETTINGS_FIELDS.filter((f) => f.kind === 'number').map((f) => f.path));

let nextKey = 0;
export const rangeKey = (): string => `r${++nextKey}`;

export function draftRanges(ranges: readonly { start: string; end: string }[]): DraftRange[] {
  return ranges.map((r) => ({ key: rangeKey(), start: r.start, end: r.end, overnight: pastMidnight(r) }));
}

/** Conversions of the units whose draft form is not "numbers as text". */
const CODECS: Partial<
  Record<Unit, { toDraft(v: unknown): unknown; fromDraft(v: unknown, check: boolean): unknown }>
> = {
  'workHours.days': {
    toDraft: (v) =>
      Object.fromEntries(WEEKDAYS.map((d) => [d, draftRanges((v as Settings['workHours']['days'])[d])])),
    fromDraft: (v, check) =>
      Object.fromEntries(
        WEEKDAYS.map((d) => [
          d,
          (v as Draft['workHours']['days'])[d]
            // An unanswered "ends the next day?" is left out of the check, so it
            // is not reported as an overlap with another range.
            .filter((r) => !check || !awaitsOvernight(r))
            .map(({ start, end }) => ({ start, end })),
        ]),
      ),
  },
};

function toDraftValue(unit: Unit, value: unknown): unknown {
  const codec = CODECS[unit];
  if (codec) return codec.toDraft(value);
  if (NUMBER_UNITS.has(unit)) return String(value);
  return Array.isArray(value) ? [...value] : value;
}

function fromDraftValue(unit: Unit, value: unknown, check = false): unknown {
  const codec = CODECS[unit];
  if (codec) return codec.fromDraft(value, check);
  if (NUMBER_UNITS.has(unit)) return typedNumber(String(value));
  return Array.isArray(value) ? [...value] : value;
}

export function toDraft(s: Settings): Draft {
  let out: Record<string, unknown> = {};
  for (const unit of UNITS) out = setAt(out, unit, toDraftValue(unit, getAt(s, unit)));
  return out as unknown as Draft;
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

/**
 * The draft as a settings object (unchecked): what would be saved. With
 * `check`, ranges still waiting for "ends the next day?" are left out.
 */
export function candidateOf(draft: Draft, version: number, check = false): Record<string, unknown> {
  let out: Record<string, unknown> = { version };
  for (const unit of UNITS) out = setAt(out, unit, fromDraftValue(unit, getAt(draft, unit), check));
  return out;
}

/** The value at a dotted path (the core's lookup). */
export const getAt = valueAt;

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
  const source = (obj ?? {}) as Record<string, unknown>;
  return {
    ...source,
    [head!]: rest.length === 0 ? value : setAt(source[head!], rest.join('.'), value),
  } as T;
}

export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** One problem: the schema's (in the core's catalog words) or one the form says itself. */
export interface Problem {
  path: string;
  /** What the schema found wrong, in catalog words (a FieldIssue's problem). */
  problem?: Text;
  /** Words the form says itself, already in the person's language. */
  message?: string;
  /** Set for questions the form asks itself (not schema messages). */
  code?: 'ask-overnight';
  /** The bad value as the person reads it (FieldIssue.shown); the message quotes it. */
  shown?: string;
}

/** A core FieldIssue as a form problem; "and N more" stays with no field. */
export function problemFromIssue(issue: FieldIssue): Problem {
  if (issue.code === 'more') return { path: '', message: renderText(issue.problem) };
  return {
    path: issue.path.join('.'),
    problem: issue.problem,
    ...(issue.shown !== undefined ? { shown: issue.shown } : {}),
  };
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
  const questions = overnightQuestions(draft.workHours.days);
  const candidate = candidateOf(draft, version, true);
  const result = checkSettings(candidate);
  if (result.ok)
    return questions.length
      ? { settings: null, problems: questions }
      : { settings: result.value, problems: [] };
  const found = result.error.map(problemFromIssue);
  return { settings: null, problems: [...questions, ...found] };
}

/** A range whose end is at or before its start that nobody has said ends the next day. */
export function awaitsOvernight(range: DraftRange): boolean {
  return pastMidnight(range) && !range.overnight;
}

/** "Ends the next day?" on the field typed last, for every range that awaits the answer. */
export function overnightQuestions(days: Draft['workHours']['days']): Problem[] {
  return WEEKDAYS.flatMap((day) =>
    days[day].flatMap((r, i) =>
      awaitsOvernight(r)
        ? [
            {
              path: `workHours.days.${day}.${i}.${r.typed ?? 'end'}`,
              code: 'ask-overnight' as const,
            },
          ]
        : [],
    ),
  );
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
