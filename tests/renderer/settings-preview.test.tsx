/**
 * "Your breaks today" agrees with the engine: the preview's times are compared
 * with the scenario runner (the engine's other driver, break-rules.md) for
 * the same settings, and the preview follows the draft as you type.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Temporal } from 'temporal-polyfill';
import { runScenario } from '../../electron/core/engine/scenario';
import { DEFAULT_SETTINGS, applySettingsPatch, type Settings } from '../../electron/core/settings';
import { getRoutine, routineSeconds } from '../../renderer/src/catalog';
import { previewDay, routineChoices } from '../../renderer/src/views/settings/preview';
import { SettingsView } from '../../renderer/src/views/SettingsView';

const ROUTINE = 'mid-back-seated';

function settingsWith(patch: unknown): Settings {
  const result = applySettingsPatch(DEFAULT_SETTINGS, patch);
  if (!result.ok) throw new Error(result.error.join('; '));
  return result.value;
}

/** The prompts the scenario runner reports on `date`, starting it at `from` (local midnight). */
function scenarioPrompts(settings: Settings, zone: string, from: string, date: string): number[] {
  const next = Temporal.PlainDate.from(date).add({ days: 1 }).toString();
  const run = runScenario(
    {
      timezone: zone,
      from: `${from}T00:00`,
      until: `${next}T00:00`,
      settings,
      respond: {
        action: 'complete',
        afterSeconds: 0,
        routineSeconds: routineSeconds(getRoutine(settings.breaks.routine)!),
      },
      events: [],
    },
    routineChoices(),
  );
  if (!run.ok) throw new Error(run.error);
  return run.value
    .filter((line) => line.type === 'prompt' && String(line.at).startsWith(date))
    .map((line) => Date.parse(String(line.at)));
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

describe('the preview agrees with the engine', () => {
  it.each(cases)('$name', ({ zone, date, from, patch }) => {
    const settings = settingsWith(deepRoutine(patch));
    const preview = previewDay(settings, date, zone);
    const expected = scenarioPrompts(settings, zone, from ?? date, date);
    expect(expected.length).toBeGreaterThan(0);
    expect(preview.breaks.map((b) => b.at)).toEqual(expected);
    expect(preview.breaks.every((b) => b.routineId === ROUTINE)).toBe(true);
  });

  it('has no breaks on a day off or a day without ranges', () => {
    const settings = settingsWith({ workHours: { daysOff: ['2026-03-24'] } });
    const off = previewDay(settings, '2026-03-24', 'Europe/Berlin');
    expect(off).toMatchObject({ dayOff: true, breaks: [], ranges: [] });
    const sunday = previewDay(settings, '2026-03-22', 'Europe/Berlin');
    expect(sunday).toMatchObject({ dayOff: false, breaks: [], ranges: [] });
  });

  it('shows a range from the day before that runs into the date', () => {
    const settings = settingsWith({ workHours: { days: { sat: [{ start: '22:00', end: '02:00' }] } } });
    const sunday = previewDay(settings, '2026-03-22', 'UTC');
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

function deepRoutine(patch: unknown) {
  const p = (patch ?? {}) as { breaks?: Record<string, unknown> };
  return { ...p, breaks: { ...(p.breaks ?? {}), routine: ROUTINE } };
}

describe('the preview in the settings window', () => {
  it('follows the value being typed, before it is saved', async () => {
    render(<SettingsView />);
    const box = await screen.findByTestId('breaks-preview');
    const day = within(box).getByLabelText('Day') as HTMLSelectElement;
    const weekday = [...day.options].find((o) => {
      const d = Temporal.PlainDate.from(o.value).dayOfWeek;
      return d >= 1 && d <= 5;
    })!;
    fireEvent.change(day, { target: { value: weekday.value } });
    const count = () => within(box).getAllByRole('listitem').length;
    await waitFor(() => expect(count()).toBeGreaterThan(8));
    const before = count();

    const every = screen.getByLabelText('Break every (minutes)');
    await userEvent.clear(every);
    await userEvent.type(every, '90');
    await waitFor(() => expect(count()).toBeLessThan(before));
    expect(within(box).getByTestId('preview-hours').textContent).toBe(
      'Work: 9:00 AM–12:00 PM, 1:00 PM–5:00 PM',
    );

    // While the value is invalid the last valid schedule stays, marked as such.
    await userEvent.clear(every);
    await userEvent.type(every, '3');
    expect(await within(box).findByText(/A field above needs fixing/)).toBeTruthy();
    expect(count()).toBeGreaterThan(0);
  });
});
