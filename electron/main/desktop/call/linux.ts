/**
 * Linux call: a camera node (/dev/video*) held open by another process (read
 * from /proc, no process started), or a recording stream on the sound server
 * (`pactl list source-outputs`, PulseAudio or PipeWire's pulse server).
 */
import type { ProbeContext } from '../context';
import { runProblem } from '../run';
import { known, unknown, type Reading } from '../types';
import { foreignRecordings, parseSourceOutputs, videoHolders } from './parse';

async function cameraInUse(ctx: ProbeContext): Promise<Reading<boolean>> {
  const dev = await ctx.files.list('/dev');
  if (dev === null) return unknown('unreadable', '/dev could not be listed');
  if (!dev.some((d) => /^video\d+$/.test(d))) return known(false, '/dev/video*');
  const pids = (await ctx.files.list('/proc'))?.filter((p) => /^\d+$/.test(p)) ?? null;
  if (pids === null) return unknown('unreadable', '/proc could not be listed');
  const processes = await Promise.all(
    pids.map(async (pid) => {
      const fds = (await ctx.files.list(`/proc/${pid}/fd`)) ?? [];
      const links = await Promise.all(fds.map((fd) => ctx.files.link(`/proc/${pid}/fd/${fd}`)));
      return { pid: Number(pid), links: links.filter((l): l is string => l !== null) };
    }),
  );
  return known(videoHolders(processes, ctx.own.pids).length > 0, '/dev/video*');
}

async function microphoneInUse(ctx: ProbeContext): Promise<Reading<boolean>> {
  const r = await ctx.run('pactl', ['list', 'source-outputs'], { env: { LC_ALL: 'C' } });
  if (!r.ok) return unknown('unreadable', runProblem('pactl', r));
  const outputs = parseSourceOutputs(r.stdout);
  if (!outputs.ok) return unknown('unreadable', outputs.problem);
  return known(foreignRecordings(outputs.value, ctx.own.pids).length > 0, 'pactl source-outputs');
}

export async function readLinuxCall(ctx: ProbeContext): Promise<Reading<boolean>> {
  const [camera, mic] = await Promise.all([cameraInUse(ctx), microphoneInUse(ctx)]);
  if ((camera.known && camera.value) || (mic.known && mic.value))
    return known(true, camera.known && camera.value ? camera.source : (mic as { source: string }).source);
  if (camera.known && mic.known) return known(false, `${camera.source} + ${mic.source}`);
  // One half is enough to say "no call we can see"; both unknown is unknown.
  if (camera.known || mic.known)
    return known(false, camera.known ? camera.source : (mic as { source: string }).source);
  return unknown(
    'unreadable',
    `${(camera as { detail: string }).detail}; ${(mic as { detail: string }).detail}`,
  );
}
