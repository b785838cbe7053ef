import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { advance, announced, flush, meterText, playerTestTimers, renderPlayer } from './player-helpers';
import { REST_MS } from '../../renderer/src/player/machine';
import { circles, hold, phased, reps, sidedHold } from './fixtures';

const exercises = [hold, sidedHold, reps];

const status = announced;
const meter = meterText;
const exerciseTitle = () => screen.getByRole('heading', { level: 2 }).textContent;

/** These tests run without the get-ready step unless they ask for it (player-ready-view.test.tsx covers it). */
const setup = (settings?: Record<string, unknown>, list = exercises) =>
  renderPlayer(list, { routines: { getReadySeconds: 0 }, ...settings }, { started: true });

playerTestTimers();

describe('Player (fake timers)', () => {
  it('counts a hold down, relaxes, holds again and announces each change once', async () => {
    await setup();
    expect(exerciseTitle()).toBe('Test hold');
    expect(status()).toBe('Exercise 1 of 3: Test hold. Hold 5 s, 2 times');
    expect(meter()).toBe('0:05');
    advance(1000);
    expect(meter()).toBe('0:04');
    expect(status()).toBe('Exercise 1 of 3: Test hold. Hold 5 s, 2 times');
    advance(4000);
    expect(status()).toBe('Relax.');
    expect(screen.getByText('Relax', { selector: '.meter-label' })).toBeTruthy();
    advance(REST_MS);
    expect(status()).toBe('Hold 2 of 2.');
    expect(meter()).toBe('0:05');
  });

  it('guides left then right side with "switch sides"', async () => {
    await setup();
    advance(5000 + REST_MS + 5000);
    expect(exerciseTitle()).toContain('Test twist');
    expect(exerciseTitle()).toContain('Left side');
    advance(4000);
    expect(exerciseTitle()).toContain('Right side');
    expect(status()).toBe('Switch sides: now your right side.');
  });

  it('counts reps', async () => {
    await setup(undefined, [reps, hold]);
    expect(screen.getByText('Rep 1 of 3')).toBeTruthy();
    expect(meter()).toBe('1');
    advance(2000);
    expect(screen.getByText('Rep 2 of 3')).toBeTruthy();
    expect(meter()).toBe('2');
  });

  it('shows the phase of holds done in phases, and the matching pose', async () => {
    await setup(undefined, [phased]);
    expect(screen.getByText('Round your back')).toBeTruthy();
    advance(5000 + REST_MS);
    expect(screen.getByText('Lift your chest')).toBeTruthy();
  });

  it('pauses and resumes; nothing moves while paused', async () => {
    await setup();
    advance(2000);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(status()).toBe('Paused.');
    advance(60_000);
    expect(meter()).toBe('0:03');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(status()).toBe('Resumed.');
    advance(1000);
    expect(meter()).toBe('0:02');
  });

  it('skips to the next step and back', async () => {
    await setup();
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(exerciseTitle()).toContain('Test twist');
    expect(status()).toBe('Exercise 2 of 3: Test twist. Left side. Hold 4 s, each side');
    fireEvent.click(screen.getByRole('button', { name: /Previous/ }));
    expect(exerciseTitle()).toBe('Test hold');
  });

  it('in manual advance mode waits for Next instead of moving on', async () => {
    await setup({ app: { manualAdvance: true } });
    expect(screen.getByText('Manual advance is on: steps wait for Next.')).toBeTruthy();
    advance(5000 + REST_MS + 5000);
    expect(status()).toBe('Done. Press Next when you are ready.');
    advance(10 * 60_000);
    expect(exerciseTitle()).toBe('Test hold');
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(exerciseTitle()).toContain('Test twist');
  });

  it('runs to the end, shows the completion screen and records a completed break once', async () => {
    const { backend } = await setup();
    advance(5000 + REST_MS + 5000 + 8000 + 6000);
    await flush();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Well done');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(backend.callsTo('finishRoutine')).toEqual([
      { routineId: 'test-routine', outcome: 'completed', secondsMoved: 27, level: 'standard' },
    ]);
    expect(screen.getByTestId('saved-status').textContent).toBe('Recorded in your history.');
    advance(60_000);
    expect(backend.callsTo('finishRoutine')).toHaveLength(1);
  });

  it('"Finish early" records a partial break with the seconds moved', async () => {
    const { backend } = await setup();
    advance(7000);
    fireEvent.click(screen.getByRole('button', { name: 'Finish early' }));
    await flush();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Finished early');
    expect(backend.callsTo('finishRoutine')).toEqual([
      { routineId: 'test-routine', outcome: 'partial', secondsMoved: 7, level: 'standard' },
    ]);
  });

  it('closing the window mid-routine records a partial break (best effort)', async () => {
    const { backend, view } = await setup();
    advance(3000);
    window.dispatchEvent(new Event('pagehide'));
    view.unmount();
    expect(backend.callsTo('finishRoutine')).toEqual([
      { routineId: 'test-routine', outcome: 'partial', secondsMoved: 3, level: 'standard' },
    ]);
  });

  it('records nothing when closed before anything ran', async () => {
    const { backend, view } = await setup();
    view.unmount();
    expect(backend.callsTo('finishRoutine')).toEqual([]);
  });

  it('mutes and unmutes the step sound, saving the choice', async () => {
    const { backend } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Sound: on' }));
    expect(screen.getByRole('button', { name: 'Sound: off' })).toBeTruthy();
    expect(backend.callsTo('updateSettings')).toEqual([{ app: { sounds: false } }]);
  });

  it('shows still poses without animation when motion is reduced by the app setting', async () => {
    await setup({ app: { reducedMotion: 'always' } }, [circles, hold]);
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    const art = screen.getByTestId('illustration');
    expect(art.className).toContain('row');
    expect(art.className).not.toContain('loop');
  });

  it('loops the key poses with motion allowed, and stops the loop on pause', async () => {
    await setup({ app: { reducedMotion: 'never' } }, [hold]);
    const art = screen.getByTestId('illustration');
    expect(art.className).toContain('loop-2');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByTestId('illustration').className).toContain('paused');
  });

  it('always shows the safety line and the doctor panel', async () => {
    await setup();
    expect(screen.getByTestId('safety-line').textContent).toMatch(/not medical advice/);
    expect(screen.getByText('When to see a doctor')).toBeTruthy();
  });
});

describe('Player illustrations', () => {
  it('shows the pose of the current phase for holds done in phases', async () => {
    await setup({ app: { reducedMotion: 'never' } }, [phased]);
    const current = () =>
      screen.getByTestId('illustration').querySelector('img.is-current')!.getAttribute('src') ?? '';
    expect(current()).toContain('cat-cow-seated-1');
    expect(screen.getByRole('img', { name: 'Cat and cow' })).toBeTruthy();
    advance(5000 + REST_MS);
    expect(current()).toContain('cat-cow-seated-2');
  });
});
