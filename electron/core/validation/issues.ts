/**
 * The one place that turns validation problems (zod's or our own) into
 * messages. A `FieldIssue` is structured so the renderer can later map `path`
 * to a label a person sees ("Monday, first range, start"); `formatFieldIssue`
 * is the English technical form for logs, the command line and the scenario
 * runner. Every quoted value is truncated: input can be attacker-sized.
 */
import type { z } from 'zod';

export interface FieldIssue {
  path: readonly (string | number)[];
  /** zod's issue code, or our own ("custom", "too-many-ranges", ...). */
  code: string;
  /** What is wrong, without the field name: "must be between 5 and 240". */
  message: string;
  /** The bad value, quoted and truncated (see quoteValue); absent when there was none. */
  received?: string;
}

export const QUOTE_MAX = 80;
/** More issues than this are summed up as "and N more". */
export const MAX_ISSUES = 20;

/** `"abc"`, `12`, `{"a":1}`, cut to `max` characters with "…" (the whole quote, marks included). */
export function quoteValue(value: unknown, max = QUOTE_MAX): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value.length > max ? value.slice(0, max) : value);
  else if (value === undefined) text = 'undefined';
  else if (typeof value === 'bigint') text = `${value}n`;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;
}

/** A key named in a message ("unknown setting "…"") – same truncation. */
export const quoteKey = (key: string, max = QUOTE_MAX): string => quoteValue(key, max);

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value at `path` in `input`; `missing` when the path does not lead anywhere. */
const MISSING = Symbol('missing');
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (Array.isArray(v) && typeof key === 'number') v = key in v ? v[key] : MISSING;
    else if (isRecord(v) && typeof key === 'string') v = Object.hasOwn(v, key) ? v[key] : MISSING;
    else return MISSING;
    if (v === MISSING) return MISSING;
  }
  return v;
}

export interface ConvertOptions {
  /** Prepended to every path: ["payload"], ["settings"]. */
  root?: readonly (string | number)[];
  /** What an unknown key is called: "setting" (settings files) or "field". */
  unknownKey?: string;
  /** At most this many issues (then one "and N more"); default MAX_ISSUES. */
  limit?: number;
}

/** Zod's own wording in the app's voice; custom messages pass through. */
function messageOf(issue: z.core.$ZodIssue, value: unknown, unknownKey: string): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.slice(0, 5).map((k) => quoteKey(k));
    const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
    return `unknown ${unknownKey}${issue.keys.length > 1 ? 's' : ''} ${keys.join(', ')}${more}`;
  }
  if (issue.code === 'invalid_type' && (value === MISSING || value === undefined)) {
    // The schema's own wording says what shape is wanted: keep it after "is required".
    return /^Invalid/.test(issue.message) ? 'is required' : `is required (${issue.message})`;
  }
  if (issue.code === 'too_small' && /^Too small/.test(issue.message))
    return `must be at least ${String(issue.minimum)}`;
  if (issue.code === 'too_big' && /^Too big/.test(issue.message))
    return `must be at most ${String(issue.maximum)}`;
  if (!/^Invalid/.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_type') {
    return `must be ${article(issue.expected)}`;
  }
  if (issue.code === 'invalid_value') {
    return `must be one of ${issue.values.map((v) => quoteValue(v)).join(', ')}`;
  }
  return issue.message;
}

/**
 * Zod issues as FieldIssues, each with the offending value when the input
 * holds one. `input` is what was parsed (needed to quote the value).
 */
export function fieldIssuesFromZod(
  error: z.ZodError,
  input: unknown,
  options: ConvertOptions = {},
): FieldIssue[] {
  const limit = options.limit ?? MAX_ISSUES;
  const root = options.root ?? [];
  const out: FieldIssue[] = [];
  for (const issue of error.issues.slice(0, limit)) {
    const zodPath = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const value = valueAt(input, zodPath);
    const field: FieldIssue = {
      path: [...root, ...zodPath],
      code: issue.code,
      message: messageOf(issue, value, options.unknownKey ?? 'setting'),
    };
    // A list or object is quoted only when its type is the problem (unknown keys are named in the message).
    const composite = typeof value === 'object' && value !== null;
    if (value !== MISSING && (!composite || issue.code === 'invalid_type'))
      field.received = quoteValue(value);
    out.push(field);
  }
  if (error.issues.length > limit) out.push(moreIssues(error.issues.length - limit, root));
  return out;
}

/** The closing "and N more problems" line of a capped list. */
export function moreIssues(count: number, root: readonly (string | number)[] = []): FieldIssue {
  return { path: root, code: 'more', message: `and ${count} more problem${count === 1 ? '' : 's'}` };
}

/** Caps a list of issues someone else built (same rule as fieldIssuesFromZod). */
export function capIssues(issues: readonly FieldIssue[], limit = MAX_ISSUES): FieldIssue[] {
  return issues.length <= limit
    ? [...issues]
    : [...issues.slice(0, limit), moreIssues(issues.length - limit)];
}

export interface FormatOptions {
  /** `events[0].at` instead of `events.0.at`. */
  brackets?: boolean;
}

/** `breaks.everyMinutes`, or `events[0].at` with brackets. */
export function formatPath(path: readonly (string | number)[], options: FormatOptions = {}): string {
  if (!options.brackets) return path.map(String).join('.');
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** English, technical: `workHours.days.mon.0.start: must be a time as HH:MM (got "9am")`. */
export function formatFieldIssue(issue: FieldIssue, options: FormatOptions = {}): string {
  const path = issue.code === 'more' ? '' : formatPath(issue.path, options);
  const got = issue.received === undefined ? '' : ` (got ${issue.received})`;
  return path ? `${path}: ${issue.message}${got}` : `${issue.message}${got}`;
}

export const formatFieldIssues = (issues: readonly FieldIssue[], options: FormatOptions = {}): string[] =>
  issues.map((issue) => formatFieldIssue(issue, options));

/** A one-field issue built by hand (migrations, the command line); `received` is quoted when given. */
export function fieldIssue(
  path: readonly (string | number)[],
  message: string,
  extra: { code?: string; received?: unknown } = {},
): FieldIssue {
  const issue: FieldIssue = { path, code: extra.code ?? 'custom', message };
  if ('received' in extra) issue.received = quoteValue(extra.received);
  return issue;
}

/**
 * A refused IPC payload: structured issues (rooted at "payload") and the
 * string lines the renderer shows today, each prefixed with the channel.
 * Used by the main process router and the browser preview alike.
 */
export function describePayloadIssues(
  channel: string,
  error: z.ZodError,
  payload: unknown,
): { issues: FieldIssue[]; messages: string[] } {
  const issues = fieldIssuesFromZod(error, payload, { root: ['payload'], unknownKey: 'field' });
  return { issues, messages: issues.map((issue) => `${channel}: ${formatFieldIssue(issue)}`) };
}

/**
 * The wording of the checks on routines of the person's own (issue 13,
 * ../settings/custom-routines.ts), kept with the rest of the validation wording.
 */
export const CUSTOM_ROUTINE_WORDING = {
  id: 'must be an id starting with "my-"',
  name: 'must be text',
  number: 'must be a number',
  whole: 'must be a whole number',
  nameEmpty: 'must not be empty',
  nameLong: (max: number) => `must be at most ${max} characters`,
  noExercises: 'must hold at least one exercise',
  noRoutines: 'must hold at least one routine',
  tooManyExercises: (max: number) => `must hold at most ${max} exercises`,
  tooManyRoutines: (max: number) => `has too many routines (at most ${max})`,
  unknownExercise: 'is not an exercise in the catalog',
  nothingToChoose: 'cannot be chosen for this exercise',
  between: (min: number, max: number) => `must be between ${min} and ${max}`,
  sameId: 'is the id of another routine',
  file: 'must be a routines file exported by Unslouch',
} as const;
