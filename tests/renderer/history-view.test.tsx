/**
 * The history window with a fake backend: statistics by the core's
 * definitions, natural and missed breaks, the week chart and its table, the
 * routines used, the streak, CSV export, and the check-in section.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Temporal } from 'temporal-polyfill';
import type { BreakRecord } from '../../electron/core/history/types';
import type { CheckIn } from '../../electron/core/history/checkin';
import { HistoryView } from '../../renderer/src/views/HistoryView';
import { setBackendForTests } from '../../renderer/src/bridge';
import { gridSteps } from '../../renderer/src/views/history/WeekChart';
import { periodStart } from '../../renderer/src/views/history/RoutineBreakdown';
import { fakeBackend } from './fixtures';
import { catchDownloads } from './downloads';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const today = Temporal.Now.plainDateISO(zone);
/** An ISO instant at a local time `daysAgo` days before today. */
const at = (daysAgo: number, time: string) =>
  today
    .subtract({ days: daysAgo })
    .toPlainDateTime(Temporal.PlainTime.from(time))
    .toZonedDateTime(zone)
    .toInstant()
    .toString();

let n = 0;
function rec(
  daysAgo: number,
  time: string,
  outcome: BreakRecord['outcome'],
  extra: Partial<BreakRecord> = {},
) {
  const ran = outcome === 'completed' || outcome === 'partial';
  return {
    id: `r${++n}`,
    endedAt: at(daysAgo, time),
    startedAt: ran ? at(daysAgo, time) : null,
    outcome,
    trigger: outcome === 'natural' ? 'idle' : 'prompt',
    routineId: outcome === 'natural' ? null : 'mid-back-seated',
    snoozes: 0,
    secondsMoved: outcome === 'completed' ? 120 : outcome === 'partial' ? 45 : 0,
    ...extra,
  } satisfies BreakRecord;
}

function setup({ records = [] as BreakRecord[], checkIns = [] as CheckIn[], settings = {} as unknown } = {}) {
  const backend = fakeBackend({ settings });
  backend.api.getHistory = async () => ({ ok: true, value: [...records] });
  backend.api.getCheckIns = async () => ({ ok: true, value: [...checkIns] });
  setBackendForTests(backend.api);
  render(<HistoryView />);
  return backend;
}

beforeEach(() => {
  n = 0;
});
afterEach(() => {
  setBackendForTests(undefined);
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('HistoryView', () => {
  it('counts today by the core’s rules, natural and missed breaks included', async () => {
    setup({
      records: [
        rec(0, '09:30', 'completed'),
        rec(0, '10:05', 'partial'),
        rec(0, '10:40', 'natural'),
        rec(0, '11:15', 'skipped', { snoozes: 2 }),
        rec(0, '11:50', 'missed'),
        rec(0, '12:10', 'completed', { trigger: 'on-demand', routineId: 'upper-back-desk-reset' }),
      ],
    });
    const todayCard = await screen.findByTestId('today-stats');
    expect(within(todayCard).getByTestId('today-taken').textContent).toBe('4');
    expect(within(todayCard).getByTestId('today-prompted').textContent).toBe('5');
    expect(within(todayCard).getByTestId('today-rate').textContent).toBe('60%');
    expect(within(todayCard).getByTestId('today-moved').textContent).toBe('4 min 48 s');
    expect(todayCard.textContent).toContain('1 natural break');
    expect(todayCard.textContent).toContain('1 missed');
    expect(todayCard.textContent).toContain('1 skipped');

    const table = screen.getByTestId('history-table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(7);
    expect(rows[1]!.textContent).toContain('Completed');
    expect(rows[1]!.textContent).toContain('on demand');
    expect(table.textContent).toContain('Natural break');
    expect(table.textContent).toContain('while away');
    expect(table.textContent).toContain('Missed');
    expect(table.textContent).toContain('snoozed 2 times');
  });

  it('shows one table until the week’s table is asked for, and the chart describes the week', async () => {
    setup({ records: [rec(0, '09:30', 'completed'), rec(0, '10:30', 'skipped')] });
    await screen.findByTestId('week-chart');
    expect(screen.getAllByRole('table')).toHaveLength(1);
    const chart = screen.getByRole('img', { name: /This week: breaks prompted and taken per day/ });
    const weekday = today.toLocaleString('en-US', { weekday: 'short' });
    expect(chart.textContent).toMatch(new RegExp(`${weekday}.*: 1 taken, 2 prompted`));
    const toggle = screen.getByRole('button', { name: 'Show the week as a table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const week = screen.getByRole('table', { name: 'This week' });
    expect(within(week).getAllByRole('row')).toHaveLength(8);

    await userEvent.click(screen.getByRole('button', { name: 'Previous week' }));
    expect(screen.getByRole('heading', { level: 2, name: /^Week of / })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next week' }).hasAttribute('disabled')).toBe(false);
  });

  it('says how long a break was held while you were busy (R11)', async () => {
    setup({ records: [rec(0, '09:30', 'completed', { heldSeconds: 420 }), rec(0, '10:30', 'completed')] });
    const table = await screen.findByTestId('history-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent?.includes('held 7 min while you were busy'))).toEqual([false, true]);
  });

  it('lists the routines that ran, with runs, completions and minutes', async () => {
    setup({
      records: [
        rec(1, '09:30', 'completed'),
        rec(1, '10:30', 'partial'),
        rec(1, '11:30', 'completed', { routineId: 'lower-back-desk' }),
        rec(1, '12:30', 'skipped', { routineId: 'upper-back-desk-reset' }),
      ],
    });
    const list = await screen.findByTestId('routine-breakdown');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Mid-back mobility');
    expect(items[0]!.textContent).toContain('2 runs · 1 completed · 1 finished early · 2 min 48 s');
    expect(list.textContent).not.toContain('Upper-back desk reset'); // suggested, never run
  });

  it('keeps the streak of work days that met the daily goal', async () => {
    const records: BreakRecord[] = [];
    // Every day of the last three weeks: 2 breaks taken; goal 2; all days are work days when hours are off.
    for (let d = 1; d <= 21; d++) records.push(rec(d, '10:00', 'completed'), rec(d, '11:00', 'natural'));
    setup({ records, settings: { app: { dailyGoal: 2 }, workHours: { enabled: false } } });
    const streak = await screen.findByTestId('streak');
    await waitFor(() => expect(streak.textContent).toContain('21 work days'));
    expect(streak.textContent).toContain('in a row with at least 2 breaks taken.');
    expect(streak.textContent).toContain('Today: 0 of 2, 2 more to go.');
  });

  it('refreshes when main says the history changed', async () => {
    const records: BreakRecord[] = [];
    const backend = setup({ records });
    expect(await screen.findByText('No breaks recorded in the last 14 days.')).toBeTruthy();
    records.push(rec(0, '09:30', 'missed'));
    act(() => backend.emit('historyChanged', null));
    expect(await screen.findByTestId('history-table')).toBeTruthy();
    expect(screen.getByTestId('today-prompted').textContent).toBe('1');
  });

  it('exports the history as RFC 4180 CSV', async () => {
    const saved = catchDownloads();
    setup({ records: [rec(0, '09:30', 'completed'), rec(0, '10:30', 'natural')] });
    await userEvent.click(await screen.findByRole('button', { name: 'Export breaks (CSV)' }));
    expect(saved.names[0]).toMatch(/^unslouch-history-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await saved.text();
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'date,time,ended_at,started_at,outcome,trigger,routine,snoozes,seconds_moved,routine_title,outcome_shown,ended_local,started_local,held_seconds',
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(',completed,prompt,mid-back-seated,0,120,Mid-back mobility,Completed,');
    expect(lines[2]).toContain(',natural,idle,,0,0,,Natural break,');
    // Local times carry their offset.
    expect(lines[1]).toMatch(/,\d{4}-\d\d-\d\dT09:30:00[+-]\d\d:\d\d,/);
    expect(screen.queryByRole('button', { name: 'Export check-ins (CSV)' })).toBeNull();
  });

  it('has no check-in section while the check-in is off and there are none', async () => {
    setup();
    await screen.findByText('No breaks recorded in the last 14 days.');
    expect(screen.queryByTestId('checkins')).toBeNull();
    expect(screen.queryByTestId('checkin-due')).toBeNull();
  });
});

describe('chart helpers', () => {
  it('puts at most five whole-number gridlines up to the top', () => {
    expect(gridSteps(4)).toEqual({ top: 4, step: 1 });
    expect(gridSteps(7)).toEqual({ top: 8, step: 2 });
    expect(gridSteps(23)).toEqual({ top: 25, step: 5 });
  });

  it('starts the routines’ week on the locale’s first day', () => {
    expect(periodStart('week', '2026-03-26', 1)).toBe('2026-03-23');
    expect(periodStart('week', '2026-03-23', 1)).toBe('2026-03-23');
    expect(periodStart('week', '2026-03-26', 7)).toBe('2026-03-22');
    expect(periodStart('week', '2026-03-22', 7)).toBe('2026-03-22');
    expect(periodStart('week', '2026-03-26', 6)).toBe('2026-03-21');
    expect(periodStart('month', '2026-03-26', 1)).toBe('2026-02-25');
  });
});
