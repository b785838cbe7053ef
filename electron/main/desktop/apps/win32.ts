/** Windows apps: one `tasklist` per sample. */
import type { ProbeContext } from '../context';
import { runProblem } from '../run';
import { known, unknown, type Reading } from '../types';
import { parseTasklist, runningApps } from './parse';

export async function readWin32Apps(ctx: ProbeContext, wanted: string[]): Promise<Reading<string[]>> {
  const r = await ctx.run('tasklist', ['/fo', 'csv', '/nh']);
  if (!r.ok) return unknown('unreadable', runProblem('tasklist', r));
  const list = parseTasklist(r.stdout);
  if (!list.ok) return unknown('unreadable', list.problem);
  return known(runningApps(list.value, wanted, ctx.own.pids), 'tasklist');
}
