/**
 * What the welcome window shows about the schedule: when the first break
 * comes (the core's day plan, electron/core/plan/day-plan.ts, over the
 * renderer's catalog), the office week it offers, and which desktop it is on.
 */
import type { Settings } from '../../../../electron/core/settings';
import { firstBreakAfter as planFirstBreak } from '../../../../electron/core/plan/day-plan';
import { planCatalog } from '../../catalog';

/** The instant (epoch ms) of the first prompt if Unslouch starts now, or null when none comes within a week. */
export function firstBreakAfter(settings: Settings, zone: string, now: number): number | null {
  return planFirstBreak(settings, zone, now, planCatalog());
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
