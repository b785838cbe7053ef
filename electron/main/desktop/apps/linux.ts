/** Linux apps: one read of /proc (no process started). */
import type { ProbeContext } from '../context';
import { known, unknown, type Reading } from '../types';
import { procEntry, runningApps } from './parse';

export async function readLinuxApps(ctx: ProbeContext, wanted: string[]): Promise<Reading<string[]>> {
  const pids = (await ctx.files.list('/proc'))?.filter((p) => /^\d+$/.test(p));
  if (!pids) return unknown('unreadable', '/proc could not be listed');
  const text = async (path: string) => {
    const r = await ctx.files.readText(path);
    return r.ok ? r.text : null;
  };
  const entries = await Promise.all(
    pids.map(async (pid) =>
      procEntry(Number(pid), await text(`/proc/${pid}/comm`), await text(`/proc/${pid}/cmdline`)),
    ),
  );
  return known(runningApps(entries, wanted, ctx.own.pids), '/proc');
}
