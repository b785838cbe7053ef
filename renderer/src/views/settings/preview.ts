/**
 * "Your breaks today" for the settings and welcome windows: the core's day
 * plan (electron/core/plan/day-plan.ts, where the simulation rule is written)
 * over the catalog the renderer shows.
 */
import type { Settings } from '../../../../electron/core/settings';
import { planDay, type DayPlan } from '../../../../electron/core/plan/day-plan';
import { planCatalog } from '../../catalog';

export { systemTimeZone as localZone, todayIn } from '../../../../electron/core/time/zone';

/** The break prompts of one local date for the settings being edited. */
export function previewDay(settings: Settings, date: string, zone: string): DayPlan {
  return planDay(settings, date, zone, planCatalog());
}
