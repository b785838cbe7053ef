/**
 * D-Bus through dbus-next (pure JavaScript: no native addon to rebuild for
 * Electron's ABI). Low-level messages only — no introspection round trips —
 * each call with a short timeout. Connections open on first use and never
 * throw into callers: a missing bus, a missing service or a timeout is an
 * error value.
 */
import dbus from 'dbus-next';
// Deadlines on real work are real time: node:timers, so a simulated clock (the desktop harness) cannot expire them early.
import { clearTimeout, setTimeout } from 'node:timers';

export type BusName = 'session' | 'system';

export type BusAnswer = { ok: true; body: unknown[] } | { ok: false; problem: string; missing: boolean };

export interface SignalMatch {
  path?: string;
  iface: string;
  member: string;
}

export interface BusAccess {
  call(
    bus: BusName,
    target: { destination: string; path: string; iface: string; member: string },
    signature?: string,
    body?: unknown[],
  ): Promise<BusAnswer>;
  /** Subscribes to a signal; resolves to an unsubscribe function (or null when the bus is not there). */
  subscribe(
    bus: BusName,
    match: SignalMatch,
    handler: (body: unknown[]) => void,
  ): Promise<(() => void) | null>;
  /** Calls made so far (for the benchmark and the "nothing while off" test). */
  calls(): number;
  close(): void;
}

export const DBUS_TIMEOUT_MS = 1500;
const PROPERTIES = 'org.freedesktop.DBus.Properties';

/** Errors that mean "nobody offers this here" rather than "it broke". */
const MISSING_ERRORS = new Set([
  'org.freedesktop.DBus.Error.ServiceUnknown',
  'org.freedesktop.DBus.Error.UnknownMethod',
  'org.freedesktop.DBus.Error.UnknownObject',
  'org.freedesktop.DBus.Error.UnknownInterface',
  'org.freedesktop.DBus.Error.UnknownProperty',
  'org.freedesktop.DBus.Error.NameHasNoOwner',
]);

type Bus = ReturnType<typeof dbus.sessionBus>;

export function createBusAccess(
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = DBUS_TIMEOUT_MS,
): BusAccess {
  const buses = new Map<BusName, Promise<Bus | string>>();
  let count = 0;

  const open = (name: BusName): Promise<Bus | string> => {
    let pending = buses.get(name);
    if (!pending) {
      pending = new Promise<Bus | string>((resolve) => {
        try {
          const address = name === 'session' ? env.DBUS_SESSION_BUS_ADDRESS : env.DBUS_SYSTEM_BUS_ADDRESS;
          if (name === 'session' && !address)
            return resolve('no session bus (DBUS_SESSION_BUS_ADDRESS is not set)');
          // dbus-next's systemBus() reads process.env itself; both go through the address we were given.
          const bus = dbus.sessionBus({
            busAddress: address ?? 'unix:path=/var/run/dbus/system_bus_socket',
          });
          const timer = setTimeout(() => resolve(`the ${name} bus did not answer`), timeoutMs);
          timer.unref?.();
          bus.on('error', (error: unknown) => {
            clearTimeout(timer);
            buses.delete(name);
            resolve(`the ${name} bus is not reachable: ${(error as Error)?.message ?? error}`);
          });
          bus.on('connect', () => {
            clearTimeout(timer);
            resolve(bus);
          });
        } catch (error) {
          resolve(`the ${name} bus is not reachable: ${(error as Error).message}`);
        }
      });
      buses.set(name, pending);
      // A failed connection is retried at the next sample, not cached forever.
      void pending.then((b) => {
        if (typeof b === 'string') buses.delete(name);
      });
    }
    return pending;
  };

  const call: BusAccess['call'] = async (name, target, signature, body) => {
    count += 1;
    const bus = await open(name);
    if (typeof bus === 'string') return { ok: false, problem: bus, missing: false };
    const message = new dbus.Message({
      destination: target.destination,
      path: target.path,
      interface: target.iface,
      member: target.member,
      ...(signature ? { signature, body: body ?? [] } : {}),
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<BusAnswer>((resolve) => {
      timer = setTimeout(
        () => resolve({ ok: false, problem: `${target.destination} did not answer in time`, missing: false }),
        timeoutMs,
      );
      timer.unref?.();
    });
    const answer = bus.call(message).then(
      (reply): BusAnswer => ({ ok: true, body: reply?.body ?? [] }),
      (error: { type?: string; message?: string; text?: string }): BusAnswer => ({
        ok: false,
        problem: `${target.destination}: ${error?.type ?? ''} ${error?.text ?? error?.message ?? ''}`.trim(),
        missing: MISSING_ERRORS.has(error?.type ?? ''),
      }),
    );
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  const subscribe: BusAccess['subscribe'] = async (name, match, handler) => {
    const bus = await open(name);
    if (typeof bus === 'string') return null;
    const rule = [
      `type='signal'`,
      `interface='${match.iface}'`,
      `member='${match.member}'`,
      ...(match.path ? [`path='${match.path}'`] : []),
    ].join(',');
    const added = await call(
      name,
      {
        destination: 'org.freedesktop.DBus',
        path: '/org/freedesktop/DBus',
        iface: 'org.freedesktop.DBus',
        member: 'AddMatch',
      },
      's',
      [rule],
    );
    if (!added.ok) return null;
    const listener = (msg: InstanceType<typeof dbus.Message>) => {
      if (msg.type !== dbus.MessageType.SIGNAL) return;
      if (msg.interface !== match.iface || msg.member !== match.member) return;
      if (match.path && msg.path !== match.path) return;
      try {
        handler(msg.body);
      } catch {
        // a handler's failure must not break the bus connection
      }
    };
    bus.on('message', listener);
    return () => {
      bus.removeListener('message', listener);
    };
  };

  return {
    call,
    subscribe,
    calls: () => count,
    close() {
      for (const pending of buses.values())
        void pending.then((b) => {
          if (typeof b !== 'string') b.disconnect();
        });
      buses.clear();
    },
  };
}

/** Reads one property through org.freedesktop.DBus.Properties.Get; the value comes unwrapped. */
export async function getProperty(
  access: BusAccess,
  bus: BusName,
  target: { destination: string; path: string; iface: string },
  property: string,
): Promise<BusAnswer> {
  const answer = await access.call(
    bus,
    { destination: target.destination, path: target.path, iface: PROPERTIES, member: 'Get' },
    'ss',
    [target.iface, property],
  );
  if (!answer.ok) return answer;
  const [variant] = answer.body as [{ value?: unknown } | undefined];
  return {
    ok: true,
    body: [variant && typeof variant === 'object' && 'value' in variant ? variant.value : variant],
  };
}
