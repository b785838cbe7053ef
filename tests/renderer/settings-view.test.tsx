import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsView } from '../../renderer/src/views/SettingsView';

describe('SettingsView (preview backend)', () => {
  it('saves a valid interval and shows it', async () => {
    render(<SettingsView />);
    const input = await screen.findByLabelText('Break every (minutes)');
    await userEvent.clear(input);
    await userEvent.type(input, '45{Enter}');
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(screen.getByTestId('current-interval').textContent).toBe('45');
    expect(JSON.parse(window.localStorage.getItem('unslouch.settings')!).breaks.everyMinutes).toBe(45);
  });

  it('shows the field-named error for an invalid value and saves nothing', async () => {
    render(<SettingsView />);
    const input = await screen.findByLabelText('Break every (minutes)');
    await userEvent.clear(input);
    await userEvent.type(input, '2{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'breaks.everyMinutes: must be between 5 and 240',
    );
    expect(window.localStorage.getItem('unslouch.settings')).toBeNull();
  });
});
