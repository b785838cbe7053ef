import { describe, expect, it } from 'vitest';
import {
  REST_MS,
  initialState,
  phaseSecondsLeft,
  plannedMs,
  progressMs,
  reduce,
  secondsMoved,
  segmentsOf,
  type PlayerEvent,
  type PlayerState,
} from '../../renderer/src/player/machine';
import { describeChange } from '../../renderer/src/player/describe';
import { exerciseSeconds } from '../../electron/core/catalog/timing';
import { circles, hold, phased, reps, sidedHold } from './fixtures';

const run = (state: PlayerState, ...events: PlayerEvent[]) => events.reduce(reduce, state);
const tick = (ms: number): PlayerEvent => ({ type: 'tick', ms });

describe('player machine: segments', () => {
  it('splits sides and directions into their own segments', () => {
    const segs = segmentsOf([sidedHold, circles]);
    expect(segs.map((s) => [s.exercise.id, s.side, s.direction])).toEqual([
      ['test-sided', 'left', null],
      ['test-sided', 'right', null],
      ['test-circles', null, 1],
      ['test-circles', null, 2],
    ]);
  });

  it('plans exactly the time the catalog timing says, for every dose kind', () => {
    for (const exercise of [hold, sidedHold, reps, circles, phased]) {
      expect(plannedMs(segmentsOf([exercise])), exercise.id).toBe(exerciseSeconds(exercise) * 1000);
    }
  });
});

describe('player machine: holds', () => {
  it('counts a hold down, relaxes between holds, then moves on', () => {
    let s = initialState(segmentsOf([hold, reps]));
    s = run(s, tick(4000));
    expect(s).toMatchObject({ index: 0, unit: 0, phase: 'work', status: 'running' });
    expect(phaseSecondsLeft(s)).toBe(1);
    s = run(s, tick(1000));
    expect(s).toMatchObject({ index: 0, unit: 0, phase: 'rest' });
    s = run(s, tick(REST_MS));
    expect(s).toMatchObject({ index: 0, unit: 1, phase: 'work' });
    s = run(s, tick(5000));
    expect(s).toMatchObject({ index: 1, unit: 0, phase: 'work' });
    expect(s.movedMs).toBe(5000 + REST_MS + 5000);
  });

  it('covers several phase boundaries in one long tick', () => {
    const s = run(initialState(segmentsOf([hold, reps])), tick(5000 + REST_MS + 5000 + 2500));
    expect(s).toMatchObject({ index: 1, unit: 1, phase: 'work', phaseMs: 500 });
  });

  it('guides both sides: left, then right', () => {
    let s = initialState(segmentsOf([sidedHold]));
    expect(s.segments[s.index]!.side).toBe('left');
    const before = s;
    s = run(s, tick(4000));
    expect(s.segments[s.index]!.side).toBe('right');
    expect(describeChange(before, s)?.message).toBe('Switch sides: now your right side.');
    s = run(s, tick(4000));
    expect(s.status).toBe('complete');
    expect(secondsMoved(s)).toBe(8);
  });
});

describe('player machine: reps and durations', () => {
  it('counts reps at their pace', () => {
    let s = initialState(segmentsOf([reps]));
    s = run(s, tick(2000));
    expect(s.unit).toBe(1);
    s = run(s, tick(2000));
    expect(s.unit).toBe(2);
    s = run(s, tick(2000));
    expect(s.status).toBe('complete');
  });

  it('runs a duration once per direction and says "other direction"', () => {
    let s = initialState(segmentsOf([circles]));
    const before = run(s, tick(5999));
    s = run(before, tick(1));
    expect(s.segments[s.index]!.direction).toBe(2);
    expect(describeChange(before, s)?.message).toBe('Now the other direction.');
  });
});

describe('player machine: pause, skip, previous, restart, finish early', () => {
  it('stands still while paused and goes on after resume', () => {
    let s = run(initialState(segmentsOf([hold])), tick(2000), { type: 'pause' });
    expect(s.status).toBe('paused');
    s = run(s, tick(60_000));
    expect(s.phaseMs).toBe(2000);
    expect(s.movedMs).toBe(2000);
    s = run(s, { type: 'togglePause' }, tick(1000));
    expect(s).toMatchObject({ status: 'running', phaseMs: 3000 });
  });

  it('skips to the next step and back, and completes after the last', () => {
    let s = initialState(segmentsOf([hold, reps]));
    s = run(s, tick(1000), { type: 'next' });
    expect(s).toMatchObject({ index: 1, unit: 0, phaseMs: 0, status: 'running' });
    s = run(s, { type: 'previous' });
    expect(s.index).toBe(0);
    s = run(s, { type: 'previous' });
    expect(s.index).toBe(0);
    s = run(s, { type: 'next' }, { type: 'next' });
    expect(s.status).toBe('complete');
    expect(s.stoppedEarly).toBe(false);
  });

  it('stays paused when stepping while paused', () => {
    const s = run(initialState(segmentsOf([hold, reps])), { type: 'pause' }, { type: 'next' });
    expect(s).toMatchObject({ index: 1, status: 'paused' });
  });

  it('restarts from the first step and keeps the time already moved', () => {
    const s = run(initialState(segmentsOf([hold, reps])), tick(9000), { type: 'restart' });
    expect(s).toMatchObject({ index: 0, unit: 0, phase: 'work', phaseMs: 0, status: 'running' });
    expect(s.movedMs).toBe(9000);
  });

  it('finishes early as a stopped routine and ignores later events', () => {
    let s = run(initialState(segmentsOf([hold])), tick(3000), { type: 'finishEarly' });
    expect(s).toMatchObject({ status: 'complete', stoppedEarly: true });
    s = run(s, tick(5000), { type: 'next' });
    expect(s.movedMs).toBe(3000);
    expect(describeChange(initialState(segmentsOf([hold])), s)?.message).toBe('Routine finished early.');
  });

  it('reports progress as planned time behind the person', () => {
    const segs = segmentsOf([hold, reps]);
    let s = run(initialState(segs), tick(5000 + REST_MS + 1000));
    expect(progressMs(s)).toBe(5000 + REST_MS + 1000);
    s = run(s, { type: 'next' });
    expect(progressMs(s)).toBe(5000 + REST_MS + 5000);
    s = run(s, { type: 'next' });
    expect(progressMs(s)).toBe(plannedMs(segs));
  });
});

describe('player machine: manual advance (WCAG 2.2.1)', () => {
  it('waits for Next at the end of every step instead of moving on', () => {
    let s = initialState(segmentsOf([sidedHold, reps]), true);
    s = run(s, tick(4000));
    expect(s).toMatchObject({ index: 0, status: 'waiting' });
    s = run(s, tick(60_000));
    expect(s).toMatchObject({ index: 0, status: 'waiting' });
    expect(s.movedMs).toBe(4000);
    s = run(s, { type: 'next' });
    expect(s).toMatchObject({ index: 1, status: 'running' });
  });

  it('can be paused while waiting and resumes to waiting', () => {
    const s = run(
      initialState(segmentsOf([hold]), true),
      tick(60_000),
      { type: 'pause' },
      { type: 'resume' },
    );
    expect(s.status).toBe('waiting');
  });

  it('moves on at once when manual advance is turned off while waiting', () => {
    let s = run(initialState(segmentsOf([sidedHold]), true), tick(4000));
    expect(s.status).toBe('waiting');
    s = run(s, { type: 'setManualAdvance', on: false });
    expect(s).toMatchObject({ index: 1, status: 'running' });
  });

  it('needs Next after the last step too', () => {
    let s = run(initialState(segmentsOf([reps]), true), tick(6000));
    expect(s.status).toBe('waiting');
    s = run(s, { type: 'next' });
    expect(s).toMatchObject({ status: 'complete', stoppedEarly: false });
  });
});

describe('announcements', () => {
  it('says relax and hold again for holds, and names the step on step changes', () => {
    const s0 = initialState(segmentsOf([hold, reps]));
    const s1 = run(s0, tick(5000));
    expect(describeChange(s0, s1)?.message).toBe('Relax.');
    const s2 = run(s1, tick(REST_MS));
    expect(describeChange(s1, s2)?.message).toBe('Hold 2 of 2.');
    const s3 = run(s2, tick(5000));
    expect(describeChange(s2, s3)?.message).toBe('Exercise 2 of 2: Test squeeze. 3 reps');
  });

  it('is silent on plain countdown ticks and rep counts', () => {
    const s0 = initialState(segmentsOf([reps, hold]));
    expect(describeChange(s0, run(s0, tick(250)))).toBeNull();
    expect(describeChange(s0, run(s0, tick(2000)))).toBeNull();
  });
});
