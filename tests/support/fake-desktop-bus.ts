/**
 * A real, private D-Bus bus (dbus-daemon) with stand-ins for the desktop
 * services the app's probes ask: GNOME's Mutter IdleMonitor, SessionManager
 * and ScreenSaver, KDE's org.freedesktop.ScreenSaver, the notification
 * server (org.freedesktop.Notifications) and logind (Manager + one Session).
 * The probes talk to it over a real socket, through the same dbus-next code
 * as on a desktop. One bus stands in for both the session and the system bus.
 *
 * A test scripts the desktop (`setIdleMs`, `setLocked`, …) and can make any
 * method throw or never answer (`misbehave`).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import dbus from 'dbus-next';

export type FakeService =
  'mutter' | 'gnome-session' | 'gnome-screensaver' | 'kde-screensaver' | 'notifications' | 'logind';

const NAMES: Record<FakeService, string> = {
  mutter: 'org.gnome.Mutter.IdleMonitor',
  'gnome-session': 'org.gnome.SessionManager',
  'gnome-screensaver': 'org.gnome.ScreenSaver',
  'kde-screensaver': 'org.freedesktop.ScreenSaver',
  notifications: 'org.freedesktop.Notifications',
  logind: 'org.freedesktop.login1',
};

export const SESSION_ID = 'c7';
const SESSION_PATH = `/org/freedesktop/login1/session/${SESSION_ID}`;

export interface PrivateBus {
  address: string;
  pid: number;
  stop(): void;
}

/** Starts dbus-daemon on a socket in a temp dir; fails with a clear message when it is not installed. */
export function startPrivateBus(): PrivateBus {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-dbus-'));
  let out: string;
  try {
    out = execFileSync(
      'dbus-daemon',
      [
        '--session',
        '--fork',
        '--print-address=1',
        '--print-pid=1',
        '--nopidfile',
        `--address=unix:dir=${dir}`,
      ],
      { encoding: 'utf8', timeout: 10_000 },
    );
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ENOENT')
      throw new Error(
        'dbus-daemon is not installed: the D-Bus probe tests need it (apt-get install -y dbus-daemon; .ci/run does this)',
        { cause: error },
      );
    throw error;
  }
  const [address, pid] = out.trim().split('\n');
  if (!address?.startsWith('unix:') || !pid) throw new Error(`dbus-daemon printed no address: ${out}`);
  return {
    address,
    pid: Number(pid),
    stop() {
      try {
        process.kill(Number(pid));
      } catch {
        // already gone
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Behaviour = 'throw' | 'hang';
type Reply = { signature: string; body: unknown[] };

export interface FakeDesktop {
  address: string;
  /** Environment that points an app at this bus as a GNOME (or KDE) Wayland session. */
  env(desktop?: 'GNOME' | 'KDE'): Record<string, string>;
  setIdleMs(ms: number): void;
  setLocked(locked: boolean): void;
  setScreenSaverActive(which: 'gnome' | 'kde', active: boolean): void;
  setNotificationsInhibited(inhibited: boolean): void;
  setIdleInhibited(inhibited: boolean): void;
  /** Makes a method (by member name) fail with an error, or never answer; null: behave. */
  misbehave(member: string, behaviour: Behaviour | null): void;
  /** Every method call the stand-ins received, as `Interface.Member`. */
  calls: string[];
  stop(): Promise<void>;
}

export async function startFakeDesktop(
  services: FakeService[] = ['mutter', 'gnome-session', 'gnome-screensaver', 'notifications', 'logind'],
): Promise<FakeDesktop> {
  const daemon = startPrivateBus();
  const bus = dbus.sessionBus({ busAddress: daemon.address });
  const state = {
    idleMs: 0,
    locked: false,
    gnomeActive: false,
    kdeActive: false,
    inhibited: false,
    idleInhibited: false,
  };
  const misbehaving = new Map<string, Behaviour>();
  const calls: string[] = [];

  const methods: Record<string, (body: unknown[]) => Reply> = {
    'org.gnome.Mutter.IdleMonitor.GetIdletime': () => ({ signature: 't', body: [BigInt(state.idleMs)] }),
    'org.freedesktop.ScreenSaver.GetSessionIdleTime': () => ({ signature: 'u', body: [state.idleMs] }),
    'org.freedesktop.ScreenSaver.GetActive': () => ({ signature: 'b', body: [state.kdeActive] }),
    'org.gnome.ScreenSaver.GetActive': () => ({ signature: 'b', body: [state.gnomeActive] }),
    'org.gnome.SessionManager.IsInhibited': ([flags]) => ({
      signature: 'b',
      body: [Boolean(Number(flags) & 8) && state.idleInhibited],
    }),
    'org.freedesktop.login1.Manager.GetSession': ([id]) => {
      if (id !== SESSION_ID)
        throw new Error(`org.freedesktop.login1.NoSuchSession: No session '${String(id)}' known`);
      return { signature: 'o', body: [SESSION_PATH] };
    },
    'org.freedesktop.login1.Manager.GetSessionByPID': () => ({ signature: 'o', body: [SESSION_PATH] }),
  };
  const properties: Record<string, () => { signature: string; value: unknown }> = {
    'org.freedesktop.Notifications.Inhibited': () => ({ signature: 'b', value: state.inhibited }),
    'org.freedesktop.login1.Session.LockedHint': () => ({ signature: 'b', value: state.locked }),
  };
  const served = new Set(services.map((s) => NAMES[s]));
  const ownerOf = (iface: string) =>
    iface.startsWith('org.freedesktop.login1')
      ? 'org.freedesktop.login1'
      : iface === 'org.gnome.Mutter.IdleMonitor'
        ? 'org.gnome.Mutter.IdleMonitor'
        : iface;

  bus.addMethodHandler((msg: InstanceType<typeof dbus.Message>) => {
    const key =
      msg.interface === 'org.freedesktop.DBus.Properties' && msg.member === 'Get'
        ? `${String(msg.body[0])}.${String(msg.body[1])}`
        : `${msg.interface}.${msg.member}`;
    calls.push(key);
    const member = key.slice(key.lastIndexOf('.') + 1);
    const behaviour = misbehaving.get(member);
    if (behaviour === 'hang') return true;
    const fail = (text: string) => {
      bus.send(
        // dbus-next types newError(msg: string, …) but it takes the call Message.
        dbus.Message.newError(msg as unknown as string, 'org.freedesktop.DBus.Error.Failed', text),
      );
      return true;
    };
    if (behaviour === 'throw') return fail(`${member} failed (scripted by the test)`);
    try {
      if (msg.interface === 'org.freedesktop.DBus.Properties' && msg.member === 'Get') {
        const prop = properties[key];
        if (!prop || !served.has(ownerOf(String(msg.body[0])))) return false;
        const { signature, value } = prop();
        bus.send(dbus.Message.newMethodReturn(msg, 'v', [new dbus.Variant(signature, value)]));
        return true;
      }
      const method = methods[key];
      if (!method || !served.has(ownerOf(msg.interface))) return false;
      const reply = method(msg.body);
      bus.send(dbus.Message.newMethodReturn(msg, reply.signature, reply.body));
      return true;
    } catch (error) {
      return fail((error as Error).message);
    }
  });
  for (const name of served) await bus.requestName(name, dbus.NameFlag.DO_NOT_QUEUE);

  const signal = (p: string, iface: string, member: string, signature: string, body: unknown[]) =>
    bus.send(dbus.Message.newSignal(p, iface, member, signature, body));

  return {
    address: daemon.address,
    env: (desktop = 'GNOME') => ({
      DBUS_SESSION_BUS_ADDRESS: daemon.address,
      DBUS_SYSTEM_BUS_ADDRESS: daemon.address,
      XDG_SESSION_TYPE: 'wayland',
      XDG_CURRENT_DESKTOP: desktop,
      XDG_SESSION_ID: SESSION_ID,
      WAYLAND_DISPLAY: 'wayland-0',
    }),
    setIdleMs: (ms) => void (state.idleMs = ms),
    setLocked(locked) {
      state.locked = locked;
      signal(SESSION_PATH, 'org.freedesktop.DBus.Properties', 'PropertiesChanged', 'sa{sv}as', [
        'org.freedesktop.login1.Session',
        { LockedHint: new dbus.Variant('b', locked) },
        [],
      ]);
    },
    setScreenSaverActive(which, active) {
      if (which === 'gnome') state.gnomeActive = active;
      else state.kdeActive = active;
      const iface = which === 'gnome' ? 'org.gnome.ScreenSaver' : 'org.freedesktop.ScreenSaver';
      const p = which === 'gnome' ? '/org/gnome/ScreenSaver' : '/org/freedesktop/ScreenSaver';
      signal(p, iface, 'ActiveChanged', 'b', [active]);
    },
    setNotificationsInhibited: (inhibited) => void (state.inhibited = inhibited),
    setIdleInhibited: (inhibited) => void (state.idleInhibited = inhibited),
    misbehave(member, behaviour) {
      if (behaviour) misbehaving.set(member, behaviour);
      else misbehaving.delete(member);
    },
    calls,
    async stop() {
      bus.disconnect();
      daemon.stop();
    },
  };
}
