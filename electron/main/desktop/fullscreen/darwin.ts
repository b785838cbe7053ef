/**
 * macOS full screen: the frontmost app's front window covers its display.
 * Asked through System Events, which needs the Automation permission the
 * first time; without it the signal is "could not be read".
 */
import type { ProbeContext } from '../context';
import { runProblem } from '../run';
import { known, unknown, type Reading } from '../types';
import { coversADisplay, macScriptDenied, parseMacFrontWindow } from './parse';

const SCRIPT = [
  'tell application "System Events"',
  'set p to first application process whose frontmost is true',
  'set pid to unix id of p',
  'if (count of windows of p) is 0 then return pid as text',
  'set {x, y} to position of window 1 of p',
  'set {w, h} to size of window 1 of p',
  'return (pid as text) & ", " & x & ", " & y & ", " & w & ", " & h',
  'end tell',
];
export const DARWIN_FRONT_WINDOW_ARGS = SCRIPT.flatMap((line) => ['-e', line]);

export async function readDarwinFullscreen(ctx: ProbeContext): Promise<Reading<boolean>> {
  const r = await ctx.run('osascript', DARWIN_FRONT_WINDOW_ARGS);
  if (!r.ok) {
    if (macScriptDenied(r.stderr)) return unknown('unreadable', 'macOS did not allow asking System Events');
    return unknown('unreadable', runProblem('osascript', r));
  }
  const front = parseMacFrontWindow(r.stdout);
  if (!front.ok) return unknown('unreadable', front.problem);
  if (ctx.own.pids.includes(front.value.pid) || front.value.bounds === null)
    return known(false, 'System Events');
  return known(coversADisplay(front.value.bounds, ctx.displays()), 'System Events');
}
