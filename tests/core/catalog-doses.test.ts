/**
 * Doses as the sources give them: every exercise's range and progression
 * against a table written from /work/shared/content (source-article.txt,
 * evidence-notes.md §2), the levels that time a range, the build-up that
 * rises only when asked, and the mirrored pictures of sided exercises.
 */
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  buildUpOf,
  builtReps,
  doseAt,
  getExercise,
  hasRange,
  levelFor,
  nextBuildUp,
  pick,
  routineSeconds,
  validateCatalog,
  type Dose,
  type Exercise,
} from '../../electron/core/catalog';
import { DEFAULT_SETTINGS, applySettingsPatch } from '../../electron/core/settings';

function exercise(id: string): Exercise {
  const e = getExercise(id);
  if (!e) throw new Error(`no exercise "${id}"`);
  return e;
}

/**
 * What each source says, written down independently of the JSON. `seconds` /
 * `reps`: [low, high] ranges (equal ends: a single figure); `buildsUp`: the
 * progression; `quote`: the figures the exercise's `source` field must carry.
 */
const SOURCES: Record<
  string,
  { seconds?: [number, number]; reps?: [number, number]; buildsUp?: [number, number]; quote: string[] }
> = {
  'shoulder-roll': { seconds: [30, 30], quote: ['30 s'] }, // "Do this for 30 seconds. Repeat … opposite direction."
  'corner-stretch': { seconds: [30, 60], reps: [1, 1], quote: ['30–60 s'] }, // "Hold the position for 30 – 60 seconds."
  'seated-trunk-rotation': { seconds: [5, 5], reps: [5, 5], quote: ['hold 5 s', '5× each side'] }, // NHS seated twist
  'cat-cow-seated': { seconds: [5, 5], quote: ['5 s', '5 breaths'] }, // article 5 s holds; Eskenazi ~5 breaths
  'shoulder-blade-squeeze': { reps: [10, 10], quote: ['10 reps'] }, // National Jewish Health
  'seated-chest-opener': { seconds: [5, 10], reps: [5, 5], quote: ['5–10 s', '5×'] }, // NHS seated chest stretch
  'cat-cow': { seconds: [5, 5], quote: ['5 s'] },
  'opposite-arm-leg': { reps: [10, 15], quote: ['10–15 repetitions each side'] }, // "Perform 10 – 15 repetitions, each side."
  'childs-pose': { seconds: [30, 30], reps: [1, 1], quote: ['several breaths', '30 s'] },
  'trunk-rotation-lying': { seconds: [5, 5], reps: [5, 5], quote: ['5 s', '5× each side'] },
  'hip-circles': { reps: [10, 10], quote: ['at least 10 circles'] }, // "Do a minimum of 10 circles."
  'pelvic-tilt': { seconds: [5, 5], buildsUp: [3, 10], quote: ['hold 5 s', '3 reps', 'building up to 10'] },
  'legs-up-the-wall': { seconds: [120, 120], quote: ['two minutes'] },
  'slump-sit-tall': { reps: [3, 3], quote: ['×3'] }, // Newcastle NHS
  'standing-back-bend': { seconds: [10, 10], reps: [2, 4], quote: ['hold 10 s', '2–4 times'] }, // NHS Inform; Mayo
  'seated-knee-to-chest': { seconds: [15, 30], reps: [2, 4], quote: ['15–30 s', '2–4 times each leg'] },
};

describe('doses match their sources', () => {
  it('has a source entry for every shipped exercise', () => {
    expect(CATALOG.exercises.map((e) => e.id).sort()).toEqual(Object.keys(SOURCES).sort());
  });

  it.each(Object.entries(SOURCES))('%s: range, progression and source text', (id, want) => {
    const e = exercise(id);
    const d = e.dose;
    if (want.seconds) {
      if (d.kind === 'reps') throw new Error(`${id}: a reps dose has no seconds`);
      expect(
        [d.seconds, d.kind === 'hold' ? (d.upToSeconds ?? d.seconds) : d.seconds],
        `${id} seconds`,
      ).toEqual(want.seconds);
    }
    if (want.reps) {
      if (d.kind === 'duration') throw new Error(`${id}: a duration has no reps`);
      expect([d.reps, d.upToReps ?? d.reps], `${id} reps`).toEqual(want.reps);
      expect(d.kind === 'hold' && d.buildsUp, `${id} is a range, not a build-up`).toBeFalsy();
    }
    if (want.buildsUp)
      expect(buildUpOf(d), `${id} build-up`).toEqual({ from: want.buildsUp[0], to: want.buildsUp[1] });
    else expect(buildUpOf(d), `${id} has no build-up`).toBeNull();
    for (const q of want.quote) expect(e.source, `${id} source`).toContain(q);
  });
});

describe('levels time a range', () => {
  it('picks the bottom, the middle (to 5 s for long ranges) and the top', () => {
    expect([
      pick(30, 60, 'gentle', true),
      pick(30, 60, 'standard', true),
      pick(30, 60, 'longer', true),
    ]).toEqual([30, 45, 60]);
    expect(pick(15, 30, 'standard', true)).toBe(25);
    expect(pick(5, 10, 'standard', true)).toBe(8);
    expect(pick(10, 15, 'standard')).toBe(13);
    expect(pick(5, undefined, 'longer')).toBe(5);
  });

  it('times the corner stretch at 30, 45 or 60 s and keeps its range for the words', () => {
    const e = exercise('corner-stretch');
    for (const [level, seconds] of [
      ['gentle', 30],
      ['standard', 45],
      ['longer', 60],
    ] as const) {
      expect(doseAt(e, { level })).toMatchObject({ kind: 'hold', seconds, upToSeconds: 60, reps: 1 });
    }
  });

  it('times both the hold and the reps of knee to chest, and the reps of opposite arm and leg', () => {
    expect(doseAt(exercise('seated-knee-to-chest'), { level: 'standard' })).toMatchObject({
      seconds: 25,
      reps: 3,
    });
    expect(doseAt(exercise('seated-knee-to-chest'), { level: 'longer' })).toMatchObject({
      seconds: 30,
      reps: 4,
    });
    expect(doseAt(exercise('opposite-arm-leg'), { level: 'longer' })).toMatchObject({ reps: 15 });
  });

  it('leaves single figures alone at every level', () => {
    for (const id of ['shoulder-roll', 'legs-up-the-wall', 'cat-cow', 'hip-circles']) {
      const e = exercise(id);
      expect(hasRange(e.dose), id).toBe(false);
      for (const level of ['gentle', 'standard', 'longer'] as const)
        expect(doseAt(e, { level }), id).toEqual(e.dose);
    }
  });

  it('keeps every routine in 1–5 minutes at gentle and standard (the check the catalog makes)', () => {
    for (const r of CATALOG.routines) {
      for (const level of ['gentle', 'standard'] as const) {
        const s = routineSeconds(r, { level, built: { 'pelvic-tilt': 10 } });
        expect(s, `${r.id} ${level}`).toBeGreaterThanOrEqual(60);
        expect(s, `${r.id} ${level}`).toBeLessThanOrEqual(300);
      }
    }
    expect(routineSeconds(CATALOG.routines[0]!, { level: 'longer' })).toBe(194);
  });

  it("uses a routine's own level before the overall one", () => {
    expect(levelFor('mid-back-seated', { level: 'gentle', levels: { 'mid-back-seated': 'longer' } })).toBe(
      'longer',
    );
    expect(levelFor('lower-back-desk', { level: 'gentle', levels: { 'mid-back-seated': 'longer' } })).toBe(
      'gentle',
    );
  });
});

describe('the build-up rises only when the person asks', () => {
  const tilt = exercise('pelvic-tilt');

  it('starts at 3 whatever the level, and stays there until a step is saved', () => {
    for (const level of ['gentle', 'standard', 'longer'] as const) {
      expect(doseAt(tilt, { level })).toMatchObject({ reps: 3, seconds: 5 });
    }
    expect(builtReps(tilt, { level: 'standard' })).toBe(3);
    expect(nextBuildUp(tilt, { level: 'standard' })).toBe(4);
  });

  it('uses the saved step, never past the top, and offers nothing more at the top', () => {
    expect(doseAt(tilt, { level: 'gentle', built: { 'pelvic-tilt': 6 } })).toMatchObject({ reps: 6 });
    expect(doseAt(tilt, { level: 'gentle', built: { 'pelvic-tilt': 25 } })).toMatchObject({ reps: 10 });
    expect(doseAt(tilt, { level: 'gentle', built: { 'pelvic-tilt': 1 } })).toMatchObject({ reps: 3 });
    expect(nextBuildUp(tilt, { level: 'gentle', built: { 'pelvic-tilt': 10 } })).toBeNull();
    expect(nextBuildUp(exercise('corner-stretch'), { level: 'gentle' })).toBeNull();
  });
});

describe('sided exercises and their mirrored pictures', () => {
  it('mirrors the picture of every exercise done on both sides', () => {
    const sided = CATALOG.exercises.filter((e) => e.dose.kind !== 'duration' && e.dose.sides);
    expect(sided.map((e) => e.id).sort()).toEqual([
      'opposite-arm-leg',
      'seated-knee-to-chest',
      'seated-trunk-rotation',
      'trunk-rotation-lying',
    ]);
    for (const e of sided) expect(e.illustration.otherSide, e.id).toBe('mirror');
  });

  it('refuses a sided exercise without a mirrored picture, naming the field', () => {
    const c = structuredClone(CATALOG);
    delete c.exercises.find((e) => e.id === 'seated-knee-to-chest')!.illustration.otherSide;
    expect(validateCatalog(c)).toEqual([
      'exercise "seated-knee-to-chest": illustration.otherSide: must be "mirror" for an exercise done on both sides (the poses show the left side)',
    ]);
  });

  it('names each direction of the exercises done in two directions', () => {
    expect(exercise('shoulder-roll').dose).toMatchObject({
      directions: 2,
      directionNames: ['Forward', 'Backward'],
    });
    const c = structuredClone(CATALOG);
    const d = c.exercises.find((e) => e.id === 'hip-circles')!.dose as Extract<Dose, { kind: 'reps' }>;
    d.directionNames = ['Clockwise', 'Anticlockwise', 'Sideways'];
    expect(validateCatalog(c)).toEqual([
      'exercise "hip-circles": dose.directionNames: must name each of the 2 directions',
    ]);
  });

  it('refuses a caution that does not name its condition first', () => {
    const c = structuredClone(CATALOG);
    c.exercises.find((e) => e.id === 'childs-pose')!.cautions[0] = 'be careful';
    expect(validateCatalog(c)).toEqual([
      'exercise "childs-pose": cautions[0]: must start with the condition, as in "Osteoporosis: …" (got "be careful")',
    ]);
  });
});

describe('routine settings', () => {
  it('defaults to the standard level and an 8 s get-ready step', () => {
    expect(DEFAULT_SETTINGS.routines).toEqual({
      level: 'standard',
      levels: {},
      getReadySeconds: 8,
      built: {},
      custom: [],
    });
  });

  it.each([
    [
      { routines: { level: 'hard' } },
      'routines.level: must be one of "gentle", "standard", "longer" (got "hard")',
    ],
    [{ routines: { getReadySeconds: 90 } }, 'routines.getReadySeconds'],
    [{ routines: { levels: { 'mid-back-seated': 'max' } } }, 'routines.levels.mid-back-seated'],
  ])('rejects %j naming the field', (patch, message) => {
    const result = applySettingsPatch(DEFAULT_SETTINGS, patch);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.join('\n')).toContain(message);
  });

  it('saves a build-up step without touching the rest', () => {
    const result = applySettingsPatch(DEFAULT_SETTINGS, { routines: { built: { 'pelvic-tilt': 4 } } });
    expect(result.ok && result.value.routines).toEqual({
      level: 'standard',
      levels: {},
      getReadySeconds: 8,
      built: { 'pelvic-tilt': 4 },
      custom: [],
    });
  });
});
