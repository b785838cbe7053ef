/**
 * "Your breaks today" in the settings window follows the draft as you type.
 * The plan itself (its agreement with the engine) is tested in
 * tests/core/day-plan.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Temporal } from 'temporal-polyfill';
import { SettingsView } from '../../renderer/src/views/SettingsView';

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
