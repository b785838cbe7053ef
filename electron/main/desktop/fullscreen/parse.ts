/**
 * "Another app is full screen in front", as each system reports it. Pure.
 */
import type { Rect } from '../context';
import { garbage, parsed, quote, type Parsed } from '../types';

/**
 * `xprop -root _NET_ACTIVE_WINDOW`:
 *   `_NET_ACTIVE_WINDOW(WINDOW): window id # 0x2e00007` → "0x2e00007";
 *   `… window id # 0x0` → null (nothing focused);
 *   `_NET_ACTIVE_WINDOW:  not found.` → garbage (no EWMH window manager).
 */
export function parseActiveWindow(stdout: string): Parsed<string | null> {
  const m = /_NET_ACTIVE_WINDOW\(WINDOW\): window id # (0x[0-9a-f]+)/i.exec(stdout);
  if (!m) return garbage(`no active window in ${quote(stdout)}`);
  const id = m[1]!.toLowerCase();
  return parsed(Number.parseInt(id, 16) === 0 ? null : id);
}

export interface X11WindowState {
  fullscreen: boolean;
  pid: number | null;
}

/**
 * `xprop -id <id> _NET_WM_STATE _NET_WM_PID`:
 *   `_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN, _NET_WM_STATE_FOCUSED`
 *   `_NET_WM_STATE:  not found.` (no state: not full screen)
 *   `_NET_WM_PID(CARDINAL) = 4242`
 */
export function parseWindowState(stdout: string): Parsed<X11WindowState> {
  const state = /_NET_WM_STATE(?:\(ATOM\) =(.*)|:\s+not found\.)/.exec(stdout);
  if (!state) return garbage(`no _NET_WM_STATE in ${quote(stdout)}`);
  const atoms = (state[1] ?? '').split(',').map((a) => a.trim());
  const pid = /_NET_WM_PID\(CARDINAL\) = (\d+)/.exec(stdout);
  return parsed({ fullscreen: atoms.includes('_NET_WM_STATE_FULLSCREEN'), pid: pid ? Number(pid[1]) : null });
}

/** xprop's answer for a window that closed between the two reads. */
export const xpropWindowGone = (stderr: string): boolean => /BadWindow/.test(stderr);

export interface FrontWindow {
  pid: number;
  bounds: Rect | null;
}

/**
 * macOS: the AppleScript in darwin.ts prints `pid, x, y, width, height`
 * (e.g. `812, 0, 0, 1512, 982`), or only `pid` when the front app has no window.
 */
export function parseMacFrontWindow(stdout: string): Parsed<FrontWindow> {
  const parts = stdout.trim().split(/\s*,\s*/);
  if (!parts.every((p) => /^-?\d+$/.test(p)) || (parts.length !== 1 && parts.length !== 5))
    return garbage(`expected "pid, x, y, width, height", got ${quote(stdout)}`);
  const [pid, x, y, width, height] = parts.map(Number) as [number, number, number, number, number];
  return parsed({ pid, bounds: parts.length === 5 ? { x, y, width, height } : null });
}

/** osascript's answer when macOS did not let us ask (Automation or Accessibility permission). */
export const macScriptDenied = (stderr: string): boolean =>
  /-1743|-25211|not allowed assistive access|Not authorized to send Apple events/i.test(stderr);

/** A window covers its display when it spans all of it (a 1-point slack for rounding). */
export function coversADisplay(window: Rect, displays: Rect[]): boolean {
  return displays.some(
    (d) =>
      window.x <= d.x + 1 &&
      window.y <= d.y + 1 &&
      window.x + window.width >= d.x + d.width - 1 &&
      window.y + window.height >= d.y + d.height - 1,
  );
}

/** SHQueryUserNotificationState values that mean a full-screen app is in front. */
export const QUNS_FULLSCREEN = new Set([2, 3, 7]);
/** And the one that means Windows' presentation settings are on. */
export const QUNS_PRESENTATION_MODE = 4;

/** GNOME's IsInhibited answer (a D-Bus boolean). */
export function parseIsInhibited(value: unknown): Parsed<boolean> {
  return typeof value === 'boolean'
    ? parsed(value)
    : garbage(`IsInhibited is not a boolean: ${quote(String(value))}`);
}
