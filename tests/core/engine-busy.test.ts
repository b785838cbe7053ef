/**
 * R11 "Busy" in the engine, where the scenario format cannot show it: the
 * busy event's shape, the status the tray reads, heldSeconds on the break
 * effect, settings changes while held, refusals and wake-ups.
 */
import { describe, expect, it } from 'vitest';
import { BreakEngine, type BusyReason, type Effect, type EngineEvent } from '../../electron/core/engine';
import { DEFAULT_SETTINGS, type Settings } from '../../electron/core/settings';

const T = (hms: string) => Date.parse(`2026-03-23T${hms.length === 5 ? `${hms}:00` : hms}+01:00`); // Monday, Berlin
const ROUTINES = { desk: ['desk-a', 'desk-b'], floor: ['floor-a'] };
const withBusy = (busy: Partial<Settings['busy']>): Settings => ({
  ...DEFAULT_SETTINGS,
  busy: { ...DEFAULT_SETTINGS.busy, ...busy },
});

function engineAt(hm: string, settings: Settings = DEFAULT_SETTINGS) {
  const engine = new BreakEngine({ settings, timezone: 'Europe/Berlin', now: T(hm), routines: ROUTINES });
  const send = (event: EngineEvent, at: string): Effect[] => engine.handle(event, T(at));
  const busy = (at: string, ...reasons: BusyReason[]) => send({ type: 'busy', reasons }, at);
  /** Delivers wake-ups up to `at`, as the app's scheduler would. */
  const runTo = (at: string): Effect[] => {
    const out: Effect[] = [];
    for (let wake = engine.nextWake(); wake !== null && wake <= T(at); wake = engine.nextWake()) {
      out.push(...engine.handle({ type: 'tick' }, wake));
    }
    return out;
  };
  return { engine, send, busy, runTo };
}
const types = (effects: Effect[]) => effects.map((e) => e.type);

describe('R11 busy in the engine', () => {
  it('holds a break that falls due while busy: a held effect, no notice, no prompt', () => {
    const { engine, busy, runTo } = engineAt('09:00');
    expect(busy('09:20', 'call')).toEqual([]);
    const effects = runTo('09:40');
    expect(effects).toEqual([
      {
        type: 'held',
        at: T('09:30'),
        reason: 'call',
        dueAt: T('09:30'),
        routineId: 'desk-a',
        snoozes: 0,
      },
    ]);
    expect(engine.prompt()).toBeNull();
    expect(engine.status()).toEqual({
      kind: 'prompt',
      held: { reason: 'call', since: T('09:30'), dueAt: T('09:30'), promptAt: null },
    });
  });

  it('says when the held prompt comes once busy ends, and shows it then', () => {
    const { engine, busy, runTo } = engineAt('09:00');
    busy('09:20', 'call');
    runTo('09:40');
    expect(busy('09:45', ...[])).toEqual([]);
    expect(engine.status()).toMatchObject({ kind: 'prompt', held: { promptAt: T('09:46') } });
    expect(types(runTo('09:46'))).toEqual(['notice', 'prompt']);
    expect(engine.prompt()).toEqual({ routineId: 'desk-a', snoozes: 0, snoozesLeft: 3 });
    expect(engine.status()).toEqual({ kind: 'prompt' });
  });

  it('names the first active reason in a fixed order, and follows it while held', () => {
    const { engine, busy, runTo } = engineAt('09:00');
    busy('09:20', 'dnd', 'apps');
    expect(runTo('09:30')).toEqual([expect.objectContaining({ type: 'held', reason: 'apps' })]);
    expect(engine.busyReason()).toBe('apps');
    busy('09:31', 'dnd', 'call', 'apps');
    expect(engine.status()).toMatchObject({ held: { reason: 'call', since: T('09:30') } });
    busy('09:32', 'dnd', 'fullscreen', 'screenShare');
    expect(engine.busyReason()).toBe('screenShare');
    busy('09:33', 'dnd');
    expect(engine.busyReason()).toBe('dnd');
  });

  it('a break effect carries how long its break was held in total, over several holds', () => {
    const { send, busy, runTo } = engineAt('09:00');
    busy('09:20', 'call');
    runTo('09:45');
    busy('09:45'); // held 09:30–09:46 (the grace minute is held time too)
    runTo('09:46');
    send({ type: 'answer', action: 'snooze' }, '09:46'); // back at 09:51
    busy('09:50', 'fullscreen');
    expect(types(runTo('09:55'))).toEqual(['held']); // held again from 09:51
    busy('09:55');
    runTo('09:56');
    send({ type: 'answer', action: 'start' }, '09:56');
    const [done] = send({ type: 'finish-routine', outcome: 'completed' }, '09:58');
    expect(done).toMatchObject({
      type: 'break',
      outcome: 'completed',
      snoozes: 1,
      heldSeconds: 16 * 60 + 5 * 60,
    });
  });

  it('heldSeconds is 0 for a break that was never held', () => {
    const { send, runTo } = engineAt('09:00');
    runTo('09:30');
    expect(send({ type: 'answer', action: 'skip' }, '09:31')).toContainEqual(
      expect.objectContaining({ type: 'break', outcome: 'skipped', heldSeconds: 0 }),
    );
  });

  it('a held break ends as natural, skipped (pause or tray skip) or taken by a routine, with its held time', () => {
    const natural = engineAt('09:00');
    natural.busy('09:20', 'call');
    natural.runTo('09:35');
    natural.send({ type: 'presence', idleSince: T('09:35') }, '09:36');
    natural.runTo('09:42');
    expect(natural.send({ type: 'presence', idleSince: null }, '09:42')).toEqual([
      expect.objectContaining({ type: 'break', outcome: 'natural', trigger: 'idle', heldSeconds: 10 * 60 }),
    ]);

    const paused = engineAt('09:00');
    paused.busy('09:20', 'call');
    paused.runTo('09:35');
    expect(paused.send({ type: 'pause', request: { kind: 'minutes', minutes: 10 } }, '09:35')).toEqual([
      expect.objectContaining({ type: 'pause' }),
      expect.objectContaining({ type: 'break', outcome: 'skipped', trigger: 'prompt', heldSeconds: 300 }),
    ]);

    const skipped = engineAt('09:00');
    skipped.busy('09:20', 'call');
    skipped.runTo('09:35');
    expect(skipped.send({ type: 'skip-next' }, '09:40')).toEqual([
      expect.objectContaining({ type: 'break', outcome: 'skipped', heldSeconds: 600 }),
    ]);

    const taken = engineAt('09:00');
    taken.busy('09:20', 'call');
    taken.runTo('09:35');
    expect(types(taken.send({ type: 'start-routine', routineId: 'desk-b' }, '09:36'))).toEqual([
      'routine-start',
    ]);
    expect(taken.send({ type: 'finish-routine', outcome: 'partial' }, '09:38')).toEqual([
      expect.objectContaining({
        type: 'break',
        outcome: 'partial',
        trigger: 'on-demand',
        counted: true,
        heldSeconds: 360,
      }),
    ]);
  });

  it('refuses answers and "show the prompt now" while busy; a clicked heads-up in the grace time brings the prompt', () => {
    const { engine, send, busy, runTo } = engineAt('09:00');
    busy('09:20', 'screenShare');
    runTo('09:30');
    expect(types(send({ type: 'answer', action: 'start' }, '09:31'))).toEqual(['refused']);
    expect(types(send({ type: 'prompt-now' }, '09:31'))).toEqual(['refused']);
    busy('09:40');
    expect(types(send({ type: 'prompt-now' }, '09:40'))).toEqual(['refused']); // the prompt is a minute away
    const effects = runTo('09:40:30');
    expect(types(effects)).toEqual(['notice']);
    expect(engine.handle({ type: 'prompt-now' }, T('09:40:35'))).toEqual([
      expect.objectContaining({ type: 'prompt', routineId: 'desk-a', snoozes: 0 }),
    ]);
  });

  it('"Take a break now" shows a held break\'s prompt even while busy (asked for by hand), with its held time', () => {
    const { engine, send, busy, runTo } = engineAt('09:00');
    busy('09:20', 'call');
    runTo('09:30');
    expect(send({ type: 'break-now' }, '09:34')).toEqual([
      expect.objectContaining({ type: 'prompt', at: T('09:34'), routineId: 'desk-a', snoozes: 0 }),
    ]);
    expect(engine.status()).toEqual({ kind: 'prompt' });
    send({ type: 'answer', action: 'skip' }, '09:35');
    expect(engine.status()).toMatchObject({ kind: 'next' });
    // Busy still on: the next break is held at its due time.
    expect(runTo('10:05')).toEqual([expect.objectContaining({ type: 'held', at: T('10:05') })]);
  });

  it('no prompt is brought forward by a clicked heads-up while busy', () => {
    const { engine, busy, runTo } = engineAt('09:00');
    runTo('09:29:30');
    busy('09:29:40', 'call');
    expect(types(engine.handle({ type: 'prompt-now' }, T('09:29:45')))).toEqual(['refused']);
  });

  it('turning busy off in the settings while held starts the grace time; turning a signal on can hold', () => {
    const { engine, send, busy, runTo } = engineAt('09:00');
    busy('09:20', 'dnd');
    runTo('09:30');
    send({ type: 'settings', settings: withBusy({ enabled: false }) }, '09:35');
    expect(engine.status()).toMatchObject({ held: { promptAt: T('09:36') } });
    expect(types(runTo('09:36'))).toEqual(['notice', 'prompt']);
    // The desktop still reports dnd; turning the feature back on holds the open prompt.
    expect(types(send({ type: 'settings', settings: DEFAULT_SETTINGS }, '09:37'))).toEqual([
      'close-prompt',
      'held',
    ]);
  });

  it('a reason whose signal is off does not count', () => {
    const settings = withBusy({ signals: { ...DEFAULT_SETTINGS.busy.signals, fullscreen: false } });
    const { engine, busy, runTo } = engineAt('09:00', settings);
    busy('09:20', 'fullscreen');
    expect(engine.busyReason()).toBeNull();
    expect(types(runTo('09:30'))).toEqual(['notice', 'prompt']);
  });

  it('grace 0: the held prompt comes at the instant busy ends', () => {
    const { busy, runTo } = engineAt('09:00', withBusy({ graceSeconds: 0 }));
    busy('09:20', 'call');
    runTo('09:40');
    expect(busy('09:41')).toEqual([expect.objectContaining({ type: 'prompt', at: T('09:41') })]);
  });

  it('busy adds no wake-ups: held and busy it samples once a minute in work time, none outside', () => {
    const { engine, busy, runTo } = engineAt('09:00');
    busy('09:20', 'call');
    runTo('09:30');
    expect(engine.nextWake()).toBe(T('09:31'));
    const weekend = new BreakEngine({
      settings: DEFAULT_SETTINGS,
      timezone: 'Europe/Berlin',
      now: Date.parse('2026-03-28T10:00:00+01:00'),
      routines: ROUTINES,
    });
    weekend.handle({ type: 'busy', reasons: ['call'] }, Date.parse('2026-03-28T10:01:00+01:00'));
    expect(weekend.nextWake()).toBe(Date.parse('2026-03-30T09:00:00+02:00'));
  });

  it('busy never makes a break by itself, and only one break is held', () => {
    const { busy, runTo } = engineAt('09:00');
    const all: Effect[] = [];
    all.push(...busy('09:05', 'call'));
    all.push(...runTo('11:00'));
    all.push(...busy('11:00'));
    all.push(...busy('11:00:30', 'dnd'));
    all.push(...runTo('11:59'));
    expect(types(all)).toEqual(['held']);
  });
});
