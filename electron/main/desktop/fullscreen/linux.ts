/**
 * Linux full screen. X11: the active window (_NET_ACTIVE_WINDOW on the root)
 * has _NET_WM_STATE_FULLSCREEN and is not ours. GNOME on Wayland: apps cannot
 * see other windows, but a full-screen video or presentation holds an idle
 * inhibitor, which org.gnome.SessionManager reports (IsInhibited, flag 8 = idle).
 * Other Wayland desktops offer no way.
 */
import { linuxDesktop, type ProbeContext } from '../context';
import { runProblem } from '../run';
import { fromParsed, known, unknown, type Reading } from '../types';
import { parseActiveWindow, parseIsInhibited, parseWindowState, xpropWindowGone } from './parse';

/** GsmInhibitorFlag: 8 = inhibit the session being marked idle. */
const INHIBIT_IDLE = 8;

export async function readLinuxFullscreen(ctx: ProbeContext): Promise<Reading<boolean>> {
  const { session, desktop } = linuxDesktop(ctx.env);
  if (session === 'wayland') {
    if (desktop !== 'gnome') return unknown('wayland', 'Wayland does not let apps see other windows');
    const answer = await ctx.bus.call(
      'session',
      {
        destination: 'org.gnome.SessionManager',
        path: '/org/gnome/SessionManager',
        iface: 'org.gnome.SessionManager',
        member: 'IsInhibited',
      },
      'u',
      [INHIBIT_IDLE],
    );
    if (answer.ok)
      return fromParsed(parseIsInhibited(answer.body[0]), 'org.gnome.SessionManager IsInhibited');
    return unknown(answer.missing ? 'wayland' : 'unreadable', answer.problem);
  }
  const root = await ctx.run('xprop', ['-root', '_NET_ACTIVE_WINDOW']);
  if (!root.ok) return unknown('unreadable', runProblem('xprop', root));
  const active = parseActiveWindow(root.stdout);
  if (!active.ok) return unknown('unreadable', active.problem);
  if (active.value === null) return known(false, 'xprop');
  if (ctx.own.windowIds.map((w) => w.toLowerCase()).includes(active.value)) return known(false, 'xprop');
  const win = await ctx.run('xprop', ['-id', active.value, '_NET_WM_STATE', '_NET_WM_PID']);
  if (!win.ok) {
    if (xpropWindowGone(win.stderr)) return known(false, 'xprop');
    return unknown('unreadable', runProblem('xprop', win));
  }
  const state = parseWindowState(win.stdout);
  if (!state.ok) return unknown('unreadable', state.problem);
  const ours = state.value.pid !== null && ctx.own.pids.includes(state.value.pid);
  return known(state.value.fullscreen && !ours, 'xprop');
}
