/** Idle time as the desktops report it over D-Bus. Pure. */
import { garbage, parsed, quote, type Parsed } from '../types';

/**
 * Mutter's GetIdletime (`t`, milliseconds) and KDE's GetSessionIdleTime
 * (`u`, milliseconds in practice, despite the old freedesktop draft saying
 * seconds) → whole seconds. dbus-next gives a uint64 as a BigInt.
 */
export function idleSecondsFromMilliseconds(value: unknown): Parsed<number> {
  const ms = typeof value === 'bigint' ? Number(value) : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
    return garbage(`idle time is not a number of milliseconds: ${quote(String(value))}`);
  return parsed(Math.floor(ms / 1000));
}
