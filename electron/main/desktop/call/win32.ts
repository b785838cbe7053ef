/**
 * Windows call: the CapabilityAccessManager ConsentStore records, per app,
 * when it last stopped using the webcam or microphone; 0 means "using it now".
 * One `reg query` reads both.
 */
import type { ProbeContext } from '../context';
import { runProblem } from '../run';
import { fromParsed, known, unknown, type Reading } from '../types';
import { consentKeyOf, parseConsentStore } from './parse';

export const CONSENT_STORE_ARGS = [
  'query',
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore',
  '/s',
  '/v',
  'LastUsedTimeStop',
];

export async function readWin32Call(ctx: ProbeContext): Promise<Reading<boolean>> {
  const r = await ctx.run('reg', CONSENT_STORE_ARGS);
  // reg exits 1 with "ERROR: The system was unable to find the specified registry key or value." when nothing was ever recorded.
  if (!r.ok && r.kind === 'failed' && /unable to find/i.test(r.stderr)) return known(false, 'ConsentStore');
  if (!r.ok) return unknown('unreadable', runProblem('reg', r));
  const entries = parseConsentStore(r.stdout);
  if (!entries.ok) return fromParsed(entries, 'ConsentStore');
  const ours = consentKeyOf(ctx.execPath);
  return known(
    entries.value.some((e) => e.inUse && e.app.toLowerCase() !== ours),
    'ConsentStore',
  );
}
