/**
 * Linux screen lock. Electron's lock-screen/unlock-screen events exist only
 * on macOS and Windows (electron#24800), so read the desktop: logind's
 * session LockedHint (set by GNOME, KDE and most lockers) and the
 * ActiveChanged signals of org.gnome.ScreenSaver / org.freedesktop.ScreenSaver.
 */
import type { ProbeContext } from '../context';
import { getProperty, type BusAccess } from '../dbus';
import { known, unknown, type Reading } from '../types';
import {
  activeFromSignal,
  isLocked,
  lockedHintFromPropertiesChanged,
  withLockAnswer,
  type LockSource,
  type LockState,
} from './parse';

const LOGIN1 = 'org.freedesktop.login1';
const SCREENSAVERS: { source: LockSource; destination: string; path: string }[] = [
  { source: 'gnome-screensaver', destination: 'org.gnome.ScreenSaver', path: '/org/gnome/ScreenSaver' },
  {
    source: 'freedesktop-screensaver',
    destination: 'org.freedesktop.ScreenSaver',
    path: '/org/freedesktop/ScreenSaver',
  },
];

/** Our logind session's object path: by XDG_SESSION_ID, else by our process. */
export async function logindSessionPath(bus: BusAccess, env: NodeJS.ProcessEnv, pid: number) {
  const id = env.XDG_SESSION_ID;
  const answer = await bus.call(
    'system',
    {
      destination: LOGIN1,
      path: '/org/freedesktop/login1',
      iface: 'org.freedesktop.login1.Manager',
      member: id ? 'GetSession' : 'GetSessionByPID',
    },
    id ? 's' : 'u',
    [id ?? pid],
  );
  return answer.ok && typeof answer.body[0] === 'string' ? answer.body[0] : null;
}

export async function readLinuxLock(ctx: ProbeContext): Promise<Reading<boolean>> {
  const path = await ctx.once('logind-session', () =>
    logindSessionPath(ctx.bus, ctx.env, ctx.own.pids[0] ?? process.pid),
  );
  if (path) {
    const hint = await getProperty(
      ctx.bus,
      'system',
      { destination: LOGIN1, path, iface: 'org.freedesktop.login1.Session' },
      'LockedHint',
    );
    if (hint.ok && typeof hint.body[0] === 'boolean') return known(hint.body[0], 'logind LockedHint');
  }
  for (const s of SCREENSAVERS) {
    const answer = await ctx.bus.call('session', {
      destination: s.destination,
      path: s.path,
      iface: s.destination,
      member: 'GetActive',
    });
    if (answer.ok && typeof answer.body[0] === 'boolean') return known(answer.body[0], s.destination);
  }
  return unknown('unreadable', 'neither logind nor a screen saver service answered');
}

/**
 * Subscribes to every lock source there is; calls `onChange` when the
 * combined answer changes. Resolves to an unsubscribe function and the
 * sources that could be subscribed to (empty: the system gives no events).
 */
export async function watchLinuxLock(
  bus: BusAccess,
  env: NodeJS.ProcessEnv,
  pid: number,
  onChange: (locked: boolean) => void,
): Promise<{ stop: () => void; sources: LockSource[] }> {
  let state: LockState = {};
  let last: boolean | null = null;
  const answer = (source: LockSource, locked: boolean | null) => {
    if (locked === null) return;
    state = withLockAnswer(state, source, locked);
    const now = isLocked(state);
    if (now !== null && now !== last) {
      last = now;
      onChange(now);
    }
  };
  const stops: (() => void)[] = [];
  const sources: LockSource[] = [];
  const path = await logindSessionPath(bus, env, pid);
  if (path) {
    const stop = await bus.subscribe(
      'system',
      { path, iface: 'org.freedesktop.DBus.Properties', member: 'PropertiesChanged' },
      (body) => answer('logind', lockedHintFromPropertiesChanged(body)),
    );
    if (stop) {
      stops.push(stop);
      sources.push('logind');
    }
  }
  for (const s of SCREENSAVERS) {
    const stop = await bus.subscribe(
      'session',
      { path: s.path, iface: s.destination, member: 'ActiveChanged' },
      (body) => answer(s.source, activeFromSignal(body)),
    );
    if (stop) {
      stops.push(stop);
      sources.push(s.source);
    }
  }
  return { stop: () => stops.forEach((s) => s()), sources };
}
