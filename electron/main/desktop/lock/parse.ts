/**
 * Screen lock from the several Linux sources. Pure: each source's latest
 * answer goes in, "locked" comes out when any source says so.
 */

export type LockSource = 'logind' | 'gnome-screensaver' | 'freedesktop-screensaver';

export type LockState = Partial<Record<LockSource, boolean>>;

export function withLockAnswer(state: LockState, source: LockSource, locked: boolean): LockState {
  return { ...state, [source]: locked };
}

/** null: no source has answered (the system cannot tell). */
export function isLocked(state: LockState): boolean | null {
  const answers = Object.values(state);
  return answers.length === 0 ? null : answers.some(Boolean);
}

/**
 * logind's PropertiesChanged on a session: body [interface, changed, invalidated];
 * `changed.LockedHint` is a Variant of a boolean. Anything else: null.
 */
export function lockedHintFromPropertiesChanged(body: unknown[]): boolean | null {
  const [iface, changed] = body as [unknown, Record<string, { value?: unknown } | undefined> | undefined];
  if (iface !== 'org.freedesktop.login1.Session' || !changed || typeof changed !== 'object') return null;
  const hint = changed.LockedHint;
  const value = hint && typeof hint === 'object' && 'value' in hint ? hint.value : hint;
  return typeof value === 'boolean' ? value : null;
}

/** ActiveChanged(b) of org.gnome.ScreenSaver / org.freedesktop.ScreenSaver. */
export function activeFromSignal(body: unknown[]): boolean | null {
  return typeof body[0] === 'boolean' ? body[0] : null;
}
