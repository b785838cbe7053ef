import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { advance, announced, flush, meterText, playerTestTimers, renderPlayer } from './player-helpers';
import { REST_MS } from '../../renderer/src/player/machine';
import { getExercise } from '../../electron/core/catalog';
import type { Exercise } from '../../electron/core/catalog/types';
import { hold, reps, routine } from './fixtures';

const status = announced;
const meter = meterText;
const key = (k: string, target: Element | Window = window) => fireEvent.keyDown(target, { key: k });

const careful: Exercise = {
  ...hold,
  position: 'standing',
  needs: ['corner'],
  setup: 'Face a corner or a doorway.',
  cautions: ['Osteoporosis: do not lean far.'],
};

const setup = (list: readonly Exercise[], settings: Record<string, unknown> = {}) =>
  renderPlayer(list, settings);

playerTestTimers();

describe('Player: get-ready steps', () => {
  it('tells what to do next, with the cautions and precautions, before the timer starts', async () => {
    await setup([reps, careful]);
    expect(screen.getByTestId('get-ready').textContent).toBe('Get ready');
    expect(status()).toBe('Get ready for exercise 1 of 2: Test squeeze. Sit down on your chair. Get set.');
    const precautions = () => screen.getByText('Before you start').closest('details')!;
    expect(precautions().open).toBe(true);
    expect(meter()).toBe('0:08');
    advance(8000);
    expect(screen.queryByTestId('get-ready')).toBeNull();
    expect(status()).toBe('Go. 3 reps');
    advance(6000);
    expect(screen.getByTestId('ready-words').textContent).toBe('Stand up. Face a corner or a doorway.');
    expect(screen.getByRole('list', { name: 'Take care' }).textContent).toContain('Osteoporosis');
    expect(screen.getByText(/Standing · You need a corner/)).toBeTruthy();
    expect(precautions().open).toBe(false);
  });

  it('skips the get-ready step with Next and uses the get-ready time from the settings', async () => {
    await setup([hold], { routines: { getReadySeconds: 5 } });
    expect(meter()).toBe('0:05');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.queryByTestId('get-ready')).toBeNull();
    expect(meter()).toBe('0:05');
    expect(screen.getByText('Hold 1 of 2')).toBeTruthy();
  });
});

describe('Player: keyboard', () => {
  it('pauses with Space or K from anywhere and steps with the arrow keys', async () => {
    await setup([hold, reps], { routines: { getReadySeconds: 0 } });
    advance(1000);
    key(' ', screen.getByRole('button', { name: 'Next' }));
    expect(status()).toBe('Paused.');
    advance(5000);
    expect(meter()).toBe('0:04');
    key('k', document.body);
    expect(status()).toBe('Resumed.');
    key('ArrowRight');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Test squeeze');
    key('ArrowLeft');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Test hold');
  });

  it('names the buttons without their keys and gives the keys in aria-keyshortcuts', async () => {
    await setup([hold], { routines: { getReadySeconds: 0 } });
    expect(screen.getByRole('button', { name: 'Pause' }).getAttribute('aria-keyshortcuts')).toBe('Space K');
    expect(screen.getByRole('button', { name: 'Previous' }).getAttribute('aria-keyshortcuts')).toBe(
      'ArrowLeft',
    );
    expect(screen.getByRole('button', { name: 'Finish' }).getAttribute('aria-keyshortcuts')).toBe(
      'ArrowRight',
    );
  });

  it('leaves K alone when one-letter keys are off', async () => {
    await setup([hold], { routines: { getReadySeconds: 0 }, app: { letterShortcuts: false } });
    key('k');
    expect(screen.getByRole('button', { name: 'Pause' }).getAttribute('aria-keyshortcuts')).toBe('Space');
    expect(status()).not.toBe('Paused.');
  });
});

describe('Player: sides, levels and the completion screen', () => {
  it('mirrors the picture for the right side', async () => {
    await setup([getExercise('seated-trunk-rotation')!], { routines: { getReadySeconds: 0 } });
    expect(screen.getByTestId('illustration').className).not.toContain('is-mirrored');
    advance(5 * 5000 + 4 * REST_MS);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Right side');
    expect(screen.getByTestId('illustration').className).toContain('is-mirrored');
  });

  it("times a range at the person's level and shows the source's range", async () => {
    await setup([getExercise('corner-stretch')!], { routines: { getReadySeconds: 0, level: 'longer' } });
    expect(meter()).toBe('1:00');
    expect(screen.getByTestId('dose').textContent).toBe('Hold 30–60 s');
    expect(screen.getByTestId('timed').textContent).toBe('Timed at 60 s (longer)');
  });

  it("uses a routine's own level before the overall one", async () => {
    await setup([getExercise('corner-stretch')!], {
      routines: { getReadySeconds: 0, level: 'longer', levels: { [routine.id]: 'gentle' } },
    });
    expect(meter()).toBe('0:30');
  });

  it('says what was done at what dose, records the level, and raises a build-up only when asked', async () => {
    const tilt = getExercise('pelvic-tilt')!;
    const { backend } = await setup([reps, tilt], { routines: { getReadySeconds: 0, level: 'gentle' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' })); // reps skipped
    advance(3 * 5000 + 2 * REST_MS);
    await flush();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Well done');
    expect(screen.getByTestId('done-list').textContent).toBe(
      'Test squeeze — skippedPelvic tilt — Hold 5 s, 3 times',
    );
    expect(screen.getByTestId('done-level').textContent).toBe('Level: gentle');
    expect(backend.callsTo('finishRoutine')).toEqual([
      { routineId: routine.id, outcome: 'completed', secondsMoved: 21, level: 'gentle' },
    ]);
    expect(backend.callsTo('updateSettings')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Do 4 next time' }));
    await flush();
    expect(backend.callsTo('updateSettings')).toEqual([{ routines: { built: { 'pelvic-tilt': 4 } } }]);
    expect(screen.getByText('Pelvic tilt: 4 next time.')).toBeTruthy();
  });
});
