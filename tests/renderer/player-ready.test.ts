/**
 * The player machine's get-ready steps, levels and ranges, build-ups, keys,
 * sides and the seconds it counts as moving.
 */
import { describe, expect, it } from 'vitest';
import {
  initialState,
  keyEvent,
  phaseSecondsLeft,
  plannedMs,
  reduce,
  secondsMoved,
  segmentsOf,
  type PlayerEvent,
  type PlayerState,
} from '../../renderer/src/player/machine';
import {
  describeChange,
  doseText,
  readyText,
  stepAnnouncement,
  timedText,
} from '../../renderer/src/player/describe';
import { exerciseAt } from '../../electron/core/catalog/levels';
import { getExercise } from '../../electron/core/catalog';
import { circles, hold, phased, reps, sidedHold } from './fixtures';
import type { Exercise } from '../../electron/core/catalog/types';

const run = (state: PlayerState, ...events: PlayerEvent[]) => events.reduce(reduce, state);
const tick = (ms: number): PlayerEvent => ({ type: 'tick', ms });
const READY = 8000;
const shipped = (id: string): Exercise => getExercise(id)!;

describe('get-ready steps', () => {
  it('starts each exercise with a get-ready phase that does not count as moving', () => {
    let s = initialState(segmentsOf([hold, reps]), false, READY);
    expect(s).toMatchObject({ index: 0, phase: 'ready', status: 'running' });
    expect(phaseSecondsLeft(s)).toBe(8);
    s = run(s, tick(7999));
    expect(s).toMatchObject({ phase: 'ready', movedMs: 0 });
    s = run(s, tick(1));
    expect(s).toMatchObject({ index: 0, phase: 'work', unit: 0, phaseMs: 0, movedMs: 0 });
    s = run(s, tick(5000 + 3000 + 5000));
    expect(s).toMatchObject({ index: 1, phase: 'ready', movedMs: 13_000 });
    s = run(s, tick(READY + 6000));
    expect(s.status).toBe('complete');
    expect(secondsMoved(s)).toBe(19);
  });

  it('is skipped with Next, which starts the timer at once', () => {
    let s = initialState(segmentsOf([hold, reps]), false, READY);
    s = run(s, tick(2000), { type: 'next' });
    expect(s).toMatchObject({ index: 0, phase: 'work', phaseMs: 0, movedMs: 0 });
    s = run(s, { type: 'next' });
    expect(s).toMatchObject({ index: 1, phase: 'ready' });
  });

  it('comes once per exercise: not before the other side or the other direction', () => {
    let s = initialState(segmentsOf([sidedHold, circles]), false, READY);
    s = run(s, tick(READY + 4000));
    expect(s).toMatchObject({ index: 1, phase: 'work' });
    expect(s.segments[s.index]!.side).toBe('right');
    s = run(s, tick(4000));
    expect(s).toMatchObject({ index: 2, phase: 'ready' });
    s = run(s, tick(READY + 6000));
    expect(s).toMatchObject({ index: 3, phase: 'work' });
  });

  it('is left out when the get-ready time is 0', () => {
    expect(initialState(segmentsOf([hold]), false, 0).phase).toBe('work');
  });

  it('waits for Next in manual-advance mode, and pausing keeps it', () => {
    let s = initialState(segmentsOf([hold]), true, READY);
    s = run(s, tick(60_000));
    expect(s).toMatchObject({ phase: 'ready', status: 'waiting', movedMs: 0 });
    s = run(s, { type: 'pause' }, { type: 'resume' });
    expect(s).toMatchObject({ phase: 'ready', status: 'waiting' });
    s = run(s, { type: 'next' });
    expect(s).toMatchObject({ phase: 'work', status: 'running' });
  });

  it('does not count paused time, waits or skipped steps as moving', () => {
    let s = initialState(segmentsOf([hold, reps]), true, READY);
    s = run(s, { type: 'next' }, tick(2000), { type: 'pause' }, tick(60_000), { type: 'resume' });
    s = run(s, { type: 'next' }, { type: 'next' }, tick(60_000));
    expect(s).toMatchObject({ index: 1, phase: 'work', status: 'waiting' });
    expect(secondsMoved(s)).toBe(2 + 6);
    expect(plannedMs(s.segments)).toBe(19_000);
  });

  it('announces the get-ready words, then "Go" with the first hold', () => {
    const ex: Exercise = { ...hold, setup: 'Face a corner or a doorway.', position: 'standing' };
    const s0 = initialState(segmentsOf([reps, ex]), false, READY);
    expect(stepAnnouncement(s0)).toBe(
      'Get ready for exercise 1 of 2: Test squeeze. Sit down on your chair. Get set.',
    );
    const s1 = run(s0, tick(READY + 6000));
    expect(describeChange(run(s0, tick(READY + 5999)), s1)?.message).toBe(
      'Get ready for exercise 2 of 2: Test hold. Stand up. Face a corner or a doorway.',
    );
    expect(readyText(s1)).toBe('Stand up. Face a corner or a doorway.');
    const s2 = run(s1, tick(READY));
    expect(describeChange(s1, s2)?.message).toBe('Go. Hold 1 of 2.');
  });
});

describe('announcements name the phase, the side and the direction', () => {
  it('says which position to hold: "Hold 2 of 2: Lift your chest."', () => {
    const s0 = initialState(segmentsOf([phased]));
    const s1 = run(s0, tick(5000));
    const s2 = run(s1, tick(3000));
    expect(describeChange(s1, s2)?.message).toBe('Hold 2 of 2: Lift your chest.');
  });

  it('names the side at the start and the direction at the change', () => {
    const roll = shipped('shoulder-roll');
    const s0 = initialState(segmentsOf([roll]));
    expect(stepAnnouncement(s0)).toBe('Exercise 1 of 1: Shoulder rolls. Forward. 30 s each direction');
    const before = run(s0, tick(29_999));
    expect(describeChange(before, run(before, tick(1)))?.message).toBe('Now the other direction: Backward.');
    const twist = initialState(segmentsOf([sidedHold]));
    expect(stepAnnouncement(twist)).toBe('Exercise 1 of 1: Test twist. Left side. Hold 4 s, each side');
  });
});

describe('levels and ranges in the player', () => {
  it('shows the source range and times the level', () => {
    const corner = shipped('corner-stretch');
    expect(doseText(corner.dose)).toBe('Hold 30–60 s');
    const timed = exerciseAt(corner, { level: 'longer' });
    expect(timedText(corner.dose, timed.dose, 'longer')).toBe('Timed at 60 s (longer)');
    const s = initialState(segmentsOf([timed]));
    expect(phaseSecondsLeft(s)).toBe(60);
    expect(plannedMs(segmentsOf([exerciseAt(corner, { level: 'gentle' })]))).toBe(30_000);
  });

  it("shows the build-up as the source says it, and the person's step", () => {
    const tilt = shipped('pelvic-tilt');
    expect(doseText(tilt.dose)).toBe('Hold 5 s, 3 times, building up to 10');
    const timed = exerciseAt(tilt, { level: 'longer', built: { 'pelvic-tilt': 5 } });
    expect(timedText(tilt.dose, timed.dose, 'longer')).toBe('Your step: 5 times');
    expect(segmentsOf([timed])[0]!.units).toBe(5);
  });

  it('shows reps ranges and holds with both ranges', () => {
    expect(doseText(shipped('opposite-arm-leg').dose)).toBe('10–15 reps, each side');
    expect(doseText(shipped('seated-knee-to-chest').dose)).toBe('Hold 15–30 s, 2–4 times, each side');
  });
});

describe('mirrored sides', () => {
  it('runs the left side, then the right (mirrored picture), for every shipped sided exercise', () => {
    for (const id of [
      'seated-trunk-rotation',
      'trunk-rotation-lying',
      'opposite-arm-leg',
      'seated-knee-to-chest',
    ]) {
      const segs = segmentsOf([shipped(id)]);
      expect(
        segs.map((s) => s.side),
        id,
      ).toEqual(['left', 'right']);
      expect(segs[0]!.exercise.illustration.otherSide, id).toBe('mirror');
    }
  });
});

describe('keyboard', () => {
  it('maps Space and K to pause, the arrows to previous and next', () => {
    expect(keyEvent({ key: ' ' })).toEqual({ type: 'togglePause' });
    expect(keyEvent({ key: 'k' })).toEqual({ type: 'togglePause' });
    expect(keyEvent({ key: 'K' })).toEqual({ type: 'togglePause' });
    expect(keyEvent({ key: 'ArrowLeft' })).toEqual({ type: 'previous' });
    expect(keyEvent({ key: 'ArrowRight' })).toEqual({ type: 'next' });
  });

  it('leaves modified keys, other keys and K with one-letter keys off alone', () => {
    expect(keyEvent({ key: ' ', ctrlKey: true })).toBeNull();
    expect(keyEvent({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(keyEvent({ key: 'Enter' })).toBeNull();
    expect(keyEvent({ key: 'k' }, false)).toBeNull();
    expect(keyEvent({ key: ' ' }, false)).toEqual({ type: 'togglePause' });
  });
});
