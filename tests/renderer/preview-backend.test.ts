import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPreviewBackend, STORAGE_KEYS } from '../../renderer/src/bridge/preview-backend';
import { deskRoutineIds, routineIds } from '../../electron/core/catalog';

let now = new Date('2026-03-24T10:00:00Z');
const clock = { now: () => now };
const make = () => createPreviewBackend(window.localStorage, clock, undefined, false);
const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

beforeEach(() => {
  now = new Date('2026-03-24T10:00:00Z');
  window.localStorage.clear();
  window.location.hash = '';
});

describe('preview backend: the app controller in the page', () => {
  it('a prompt comes when asked for, and the engine rotates through the desk routines', async () => {
    const b = make();
    const desk = deskRoutineIds();
    const seen: string[] = [];
    for (let i = 0; i < desk.length + 1; i++) {
      seen.push(value(await b.takeBreakNow()).prompt!.routineId);
      value(await b.answerPrompt({ action: 'skip' }));
    }
    expect(seen).toEqual([...desk, desk[0]]);
  });

  it('adds the floor routines to the rotation with includeFloor', async () => {
    const b = make();
    value(await b.updateSettings({ breaks: { includeFloor: true } }));
    const seen: string[] = [];
    for (let i = 0; i < routineIds().length; i++) {
      seen.push(value(await b.takeBreakNow()).prompt!.routineId);
      value(await b.answerPrompt({ action: 'skip' }));
    }
    expect(new Set(seen)).toEqual(new Set(routineIds()));
  });

  it('suggests the routine the settings name', async () => {
    const b = make();
    const id = routineIds()[3]!;
    value(await b.updateSettings({ breaks: { routine: id } }));
    expect(value(await b.takeBreakNow()).prompt!.routineId).toBe(id);
  });

  it('snoozes up to maxSnoozes; a snoozed prompt comes back on its own; then the engine refuses', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const b = make();
      value(await b.updateSettings({ breaks: { maxSnoozes: 1, snoozeMinutes: 5 } }));
      expect(value(await b.takeBreakNow()).prompt).toMatchObject({ snoozes: 0, snoozesLeft: 1 });
      value(await b.answerPrompt({ action: 'snooze' }));
      expect(value(await b.getPrompt())).toBeNull();
      // The page's scheduler wakes the engine when the snooze is over.
      now = new Date(now.getTime() + 5 * 60_000);
      vi.advanceTimersByTime(5 * 60_000);
      expect(value(await b.getPrompt())).toMatchObject({ snoozes: 1, snoozesLeft: 0 });
      expect(await b.answerPrompt({ action: 'snooze' })).toEqual({
        ok: false,
        error: {
          code: 'refused',
          reason: 'snooze-limit',
          messages: [
            'You have snoozed this break 1 time, the most your settings allow: start the routine or skip it.',
          ],
        },
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('records a skipped break with the snoozes it had, under a unique id', async () => {
    const b = make();
    const p = value(await b.takeBreakNow()).prompt!;
    value(await b.answerPrompt({ action: 'snooze' }));
    value(await b.takeBreakNow()); // brings the snoozed prompt back
    value(await b.answerPrompt({ action: 'skip' }));
    const [record] = value(await b.getHistory({ days: 1 }));
    expect(record).toMatchObject({
      outcome: 'skipped',
      trigger: 'prompt',
      routineId: p.routineId,
      snoozes: 1,
      secondsMoved: 0,
      startedAt: null,
    });
    expect(record!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers nothing when no prompt is open', async () => {
    const result = await make().answerPrompt({ action: 'start' });
    expect(result).toMatchObject({ ok: false, error: { code: 'refused', reason: 'no-prompt' } });
  });

  it("records a routine started from the prompt as a prompt break, with the player's seconds moved", async () => {
    const b = make();
    let changes = 0;
    b.on('historyChanged', () => changes++);
    const p = value(await b.takeBreakNow()).prompt!;
    value(await b.answerPrompt({ action: 'start' }));
    expect(window.location.hash).toBe(`#/routine/${p.routineId}?trigger=prompt`);
    now = new Date(now.getTime() + 400_000);
    const { record } = value(
      await b.finishRoutine({ routineId: p.routineId, outcome: 'completed', secondsMoved: 300 }),
    );
    expect(record).toMatchObject({
      outcome: 'completed',
      trigger: 'prompt',
      routineId: p.routineId,
      secondsMoved: 300,
    });
    expect(Date.parse(record!.endedAt) - Date.parse(record!.startedAt!)).toBe(400_000);
    expect(changes).toBe(1);
  });

  it('a routine pressed through with Next is recorded as partial', async () => {
    const b = make();
    const id = routineIds()[0]!;
    value(await b.startRoutine({ routineId: id }));
    now = new Date(now.getTime() + 2_000);
    const { record } = value(await b.finishRoutine({ routineId: id, outcome: 'completed', secondsMoved: 2 }));
    expect(record).toMatchObject({ trigger: 'on-demand', outcome: 'partial', secondsMoved: 2 });
  });

  it('finishing with no routine running is refused, as in the app', async () => {
    const id = routineIds()[0]!;
    expect(
      await make().finishRoutine({ routineId: id, outcome: 'completed', secondsMoved: 60 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'refused', reason: 'no-routine' },
    });
  });

  it('returns only breaks newer than `days`, newest first, kept in localStorage', async () => {
    const id = routineIds()[0]!;
    let b = make();
    value(await b.startRoutine({ routineId: id }));
    value(await b.finishRoutine({ routineId: id, outcome: 'partial', secondsMoved: 0 }));
    now = new Date(now.getTime() + 3 * 86_400_000);
    // A page load on another day (at the library, not at a routine's address).
    window.location.hash = '#/routines';
    b = make();
    value(await b.startRoutine({ routineId: id }));
    value(await b.finishRoutine({ routineId: id, outcome: 'completed', secondsMoved: 0 }));
    window.location.hash = '#/history';
    b = make();
    expect(value(await b.getHistory({ days: 2 })).map((r) => r.endedAt)).toHaveLength(1);
    expect(value(await b.getHistory({ days: 7 }))).toHaveLength(2);
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEYS.history)!)).toHaveLength(2);
  });

  it('opening the preview at #/prompt asks for a break; at #/routine/<id> starts that routine', async () => {
    window.location.hash = '#/prompt';
    expect(value(await make().getPrompt())).not.toBeNull();
    window.localStorage.clear();
    const id = routineIds()[1]!;
    window.location.hash = `#/routine/${id}`;
    const b = make();
    now = new Date(now.getTime() + 1_000);
    expect(
      value(await b.finishRoutine({ routineId: id, outcome: 'partial', secondsMoved: 1 })).record,
    ).toMatchObject({ routineId: id, trigger: 'on-demand' });
  });
});

describe('preview backend: payloads', () => {
  it('validates payloads against the contract like the main process', async () => {
    const b = make();
    const bad = await b.finishRoutine({
      routineId: 'Not An Id',
      outcome: 'completed',
      secondsMoved: -1,
    } as never);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid-payload');
      expect(bad.error.messages.join('\n')).toMatch(
        /routine:finish: payload\.routineId: must be a routine id/,
      );
    }
    const unknown = await b.startRoutine({ routineId: 'no-such-routine' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('preview backend: settings import and check-ins', () => {
  it('imports a whole settings file through the core, or says what is wrong', async () => {
    const b = make();
    let changed = 0;
    b.on('settingsChanged', () => changed++);
    const good = value(await b.importSettings({ settings: { version: 1, breaks: { everyMinutes: 50 } } }));
    expect(good.breaks.everyMinutes).toBe(50);
    expect(changed).toBe(1);
    const bad = await b.importSettings({ settings: { breaks: { everyMinutes: 1 } } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-settings' } });
    expect(value(await b.getSettings()).breaks.everyMinutes).toBe(50);
  });

  it('saves one check-in a day and lists it', async () => {
    const b = make();
    const answers = {
      discomfort: 3,
      warnings: { legs: false, bladderBowel: false, fever: false, lyingDown: false },
    };
    const saved = value(await b.saveCheckIn(answers));
    expect(saved).toMatchObject({ discomfort: 3 });
    expect(await b.saveCheckIn(answers)).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(value(await b.getCheckIns())).toEqual([saved]);
  });

  it('keeps a year of check-ins, by instant, as the app does', async () => {
    const checkIn = (id: string, at: string) => ({
      id,
      date: at.slice(0, 10),
      at,
      discomfort: 2,
      warnings: { legs: false, bladderBowel: false, fever: false, lyingDown: false },
    });
    // now is 2026-03-24T10:00Z: 366 days back is 2025-03-23T10:00Z.
    window.localStorage.setItem(
      STORAGE_KEYS.checkIns,
      JSON.stringify([checkIn('old', '2025-03-23T09:00:00Z'), checkIn('recent', '2025-03-23T11:00:00Z')]),
    );
    const b = make();
    expect(value(await b.getCheckIns()).map((c) => c.id)).toEqual(['recent']);
  });
});
