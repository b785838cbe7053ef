/**
 * "Your breaks today": the break prompts of one local date, computed by the
 * real BreakEngine from the settings being edited.
 *
 * Simulation rule (also shown in the window):
 * - The engine starts at the chosen date's local midnight, in the browser's
 *   time zone, as if the app started then; when a range of the day before
 *   runs past midnight into the date, it starts at the day before's midnight
 *   instead, so that range is already under way with its own countdown.
 * - It runs to the end of the chosen date (the next local midnight); nobody
 *   is idle, locked or asleep, and nothing is paused.
 * - Every prompt is answered Start at once, and the suggested routine runs to
 *   the end (its guided length from the catalog), as if each break is taken.
 *   So the times are the plan for a day when every break is taken; a skip or
 *   a natural break moves the later ones.
 * - The prompts whose instant falls on the chosen date are listed.
 */
import { Temporal } from 'temporal-polyfill';
import { BreakEngine } from '../../../../electron/core/engine/break-engine';
import type { RoutineChoices } from '../../../../electron/core/engine/types';
import type { Settings } from '../../../../electron/core/settings';
import { dayOffMatcher } from '../../../../electron/core/time/days-off';
import { WorkCalendar } from '../../../../electron/core/time/work-calendar';
import { ROUTINES, routineSeconds } from '../../catalog';

export interface PreviewBreak {
  /** When the prompt appears (epoch ms). */
  at: number;
  routineId: string;
}

export interface DayPreview {
  date: string;
  breaks: PreviewBreak[];
  /**
   * Work ranges in the date (epoch ms), in order: one from the day before that
   * runs past midnight into it (marked), then those that start on it.
   */
  ranges: { start: number; end: number; fromDayBefore: boolean }[];
  dayOff: boolean;
  /** Work hours are off: all time is work time. */
  allDay: boolean;
}

/** The catalog's routines as the engine's rotation sees them (desk ones in catalog order). */
export function routineChoices(): RoutineChoices {
  const desk = ROUTINES.filter((r) => r.setting === 'desk').map((r) => r.id);
  return { desk, floor: ROUTINES.map((r) => r.id).filter((id) => !desk.includes(id)) };
}

const secondsById = new Map(ROUTINES.map((r) => [r.id, routineSeconds(r)]));
/** A routine the catalog does not know runs for two minutes in the simulation. */
const FALLBACK_SECONDS = 120;
const MAX_STEPS = 20_000;

export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function todayIn(zone: string): string {
  return Temporal.Now.plainDateISO(zone).toString();
}

/** Simulates the day before and the given date; returns the date's prompts. */
export function previewDay(settings: Settings, date: string, zone: string): DayPreview {
  const day = Temporal.PlainDate.from(date);
  const startOf = (d: Temporal.PlainDate) => d.toZonedDateTime({ timeZone: zone }).epochMilliseconds;
  const dayStart = startOf(day);
  const dayEnd = startOf(day.add({ days: 1 }));

  const calendar = new WorkCalendar(settings.workHours, zone);
  const enabled = settings.workHours.enabled;
  const spilled = enabled
    ? calendar
        .rangesOn(day.subtract({ days: 1 }))
        .filter((r) => r.end > dayStart)
        .map(({ start, end }) => ({ start, end, fromDayBefore: true }))
    : [];
  const own = enabled
    ? calendar.rangesOn(day).map(({ start, end }) => ({ start, end, fromDayBefore: false }))
    : [];
  const ranges = [...spilled, ...own].sort((a, b) => a.start - b.start);
  const spills = spilled.length > 0;
  const from = spills ? startOf(day.subtract({ days: 1 })) : dayStart;
  const dayOff = enabled && dayOffMatcher(settings.workHours.daysOff)(date);

  const engine = new BreakEngine({ settings, timezone: zone, now: from, routines: routineChoices() });
  const breaks: PreviewBreak[] = [];
  let finishAt: number | null = null;

  const deliver = (effects: ReturnType<BreakEngine['handle']>) => {
    for (const effect of effects) {
      if (effect.type === 'prompt') {
        if (effect.at >= dayStart && effect.at < dayEnd)
          breaks.push({ at: effect.at, routineId: effect.routineId });
        deliver(engine.handle({ type: 'answer', action: 'start' }, effect.at));
      } else if (effect.type === 'routine-start') {
        finishAt = effect.at + (secondsById.get(effect.routineId) ?? FALLBACK_SECONDS) * 1000;
      }
    }
  };

  for (let step = 0; step < MAX_STEPS; step++) {
    const wake = engine.nextWake();
    const finish: number | null = finishAt;
    if (finish !== null && (wake === null || finish <= wake)) {
      if (finish >= dayEnd) break;
      finishAt = null;
      deliver(engine.handle({ type: 'finish-routine', outcome: 'completed' }, finish));
      continue;
    }
    if (wake === null || wake >= dayEnd) break;
    deliver(engine.handle({ type: 'tick' }, wake));
  }
  return { date, breaks, ranges, dayOff, allDay: !enabled };
}
