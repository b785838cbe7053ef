/** The global shortcut recorder: key presses to accelerators, validation, conflicts, no keyboard trap. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShortcutRecorder } from '../../renderer/src/views/settings/ShortcutRecorder';
import {
  checkShortcut,
  conflictOf,
  formatShortcut,
  readKeyPress,
  type KeyLike,
} from '../../renderer/src/views/settings/shortcut';
import { SettingsView } from '../../renderer/src/views/SettingsView';
import { setBackendForTests } from '../../renderer/src/bridge';
import { fakeBackend } from './fixtures';

afterEach(() => setBackendForTests(undefined));

const key = (k: string, code: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('reading a key press', () => {
  it('records Ctrl as CommandOrControl on Windows and Linux, Cmd on macOS', () => {
    expect(readKeyPress(key('b', 'KeyB', { ctrlKey: true, altKey: true }), 'other')).toEqual({
      kind: 'shortcut',
      accelerator: 'CommandOrControl+Alt+B',
    });
    expect(readKeyPress(key('k', 'KeyK', { metaKey: true, shiftKey: true }), 'mac')).toEqual({
      kind: 'shortcut',
      accelerator: 'CommandOrControl+Shift+K',
    });
    expect(readKeyPress(key('k', 'KeyK', { metaKey: true }), 'other')).toEqual({
      kind: 'shortcut',
      accelerator: 'Super+K',
    });
  });

  it('uses the physical key, so Alt/Option letters stay letters', () => {
    expect(readKeyPress(key('∫', 'KeyB', { altKey: true, metaKey: true }), 'mac')).toEqual({
      kind: 'shortcut',
      accelerator: 'CommandOrControl+Alt+B',
    });
    expect(readKeyPress(key('F9', 'F9'), 'other')).toEqual({ kind: 'shortcut', accelerator: 'F9' });
    expect(readKeyPress(key('!', 'Digit1', { ctrlKey: true, shiftKey: true }), 'other')).toEqual({
      kind: 'shortcut',
      accelerator: 'CommandOrControl+Shift+1',
    });
  });

  it('waits on modifiers, cancels on Esc, clears on Backspace, refuses other keys', () => {
    expect(readKeyPress(key('Control', 'ControlLeft', { ctrlKey: true }), 'other')).toEqual({
      kind: 'partial',
      modifiers: ['CommandOrControl'],
    });
    expect(readKeyPress(key('Escape', 'Escape'), 'other')).toEqual({ kind: 'cancel' });
    expect(readKeyPress(key('Backspace', 'Backspace'), 'other')).toEqual({ kind: 'clear' });
    expect(readKeyPress(key('ArrowUp', 'ArrowUp', { ctrlKey: true }), 'other')).toEqual({
      kind: 'bad-key',
      modifiers: ['CommandOrControl'],
    });
  });
});

describe('checking a shortcut', () => {
  it('accepts a free combination and none at all', () => {
    expect(checkShortcut('CommandOrControl+Alt+B', 'other')).toEqual([]);
    expect(checkShortcut('F9', 'other')).toEqual([]);
    expect(checkShortcut('', 'other')).toEqual([]);
  });

  it('refuses what the schema refuses', () => {
    expect(checkShortcut('Alt+Space', 'other')[0]).toMatch(/cannot be used as a shortcut/);
  });

  it('refuses a letter with only Shift', () => {
    expect(checkShortcut('Shift+A', 'other')[0]).toMatch(/Add Ctrl, Alt or Super/);
  });

  it('reports conflicts with well-known shortcuts, however the modifiers are spelled', () => {
    expect(checkShortcut('CommandOrControl+C', 'other')).toEqual([
      'Ctrl+C is already used for Copy in almost every app. Choose another.',
    ]);
    expect(conflictOf('Ctrl+V', 'other')).toBe('shortcut.use.paste');
    expect(conflictOf('Control+V', 'mac')).toBeNull(); // Ctrl+V is not Paste on a Mac
    expect(conflictOf('Cmd+V', 'mac')).toBe('shortcut.use.paste');
    expect(conflictOf('Super+L', 'other')).toBe('shortcut.use.lock');
    expect(conflictOf('Alt+F4', 'other')).toBe('shortcut.use.closeWindow');
    expect(conflictOf('CommandOrControl+Shift+4', 'mac')).toBe('shortcut.use.screenshot');
    expect(conflictOf('CommandOrControl+Alt+B', 'other')).toBeNull();
  });

  it('names the keys as the keyboard does', () => {
    expect(formatShortcut('CommandOrControl+Alt+B', 'other')).toBe('Ctrl+Alt+B');
    expect(formatShortcut('CommandOrControl+Alt+B', 'mac')).toBe('Cmd+Option+B');
  });
});

describe('ShortcutRecorder', () => {
  const setup = (value = '') => {
    const onChange = vi.fn();
    render(<ShortcutRecorder value={value} problems={[]} onChange={onChange} platform="other" />);
    return { onChange, button: screen.getByRole('button', { name: 'Record a shortcut' }) };
  };

  it('records a combination from a key press', async () => {
    const { onChange, button } = setup();
    const user = userEvent.setup(); // keeps keys held between calls
    await user.click(button);
    expect(button.textContent).toBe('Press the keys now…');
    await user.keyboard('{Control>}{Alt>}');
    expect(button.textContent).toBe('Ctrl+Alt + …');
    await user.keyboard('b{/Alt}{/Control}');
    expect(onChange).toHaveBeenCalledWith('CommandOrControl+Alt+B');
    expect(button.textContent).toBe('Record a shortcut');
  });

  it('reports a conflict next to the field and does not save it', async () => {
    const { onChange, button } = setup();
    await userEvent.click(button);
    await userEvent.keyboard('{Control>}c{/Control}');
    expect(screen.getByRole('alert').textContent).toContain('Ctrl+C is already used for Copy');
    expect(button.getAttribute('aria-describedby')).toContain('shortcut-error');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('Esc cancels, Backspace removes the shortcut, and Tab moves on (no keyboard trap)', async () => {
    const { onChange, button } = setup('CommandOrControl+Alt+B');
    expect(screen.getByTestId('shortcut-keys').textContent).toContain('Ctrl');
    await userEvent.click(button);
    await userEvent.keyboard('{Escape}');
    expect(button.textContent).toBe('Record a shortcut');
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.click(button);
    await userEvent.keyboard('{Backspace}');
    expect(onChange).toHaveBeenCalledWith('');
    await userEvent.click(button);
    await userEvent.tab();
    expect(document.activeElement).not.toBe(button);
    expect(button.textContent).toBe('Record a shortcut');
  });

  it('in the settings window, a recorded shortcut is saved; a refusal from main is shown', async () => {
    const backend = fakeBackend();
    setBackendForTests(backend.api);
    render(<SettingsView />);
    const button = await screen.findByRole('button', { name: 'Record a shortcut' });
    await userEvent.click(button);
    fireEvent.keyDown(button, { key: 'b', code: 'KeyB', ctrlKey: true, altKey: true });
    await waitFor(() =>
      expect(backend.callsTo('updateSettings')).toEqual([
        { app: { globalShortcut: 'CommandOrControl+Alt+B' } },
      ]),
    );
    expect(await screen.findByText('Saved.')).toBeTruthy();

    backend.api.updateSettings = async () => ({
      ok: false,
      error: { code: 'invalid-settings', messages: ['app.globalShortcut: is taken by another app'] },
    });
    await userEvent.click(button);
    fireEvent.keyDown(button, { key: 'j', code: 'KeyJ', ctrlKey: true, altKey: true });
    expect((await screen.findByRole('alert')).textContent).toContain('is taken by another app.');
  });
});
