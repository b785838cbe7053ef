/**
 * The one place that turns validation problems (zod's or our own) into words.
 *
 * A `FieldIssue` holds what is wrong as catalog words (`problem`, a `Text`
 * without the field's name: "must be between {min} and {max}"), the path and
 * the bad value. Schemas hold no English: a message is a catalog key (with
 * its values, see `say`), a `custom` issue carries `params: { key, ...values }`,
 * and zod's own issue codes (too_small, invalid_type, …) are worded here.
 *
 * - `issueText` is what a person reads: the field as they see it (a label the
 *   caller gives, such as core/settings/labels), the quoted value and the
 *   problem, as one `Text` the shell or the page words in their language.
 * - `formatFieldIssue` is the English technical line for logs and developer
 *   tools: `breaks.everyMinutes: must be between 5 and 240 (got 2)`.
 *
 * Every quoted value is truncated: input can be attacker-sized.
 */
import type { z } from 'zod';
import { en, type MessageKey } from '../../shared/i18n/en';
import { isCatalogKey } from '../../shared/i18n/view-words';
import { literal, text, type Text, type TextParam } from '../../shared/i18n/text';
import { renderEnglish } from '../../shared/i18n';

export interface FieldIssue {
  path: readonly (string | number)[];
  /** zod's issue code, or our own ("custom", "more", ...). */
  code: string;
  /** What is wrong, without the field name, in catalog words. */
  problem: Text;
  /** The bad value, JSON-quoted and truncated (see quoteValue), for technical lines. */
  received?: string;
  /** The same value as a person reads it (a string as is), truncated; absent when there was none. */
  shown?: string;
}

export const QUOTE_MAX = 80;
/** A value shown to a person is cut shorter than a logged one. */
export const SHOWN_MAX = 40;
/** More issues than this are summed up as "and N more". */
export const MAX_ISSUES = 20;

const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;

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
  return cut(text, max);
}

/** A value as a person reads it, before the catalog's quotation marks: `9am`, `12`, `[1,2]`. */
export function showValue(value: unknown, max = SHOWN_MAX): string {
  if (typeof value === 'string') return cut(value.length > max ? value.slice(0, max + 1) : value, max);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return cut(text, max);
}

/** A key named in a message ("unknown setting "…"") – same truncation. */
export const quoteKey = (key: string, max = QUOTE_MAX): string => quoteValue(key, max);

/**
 * A schema's message as a catalog key with its values: `{ message: say('settings.problem.between',
 * { min: 5, max: 240 }) }`. The formatter reads it back; nothing else should.
 */
export function say(key: MessageKey, params?: Record<string, string | number>): string {
  return params ? `${key}|${JSON.stringify(params)}` : key;
}

/** A message written with `say`, as a Text; null for zod's own wording or a developer's English. */
function said(message: string): Text | null {
  const bar = message.indexOf('|');
  const key = bar < 0 ? message : message.slice(0, bar);
  if (!isCatalogKey(en, key)) return null;
  if (bar < 0) return text(key as MessageKey);
  try {
    return text(key as MessageKey, JSON.parse(message.slice(bar + 1)) as Record<string, TextParam>);
  } catch {
    return text(key as MessageKey);
  }
}

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
  unknownKey?: 'setting' | 'field';
  /** At most this many issues (then one "and N more"); default MAX_ISSUES. */
  limit?: number;
}

const TYPE_KEYS: Partial<Record<string, MessageKey>> = {
  string: 'validation.type.string',
  number: 'settings.problem.number',
  int: 'settings.problem.whole',
  boolean: 'validation.type.boolean',
  object: 'validation.type.object',
  record: 'validation.type.object',
  array: 'validation.type.array',
};

/** The schema's own words for an issue: a `say` key, a custom issue's params, or (developer tools) English. */
function ownWords(issue: z.core.$ZodIssue): Text | null {
  if (issue.code === 'custom' && isRecord(issue.params) && typeof issue.params.key === 'string') {
    const { key, ...values } = issue.params;
    const params: Record<string, TextParam> = {};
    for (const [name, v] of Object.entries(values)) {
      if (typeof v === 'string' || typeof v === 'number' || (isRecord(v) && ('key' in v || 'literal' in v)))
        params[name] = v as TextParam;
    }
    if (isCatalogKey(en, key)) return text(key as MessageKey, params);
  }
  const keyed = said(issue.message);
  if (keyed) return keyed;
  // zod's defaults start "Invalid" / "Too small" / "Too big"; anything else is a developer's English.
  return /^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message) ? null : literal(issue.message);
}

function unknownKeys(keys: readonly string[], unknownKey: 'setting' | 'field'): Text {
  const named = keys
    .slice(0, 5)
    .map((k) => quoteKey(k))
    .join(', ');
  const list: TextParam =
    keys.length > 5 ? text('validation.keysAndMore', { keys: named, count: keys.length - 5 }) : named;
  return unknownKey === 'setting'
    ? text('settings.problem.unknown', { keys: list })
    : text('validation.unknownFields', { keys: list, count: keys.length });
}

/** What is wrong, in catalog words: the schema's own, else zod's issue code worded here. */
function problemOf(issue: z.core.$ZodIssue, value: unknown, unknownKey: 'setting' | 'field'): Text {
  if (issue.code === 'unrecognized_keys') return unknownKeys(issue.keys, unknownKey);
  const own = ownWords(issue);
  if (issue.code === 'invalid_type' && (value === MISSING || value === undefined)) {
    return own ? text('validation.requiredAs', { problem: own }) : text('validation.required');
  }
  if (own) return own;
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return text('validation.tooShort', { min });
      if (issue.origin === 'array' || issue.origin === 'set') return text('validation.tooFew', { min });
      return text('validation.atLeast', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return text('validation.tooLong', { max });
      if (issue.origin === 'array' || issue.origin === 'set') return text('validation.tooMany', { max });
      return text('validation.atMost', { max });
    }
    case 'invalid_type':
      return text(TYPE_KEYS[issue.expected] ?? 'validation.type.other');
    case 'invalid_value':
      return text('validation.oneOf', { values: issue.values.map((v) => quoteValue(v)).join(', ') });
    case 'invalid_format':
      return text('validation.format');
    default:
      return text('validation.invalid');
  }
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
      problem: problemOf(issue, value, options.unknownKey ?? 'setting'),
    };
    // A list or object is quoted only when its type is the problem (unknown keys are named in the message).
    const composite = typeof value === 'object' && value !== null;
    if (value !== MISSING && (!composite || issue.code === 'invalid_type')) {
      field.received = quoteValue(value);
      if (!composite && value !== undefined) field.shown = showValue(value);
    }
    out.push(field);
  }
  if (error.issues.length > limit) out.push(moreIssues(error.issues.length - limit, root));
  return out;
}

/** The closing "and N more problems" line of a capped list. */
export function moreIssues(count: number, root: readonly (string | number)[] = []): FieldIssue {
  return { path: root, code: 'more', problem: text('validation.more', { count }) };
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

/** English, technical: `workHours.days.mon.0.start: is not a time; use HH:MM (got "9am")`. */
export function formatFieldIssue(issue: FieldIssue, options: FormatOptions = {}): string {
  const path = issue.code === 'more' ? '' : formatPath(issue.path, options);
  const got = issue.received === undefined ? '' : ` (got ${issue.received})`;
  const message = renderEnglish(issue.problem);
  return path ? `${path}: ${message}${got}` : `${message}${got}`;
}

export const formatFieldIssues = (issues: readonly FieldIssue[], options: FormatOptions = {}): string[] =>
  issues.map((issue) => formatFieldIssue(issue, options));

/** How a caller names a field to a person; null when the path names nothing (the issue is about the whole input). */
export type FieldLabeller = (path: readonly (string | number)[]) => Text | null;

/** Paths as written (`payload.discomfort`, `commands[0].minutes`): for input that has no labels of its own. */
export const pathLabel =
  (options: FormatOptions = {}): FieldLabeller =>
  (path) =>
    path.length === 0 ? null : literal(formatPath(path, options));

/**
 * The words a person reads for one issue: the field as they see it, the bad
 * value in their language's quotation marks, and what is wrong — one `Text`.
 */
export function issueText(issue: FieldIssue, label: FieldLabeller = pathLabel()): Text {
  const field = issue.code === 'more' ? null : label(issue.path);
  const problem = issue.problem;
  if (issue.shown === undefined) {
    return field
      ? text('validation.issue.field', { field, problem })
      : text('validation.issue.plain', { problem });
  }
  const value = text('validation.quoted', { value: issue.shown });
  return field
    ? text('validation.issue.fieldValue', { field, value, problem })
    : text('validation.issue.value', { value, problem });
}

/** A one-field issue built by hand (migrations, the command line); the value is quoted when given. */
export function fieldIssue(
  path: readonly (string | number)[],
  problem: Text,
  extra: { code?: string; received?: unknown } = {},
): FieldIssue {
  const issue: FieldIssue = { path, code: extra.code ?? 'custom', problem };
  if ('received' in extra) {
    issue.received = quoteValue(extra.received);
    const v = extra.received;
    if (v !== undefined && (typeof v !== 'object' || v === null)) issue.shown = showValue(v);
  }
  return issue;
}

/**
 * A refused IPC payload: structured issues (rooted at "payload") and the
 * technical lines for the log, each prefixed with the channel. Used by the
 * main process router and the browser preview alike.
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
 * The words of the checks on the person's own routines
 * (../settings/custom-routines.ts), as catalog keys: the formatter words them
 * in the person's language with the field and the value (issueText).
 */
export const CUSTOM_ROUTINE_WORDING = {
  id: say('custom.problem.id'),
  name: say('custom.problem.text'),
  number: say('settings.problem.number'),
  whole: say('settings.problem.whole'),
  nameEmpty: say('custom.problem.empty'),
  nameLong: (max: number) => say('custom.problem.tooLong', { max }),
  noExercises: say('custom.problem.noExercises'),
  noRoutines: say('custom.problem.noRoutines'),
  tooManyExercises: (max: number) => say('custom.problem.tooManyExercises', { max }),
  tooManyRoutines: (max: number) => say('custom.problem.tooManyRoutines', { max }),
  unknownExercise: say('custom.problem.unknownExercise'),
  nothingToChoose: say('custom.problem.nothingToChoose'),
  between: (min: number, max: number) => say('settings.problem.between', { min, max }),
  sameId: say('custom.problem.sameId'),
  file: say('custom.problem.file'),
} as const;
