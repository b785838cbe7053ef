/**
 * Settings problems as the person reads them. The words are the core's: a
 * field's label comes from electron/core/settings/labels (one mapping from a
 * path such as `workHours.days.mon.0.start` to "Monday, first range, start"),
 * and a problem is worded by the one validation formatter
 * (electron/core/validation/issues `issueText`): the field, the bad value
 * quoted, what is wrong — in the person's language. Used by the import
 * preview and refusals, the inline problems and the answers main refuses.
 */
import {
  FIELD_LABELS,
  ordinalText,
  settingsFieldLabel,
  settingsLabel,
} from '../../../../electron/core/settings/labels';
import { issueText, showValue, type FieldIssue } from '../../../../electron/core/validation/issues';
import { renderText, t, type Text, type TextParam } from '../../../../electron/shared/i18n';
import { formatClockTime } from './format';
import type { Problem } from './draft';

export { FIELD_LABELS };

/** "first", "second" … for list positions (0-based index), "number 9" past the catalog's words. */
export const ordinal = (index: number): string => renderText(ordinalText(index));

/** A settings path as the person sees the field: "Monday, first range, start". */
export const fieldLabel = (path: string): string => renderText(settingsFieldLabel(path));

/** A value quoted for a message, in the language's quotation marks; long values are cut with "…". */
export const quoteValue = (value: unknown): string => t('validation.quoted', { value: showValue(value) });

/** Wall times in a message on the clock the window's time fields use (see ./format.ts clockLocale). */
function onTheClock(value: Text): Text {
  if ('literal' in value || !value.params) return value;
  const params: Record<string, TextParam> = {};
  for (const [name, param] of Object.entries(value.params)) {
    if (typeof param !== 'object') params[name] = param;
    else if ('clock' in param) params[name] = { literal: formatClockTime(param.clock) };
    else if ('key' in param || 'literal' in param) params[name] = onTheClock(param);
    else params[name] = param;
  }
  return { key: value.key, params };
}

/** One of the core's issues as a sentence that names the field and quotes the value. */
export const describeFieldIssue = (issue: FieldIssue): string =>
  renderText(onTheClock(issueText(issue, settingsLabel)));

export const describeFieldIssues = (issues: readonly FieldIssue[]): string[] =>
  issues.map(describeFieldIssue);

const sentence = (text: string) => (/[.!?…。]$/.test(text) ? text : `${text}.`);

/**
 * "Monday, first range, start: ‘9am’ is not a time; use HH:MM." — a problem
 * the schema found (worded by the core), or one the form says itself.
 */
export function describeIssue(problem: Problem): string {
  if (problem.problem) {
    const path = problem.path.split('.').filter(Boolean);
    return describeFieldIssue({
      path,
      code: 'custom',
      problem: problem.problem,
      ...(problem.shown !== undefined ? { shown: problem.shown } : {}),
    });
  }
  const text = problem.message ?? '';
  if (!problem.path) return sentence(text);
  return sentence(t('settings.problem.named', { field: fieldLabel(problem.path), problem: text }));
}
