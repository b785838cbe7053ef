/**
 * The history window: "today" moves on at midnight, "Delete my history" asks
 * first, a check-in with a warning keeps its answer and focus in place with
 * "Pause breaks"; and the prompt's chime follows its setting and
 * do-not-disturb.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CheckIn } from '../../electron/core/history/checkin';
import type { BreakRecord } from '../../electron/core/history/types';
import { DEFAULT_SETTINGS, applySettingsPatch, type Settings } from '../../electron/core/settings';
import type { PromptInfo } from '../../electron/shared/ipc-contract';
import { setBackendForTests } from '../../renderer/src/bridge';
import { usePromptChime } from '../../renderer/src/hooks/usePromptChime';
import { HistoryView } from '../../renderer/src/views/HistoryView';
import { msToNextMidnight, useToday } from '../../renderer/src/views/history/useToday';
import { fakeBackend } from './fixtures';

afterEach(() => {
  setBackendForTests(undefined);
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const record: BreakRecord = {
  id: 'b1',
  endedAt: new Date().toISOString(),
  startedAt: null,
  outcome: 'skipped',
  trigger: 'prompt',
  routineId: 'mid-back-seated',
  snoozes: 0,
  secondsMoved: 0,
};

describe('today in the history window', () => {
  it('moves on at the next local midnight (it used to stay on the day the window opened)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-12-01T23:59:30Z'));
    const { result } = renderHook(() => useToday('UTC'));
    expect(result.current.date).toBe('2026-12-01');
    act(() => {
      vi.advanceTimersByTime(31_000);
    });
    expect(result.current.date).toBe('2026-12-02');
  });

  it('the window left open over midnight counts the new day as today', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const { Temporal } = await import('temporal-polyfill');
    const local = (text: string) => Temporal.PlainDateTime.from(text).toZonedDateTime(zone).epochMilliseconds;
    vi.setSystemTime(local('2026-12-01T23:59:50'));
    const backend = fakeBackend();
    const justAfter = {
      ...record,
      outcome: 'completed' as const,
      endedAt: new Date(local('2026-12-02T00:00:05')).toISOString(),
    };
    backend.api.getHistory = async () => ({ ok: true, value: [justAfter] });
    setBackendForTests(backend.api);
    render(<HistoryView />);
    const card = await screen.findByTestId('today-stats');
    expect(card.textContent).toContain('Nothing yet.');
    await act(async () => {
      vi.advanceTimersByTime(30_000);
    });
    await waitFor(() => expect(screen.getByTestId('today-taken').textContent).toBe('1'));
  });

  it('knows how far the next midnight is, across a DST change too', () => {
    expect(msToNextMidnight(Date.parse('2026-12-01T23:00:00Z'), 'UTC')).toBe(3_600_000);
    // Europe/Berlin 2026-03-29 has 23 hours.
    expect(msToNextMidnight(Date.parse('2026-03-28T23:00:00Z'), 'Europe/Berlin')).toBe(23 * 3_600_000);
  });
});

describe('Delete my history', () => {
  it('asks with the counts, deletes only after "Delete everything", and says so', async () => {
    const backend = fakeBackend();
    let records = [record];
    backend.api.getHistory = async () => ({ ok: true, value: [...records] });
    backend.api.clearHistory = async () => {
      backend.calls.push({ channel: 'clearHistory', payload: undefined });
      records = [];
      backend.emit('historyChanged', null);
      return { ok: true, value: { breaks: 1, checkIns: 0 } };
    };
    setBackendForTests(backend.api);
    render(<HistoryView />);
    const section = await screen.findByTestId('delete-history');
    const open = await within(section).findByRole('button', { name: 'Delete my history…' });
    await waitFor(() => expect((open as HTMLButtonElement).disabled).toBe(false));
    await userEvent.click(open);
    const question = within(section).getByText('Delete 1 break and 0 check-ins? This cannot be undone.');
    expect(document.activeElement).toBe(question.closest('p'));
    await userEvent.click(within(section).getByRole('button', { name: 'Keep my history' }));
    expect(backend.callsTo('clearHistory')).toEqual([]);
    expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Delete my history…' }));

    await userEvent.click(within(section).getByRole('button', { name: 'Delete my history…' }));
    await userEvent.click(within(section).getByRole('button', { name: 'Delete everything' }));
    expect(backend.callsTo('clearHistory')).toHaveLength(1);
    expect(await within(section).findByText('Your history was deleted.')).toBeTruthy();
    await screen.findByText('No breaks recorded in the last 14 days.');
  });
});

describe('a check-in with a warning sign', () => {
  it('keeps the answer and the advice where the form was, focused, with Pause breaks', async () => {
    const backend = fakeBackend({ settings: { app: { checkIn: true } } });
    const saved: CheckIn[] = [];
    backend.api.getCheckIns = async () => ({ ok: true, value: [...saved] });
    backend.api.saveCheckIn = async (answers) => {
      const made: CheckIn = {
        id: 'c1',
        date: new Date().toISOString().slice(0, 10),
        at: new Date().toISOString(),
        ...answers,
      };
      // The form is shown for the browser's today; use the same date it does.
      made.date = new Intl.DateTimeFormat('en-CA').format(new Date());
      saved.push(made);
      return { ok: true, value: made };
    };
    setBackendForTests(backend.api);
    render(<HistoryView />);
    const due = await screen.findByTestId('checkin-due');
    await userEvent.click(within(due).getByRole('radio', { name: '4' }));
    await userEvent.click(within(due).getByRole('checkbox', { name: /bladder or bowels/ }));
    await userEvent.click(within(due).getByRole('button', { name: 'Save today’s check-in' }));

    const answer = await within(due).findByTestId('checkin-today');
    expect(document.activeElement).toBe(answer);
    expect(within(due).getByTestId('doctor-guidance').textContent).toContain('Stop the exercises');
    // Shown once, in place: not a second time further down.
    expect(screen.getAllByTestId('checkin-today')).toHaveLength(1);
    await userEvent.click(within(due).getByRole('button', { name: 'Pause breaks' }));
    expect(backend.callsTo('pauseBreaks')).toEqual([{ until: 'resumed' }]);
    expect(within(due).getByRole('status').textContent).toMatch(/^Breaks are paused/);
  });
});

describe('the prompt chime', () => {
  const prompt = (over: Partial<PromptInfo> = {}): PromptInfo => ({
    routineId: 'mid-back-seated',
    snoozes: 0,
    snoozesLeft: 3,
    shownAt: '2026-12-01T10:00:00Z',
    ...over,
  });
  const settings = (app: Partial<Settings['app']>) => {
    const r = applySettingsPatch(DEFAULT_SETTINGS, { app });
    if (!r.ok) throw new Error(r.error.join());
    return r.value;
  };

  it('is quiet by default, plays once per prompt at its volume, and never in do-not-disturb', () => {
    const play = vi.fn();
    const { rerender } = renderHook(({ p, s }) => usePromptChime(p, s, play), {
      initialProps: { p: prompt() as PromptInfo | null, s: DEFAULT_SETTINGS },
    });
    expect(play).not.toHaveBeenCalled();
    rerender({
      p: prompt({ shownAt: '2026-12-01T10:30:00Z' }),
      s: settings({ chime: true, chimeVolume: 40 }),
    });
    expect(play).toHaveBeenCalledWith(0.4);
    rerender({ p: prompt({ shownAt: '2026-12-01T10:30:00Z', snoozes: 0 }), s: settings({ chime: true }) });
    expect(play).toHaveBeenCalledTimes(1);
    rerender({
      p: prompt({ shownAt: '2026-12-01T11:00:00Z', doNotDisturb: true }),
      s: settings({ chime: true, chimeVolume: 40 }),
    });
    expect(play).toHaveBeenCalledTimes(1);
  });
});
