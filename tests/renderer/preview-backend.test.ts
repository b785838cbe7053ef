import { beforeEach, describe, expect, it } from 'vitest';
import { createPreviewBackend, STORAGE_KEYS } from '../../renderer/src/bridge/preview-backend';
import { deskRoutineIds, routineIds } from '../../electron/core/catalog';

let now = new Date('2026-03-24T10:00:00Z');
const clock = { now: () => now };
const make = () => createPreviewBackend(window.localStorage, clock);
const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

beforeEach(() => {
  now = new Date('2026-03-24T10:00:00Z');
  window.localStorage.clear();
});

describe('preview backend: prompts', () => {
  it('shows a prompt right away and rotates through the desk routines', async () => {
    const b = make();
    const desk = deskRoutineIds();
    const seen: string[] = [];
    for (let i = 0; i < desk.length + 1; i++) {
      const p = value(await b.getPrompt())!;
      seen.push(p.routineId);
      value(await b.answerPrompt({ action: 'skip' }));
    }
    expect(seen).toEqual([...desk, desk[0]]);
  });

  it('adds the floor routines to the rotation with includeFloor', async () => {
    const b = make();
    value(await b.updateSettings({ breaks: { includeFloor: true } }));
    const seen: string[] = [];
    for (let i = 0; i < routineIds().length; i++) {
      seen.push(value(await b.getPrompt())!.routineId);
      value(await b.answerPrompt({ action: 'skip' }));
    }
    expect(new Set(seen)).toEqual(new Set(routineIds()));
  });

  it('suggests the routine the settings name', async () => {
    const b = make();
    const id = routineIds()[3]!;
    value(await b.updateSettings({ breaks: { routine: id } }));
    expect(value(await b.getPrompt())!.routineId).toBe(id);
  });

  it('snoozes up to maxSnoozes, then refuses with a clear message', async () => {
    const b = make();
    value(await b.updateSettings({ breaks: { maxSnoozes: 2, snoozeMinutes: 5 } }));
    expect(value(await b.getPrompt())).toMatchObject({ snoozes: 0, snoozesLeft: 2 });
    value(await b.answerPrompt({ action: 'snooze' }));
    expect(value(await b.getPrompt())).toBeNull();
    now = new Date(now.getTime() + 5 * 60_000);
    expect(value(await b.getPrompt())).toMatchObject({ snoozes: 1, snoozesLeft: 1 });
    value(await b.answerPrompt({ action: 'snooze' }));
    b.previewBringBack();
    expect(value(await b.getPrompt())).toMatchObject({ snoozes: 2, snoozesLeft: 0 });
    const refused = await b.answerPrompt({ action: 'snooze' });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'refused',
        messages: ['You have used all 2 snoozes for this break. Start the routine or skip it.'],
      },
    });
  });

  it('records a skipped break with the snoozes it had', async () => {
    const b = make();
    const p = value(await b.getPrompt())!;
    value(await b.answerPrompt({ action: 'snooze' }));
    b.previewBringBack();
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
    expect(result.ok).toBe(false);
  });
});

describe('preview backend: routines and history', () => {
  it('records a routine started from the prompt as a prompt break', async () => {
    const b = make();
    let changes = 0;
    b.on('historyChanged', () => changes++);
    const p = value(await b.getPrompt())!;
    value(await b.answerPrompt({ action: 'start' }));
    now = new Date(now.getTime() + 180_000);
    const { record } = value(
      await b.finishRoutine({ routineId: p.routineId, outcome: 'completed', secondsMoved: 180 }),
    );
    expect(record).toMatchObject({
      outcome: 'completed',
      trigger: 'prompt',
      routineId: p.routineId,
      startedAt: '2026-03-24T10:00:00.000Z',
      endedAt: '2026-03-24T10:03:00.000Z',
      secondsMoved: 180,
    });
    expect(changes).toBe(1);
  });

  it('records an on-demand routine, and takes the trigger from the route when nothing was started', async () => {
    const b = make();
    const id = routineIds()[0]!;
    value(await b.startRoutine({ routineId: id }));
    expect(
      value(await b.finishRoutine({ routineId: id, outcome: 'partial', secondsMoved: 40 })).record,
    ).toMatchObject({
      trigger: 'on-demand',
      outcome: 'partial',
    });
    window.location.hash = `#/routine/${id}?trigger=prompt`;
    expect(
      value(await b.finishRoutine({ routineId: id, outcome: 'completed', secondsMoved: 60 })).record,
    ).toMatchObject({
      trigger: 'prompt',
      startedAt: '2026-03-24T09:59:00.000Z',
    });
  });

  it('returns only breaks newer than `days`, newest first, kept in localStorage', async () => {
    const id = routineIds()[0]!;
    let b = make();
    value(await b.finishRoutine({ routineId: id, outcome: 'completed', secondsMoved: 60 }));
    now = new Date(now.getTime() + 3 * 86_400_000);
    value(await b.finishRoutine({ routineId: id, outcome: 'partial', secondsMoved: 30 }));
    b = make();
    expect(value(await b.getHistory({ days: 2 })).map((r) => r.outcome)).toEqual(['partial']);
    expect(value(await b.getHistory({ days: 7 })).map((r) => r.outcome)).toEqual(['partial', 'completed']);
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEYS.history)!)).toHaveLength(2);
  });

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
});
