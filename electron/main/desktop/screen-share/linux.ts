/**
 * Linux screen sharing: only Wayland's portal screen casts go through
 * PipeWire, where `pw-dump` shows them. On X11 any app can read the screen
 * without telling anyone, so there is nothing to read.
 */
import { linuxDesktop, type ProbeContext } from '../context';
import { runProblem } from '../run';
import { known, unknown, type Reading } from '../types';
import { parseScreenCastNodes } from './parse';

export async function readLinuxScreenShare(ctx: ProbeContext): Promise<Reading<boolean>> {
  const { session } = linuxDesktop(ctx.env);
  const r = await ctx.run('pw-dump', ['--no-colors']);
  if (!r.ok) {
    if (session !== 'wayland' && r.kind === 'missing')
      return unknown('unsupported', 'X11 apps capture the screen without telling the system');
    return unknown('unreadable', runProblem('pw-dump', r));
  }
  const nodes = parseScreenCastNodes(r.stdout);
  if (!nodes.ok) return unknown('unreadable', nodes.problem);
  return known(nodes.value.length > 0, 'PipeWire screen cast');
}
