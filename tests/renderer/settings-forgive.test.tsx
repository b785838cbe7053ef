/**
 * Settings that forgive: fields named as the person sees them with the bad
 * value quoted, "ends the next day?" on the field that was typed, days off as
 * ranges with malformed and past dates refused before they are added, the
 * preview of any day of a holiday, and one clock for time fields and text.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Temporal } from 'temporal-polyfill';
import { SETTINGS_FIELDS, checkSettings } from '../../electron/core/settings';
import { text } from '../../electron/shared/i18n';
import { SettingsView } from '../../renderer/src/views/SettingsView';
import {
  FIELD_LABELS,
  describeFieldIssues,
  describeIssue,
  fieldLabel,
} from '../../renderer/src/views/settings/labels';
import { formatClockTime, formatTime, hourCycle } from '../../renderer/src/views/settings/format';
import { toDraft, candidateOf, UNITS } from '../../renderer/src/views/settings/draft';
import { DEFAULT_SETTINGS } from '../../electron/core/settings';

const stored = () => JSON.parse(window.localStorage.getItem('unslouch.settings') ?? 'null');
const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement;
const setTime = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const today = Temporal.Now.plainDateISO(zone);

async function renderSettings() {
  render(<SettingsView />);
  await screen.findByLabelText('Monday, first range, start');
}

describe('field labels', () => {
  it('names a path as the window does and quotes the bad value', () => {
    expect(fieldLabel('workHours.days.mon.0.start')).toBe('Monday, first range, start');
    expect(fieldLabel('workHours.days.fri.1')).toBe('Friday, second range');
    expect(fieldLabel('workHours.days.sun')).toBe('Sunday’s work hours');
    expect(fieldLabel('workHours.daysOff.2.to')).toBe('Days off, third entry, last day');
    expect(fieldLabel('breaks.everyMinutes')).toBe('Break every (minutes)');
    expect(
      describeIssue({
        path: 'workHours.days.mon.0.start',
        problem: text('settings.problem.time'),
        shown: '9am',
      }),
    ).toBe('Monday, first range, start: ‘9am’ is not a time; use HH:MM.');
    // The form's own words (already in the person's language) are named the same way.
    expect(describeIssue({ path: 'app.sounds', message: 'cannot play here' })).toBe(
      'Sounds: cannot play here.',
    );
    // The core's issues: a long value is cut, so a message never grows without bound.
    const r = checkSettings({
      ...DEFAULT_SETTINGS,
      breaks: { ...DEFAULT_SETTINGS.breaks, routine: 'A'.repeat(80) },
    });
    expect(!r.ok && describeFieldIssues(r.error)[0]).toMatch(
      /^Suggested routine: ‘A{39}…’ must be “rotate” or a routine id\.$/,
    );
    const sounds = checkSettings({ ...DEFAULT_SETTINGS, app: { ...DEFAULT_SETTINGS.app, sounds: 'yes' } });
    expect(!sounds.ok && describeFieldIssues(sounds.error)).toEqual(['Sounds: ‘yes’ must be true or false.']);
  });

  it('every settings field of the schema has a label in the catalog', () => {
    for (const { path } of SETTINGS_FIELDS)
      expect(FIELD_LABELS[path as keyof typeof FIELD_LABELS], path).toBeTruthy();
  });

  it('the form model comes from the schema: every unit, and a round trip through the draft', () => {
    expect([...UNITS]).toEqual(SETTINGS_FIELDS.map((f) => f.path));
    const draft = toDraft(DEFAULT_SETTINGS);
    expect(draft.breaks.everyMinutes).toBe('30');
    expect(draft.app.chimeVolume).toBe('50');
    expect(draft.workHours.days.mon[0]).toMatchObject({ start: '09:00', end: '12:00', overnight: false });
    expect(candidateOf(draft, DEFAULT_SETTINGS.version)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('one clock', () => {
  it('follows the locale’s hour cycle for the text beside time fields', () => {
    expect(hourCycle('en-US')).toBe('h12');
    expect(hourCycle('en-GB')).toBe('h23');
    expect(hourCycle('de-DE')).toBe('h23');
    expect(formatClockTime('13:05', 'en-GB')).toBe('13:05');
    expect(formatClockTime('13:05', 'en-US')).toBe('1:05 PM');
    expect(formatClockTime('09:00', 'en-GB')).toBe('09:00');
    const nine = new Date(2026, 11, 1, 21, 30).getTime();
    expect(formatTime(nine, 'en-GB')).toBe('21:30');
    expect(formatTime(nine, 'en-US')).toBe('9:30 PM');
  });
});

/** Whole-window journeys in jsdom: CPU-bound, slow on a shared 2-core machine (no waiting on timers). */
const JOURNEY = { timeout: 20_000 };

describe('an end before its start', JOURNEY, () => {
  it(
    'asks "ends the next day?" on the end that was typed, saves nothing and reports no overlap elsewhere',
    { timeout: 20_000 },
    async () => {
      await renderSettings();
      // Monday 09:00–12:00 then 13:00–17:00: typing 08:00 for 20:00 as the second end.
      setTime('Monday, second range, end', '08:00');
      fireEvent.keyDown(field('Monday, second range, end'), { key: 'Enter' });
      const day = screen.getByTestId('day-mon');
      const question = within(day).getByTestId('ask-overnight');
      expect(question.dataset.field).toBe('end');
      expect(question.textContent).toContain('Ends the next day?');
      expect(field('Monday, second range, end').getAttribute('aria-describedby')).toContain(question.id);
      expect(field('Monday, second range, end').getAttribute('aria-invalid')).toBe('false');
      // No overlap reported on the first range or on Tuesday.
      expect(within(day).queryByRole('alert')).toBeNull();
      expect(within(screen.getByTestId('day-tue')).queryByRole('alert')).toBeNull();
      await new Promise((r) => setTimeout(r, 50));
      expect(stored()).toBeNull();

      // "No" goes back to the field that was typed; fixing it saves.
      await userEvent.click(within(question).getByRole('button', { name: 'No, let me fix it' }));
      expect(document.activeElement).toBe(field('Monday, second range, end'));
      setTime('Monday, second range, end', '20:00');
      fireEvent.keyDown(field('Monday, second range, end'), { key: 'Enter' });
      expect(within(day).queryByTestId('ask-overnight')).toBeNull();
      await waitFor(() => expect(stored()?.workHours.days.mon[1]).toEqual({ start: '13:00', end: '20:00' }));
    },
  );

  it('asks on the start when the start was typed, and "yes" saves a range past midnight', async () => {
    await renderSettings();
    setTime('Friday, second range, start', '18:00');
    const question = within(screen.getByTestId('day-fri')).getByTestId('ask-overnight');
    expect(question.dataset.field).toBe('start');
    expect(field('Friday, second range, start').getAttribute('aria-describedby')).toContain(question.id);
    await userEvent.click(within(question).getByRole('button', { name: 'Yes, it ends the next day' }));
    await waitFor(() => expect(stored()?.workHours.days.fri[1]).toEqual({ start: '18:00', end: '17:00' }));
    expect(within(screen.getByTestId('day-fri')).getByText('ends next day')).toBeTruthy();
  });
});

describe('days off', JOURNEY, () => {
  const from = () => field('First day off');
  const to = () => field('Last day off (leave empty for one day)');

  it('adds a week as one entry and shows any day of it in the preview', async () => {
    await renderSettings();
    const first = today.add({ days: 14 });
    const last = first.add({ days: 4 });
    fireEvent.change(from(), { target: { value: first.toString() } });
    fireEvent.change(to(), { target: { value: last.toString() } });
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(stored()?.workHours.daysOff).toEqual([{ from: first.toString(), to: last.toString() }]),
    );
    const list = screen.getByRole('list', { name: 'Days off' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    await userEvent.click(within(list).getByRole('button', { name: /^Show .* in the breaks preview$/ }));
    expect(screen.getByTestId('preview-hours').textContent).toBe('A day off: no breaks.');
    // Any day of it, through the preview's date field.
    fireEvent.change(screen.getByLabelText('Any day'), {
      target: { value: first.add({ days: 2 }).toString() },
    });
    expect(screen.getByTestId('preview-hours').textContent).toBe('A day off: no breaks.');
    fireEvent.change(screen.getByLabelText('Any day'), {
      target: { value: last.add({ days: 3 }).toString() },
    });
    expect(screen.getByTestId('preview-hours').textContent).not.toBe('A day off: no breaks.');
  });

  it('refuses a malformed year and a past date before adding them, quoting what was typed', async () => {
    await renderSettings();
    fireEvent.change(from(), { target: { value: '20266-12-07' } });
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'First day off: ‘20266-12-07’ is not a date; pick one or type YYYY-MM-DD.',
    );
    expect(from().getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(from(), { target: { value: today.subtract({ days: 1 }).toString() } });
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^First day off: .* is in the past\.$/);
    const first = today.add({ days: 3 }).toString();
    fireEvent.change(from(), { target: { value: first } });
    fireEvent.change(to(), { target: { value: today.add({ days: 1 }).toString() } });
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toBe('The last day off is before the first.');
    expect(to().getAttribute('aria-invalid')).toBe('true');
    await new Promise((r) => setTimeout(r, 50));
    expect(stored()).toBeNull();
  });
});
