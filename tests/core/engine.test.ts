/** Engine behaviour the scenario format cannot express: refusals, status, settings changes. */
import { describe, expect, it } from 'vitest';
import { BreakEngine, type Effect, type EngineEvent } from '../../electron/core/engine';
import { DEFAULT_SETTINGS, type Settings } from '../../electron/core/settings';

const T = (hm: string) => Date.parse(`2026-03-23T${hm}:00+01:00`); // Monday, Berlin
const ROUTINES = { desk: ['desk-a', 'desk-b'], floor: ['floor-a'] };

function engineAt(hm: string, settings: Settings = DEFAULT_SETTINGS) {
  const engine = new BreakEngine({ settings, timezone: 'Europe/Berlin', now: T(hm), routines: ROUTINES });
  const send = (event: EngineEvent, at: string): Effect[] => engine.handle(event, T(at));
  /** Delivers wake-ups up to `at`, as the app's scheduler would. */
  const runTo = (at: string): Effect[] => {
    const out: Effect[] = [];
    for (let wake = engine.nextWake(); wake !== null && wake <= T(at); wake = engine.nextWake()) {
      out.push(...engine.handle({ type: 'tick' }, wake));
    }
    return out;
  };
  return { engine, send, runTo };
}
const types = (effects: Effect[]) => effects.map((e) => e.type);

describe('BreakEngine', () => {
  it('refuses to answer when there is no prompt, with a reason code', () => {
    const { send } = engineAt('09:00');
    expect(send({ type: 'answer', action: 'start' }, '09:05')).toEqual([
      { type: 'refused', at: T('09:05'), reason: 'no-prompt' },
    ]);
  });

  it('refuses a snooze past the limit and keeps the prompt open', () => {
    const settings = { ...DEFAULT_SETTINGS, breaks: { ...DEFAULT_SETTINGS.breaks, maxSnoozes: 1 } };
    const { engine, send, runTo } = engineAt('09:00', settings);
    runTo('09:30');
    expect(types(send({ type: 'answer', action: 'snooze' }, '09:30'))).toEqual(['close-prompt']);
    runTo('09:35');
    expect(engine.prompt()).toEqual({ routineId: 'desk-a', snoozes: 1, snoozesLeft: 0 });
    const refused = send({ type: 'answer', action: 'snooze' }, '09:36');
    expect(refused).toEqual([
      expect.objectContaining({ type: 'refused', reason: 'snooze-limit', params: { max: 1 } }),
    ]);
    expect(engine.prompt()).not.toBeNull();
  });

  it('a clicked heads-up brings the prompt forward, but only for the break it announced', () => {
    const { engine, send, runTo } = engineAt('09:00');
    expect(types(send({ type: 'prompt-now' }, '09:10'))).toEqual(['refused']);
    expect(types(runTo('09:29'))).toEqual([]);
    const at = T('09:29') + 30_000;
    expect(engine.nextWake()).toBe(at);
    expect(types(engine.handle({ type: 'tick' }, at))).toEqual(['notice']);
    expect(types(engine.handle({ type: 'prompt-now' }, at + 5_000))).toEqual(['prompt']);
    expect(engine.prompt()?.routineId).toBe('desk-a');
  });

  it('a clicked heads-up before a snoozed prompt returns brings that prompt back', () => {
    const { engine, send, runTo } = engineAt('09:00');
    runTo('09:30');
    send({ type: 'answer', action: 'snooze' }, '09:30');
    expect(types(send({ type: 'prompt-now' }, '09:32'))).toEqual(['refused']);
    runTo('09:34');
    const at = T('09:34') + 30_000;
    expect(types(engine.handle({ type: 'tick' }, at))).toEqual(['notice']);
    expect(engine.handle({ type: 'prompt-now' }, at + 2_000)).toEqual([
      expect.objectContaining({ type: 'prompt', routineId: 'desk-a', snoozes: 1, snoozesLeft: 2 }),
    ]);
  });

  it('refuses a second routine while one runs', () => {
    const { send } = engineAt('09:00');
    expect(types(send({ type: 'start-routine', routineId: 'desk-b' }, '09:05'))).toEqual(['routine-start']);
    expect(types(send({ type: 'start-routine', routineId: 'desk-a' }, '09:06'))).toEqual(['refused']);
    expect(send({ type: 'finish-routine', outcome: 'partial' }, '09:07')).toEqual([
      expect.objectContaining({
        type: 'break',
        outcome: 'partial',
        trigger: 'on-demand',
        routineId: 'desk-b',
        counted: true,
        startedAt: T('09:05'),
      }),
    ]);
  });

  it('a new interval applies to the running countdown (anchors stay)', () => {
    const { engine, send } = engineAt('09:00');
    expect(engine.status()).toEqual({ kind: 'next', at: T('09:30') });
    send(
      {
        type: 'settings',
        settings: { ...DEFAULT_SETTINGS, breaks: { ...DEFAULT_SETTINGS.breaks, everyMinutes: 45 } },
      },
      '09:10',
    );
    expect(engine.status()).toEqual({ kind: 'next', at: T('09:45') });
  });

  it('reports its status for the tray', () => {
    const { engine, send } = engineAt('07:00');
    expect(engine.status()).toEqual({ kind: 'outside', next: T('09:00') });
    send({ type: 'pause', request: { kind: 'minutes', minutes: 30 } }, '07:10');
    expect(engine.status()).toEqual({ kind: 'paused', until: T('07:40') });
    send({ type: 'resume-breaks' }, '07:20');
    send({ type: 'start-routine', routineId: 'floor-a' }, '07:21');
    expect(engine.status()).toEqual({ kind: 'routine', routineId: 'floor-a' });
  });

  it('says "day off" on a listed day off', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      workHours: { ...DEFAULT_SETTINGS.workHours, daysOff: ['2026-03-23'] },
    };
    const { engine } = engineAt('10:00', settings);
    expect(engine.status()).toEqual({ kind: 'day-off', next: Date.parse('2026-03-24T09:00:00+01:00') });
  });

  it('suggests a specific routine when the settings name one, and floor routines only when allowed', () => {
    const fixed = { ...DEFAULT_SETTINGS, breaks: { ...DEFAULT_SETTINGS.breaks, routine: 'floor-a' } };
    expect(engineAt('09:00', fixed).engine.suggestedRoutine()).toBe('floor-a');
    const rotating = engineAt('09:00', {
      ...DEFAULT_SETTINGS,
      breaks: { ...DEFAULT_SETTINGS.breaks, includeFloor: true },
    });
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      rotating.runTo(['09:30', '10:00', '10:30'][i]!);
      seen.push(rotating.engine.prompt()!.routineId);
      rotating.engine.handle({ type: 'answer', action: 'skip' }, T(['09:30', '10:00', '10:30'][i]!));
    }
    expect(seen).toEqual(['desk-a', 'desk-b', 'floor-a']);
  });

  it('never asks to be woken while asleep', () => {
    const { engine, send } = engineAt('09:00');
    send({ type: 'suspend' }, '09:10');
    expect(engine.nextWake()).toBeNull();
  });
});

describe('Take a break now', () => {
  it('prompts at once inside work time, and a second ask changes nothing', () => {
    const { engine, send } = engineAt('09:00');
    expect(types(send({ type: 'break-now' }, '09:10'))).toEqual(['prompt']);
    expect(send({ type: 'break-now' }, '09:11')).toEqual([]);
    expect(engine.prompt()).toMatchObject({ routineId: 'desk-a', snoozes: 0 });
  });

  it('outside work time the asked-for break waits for an answer, and its snooze comes back', () => {
    const { engine, send, runTo } = engineAt('07:00');
    expect(types(send({ type: 'break-now' }, '07:00'))).toEqual(['prompt']);
    expect(types(send({ type: 'answer', action: 'snooze' }, '07:01'))).toEqual(['close-prompt']);
    expect(engine.nextWake()).toBe(T('07:06'));
    runTo('07:06');
    expect(engine.prompt()).toMatchObject({ snoozes: 1 });
  });

  it('is refused while paused or while a routine runs', () => {
    const { send } = engineAt('09:00');
    send({ type: 'pause', request: { kind: 'indefinite' } }, '09:01');
    expect(send({ type: 'break-now' }, '09:02')).toEqual([
      expect.objectContaining({ type: 'refused', reason: 'paused' }),
    ]);
    send({ type: 'resume-breaks' }, '09:03');
    send({ type: 'start-routine', routineId: 'desk-a' }, '09:04');
    expect(send({ type: 'break-now' }, '09:05')).toEqual([
      expect.objectContaining({ type: 'refused', reason: 'routine-running' }),
    ]);
  });
});
