import { describe, expect, it } from 'vitest';
import { BreakService, type ServicePorts } from '../../electron/core/service/break-service';
import { DEFAULT_SETTINGS } from '../../electron/core/settings';
import type { BreakRecord } from '../../electron/core/history/types';
import type { BusyReason } from '../../electron/core/engine/types';

const ROUTINES = { desk: ['desk-a', 'desk-b'], floor: [] };

function harness(startIso: string, recordBreak?: (r: BreakRecord) => void) {
  let now = Date.parse(startIso);
  let pending: { at: number; fire: (firedAt?: number) => void } | null = null;
  let plans = 0;
  const calls: string[] = [];
  const records: BreakRecord[] = [];
  let idle = 0;
  let busy: BusyReason[] = [];
  let busyThrows = () => false;
  let ids = 0;
  const ports: ServicePorts = {
    now: () => now,
    timezone: () => 'Europe/Berlin',
    idleSeconds: () => idle,
    busyReasons: () => {
      if (busyThrows()) throw new Error('the desktop went away');
      return busy;
    },
    newId: () => `r${++ids}`,
    routineSeconds: () => 120,
    scheduler: {
      plan(at, onWake) {
        plans++;
        pending = at === null ? null : { at, fire: onWake };
      },
    },
    showNotice: () => calls.push('notice'),
    showPrompt: (p) => calls.push(`prompt ${p.routineId} ${p.snoozesLeft}`),
    closePrompt: () => calls.push('close'),
    openRoutine: (id, trigger) => calls.push(`open ${id} ${trigger}`),
    recordBreak: recordBreak ?? ((r) => records.push(r)),
    statusChanged: () => {},
    log: () => {},
  };
  const service = new BreakService(ports, DEFAULT_SETTINGS, ROUTINES);
  /**
   * Fires the pending wake-ups up to `iso`, as node-schedule would. With
   * `sampleMs`, each wake-up first takes a desktop sample that long, as the
   * app's scheduler does, and passes the instant it fired.
   */
  const runUntil = (iso: string, sampleMs?: number) => {
    const end = Date.parse(iso);
    while (pending && pending.at <= end) {
      const { at, fire } = pending;
      pending = null;
      now = at + (sampleMs ?? 0);
      fire(sampleMs === undefined ? undefined : at);
    }
    now = Math.max(now, end);
  };
  return {
    service,
    calls,
    records,
    runUntil,
    setNow: (iso: string) => (now = Date.parse(iso)),
    setIdle: (s: number) => (idle = s),
    setBusy: (reasons: BusyReason[]) => (busy = reasons),
    setBusyThrows: (when: () => boolean) => (busyThrows = when),
    pending: () => pending,
    /** The pending wake-up, taken off the scheduler as node-schedule does when it fires. */
    takeWake: () => {
      const wake = pending!;
      pending = null;
      return wake;
    },
    plans: () => plans,
  };
}

describe('BreakService', () => {
  describe('a wake-up acts on its whole sample at once (idle time and busy signals together)', () => {
    it('decides as of the instant the wake-up fired, however long its sample took', () => {
      const h = harness('2026-03-23T09:00:00+01:00');
      h.runUntil('2026-03-23T09:29:50+01:00', 2500);
      h.setBusy(['call']);
      // The due wake-up fires at 09:30:00; its sample (PowerShell on Windows, say) ends at 09:30:02.5.
      h.runUntil('2026-03-23T09:30:00+01:00', 2500);
      expect(h.service.status()).toMatchObject({
        kind: 'prompt',
        held: { since: Date.parse('2026-03-23T09:30:00+01:00') },
      });
    });

    it('an event that reached the engine during the sample is not undone: the wake-up then decides as of now', () => {
      const h = harness('2026-03-23T09:00:00+01:00');
      h.runUntil('2026-03-23T09:29:50+01:00');
      const wake = h.takeWake();
      // Paused at 09:30:01, while the 09:30:00 wake-up's sample was still running.
      h.setNow('2026-03-23T09:30:01+01:00');
      h.service.send({ type: 'pause', request: { kind: 'minutes', minutes: 30 } });
      h.setNow('2026-03-23T09:30:02+01:00');
      wake.fire(Date.parse('2026-03-23T09:30:00+01:00'));
      expect(h.calls.filter((c) => c.startsWith('prompt'))).toEqual([]);
      expect(h.service.status()).toMatchObject({ kind: 'paused' });
    });

    it('a wake-up whose handling throws still plans the next one', () => {
      let throws = true;
      const h = harness('2026-03-23T09:00:00+01:00');
      h.setBusyThrows(() => throws);
      const wake = h.takeWake();
      h.setNow(new Date(wake.at).toISOString());
      expect(() => wake.fire()).toThrow(/desktop went away/);
      expect(h.pending()).not.toBeNull();
      throws = false;
      h.runUntil('2026-03-23T09:30:00+01:00');
      expect(h.calls).toEqual(['notice', 'prompt desk-a 3']);
    });

    it('a call first seen at the heads-up instant: no heads-up, and the break is held at its due time', () => {
      const h = harness('2026-03-23T09:00:00+01:00');
      h.runUntil('2026-03-23T09:29:20+01:00');
      expect(h.calls).toEqual([]);
      // The call began at 09:29:10; the 09:29:30 wake-up's sample is the first to see it.
      h.setBusy(['call']);
      h.runUntil('2026-03-23T09:30:00+01:00');
      expect(h.calls).toEqual([]);
      expect(h.service.status()).toMatchObject({ kind: 'prompt', held: { reason: 'call' } });
      expect(h.service.currentPrompt()).toBeNull();
    });

    it('away since before the due time and then busy: no prompt flashes, the break is natural (R5)', () => {
      const h = harness('2026-03-23T09:00:00+01:00');
      h.runUntil('2026-03-23T09:29:50+01:00');
      h.calls.length = 0;
      // Gone at 09:22 with a video playing full screen: the 09:30 sample sees both.
      h.setIdle(8 * 60);
      h.setBusy(['fullscreen']);
      h.runUntil('2026-03-23T09:30:00+01:00');
      expect(h.calls).toEqual([]);
      expect(h.service.status()).toMatchObject({ kind: 'away' });
    });
  });

  it('keeps one wake-up pending and prompts when a break falls due', () => {
    const h = harness('2026-03-23T08:00:00+01:00');
    expect(new Date(h.pending()!.at).toISOString()).toBe('2026-03-23T08:00:00.000Z'); // 09:00 Berlin
    h.runUntil('2026-03-23T09:30:00+01:00');
    expect(h.calls).toEqual(['notice', 'prompt desk-a 3']);
    expect(h.service.currentPrompt()).toMatchObject({ routineId: 'desk-a', snoozes: 0, snoozesLeft: 3 });
  });

  it('keeps planning when writing a break throws (a full disk): the next prompt still comes', () => {
    const h = harness('2026-03-23T09:00:00+01:00', () => {
      throw new Error('ENOSPC: no space left on device, write');
    });
    h.runUntil('2026-03-23T09:30:00+01:00');
    expect(() => h.service.send({ type: 'answer', action: 'skip' })).not.toThrow();
    expect(h.pending()).not.toBeNull();
    h.runUntil('2026-03-23T10:00:30+01:00');
    expect(h.calls.filter((c) => c.startsWith('prompt'))).toHaveLength(2);
  });

  it('records a completed break with the time moved', () => {
    const h = harness('2026-03-23T09:00:00+01:00');
    h.runUntil('2026-03-23T09:30:00+01:00');
    expect(h.service.send({ type: 'answer', action: 'start' }).refusal).toBeNull();
    h.setNow('2026-03-23T09:32:30+01:00');
    const finished = h.service.finishRoutine('completed', 110);
    expect(finished.refusal).toBeNull();
    expect(finished.records).toEqual(h.records);
    expect(h.records).toEqual([
      expect.objectContaining({
        outcome: 'completed',
        trigger: 'prompt',
        routineId: 'desk-a',
        startedAt: '2026-03-23T09:30:00+01:00',
        endedAt: '2026-03-23T09:32:30+01:00',
        // The player's own figure (pauses excluded), not the 150 s the window was open.
        secondsMoved: 110,
      }),
    ]);
  });

  it('never keeps more seconds moved than the routine was open', () => {
    const h = harness('2026-03-23T09:00:00+01:00');
    h.service.send({ type: 'start-routine', routineId: 'desk-a' });
    h.setNow('2026-03-23T09:01:40+01:00');
    h.service.finishRoutine('completed', 3000);
    expect(h.records[0]).toMatchObject({ secondsMoved: 100, outcome: 'completed' });
  });

  it('a routine pressed through with Next (under half its timed length moved) is partial', () => {
    const h = harness('2026-03-23T09:00:00+01:00');
    h.service.send({ type: 'start-routine', routineId: 'desk-a' });
    h.setNow('2026-03-23T09:00:02+01:00');
    h.service.finishRoutine('completed', 2);
    expect(h.records[0]).toMatchObject({ outcome: 'partial', secondsMoved: 2 });
  });

  it('gives every record its own id, even two breaks ending at the same instant with the same outcome', () => {
    const h = harness('2026-03-23T09:00:00+01:00');
    h.service.send({ type: 'start-routine', routineId: 'desk-a' });
    h.service.finishRoutine('partial', 0);
    h.service.send({ type: 'start-routine', routineId: 'desk-a' });
    h.service.finishRoutine('partial', 0);
    expect(new Set(h.records.map((r) => r.id)).size).toBe(2);
  });

  it('turns a snooze past the limit into a clear refusal', () => {
    const h = harness('2026-03-23T09:00:00+01:00');
    h.service.send({
      type: 'settings',
      settings: { ...DEFAULT_SETTINGS, breaks: { ...DEFAULT_SETTINGS.breaks, maxSnoozes: 0 } },
    });
    h.runUntil('2026-03-23T09:30:00+01:00');
    expect(h.service.send({ type: 'answer', action: 'snooze' }).refusal).toEqual({ reason: 'snooze-off' });
    expect(h.service.currentPrompt()).not.toBeNull();
  });

  it('after a long sleep re-plans once: one natural break, no burst of stale prompts', () => {
    const h = harness('2026-03-23T09:00:00+01:00');
    h.runUntil('2026-03-23T09:10:00+01:00');
    h.service.send({ type: 'suspend' });
    expect(h.pending()).toBeNull();
    h.setNow('2026-03-23T11:00:00+01:00');
    h.setIdle(0);
    h.service.send({ type: 'resume' });
    expect(h.calls.filter((c) => c.startsWith('prompt'))).toEqual([]);
    expect(h.records.map((r) => r.outcome)).toEqual(['natural']);
    expect(h.pending()!.at).toBeGreaterThan(Date.parse('2026-03-23T11:00:00+01:00'));
  });

  it('reads idle time at each wake-up: a person away for the threshold gets no prompt', () => {
    const h = harness('2026-03-23T09:00:00+01:00');
    h.runUntil('2026-03-23T09:24:00+01:00');
    h.setIdle(6 * 60);
    h.runUntil('2026-03-23T09:31:00+01:00');
    expect(h.calls.filter((c) => c.startsWith('prompt'))).toEqual([]);
  });
});
