/**
 * The work-hours range editor inside the settings window, against the
 * preview backend (the real settings schema): overlaps, ranges past midnight,
 * copy Monday to the weekdays, add / remove with focus, saving as you go.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsView } from '../../renderer/src/views/SettingsView';
import { copyMondayToWeekdays } from '../../renderer/src/views/settings/WorkHoursEditor';
import { draftRanges, suggestRange, pastMidnight } from '../../renderer/src/views/settings/draft';

const stored = () => JSON.parse(window.localStorage.getItem('unslouch.settings') ?? 'null');
const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement;
const setTime = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });

async function renderSettings() {
  render(<SettingsView />);
  await screen.findByLabelText('Monday, first range, start');
}

// Whole-window journeys in jsdom: CPU-bound, slow on a shared 2-core machine (no waiting on timers).
describe('range editor', { timeout: 20_000 }, () => {
  it('types a time into a range and saves the day on Enter', async () => {
    await renderSettings();
    const start = field('Tuesday, first range, start');
    await userEvent.clear(start);
    await userEvent.type(start, '08:30');
    expect(start.value).toBe('08:30');
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(stored()?.workHours.days.tue).toEqual([
        { start: '08:30', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ]),
    );
    expect(screen.getByRole('status').textContent).toBe('Saved.');
  });

  it('shows an overlap under the range, marks its times invalid and saves nothing', async () => {
    await renderSettings();
    setTime('Wednesday, second range, start', '11:00');
    fireEvent.keyDown(field('Wednesday, second range, start'), { key: 'Enter' });
    const day = screen.getByTestId('day-wed');
    const alert = await within(day).findByRole('alert');
    expect(alert.textContent).toContain(
      'Wednesday, second range: overlaps 9:00 AM–12:00 PM on the same day.',
    );
    expect(field('Wednesday, second range, start').getAttribute('aria-invalid')).toBe('true');
    expect(field('Wednesday, second range, end').getAttribute('aria-invalid')).toBe('true');
    expect(field('Wednesday, first range, start').getAttribute('aria-invalid')).toBe('false');
    expect(field('Wednesday, second range, start').getAttribute('aria-describedby')).toContain(alert.id);
    expect(stored()).toBeNull();
    // Fixing it clears the message and saves.
    setTime('Wednesday, second range, start', '12:30');
    await waitFor(() => expect(within(day).queryByRole('alert')).toBeNull());
    fireEvent.keyDown(field('Wednesday, second range, start'), { key: 'Enter' });
    await waitFor(() => expect(stored()?.workHours.days.wed[1]).toEqual({ start: '12:30', end: '17:00' }));
  });

  it('a range whose end is at or before its start runs past midnight, and may not run into the next day', async () => {
    await renderSettings();
    await userEvent.click(screen.getByRole('button', { name: 'Add a range to Saturday' }));
    // The new range's start gets focus.
    expect(document.activeElement).toBe(field('Saturday, first range, start'));
    setTime('Saturday, first range, start', '22:00');
    setTime('Saturday, first range, end', '02:00');
    fireEvent.keyDown(field('Saturday, first range, end'), { key: 'Enter' });
    // The end typed before the start asks first, next to the end field.
    const question = within(screen.getByTestId('day-sat')).getByTestId('ask-overnight');
    expect(question.textContent).toContain('Ends the next day?');
    expect(field('Saturday, first range, end').getAttribute('aria-describedby')).toContain(question.id);
    await userEvent.click(within(question).getByRole('button', { name: 'Yes, it ends the next day' }));
    expect(within(screen.getByTestId('day-sat')).getByText('ends next day')).toBeTruthy();
    await waitFor(() => expect(stored()?.workHours.days.sat).toEqual([{ start: '22:00', end: '02:00' }]));

    // Sunday 01:00–03:00 starts inside Saturday's night range.
    await userEvent.click(screen.getByRole('button', { name: 'Add a range to Sunday' }));
    setTime('Sunday, first range, start', '01:00');
    setTime('Sunday, first range, end', '03:00');
    fireEvent.keyDown(field('Sunday, first range, end'), { key: 'Enter' });
    const alert = await within(screen.getByTestId('day-sun')).findByRole('alert');
    expect(alert.textContent).toContain('overlaps Saturday’s 10:00 PM–2:00 AM, which runs past midnight.');
    // Adding saved the suggested 09:00–17:00; the overlapping edit is not saved.
    expect(stored()?.workHours.days.sun).toEqual([{ start: '09:00', end: '17:00' }]);
  });

  it('copies Monday to Tuesday–Friday, leaving the weekend alone', async () => {
    await renderSettings();
    setTime('Monday, first range, start', '08:00');
    setTime('Monday, second range, end', '16:30');
    await userEvent.click(screen.getByRole('button', { name: 'Copy Monday to Tuesday–Friday' }));
    const monday = [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '16:30' },
    ];
    await waitFor(() => expect(stored()?.workHours.days.fri).toEqual(monday));
    const days = stored().workHours.days;
    for (const d of ['mon', 'tue', 'wed', 'thu', 'fri']) expect(days[d]).toEqual(monday);
    expect(days.sat).toEqual([]);
    expect(days.sun).toEqual([]);
    expect(field('Thursday, second range, end').value).toBe('16:30');
  });

  it('removes a range, moving focus to its neighbour, and says when a day has none', async () => {
    await renderSettings();
    await userEvent.click(screen.getByRole('button', { name: /^Remove Friday range 2/ }));
    expect(document.activeElement).toBe(field('Friday, first range, start'));
    await userEvent.click(screen.getByRole('button', { name: /^Remove Friday range 1/ }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a range to Friday' }));
    expect(within(screen.getByTestId('day-fri')).getByText('No work hours — no breaks.')).toBeTruthy();
    await waitFor(() => expect(stored()?.workHours.days.fri).toEqual([]));
  });

  it('adds and removes days off; a duplicate is refused next to the field', async () => {
    await renderSettings();
    const input = screen.getByLabelText('First day off');
    fireEvent.change(input, { target: { value: '2036-12-24' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(stored()?.workHours.daysOff).toEqual(['2036-12-24']));
    fireEvent.change(input, { target: { value: '2036-12-24' } });
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toMatch(/is already a day off/);
    await userEvent.click(screen.getByRole('button', { name: /^Remove day off/ }));
    await waitFor(() => expect(stored()?.workHours.daysOff).toEqual([]));
  });

  it('turning work hours off is saved at once', async () => {
    await renderSettings();
    await userEvent.click(screen.getByRole('switch', { name: 'Use work hours' }));
    await waitFor(() => expect(stored()?.workHours.enabled).toBe(false));
    expect(screen.getByText(/breaks come around the clock, every day/)).toBeTruthy();
  });
});

describe('range helpers', () => {
  it('suggests a new range an hour after the last one, wrapping past midnight', () => {
    expect(suggestRange([])).toEqual({ start: '09:00', end: '17:00' });
    expect(suggestRange([{ start: '09:00', end: '12:00' }])).toEqual({ start: '13:00', end: '14:00' });
    expect(suggestRange([{ start: '20:00', end: '23:30' }])).toEqual({ start: '00:30', end: '01:30' });
  });

  it('knows a range past midnight', () => {
    expect(pastMidnight({ start: '22:00', end: '02:00' })).toBe(true);
    expect(pastMidnight({ start: '09:00', end: '09:00' })).toBe(true);
    expect(pastMidnight({ start: '09:00', end: '17:00' })).toBe(false);
    expect(pastMidnight({ start: '', end: '02:00' })).toBe(false);
  });

  it('copies with fresh keys', () => {
    const days = {
      mon: draftRanges([{ start: '08:00', end: '12:00' }]),
      tue: [],
      wed: [],
      thu: [],
      fri: [],
      sat: draftRanges([{ start: '10:00', end: '11:00' }]),
      sun: [],
    };
    const copied = copyMondayToWeekdays(days);
    expect(copied.tue.map(({ start, end }) => ({ start, end }))).toEqual([{ start: '08:00', end: '12:00' }]);
    expect(copied.tue[0]!.key).not.toBe(days.mon[0]!.key);
    expect(copied.sat).toBe(days.sat);
  });
});
