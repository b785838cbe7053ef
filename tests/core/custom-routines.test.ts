/**
 * Routines of the person's own (issue 13): the schema refuses what cannot be
 * played naming the field and quoting the value, a valid one plays as the
 * player's runtime routine, it joins the rotation and the tray, and an import
 * never replaces a routine of the same name.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, getExercise, routineIds, exercisesOf, routineSeconds } from '../../electron/core/catalog';
import {
  CUSTOM_ID_PREFIX,
  customRuntime,
  customSeconds,
  doseRanges,
  freeName,
  isCustomId,
  newCustomId,
  type CustomRoutine,
} from '../../electron/core/catalog/custom';
import { doseAt, DOSE_LEVELS } from '../../electron/core/catalog/levels';
import { totalSeconds } from '../../electron/core/catalog/timing';
import {
  checkCustomRoutine,
  importRoutines,
  routinesFile,
} from '../../electron/core/settings/custom-routines';
import {
  DEFAULT_SETTINGS,
  checkSettingsPatch,
  settingsSchema,
  validateSettings,
  type Settings,
} from '../../electron/core/settings';
import { formatFieldIssue, issueText } from '../../electron/core/validation/issues';
import { routinesFileLabel, settingsLabel } from '../../electron/core/settings/labels';
import { renderText, setMessages } from '../../electron/shared/i18n';
import { messages as german } from '../../electron/shared/i18n/locales/de';
import { rotationOf, suggestedRoutine } from '../../electron/core/engine/rotation';
import { catalogRoutineChoices } from '../../electron/core/engine/routine-choices';
import { trayModel, type TrayItem } from '../../electron/core/tray-model';
import { withOwnRoutines } from '../../electron/core/service/own-routines';
import { catalogPort } from '../../electron/core/service/catalog-port';

const MINE: CustomRoutine = {
  id: 'my-desk-mix',
  name: '  Morning reset ',
  exercises: [
    { id: 'corner-stretch', seconds: 45 },
    { id: 'shoulder-roll' },
    { id: 'seated-knee-to-chest', seconds: 20, reps: 3 },
  ],
};
const FLOOR: CustomRoutine = { id: 'my-floor', name: 'Evening floor', exercises: [{ id: 'childs-pose' }] };

const withOwn = (custom: CustomRoutine[], breaks: Partial<Settings['breaks']> = {}): Settings =>
  settingsSchema.parse({ breaks, routines: { custom } });

const problems = (input: unknown) => {
  const result = checkCustomRoutine(input);
  return result.ok ? [] : result.error.map((i) => formatFieldIssue(i));
};

describe('custom routine schema', () => {
  it('accepts a routine of catalog exercises with doses inside their ranges and trims the name', () => {
    const result = checkCustomRoutine(MINE);
    expect(result.ok && result.value.name).toBe('Morning reset');
  });

  it.each([
    [{ ...MINE, name: '   ' }, 'name: must not be empty (got "   ")'],
    [{ ...MINE, name: 'x'.repeat(61) }, 'name: must be at most 60 characters (got "xxxx'],
    [
      { ...MINE, id: 'upper-back-desk-reset' },
      'id: must be an id starting with “my-” (got "upper-back-desk-reset")',
    ],
    [{ ...MINE, exercises: [] }, 'exercises: must hold at least one exercise'],
    [
      { ...MINE, exercises: Array.from({ length: 13 }, () => ({ id: 'shoulder-roll' })) },
      'exercises: must hold at most 12 exercises',
    ],
    [
      { ...MINE, exercises: [{ id: 'handstand' }] },
      'exercises.0.id: is not an exercise Unslouch has (got "handstand")',
    ],
    [
      { ...MINE, exercises: [{ id: 'corner-stretch', seconds: 90 }] },
      'exercises.0.seconds: must be between 30 and 60 (got 90)',
    ],
    [
      { ...MINE, exercises: [{ id: 'opposite-arm-leg', reps: 9 }] },
      'exercises.0.reps: must be between 10 and 15 (got 9)',
    ],
    [
      { ...MINE, exercises: [{ id: 'shoulder-roll', seconds: 30 }] },
      'exercises.0.seconds: cannot be chosen for this exercise (got 30)',
    ],
    [
      { ...MINE, exercises: [{ id: 'corner-stretch', seconds: 40.5 }] },
      'exercises.0.seconds: must be a whole number (got 40.5)',
    ],
    [{ ...MINE, colour: 'red' }, 'unknown field "colour"'],
  ])('refuses %j naming the field and the value', (input, expected) => {
    expect(problems(input).join('\n')).toContain(expected);
  });

  it('quotes a huge bad value truncated', () => {
    const lines = problems({ ...MINE, exercises: [{ id: 'x'.repeat(10_000) }] });
    expect(lines[0]).toContain('exercises.0.id: is not an exercise Unslouch has (got "xxx');
    for (const line of lines) expect(line.length).toBeLessThan(200);
  });

  it('no shipped routine id can be a custom routine id', () => {
    expect(routineIds().filter(isCustomId)).toEqual([]);
    expect(newCustomId(1_700_000_000_000, []).startsWith(CUSTOM_ID_PREFIX)).toBe(true);
    expect(checkCustomRoutine({ ...MINE, id: newCustomId(Date.now(), []) }).ok).toBe(true);
  });

  it('gives each exercise the ranges the source gives', () => {
    expect(doseRanges(getExercise('corner-stretch')!.dose)).toEqual({
      seconds: { min: 30, max: 60 },
      reps: { min: 1, max: 1 },
    });
    // A build-up is offered as its whole progression.
    expect(doseRanges(getExercise('pelvic-tilt')!.dose).reps).toEqual({ min: 3, max: 10 });
    expect(doseRanges(getExercise('legs-up-the-wall')!.dose)).toEqual({ seconds: null, reps: null });
  });

  it('keeps settings field by field: the settings carry custom routines and a rotation', () => {
    const settings = withOwn([MINE], { rotation: ['my-desk-mix', 'mid-back-seated'] });
    expect(settings.routines.custom[0]!.name).toBe('Morning reset');
    expect(DEFAULT_SETTINGS.routines.custom).toEqual([]);
    expect(DEFAULT_SETTINGS.breaks.rotation).toEqual([]);
    const refused = validateSettings({ routines: { custom: [MINE, { ...FLOOR, id: MINE.id }] } });
    expect(!refused.ok && refused.error).toEqual([
      'routines.custom.1.id: is the id of another of your routines (got "my-desk-mix")',
    ]);
  });
});

describe('a custom routine plays as a runtime routine', () => {
  it('every valid custom routine made of any catalog exercises at any chosen dose can be played', () => {
    for (const exercise of CATALOG.exercises) {
      const ranges = doseRanges(exercise.dose);
      for (const pick of ['min', 'max'] as const) {
        const chosen = {
          id: exercise.id,
          ...(ranges.seconds ? { seconds: ranges.seconds[pick] } : {}),
          ...(ranges.reps ? { reps: ranges.reps[pick] } : {}),
        };
        const routine = { id: 'my-one', name: exercise.id, exercises: [chosen] };
        expect(checkCustomRoutine(routine).ok).toBe(true);
        const { exercises } = customRuntime(routine, getExercise);
        expect(exercises).toHaveLength(1);
        expect(totalSeconds(exercises)).toBeGreaterThan(0);
      }
    }
  });

  it('keeps the order, the chosen doses at every level, and the setting', () => {
    const { routine, exercises } = customRuntime(checkCustomRoutine(MINE).ok ? MINE : FLOOR, getExercise);
    expect(routine).toMatchObject({ id: 'my-desk-mix', title: 'Morning reset', setting: 'desk' });
    expect(routine.exerciseIds).toEqual(['corner-stretch', 'shoulder-roll', 'seated-knee-to-chest']);
    for (const level of DOSE_LEVELS) {
      const timed = exercises.map((e) => doseAt(e, { level }));
      expect(timed[0]).toMatchObject({ kind: 'hold', seconds: 45, reps: 1 });
      expect(timed[2]).toMatchObject({ kind: 'hold', seconds: 20, reps: 3, sides: true });
    }
    // 45 + 60 + (3·20 + 2·3)·2 = 237 s
    expect(customSeconds(MINE, getExercise)).toBe(237);
    expect(customRuntime(FLOOR, getExercise).routine.setting).toBe('floor');
  });

  it('an exercise left at the source dose plays like the shipped routine at the gentle level', () => {
    const shipped = CATALOG.routines[0]!;
    const copy = { id: 'my-copy', name: 'Copy', exercises: shipped.exerciseIds.map((id) => ({ id })) };
    expect(customSeconds(copy, getExercise)).toBe(routineSeconds(shipped, { level: 'gentle' }));
    expect(customRuntime(copy, getExercise).exercises.map((e) => e.id)).toEqual(
      exercisesOf(shipped).map((e) => e.id),
    );
  });
});

describe('rotation over a chosen set', () => {
  const choices = catalogRoutineChoices();

  it('takes turns through the chosen routines, shipped and own, in the order chosen', () => {
    const settings = withOwn([MINE, FLOOR], { rotation: ['my-floor', 'mid-back-seated', 'my-desk-mix'] });
    expect([0, 1, 2, 3].map((turn) => suggestedRoutine(settings, choices, turn))).toEqual([
      'my-floor',
      'mid-back-seated',
      'my-desk-mix',
      'my-floor',
    ]);
  });

  it('leaves out chosen routines that are gone; none chosen: the desk routines and the person’s desk ones', () => {
    const gone = withOwn([MINE], { rotation: ['my-deleted', 'my-desk-mix'] });
    expect(rotationOf(gone, choices)).toEqual(['my-desk-mix']);
    const all = withOwn([MINE, FLOOR]);
    expect(rotationOf(all, choices)).toEqual([...choices.desk, 'my-desk-mix']);
    const floorToo = withOwn([MINE, FLOOR], { includeFloor: true });
    expect(rotationOf(floorToo, choices)).toEqual([
      ...choices.desk,
      'my-desk-mix',
      ...choices.floor,
      'my-floor',
    ]);
  });

  it('one chosen routine of the person’s own is suggested every time; a deleted one falls back to turns', () => {
    const one = withOwn([MINE], { routine: 'my-desk-mix' });
    expect([0, 1].map((turn) => suggestedRoutine(one, choices, turn))).toEqual([
      'my-desk-mix',
      'my-desk-mix',
    ]);
    const deleted = withOwn([], { routine: 'my-desk-mix' });
    expect(suggestedRoutine(deleted, choices, 0)).toBe(choices.desk[0]);
  });
});

describe('tray and catalog port list the person’s own routines', () => {
  it('the Start routine menu ends with the own routines, after a separator', () => {
    const settings = withOwn([MINE, FLOOR]);
    const port = withOwnRoutines(catalogPort(), () => settings);
    expect(port.has('my-floor')).toBe(true);
    expect(port.title('my-desk-mix')).toBe('Morning reset');
    expect(port.seconds('my-desk-mix')).toBe(237);
    const model = trayModel({
      status: { kind: 'next', at: 0 },
      now: 0,
      zone: 'UTC',
      routines: port.routines,
    });
    const start = model.items.find(
      (i) => i.type === 'submenu' && JSON.stringify(i.label).includes('startRoutine'),
    );
    const items = (start as Extract<TrayItem, { type: 'submenu' }>).items;
    const tail = items.slice(-3);
    expect(tail[0]).toEqual({ type: 'separator' });
    expect(tail.slice(1).map((i) => i.type === 'action' && i.action)).toEqual([
      { kind: 'start-routine', routineId: 'my-desk-mix' },
      { kind: 'start-routine', routineId: 'my-floor' },
    ]);
  });
});

describe('export and import', () => {
  it('an exported file imports as new routines, renamed and re-identified where taken', () => {
    const file = JSON.parse(JSON.stringify(routinesFile([MINE, FLOOR])));
    const result = importRoutines([{ ...MINE, name: 'Morning reset' }], file, 1_700_000_000_000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.all).toHaveLength(3);
    expect(result.value.added.map((a) => [a.routine.name, a.renamedFrom])).toEqual([
      ['Morning reset (2)', 'Morning reset'],
      ['Evening floor', null],
    ]);
    expect(result.value.added[0]!.routine.id).not.toBe('my-desk-mix');
    expect(new Set(result.value.all.map((r) => r.id)).size).toBe(3);
  });

  it.each([
    [
      { format: 'something', version: 1, routines: [MINE] },
      'format: is not from a routines file exported by Unslouch (got "something")',
    ],
    [
      routinesFile([{ ...MINE, exercises: [{ id: 'corner-stretch', seconds: 5 }] }]),
      'routines.0.exercises.0.seconds: must be between 30 and 60 (got 5)',
    ],
    [routinesFile([]), 'routines: must hold at least one routine'],
  ])('refuses an invalid file naming the field and the value: %#', (file, expected) => {
    const result = importRoutines([], file, 0);
    expect(!result.ok && result.error.map((i) => formatFieldIssue(i))).toContain(expected);
  });

  it('names the next free name', () => {
    expect(freeName('A', ['a', 'A (2)'])).toBe('A (3)');
    expect(freeName('x'.repeat(60), ['x'.repeat(60)])).toHaveLength(60);
  });
});

describe('problems with routines of your own, as the person reads them', () => {
  const bad = routinesFile([{ ...MINE, exercises: [{ id: 'corner-stretch', seconds: 5 }] }]);

  it('an import names the routine and exercise as the file holds them and quotes the value', () => {
    const result = importRoutines([], bad, 0);
    expect(!result.ok && result.error.map((i) => renderText(issueText(i, routinesFileLabel)))).toEqual([
      'Routine 1 in the file, exercise 1, seconds per hold: ‘5’ must be between 30 and 60.',
    ]);
  });

  it('in the person’s language (German), through the same catalog', () => {
    setMessages('de', german);
    try {
      const result = importRoutines([], bad, 0);
      const said = !result.ok ? renderText(issueText(result.error[0]!, routinesFileLabel)) : '';
      expect(said).toContain('5');
      expect(said).not.toMatch(/Routine 1 in the file|must be between/);
      const saved = validateSettings({ routines: { custom: [{ ...MINE, name: ' ' }] } });
      expect(saved.ok).toBe(false);
    } finally {
      setMessages('en', {});
    }
  });

  it('a refused save names the routine by its place in the person’s list', () => {
    const refused = checkSettingsPatch(DEFAULT_SETTINGS, { routines: { custom: [{ ...MINE, name: ' ' }] } });
    expect(!refused.ok && refused.error.map((i) => renderText(issueText(i, settingsLabel)))).toEqual([
      'Your routine 1, name: ‘ ’ must not be empty.',
    ]);
  });
});
