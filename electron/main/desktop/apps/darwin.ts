/** macOS apps: one `ps` per sample. */
import type { ProbeContext } from '../context';
import { runProblem } from '../run';
import { known, unknown, type Reading } from '../types';
import { parsePsList, runningApps } from './parse';

export async function readDarwinApps(ctx: ProbeContext, wanted: string[]): Promise<Reading<string[]>> {
  const r = await ctx.run('ps', ['-A', '-o', 'pid=,comm=']);
  if (!r.ok) return unknown('unreadable', runProblem('ps', r));
  const list = parsePsList(r.stdout);
  if (!list.ok) return unknown('unreadable', list.problem);
  return known(runningApps(list.value, wanted, ctx.own.pids), 'ps');
}
