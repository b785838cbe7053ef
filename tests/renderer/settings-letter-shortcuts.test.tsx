/** app.letterShortcuts (WCAG 2.1.4): the setting in the settings window, and the prompt's S key obeying it. */
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_SETTINGS } from '../../electron/core/settings';
import { PromptView } from '../../renderer/src/views/PromptView';
import { SettingsView } from '../../renderer/src/views/SettingsView';
import { setBackendForTests } from '../../renderer/src/bridge';
import { ROUTINES } from '../../renderer/src/catalog';
import { fakeBackend } from './fixtures';

afterEach(() => setBackendForTests(undefined));

const prompt = { routineId: ROUTINES[0]!.id, snoozes: 0, snoozesLeft: 3, shownAt: new Date().toISOString() };

async function openPrompt(letterShortcuts: boolean) {
  const backend = fakeBackend({ prompt, settings: { app: { letterShortcuts } } });
  setBackendForTests(backend.api);
  render(<PromptView />);
  await screen.findByText(ROUTINES[0]!.title);
  return backend;
}

describe('one-letter keys in the prompt', () => {
  it('on (the default): S snoozes and the button shows the key', async () => {
    const backend = await openPrompt(true);
    const snooze = screen.getByRole('button', { name: /Snooze/ });
    await waitFor(() => expect(snooze.querySelector('kbd')?.textContent).toBe('S'));
    expect(snooze.getAttribute('aria-keyshortcuts')).toBe('S');
    await userEvent.keyboard('s');
    await waitFor(() => expect(backend.callsTo('answerPrompt')).toEqual([{ action: 'snooze' }]));
  });

  it('off: S does nothing and the button shows no S', async () => {
    const backend = await openPrompt(false);
    const snooze = screen.getByRole('button', { name: /Snooze/ });
    await waitFor(() => expect(snooze.querySelector('kbd')).toBeNull());
    expect(snooze.hasAttribute('aria-keyshortcuts')).toBe(false);
    expect(snooze.textContent).toContain('3 left');
    await userEvent.keyboard('s');
    await userEvent.keyboard('S');
    expect(backend.callsTo('answerPrompt')).toEqual([]);
    // The other keys still work.
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(backend.callsTo('answerPrompt')).toEqual([{ action: 'skip' }]));
  });

  it('follows the setting when it changes while the prompt is open', async () => {
    const backend = await openPrompt(true);
    act(() =>
      backend.emit('settingsChanged', {
        ...DEFAULT_SETTINGS,
        app: { ...DEFAULT_SETTINGS.app, letterShortcuts: false },
      }),
    );
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Snooze/ }).querySelector('kbd')).toBeNull(),
    );
    await userEvent.keyboard('s');
    expect(backend.callsTo('answerPrompt')).toEqual([]);
  });

  it('is a switch in the settings window, saved at once', async () => {
    const backend = fakeBackend();
    setBackendForTests(backend.api);
    render(<SettingsView />);
    const sw = await screen.findByRole('switch', { name: 'One-letter keys in the break prompt' });
    expect((sw as HTMLInputElement).checked).toBe(true);
    await userEvent.click(sw);
    await waitFor(() =>
      expect(backend.callsTo('updateSettings')).toEqual([{ app: { letterShortcuts: false } }]),
    );
  });
});
