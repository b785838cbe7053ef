import type { z } from 'zod';

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

export interface DescribeOptions {
  /** What an unknown key is called: "setting" (settings files) or "field". */
  unknownKey?: string;
  /** `events[0].at` instead of `events.0.at`. */
  brackets?: boolean;
}

/** Zod's own wording for an issue, in the app's voice; custom messages pass through. */
function friendly(issue: z.core.$ZodIssue, unknownKey: string): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown ${unknownKey}${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'too_small' && /^Too small/.test(issue.message))
    return `must be at least ${String(issue.minimum)}`;
  if (issue.code === 'too_big' && /^Too big/.test(issue.message))
    return `must be at most ${String(issue.maximum)}`;
  if (!/^Invalid/.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_type') {
    return /received undefined/.test(issue.message) ? 'is required' : `must be ${article(issue.expected)}`;
  }
  if (issue.code === 'invalid_value') {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return issue.message;
}

/** One line per problem, each naming the field: `breaks.everyMinutes: must be between 5 and 240`. */
export function describeIssues(error: z.ZodError, root = '', options: DescribeOptions = {}): string[] {
  return error.issues.map((issue) => {
    let path = [root, ...issue.path.map(String)].filter(Boolean).join('.');
    if (options.brackets) path = path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
    const message = friendly(issue, options.unknownKey ?? 'setting');
    return path ? `${path}: ${message}` : message;
  });
}
