/**
 * When the first break comes if Unslouch starts now with these settings: the
 * real BreakEngine run from `now` until its first prompt (nobody idle, nothing
 * paused), at most a week ahead.
 */
import { BreakEngine } from '../../../../electron/core/engine/break-engine';
import type { Settings } from '../../../../electron/core/settings';
import { routineChoices } from '../settings/preview';

const WEEK_MS = 7 * 24 * 3600_000;
const MAX_STEPS = 5_000;

/** The instant (epoch ms) of the first prompt, or null when none comes within a week. */
export function firstBreakAfter(settings: Settings, zone: string, now: number): number | null {
  const engine = new BreakEngine({ settings, timezone: zone, now, routines: routineChoices() });
  for (let step = 0; step < MAX_STEPS; step++) {
    const wake = engine.nextWake();
    if (wake === null || wake > now + WEEK_MS) return null;
    const prompt = engine.handle({ type: 'tick' }, wake).find((e) => e.type === 'prompt');
    if (prompt) return prompt.at;
  }
  return null;
}

const officeDay = () => [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '17:00' },
];

/** The work hours the welcome offers: Monday to Friday 09:00–17:00 with a lunch hour. */
export const OFFICE_WEEK: Settings['workHours']['days'] = {
  mon: officeDay(),
  tue: officeDay(),
  wed: officeDay(),
  thu: officeDay(),
  fri: officeDay(),
  sat: [],
  sun: [],
};

export function isOfficeWeek(workHours: Settings['workHours']): boolean {
  return workHours.enabled && JSON.stringify(workHours.days) === JSON.stringify(OFFICE_WEEK);
}

/** The desktop the page runs on, for the picture of where the tray icon is. */
export type DesktopOs = 'mac' | 'windows' | 'linux';

export function desktopOs(userAgent: string): DesktopOs {
  if (/Mac OS X|Macintosh/.test(userAgent)) return 'mac';
  if (/Windows/.test(userAgent)) return 'windows';
  return 'linux';
}
