/**
 * The day plan ("your breaks today") and the first break agree with the
 * engine: the plan's times are compared with the scenario runner (the
 * engine's other driver, break-rules.md) for the same settings.
 */
import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { runScenario } from '../../electron/core/engine/scenario';
import { getRoutine, routineChoices, routineSeconds } from '../../electron/core/catalog';
import { firstBreakAfter, planDay, type PlanCatalog } from '../../electron/core/plan/day-plan';
import { UNKNOWN_ROUTINE_SECONDS } from '../../electron/core/service/simulated-run';
import {
  DEFAULT_SETTINGS,
  applySettingsPatch,
  settingsSchema,
  type Settings,
} from '../../electron/core/settings';

const ROUTINE = 'mid-back-seated';

const catalog: PlanCatalog = {
  choices: routineChoices(),
  seconds: (id) => {
    const routine = getRoutine(id);
    return routine ? routineSeconds(routine) : undefined;
  },
};

function settingsWith(patch: unknown): Settings {
  const result = applySettingsPatch(DEFAULT_SETTINGS, patch);
  if (!result.ok) throw new Error(result.error.join('; '));
  return result.value;
}

/** The prompts the scenario runner reports on `date`, starting it at `from` (local midnight). */
function scenarioPrompts(settings: Settings, zone: string, from: string, date: string, seconds: number) {
  const next = Temporal.PlainDate.from(date).add({ days: 1 }).toString();
  const run = runScenario(
    {
      timezone: zone,
      from: `${from}T00:00`,
      until: `${next}T00:00`,
      settings,
      respond: { action: 'complete', afterSeconds: 0, routineSeconds: seconds },
      events: [],
    },
    routineChoices(),
  );
  if (!run.ok) throw new Error(run.error);
  return run.value
    .filter((line) => line.type === 'prompt' && String(line.at).startsWith(date))
    .map((line) => Date.parse(String(line.at)));
}

function deepRoutine(patch: unknown, routine = ROUTINE) {
  const p = (patch ?? {}) as { breaks?: Record<string, unknown> };
  return { ...p, breaks: { ...(p.breaks ?? {}), routine } };
}

const cases: { name: string; zone: string; date: string; from?: string; patch: unknown }[] = [
  { name: 'default hours on a Monday', zone: 'Europe/Berlin', date: '2026-03-23', patch: {} },
  {
    name: 'two ranges with a lunch gap, every 45 minutes',
    zone: 'America/New_York',
    date: '2026-03-24',
    patch: {
      breaks: { everyMinutes: 45 },
      workHours: {
        days: {
          tue: [
            { start: '08:30', end: '12:00' },
            { start: '13:30', end: '17:30' },
          ],
        },
      },
    },
  },
  {
    name: 'a half-day Friday',
    zone: 'Europe/London',
    date: '2026-03-27',
    patch: { workHours: { days: { fri: [{ start: '09:00', end: '13:00' }] } } },
  },
  {
    name: 'a night range running into the DST change',
    zone: 'Europe/Berlin',
    date: '2026-03-29',
    from: '2026-03-28',
    patch: { workHours: { days: { sat: [{ start: '22:00', end: '04:00' }] } } },
  },
  {
    name: 'work hours off: around the clock',
    zone: 'Asia/Kathmandu',
    date: '2026-03-25',
    patch: { breaks: { everyMinutes: 90 }, workHours: { enabled: false } },
  },
];

describe('the day plan agrees with the engine', () => {
  it.each(cases)('$name', ({ zone, date, from, patch }) => {
    const settings = settingsWith(deepRoutine(patch));
    const plan = planDay(settings, date, zone, catalog);
    const expected = scenarioPrompts(
      settings,
      zone,
      from ?? date,
      date,
      routineSeconds(getRoutine(ROUTINE)!),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(plan.breaks.map((b) => b.at)).toEqual(expected);
    expect(plan.breaks.every((b) => b.routineId === ROUTINE)).toBe(true);
  });

  it('rotates the desk routines as the engine does', () => {
    const plan = planDay(DEFAULT_SETTINGS, '2026-03-23', 'Europe/Berlin', catalog);
    const desk = routineChoices().desk;
    expect(plan.breaks.length).toBeGreaterThan(desk.length);
    expect(plan.breaks.slice(0, desk.length).map((b) => b.routineId)).toEqual(desk);
  });

  it('lets a routine the catalog has no length for run two minutes', () => {
    const unknown: PlanCatalog = { choices: { desk: ['made-up'], floor: [] }, seconds: () => undefined };
    const plan = planDay(DEFAULT_SETTINGS, '2026-03-23', 'Europe/Berlin', unknown);
    expect(plan.breaks.every((b) => b.routineId === 'made-up')).toBe(true);
    const run = runScenario(
      {
        timezone: 'Europe/Berlin',
        from: '2026-03-23T00:00',
        until: '2026-03-24T00:00',
        respond: { action: 'complete', afterSeconds: 0, routineSeconds: UNKNOWN_ROUTINE_SECONDS },
      },
      unknown.choices,
    );
    if (!run.ok) throw new Error(run.error);
    const expected = run.value.filter((l) => l.type === 'prompt').map((l) => Date.parse(String(l.at)));
    expect(expected.length).toBeGreaterThan(0);
    expect(plan.breaks.map((b) => b.at)).toEqual(expected);
  });

  it('has no breaks on a day off or a day without ranges', () => {
    const settings = settingsWith({ workHours: { daysOff: ['2026-03-24'] } });
    const off = planDay(settings, '2026-03-24', 'Europe/Berlin', catalog);
    expect(off).toMatchObject({ dayOff: true, breaks: [], ranges: [] });
    const sunday = planDay(settings, '2026-03-22', 'Europe/Berlin', catalog);
    expect(sunday).toMatchObject({ dayOff: false, breaks: [], ranges: [] });
  });

  it('shows a range from the day before that runs into the date', () => {
    const settings = settingsWith({ workHours: { days: { sat: [{ start: '22:00', end: '02:00' }] } } });
    const sunday = planDay(settings, '2026-03-22', 'UTC', catalog);
    expect(sunday.ranges).toEqual([
      {
        start: Date.parse('2026-03-21T22:00:00Z'),
        end: Date.parse('2026-03-22T02:00:00Z'),
        fromDayBefore: true,
      },
    ]);
    expect(sunday.breaks.length).toBeGreaterThan(0);
    expect(sunday.breaks.every((b) => b.at < Date.parse('2026-03-22T02:00:00Z'))).toBe(true);
  });
});

describe('the first break', () => {
  const ZONE = 'Europe/Berlin';
  const at = (iso: string) => Date.parse(iso);

  it('is the engine’s first prompt after now: half an hour into the work day', () => {
    expect(firstBreakAfter(DEFAULT_SETTINGS, ZONE, at('2026-03-23T08:00:00+01:00'), catalog)).toBe(
      at('2026-03-23T09:30:00+01:00'),
    );
  });

  it('comes on Monday when started on a Saturday', () => {
    expect(firstBreakAfter(DEFAULT_SETTINGS, ZONE, at('2026-03-21T10:00:00+01:00'), catalog)).toBe(
      at('2026-03-23T09:30:00+01:00'),
    );
  });

  it('is null when no work hours come within a week', () => {
    const none = settingsSchema.parse({
      workHours: { days: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } },
    });
    expect(firstBreakAfter(none, ZONE, at('2026-03-23T08:00:00+01:00'), catalog)).toBeNull();
  });
});
