/**
 * The optional chime with the heads-up and the break prompt: how loud, or
 * whether at all. Off unless `app.chime` is on; quiet at volume 0 and while
 * the system's do-not-disturb is on. `doNotDisturb` is the hook the desktop
 * signals feed (null or absent while no probe knows; then the chime plays).
 */
import type { Settings } from './schema';

export interface ChimeSignals {
  doNotDisturb?: boolean | null;
}

/** The chime's gain as a fraction 0–1, or null when it must stay quiet. */
export function chimeLevel(
  app: Pick<Settings['app'], 'chime' | 'chimeVolume'>,
  signals: ChimeSignals = {},
): number | null {
  if (!app.chime || app.chimeVolume <= 0) return null;
  if (signals.doNotDisturb === true) return null;
  return Math.min(100, app.chimeVolume) / 100;
}
