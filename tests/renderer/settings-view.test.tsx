import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_SETTINGS } from '../../electron/core/settings';
import { SettingsView } from '../../renderer/src/views/SettingsView';
import { setBackendForTests } from '../../renderer/src/bridge';
import { fakeBackend } from './fixtures';

afterEach(() => setBackendForTests(undefined));

const stored = () => JSON.parse(window.localStorage.getItem('unslouch.settings') ?? 'null');

// Whole-window journeys in jsdom: CPU-bound, slow on a shared 2-core machine (no waiting on timers).
describe('SettingsView (preview backend)', { timeout: 20_000 }, () => {
  it('saves a valid interval on Enter and shows it', async () => {
    render(<SettingsView />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/settings/i);
    const input = await screen.findByLabelText('Break every (minutes)');
    await userEvent.clear(input);
    await userEvent.type(input, '45{Enter}');
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Saved.');
    expect(screen.getByTestId('current-interval').textContent).toBe('45');
    expect(stored().breaks.everyMinutes).toBe(45);
  });

  it('shows what is wrong next to the field, marks it invalid and saves nothing', async () => {
    render(<SettingsView />);
    const input = await screen.findByLabelText('Break every (minutes)');
    await userEvent.clear(input);
    await userEvent.type(input, '2{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('must be between 5 and 240.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(alert.id);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(window.localStorage.getItem('unslouch.settings')).toBeNull();
    expect(screen.getByTestId('current-interval').textContent).toBe('30');
  });

  it('saves a value when the field is left, and the error goes once it is fixed', async () => {
    render(<SettingsView />);
    const input = await screen.findByLabelText('Snooze for (minutes)');
    await userEvent.clear(input);
    await userEvent.type(input, '90');
    await userEvent.tab();
    expect((await screen.findByRole('alert')).textContent).toContain('must be between 1 and 60.');
    await userEvent.clear(input);
    await userEvent.type(input, '10');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await userEvent.tab();
    await waitFor(() => expect(stored()?.breaks.snoozeMinutes).toBe(10));
  });

  it('saves a switch at once', async () => {
    render(<SettingsView />);
    const sounds = await screen.findByRole('switch', { name: 'Sounds' });
    expect((sounds as HTMLInputElement).checked).toBe(true);
    await userEvent.click(sounds);
    await waitFor(() => expect(stored()?.app.sounds).toBe(false));
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  it('saves each change on its own: a valid field is saved while another is invalid', async () => {
    const backend = fakeBackend();
    setBackendForTests(backend.api);
    render(<SettingsView />);
    const every = await screen.findByLabelText('Break every (minutes)');
    await userEvent.clear(every);
    await userEvent.type(every, '500{Enter}');
    const goal = screen.getByLabelText('Daily goal (breaks)');
    await userEvent.clear(goal);
    await userEvent.type(goal, '6{Enter}');
    await waitFor(() => expect(backend.callsTo('updateSettings')).toEqual([{ app: { dailyGoal: 6 } }]));
    expect(screen.getByRole('alert').textContent).toContain('must be between 5 and 240.');
  });

  it('takes in changes made elsewhere, except in a field being edited', async () => {
    const backend = fakeBackend();
    setBackendForTests(backend.api);
    render(<SettingsView />);
    const every = await screen.findByLabelText('Break every (minutes)');
    const snooze = screen.getByLabelText('Snooze for (minutes)') as HTMLInputElement;
    await userEvent.clear(snooze);
    await userEvent.type(snooze, '12');
    act(() =>
      backend.emit('settingsChanged', {
        ...DEFAULT_SETTINGS,
        breaks: { ...DEFAULT_SETTINGS.breaks, everyMinutes: 50, snoozeMinutes: 7 },
      }),
    );
    expect((every as HTMLInputElement).value).toBe('50');
    expect(screen.getByTestId('current-interval').textContent).toBe('50');
    expect(snooze.value).toBe('12');
  });
});
