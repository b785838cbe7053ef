/**
 * The history window in the chosen locale: the week (chart, table, "this
 * week", the routines' week) begins on the locale's first day, and numbers,
 * percentages and dates come from Intl in that locale; the CSV stays
 * machine-readable (ISO instants, plain numbers) whatever the locale.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Temporal } from 'temporal-polyfill';
import type { BreakRecord } from '../../electron/core/history/types';
import { setMessages } from '../../electron/shared/i18n';
import { HistoryView } from '../../renderer/src/views/HistoryView';
import { setBackendForTests } from '../../renderer/src/bridge';
import { fakeBackend } from './fixtures';
import { catchDownloads } from './downloads';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Thursday 26 March 2026. */
const TODAY = '2026-03-26';

/** An ISO instant at a local date and time. */
const at = (date: string, time: string) =>
  Temporal.PlainDate.from(date)
    .toPlainDateTime(Temporal.PlainTime.from(time))
    .toZonedDateTime(zone)
    .toInstant()
    .toString();

let n = 0;
function rec(date: string, time: string, outcome: BreakRecord['outcome'], secondsMoved = 0): BreakRecord {
  const ran = outcome === 'completed';
  return {
    id: `r${++n}`,
    endedAt: at(date, time),
    startedAt: ran ? at(date, time) : null,
    outcome,
    trigger: 'prompt',
    routineId: 'mid-back-seated',
    snoozes: 0,
    secondsMoved,
  };
}

/** Today one break taken of two prompted (50 %); Sunday 22 March one taken; Saturday 21 one taken. */
const RECORDS = (): BreakRecord[] => [
  rec('2026-03-21', '10:00', 'completed', 120),
  rec('2026-03-22', '10:00', 'completed', 120),
  rec(TODAY, '09:30', 'completed', 1500),
  rec(TODAY, '10:30', 'skipped'),
];

/** What Intl says for a local date in a locale: the expected text, never hand-built. */
const intlDate = (date: string, locale: string, options: Intl.DateTimeFormatOptions) =>
  Temporal.PlainDate.from(date)
    .toPlainDateTime(Temporal.PlainTime.from('12:00'))
    .toZonedDateTime(Intl.DateTimeFormat().resolvedOptions().timeZone)
    .toInstant()
    .toLocaleString(locale, options);
const shortDate = (date: string, locale: string) =>
  intlDate(date, locale, { weekday: 'short', day: 'numeric', month: 'short' });

async function show(locale: string, records = RECORDS()) {
  setMessages(locale, {});
  const backend = fakeBackend({ settings: {} });
  backend.api.getHistory = async () => ({ ok: true, value: records });
  backend.api.getCheckIns = async () => ({ ok: true, value: [] });
  setBackendForTests(backend.api);
  render(<HistoryView />);
  await screen.findByTestId('week-chart');
}

/** The chart's weekday labels, left to right. */
const dayLabels = () =>
  [...screen.getByTestId('week-chart').querySelectorAll('.day-label')].map((e) => e.textContent);

/** The week table's row headers (the days), top to bottom. */
async function tableDays(): Promise<string[]> {
  const toggle = screen.queryByRole('button', { name: 'Show the week as a table' });
  if (toggle) await userEvent.click(toggle);
  const table = screen.getByRole('table', { name: 'This week' });
  return within(table)
    .getAllByRole('rowheader')
    .map((h) => h.textContent ?? '');
}

beforeEach(() => {
  n = 0;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(at(TODAY, '15:00')));
});
afterEach(() => {
  setMessages('en', {});
  setBackendForTests(undefined);
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('HistoryView in the chosen locale', () => {
  it('in German starts the week on Monday and shows the rate as "50 %"', async () => {
    await show('de');
    expect(dayLabels()).toEqual(
      ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29'].map(
        (d) => intlDate(d, 'de', { weekday: 'short' }),
      ),
    );
    expect(dayLabels()[0]).toBe('Mo');
    const days = await tableDays();
    expect(days).toHaveLength(7);
    expect(days[0]).toBe(shortDate('2026-03-23', 'de'));
    expect(days[0]).toMatch(/^Mo\., 23\. März$/);
    // Today's rate: one of two prompted. German puts a (no-break) space before the sign.
    expect(screen.getByTestId('today-rate').textContent).toBe('50\u00a0%');
    // This week is Monday 23 – Sunday 29: the weekend before is not in it.
    expect(screen.getByTestId('week-taken').textContent).toBe('1');
    expect(screen.getByTestId('week-rate').textContent).toBe('50\u00a0%');
  });

  it('in en-US starts the week on Sunday, and "this week" holds that Sunday', async () => {
    await show('en-US');
    expect(dayLabels()).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    const days = await tableDays();
    expect(days[0]).toBe(shortDate('2026-03-22', 'en-US'));
    expect(days[0]).toBe('Sun, Mar 22');
    expect(screen.getByTestId('week-taken').textContent).toBe('2');
    expect(screen.getByTestId('today-rate').textContent).toBe('50%');
  });

  it('in en-GB starts the week on Monday', async () => {
    await show('en-GB');
    expect(dayLabels()[0]).toBe('Mon');
    expect((await tableDays())[0]).toBe(shortDate('2026-03-23', 'en-GB'));
  });

  it('in Arabic starts the week on Saturday, with the locale’s digits', async () => {
    await show('ar');
    expect(dayLabels()).toEqual(
      ['2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27'].map(
        (d) => intlDate(d, 'ar', { weekday: 'short' }),
      ),
    );
    expect(screen.getByTestId('week-taken').textContent).toBe('3');
    // Egyptian Arabic writes Arabic-Indic digits (CLDR's default for plain "ar" is now Latin digits).
    act(() => setMessages('ar-EG', {}));
    expect(dayLabels()[0]).toBe(intlDate('2026-03-21', 'ar-EG', { weekday: 'short' }));
    expect(screen.getByTestId('week-taken').textContent).toBe('٣');
    expect(screen.getByTestId('today-rate').textContent).toBe(
      new Intl.NumberFormat('ar-EG', { style: 'percent' }).format(0.5),
    );
    const dates = [...screen.getByTestId('week-chart').querySelectorAll('.date-label')].map(
      (e) => e.textContent,
    );
    expect(dates[0]).toBe('٢١');
  });

  it('moves the week when the language changes while the window is open', async () => {
    await show('en-US');
    expect(dayLabels()[0]).toBe('Sun');
    act(() => setMessages('de', {}));
    expect(dayLabels()[0]).toBe('Mo');
    expect(screen.getByTestId('week-taken').textContent).toBe('1');
    act(() => setMessages('en-US', {}));
    expect(dayLabels()[0]).toBe('Sun');
  });

  it('counts the routines’ "this week" from the locale’s first day', async () => {
    const records = [rec('2026-03-22', '10:00', 'completed', 120), rec(TODAY, '09:30', 'completed', 120)];
    for (const [locale, runs] of [
      ['de', '1'],
      ['en-US', '2'],
    ] as const) {
      await show(locale, records);
      await userEvent.selectOptions(screen.getByRole('combobox'), 'week');
      expect(screen.getByTestId('routine-breakdown').textContent).toContain(
        locale === 'de' ? `${runs} run` : `${runs} runs`,
      );
      act(() => setBackendForTests(undefined));
      document.body.innerHTML = '';
    }
  });

  it('exports ISO instants and plain numbers in German too', async () => {
    const saved = catchDownloads();
    const records = RECORDS();
    await show('de', records);
    await userEvent.click(screen.getByRole('button', { name: 'Export breaks (CSV)' }));
    const lines = (await saved.text()).split('\r\n');
    const today = records[2]!;
    expect(lines[3]).toContain(`,${today.endedAt},${today.startedAt},completed,prompt,`);
    // 1500 seconds, not "1.500"; the date and time as ISO, not "26.03.2026".
    expect(lines[3]).toMatch(/^2026-03-26,09:30:00,/);
    expect(lines[3]).toContain(',0,1500,');
    expect(lines[3]).toMatch(/,2026-03-26T09:30:00[+-]\d\d:\d\d,/);
  });
});
