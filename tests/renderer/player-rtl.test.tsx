import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, renderHook, screen } from '@testing-library/react';
import { playerTestTimers, renderPlayer } from './player-helpers';
import { keyEvent, stepKeys } from '../../renderer/src/player/machine';
import { useDirection } from '../../renderer/src/hooks/useDirection';
import { hold, reps, sidedHold } from './fixtures';

const exerciseTitle = () => screen.getByRole('heading', { level: 2 }).textContent;
const previousButton = () => screen.getByRole('button', { name: /Previous/ });
const nextButton = () => screen.getByRole('button', { name: /Next/ });

const setup = () =>
  renderPlayer([hold, sidedHold, reps], { routines: { getReadySeconds: 0 } }, { started: true });

/** Sets `<html dir>` as the language machinery does, and lets the MutationObserver answer. */
async function setDir(dir: string) {
  await act(async () => {
    document.documentElement.dir = dir;
    await vi.advanceTimersByTimeAsync(0);
  });
}

playerTestTimers();
afterEach(() => {
  document.documentElement.removeAttribute('dir');
});

describe('the player’s arrows follow the reading direction', () => {
  it('left to right: ArrowRight goes on, ArrowLeft goes back, and the buttons say so', async () => {
    await setup();
    expect(previousButton().getAttribute('aria-keyshortcuts')).toBe('ArrowLeft');
    expect(nextButton().getAttribute('aria-keyshortcuts')).toBe('ArrowRight');
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(exerciseTitle()).toContain('Test twist');
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(exerciseTitle()).toBe('Test hold');
  });

  it('right to left: ArrowLeft goes on, ArrowRight goes back, and the buttons say so', async () => {
    document.documentElement.dir = 'rtl';
    await setup();
    expect(previousButton().getAttribute('aria-keyshortcuts')).toBe('ArrowRight');
    expect(nextButton().getAttribute('aria-keyshortcuts')).toBe('ArrowLeft');
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(exerciseTitle()).toContain('Test twist');
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(exerciseTitle()).toContain('Test twist'); // the sided exercise's right side
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(exerciseTitle()).toBe('Test hold');
  });

  it('turns round at once when the language switches direction in an open window', async () => {
    await setup();
    await setDir('rtl');
    expect(nextButton().getAttribute('aria-keyshortcuts')).toBe('ArrowLeft');
    fireEvent.keyDown(window, { key: 'ArrowRight' }); // now "previous": nothing before the first step
    expect(exerciseTitle()).toBe('Test hold');
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(exerciseTitle()).toContain('Test twist');
    await setDir('ltr');
    expect(nextButton().getAttribute('aria-keyshortcuts')).toBe('ArrowRight');
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(exerciseTitle()).toBe('Test hold');
  });
});

describe('stepKeys / keyEvent / useDirection', () => {
  it('maps the arrows by direction and leaves modified arrows to the system', () => {
    expect(stepKeys('ltr')).toEqual({ previous: 'ArrowLeft', next: 'ArrowRight' });
    expect(stepKeys('rtl')).toEqual({ previous: 'ArrowRight', next: 'ArrowLeft' });
    expect(keyEvent({ key: 'ArrowLeft' }, true, 'rtl')).toEqual({ type: 'next' });
    expect(keyEvent({ key: 'ArrowRight' }, true, 'rtl')).toEqual({ type: 'previous' });
    expect(keyEvent({ key: 'ArrowLeft', altKey: true }, true, 'rtl')).toBeNull();
    expect(keyEvent({ key: ' ' }, true, 'rtl')).toEqual({ type: 'togglePause' });
  });

  it('reads <html dir>: unknown or missing is left to right; RTL in any case is right to left', async () => {
    const { result } = renderHook(() => useDirection());
    expect(result.current).toBe('ltr');
    await setDir('RTL');
    expect(result.current).toBe('rtl');
    await setDir('auto');
    expect(result.current).toBe('ltr');
  });
});
