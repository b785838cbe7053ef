import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  HOLD_REST_SECONDS,
  SAFETY,
  deskRoutineIds,
  exerciseSeconds,
  exercisesOf,
  getExercise,
  getRoutine,
  routineIds,
  routineSeconds,
  validateCatalog,
  validateSafety,
  type Catalog,
  type Dose,
  type Exercise,
} from '../../electron/core/catalog';
import { checkCatalogFiles, checkSvg, parseXml } from '../../scripts/check-catalog';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ILLUSTRATIONS = path.join(ROOT, 'resources/illustrations');

/** A deep copy of the shipped catalog to break on purpose. */
const copy = (): Catalog => structuredClone(CATALOG);

function exercise(id: string): Exercise {
  const e = getExercise(id);
  if (!e) throw new Error(`no exercise "${id}"`);
  return e;
}

function dose<K extends Dose['kind']>(id: string, kind: K): Extract<Dose, { kind: K }> {
  const d = exercise(id).dose;
  expect(d.kind, `${id} dose kind`).toBe(kind);
  return d as Extract<Dose, { kind: K }>;
}

describe('the shipped catalog', () => {
  it('validates with no problems', () => {
    expect(validateCatalog(CATALOG)).toEqual([]);
    expect(validateSafety(SAFETY)).toEqual([]);
  });

  it('has every routine the content README asks for, desk ones first in rotation order', () => {
    expect(routineIds()).toEqual([
      'upper-back-desk-reset',
      'mid-back-seated',
      'lower-back-desk',
      'upper-back-floor',
      'mid-back-floor',
      'lower-back-floor',
    ]);
    expect(deskRoutineIds()).toEqual(['upper-back-desk-reset', 'mid-back-seated', 'lower-back-desk']);
    const ids = (id: string) => getRoutine(id)?.exerciseIds;
    expect(ids('upper-back-desk-reset')).toEqual([
      'shoulder-roll',
      'corner-stretch',
      'seated-trunk-rotation',
    ]);
    expect(ids('mid-back-seated')).toEqual([
      'cat-cow-seated',
      'shoulder-blade-squeeze',
      'seated-chest-opener',
    ]);
    expect(ids('mid-back-floor')).toEqual(['cat-cow', 'opposite-arm-leg', 'childs-pose']);
    expect(ids('upper-back-floor')).toEqual(['shoulder-roll', 'trunk-rotation-lying', 'childs-pose']);
    expect(ids('lower-back-floor')).toEqual(['hip-circles', 'pelvic-tilt', 'legs-up-the-wall']);
    expect(ids('lower-back-desk')).toEqual([
      'hip-circles',
      'slump-sit-tall',
      'standing-back-bend',
      'seated-knee-to-chest',
    ]);
    expect(getRoutine('upper-back-desk-reset')).toMatchObject({ bodyArea: 'upper-back', setting: 'desk' });
    expect(getRoutine('mid-back-floor')).toMatchObject({ bodyArea: 'mid-back', setting: 'floor' });
    expect(getRoutine('nope')).toBeUndefined();
  });

  it("keeps the source article's doses", () => {
    expect(dose('shoulder-roll', 'duration')).toMatchObject({ seconds: 30, directions: 2 });
    expect(dose('corner-stretch', 'hold')).toMatchObject({ seconds: 30, upToSeconds: 60, reps: 1 });
    for (const id of ['cat-cow', 'cat-cow-seated']) {
      const d = dose(id, 'hold');
      expect(d.seconds).toBe(5);
      expect(d.phases).toHaveLength(2);
    }
    expect(dose('opposite-arm-leg', 'reps')).toMatchObject({ reps: 10, upToReps: 15, sides: true });
    const hips = dose('hip-circles', 'reps');
    expect(hips.reps).toBeGreaterThanOrEqual(10);
    expect(hips.directions).toBe(2);
    expect(dose('pelvic-tilt', 'hold')).toMatchObject({ seconds: 5, reps: 3, upToReps: 10 });
    expect(dose('legs-up-the-wall', 'duration')).toMatchObject({ seconds: 120 });
    expect(dose('seated-knee-to-chest', 'hold')).toMatchObject({
      seconds: 15,
      upToSeconds: 30,
      reps: 2,
      upToReps: 4,
      sides: true,
    });
    for (const e of CATALOG.exercises.filter((x) => x.id.includes('hamstring'))) {
      expect(e.dose).toMatchObject({ kind: 'hold', seconds: 15, upToSeconds: 30, reps: 5, sides: true });
    }
  });

  it("uses the evidence notes' doses for the desk versions", () => {
    expect(dose('seated-trunk-rotation', 'hold')).toMatchObject({ seconds: 5, reps: 5, sides: true });
    expect(dose('seated-chest-opener', 'hold')).toMatchObject({ seconds: 5, upToSeconds: 10, reps: 5 });
    expect(dose('shoulder-blade-squeeze', 'reps')).toMatchObject({ reps: 10 });
    expect(dose('slump-sit-tall', 'reps')).toMatchObject({ reps: 3 });
    expect(dose('standing-back-bend', 'hold')).toMatchObject({ seconds: 10 });
  });

  it('names a source for every exercise', () => {
    for (const e of CATALOG.exercises) {
      expect(e.source, e.id).toMatch(/^(Source article|Evidence notes §\d)/);
    }
  });

  it('carries the contraindications from the evidence notes', () => {
    const cautions = (id: string) => exercise(id).cautions.join(' ');
    expect(cautions('seated-knee-to-chest')).toMatch(/osteoporosis/i);
    expect(cautions('childs-pose')).toMatch(/knee/i);
    for (const id of ['cat-cow', 'cat-cow-seated', 'slump-sit-tall', 'childs-pose']) {
      expect(cautions(id), id).toMatch(/osteoporosis.*forward bend/i);
    }
    for (const id of ['seated-trunk-rotation', 'trunk-rotation-lying']) {
      expect(cautions(id), id).toMatch(/osteoporosis.*twist/i);
    }
    for (const id of ['trunk-rotation-lying', 'pelvic-tilt', 'legs-up-the-wall']) {
      expect(cautions(id), id).toMatch(/pregnan.*16 weeks/i);
    }
  });

  it('keeps every step short: 1–4 instructions each', () => {
    for (const e of CATALOG.exercises) {
      expect(e.steps.length, e.id).toBeGreaterThanOrEqual(1);
      expect(e.steps.length, e.id).toBeLessThanOrEqual(4);
      for (const step of e.steps) expect(step.length, `${e.id}: ${step}`).toBeLessThanOrEqual(90);
    }
  });

  it('has an existing, well-formed illustration and an alt text for every exercise', () => {
    for (const e of CATALOG.exercises) {
      expect(e.illustration.poses.length, e.id).toBeGreaterThanOrEqual(1);
      expect(e.illustration.alt.trim().length, e.id).toBeGreaterThan(20);
      for (const pose of e.illustration.poses) {
        expect(pose, e.id).toMatch(new RegExp(`^${e.id}-\\d\\.svg$`));
        const file = path.join(ILLUSTRATIONS, pose);
        expect(fs.existsSync(file), file).toBe(true);
        expect(checkSvg(fs.readFileSync(file, 'utf8')), pose).toEqual([]);
      }
    }
  });

  it('puts no floor exercise in a desk routine', () => {
    for (const id of deskRoutineIds()) {
      const routine = getRoutine(id)!;
      for (const e of exercisesOf(routine)) expect(e.position, `${id}/${e.id}`).not.toBe('floor');
    }
  });

  it('makes every routine 1–5 minutes of guided time', () => {
    const seconds = Object.fromEntries(CATALOG.routines.map((r) => [r.id, routineSeconds(r)]));
    expect(seconds).toEqual({
      'upper-back-desk-reset': 164,
      'mid-back-seated': 154,
      'lower-back-desk': 173,
      'upper-back-floor': 164,
      'mid-back-floor': 187,
      'lower-back-floor': 201,
    });
    for (const [id, s] of Object.entries(seconds)) {
      expect(s, id).toBeGreaterThanOrEqual(60);
      expect(s, id).toBeLessThanOrEqual(300);
    }
  });
});

describe('exerciseSeconds', () => {
  it('counts both directions of a duration', () => {
    expect(exerciseSeconds(exercise('shoulder-roll'))).toBe(60);
    expect(exerciseSeconds(exercise('legs-up-the-wall'))).toBe(120);
  });

  it('counts every hold, both sides and the relax between holds', () => {
    expect(HOLD_REST_SECONDS).toBe(3);
    // 2 sides × (5 holds × 5 s + 4 relaxes × 3 s)
    expect(exerciseSeconds(exercise('seated-trunk-rotation'))).toBe(2 * (25 + 12));
    // 2 legs × (2 holds × 15 s + 1 relax × 3 s)
    expect(exerciseSeconds(exercise('seated-knee-to-chest'))).toBe(66);
    expect(exerciseSeconds(exercise('corner-stretch'))).toBe(30);
  });

  it('counts reps on both sides and in both directions', () => {
    expect(exerciseSeconds(exercise('opposite-arm-leg'))).toBe(10 * 4 * 2);
    expect(exerciseSeconds(exercise('hip-circles'))).toBe(10 * 3 * 2);
    expect(exerciseSeconds(exercise('shoulder-blade-squeeze'))).toBe(40);
  });
});

describe('validateCatalog names the routine or exercise and the field', () => {
  it('reports an unknown exercise id in a routine', () => {
    const c = copy();
    c.routines.find((r) => r.id === 'mid-back-seated')!.exerciseIds.push('foo');
    expect(validateCatalog(c)).toEqual(['routine "mid-back-seated": exerciseIds[3]: unknown exercise "foo"']);
  });

  it('reports an exercise with 5 steps', () => {
    const c = copy();
    c.exercises.find((e) => e.id === 'cat-cow-seated')!.steps.push('One more.');
    expect(validateCatalog(c)).toEqual(['exercise "cat-cow-seated": steps: must have 1–4 instructions']);
  });

  it('reports an exercise with no steps', () => {
    const c = copy();
    c.exercises.find((e) => e.id === 'hip-circles')!.steps = [];
    expect(validateCatalog(c)).toEqual(['exercise "hip-circles": steps: must have 1–4 instructions']);
  });

  it('reports a negative hold', () => {
    const c = copy();
    const e = c.exercises.find((x) => x.id === 'corner-stretch')!;
    e.dose = { kind: 'hold', seconds: -5, reps: 1 };
    expect(validateCatalog(c)).toEqual([
      'exercise "corner-stretch": dose.seconds: must be at least 1 second (got -5)',
    ]);
  });

  it('reports an unknown dose kind and a missing field', () => {
    const c = copy() as unknown as { exercises: Record<string, unknown>[] };
    const e = c.exercises.find((x) => x.id === 'pelvic-tilt')!;
    e.dose = { kind: 'wiggle', seconds: 5 };
    delete e.title;
    expect(validateCatalog(c)).toEqual([
      'exercise "pelvic-tilt": title: is required (must be text)',
      'exercise "pelvic-tilt": dose.kind: must be one of "hold", "reps", "duration" (got "wiggle")',
    ]);
  });

  it('reports a floor exercise in a desk routine', () => {
    const c = copy();
    c.routines.find((r) => r.id === 'lower-back-desk')!.exerciseIds[1] = 'childs-pose';
    expect(validateCatalog(c)).toEqual([
      'routine "lower-back-desk": exerciseIds[1]: "childs-pose" is a floor exercise; a desk routine takes seated or standing ones only',
    ]);
  });

  it('reports duplicate exercise and routine ids', () => {
    const c = copy();
    c.exercises.push({ ...structuredClone(c.exercises[0]!) });
    c.routines.push({ ...structuredClone(c.routines[2]!) });
    expect(validateCatalog(c)).toEqual([
      'exercise "shoulder-roll": id: duplicate id (exercises[0] and exercises[16])',
      'routine "lower-back-desk": id: duplicate id (routines[2] and routines[6])',
    ]);
  });

  it('reports a routine longer than 5 minutes or shorter than 1', () => {
    const c = copy();
    c.routines.find((r) => r.id === 'upper-back-desk-reset')!.exerciseIds = ['corner-stretch'];
    // Standard level, pelvic tilts built up to 10: 60 s + 77 s + 120 s + 13 reps × 4 s × 2 sides + 77 s
    c.routines.find((r) => r.id === 'lower-back-floor')!.exerciseIds.push('opposite-arm-leg', 'cat-cow');
    expect(validateCatalog(c)).toEqual([
      'routine "upper-back-desk-reset": exerciseIds: at the gentle level the routine takes 30 s; it must take 60–300 s (1–5 minutes)',
      'routine "lower-back-floor": exerciseIds: at the standard level (build-ups at their top) the routine takes 438 s; it must take 60–300 s (1–5 minutes)',
    ]);
  });

  it('reports bad ids, unknown fields and a routine body area no exercise serves', () => {
    const c = copy() as unknown as {
      exercises: Record<string, unknown>[];
      routines: Record<string, unknown>[];
    };
    c.exercises[1]!.id = 'Corner Stretch';
    c.exercises[2]!.colour = 'red';
    c.routines[0]!.bodyArea = 'legs';
    const problems = validateCatalog(c);
    expect(problems).toContain(
      'exercise "Corner Stretch": id: must be kebab-case (a-z, 0-9 and single hyphens) (got "Corner Stretch")',
    );
    expect(problems).toContain('exercise "seated-trunk-rotation": unknown field "colour"');
    expect(problems).toContain(
      'routine "upper-back-desk-reset": exerciseIds[1]: unknown exercise "corner-stretch"',
    );
    expect(problems).toContain(
      'routine "upper-back-desk-reset": bodyArea: no exercise in the routine works the legs',
    );
  });

  it('reports phases without a pose each', () => {
    const c = copy();
    c.exercises.find((e) => e.id === 'cat-cow')!.illustration.poses.pop();
    expect(validateCatalog(c)).toEqual([
      'exercise "cat-cow": illustration.motion: needs at least 2 poses to move between',
      'exercise "cat-cow": illustration.poses: must have one pose per phase (2 phases, 1 poses)',
    ]);
  });

  it('rejects data that is not a catalog at all', () => {
    expect(validateCatalog(null)).toEqual([
      'catalog: must be an object with "exercises" and "routines" lists',
    ]);
    expect(validateCatalog({ exercises: 3 })).toEqual(['exercises: must be a list', 'routines: is required']);
  });
});

describe('safety text', () => {
  it('has the player notice and a sourced disclaimer', () => {
    expect(SAFETY.notice).toMatch(/stop/i);
    expect(SAFETY.notice).toMatch(/not medical advice/i);
    expect(SAFETY.notice.length).toBeLessThanOrEqual(90);
    expect(SAFETY.disclaimer.source).toMatch(/Evidence notes/);
  });

  it("lists the article's warning signs and the red flags, most urgent group first", () => {
    expect(SAFETY.doctor.groups.map((g) => g.id)).toEqual(['emergency', 'now', 'soon']);
    const all = SAFETY.doctor.groups.flatMap((g) => g.signs.map((s) => s.text)).join('\n');
    for (const sign of [
      /significant back pain/i,
      /bladder or bowel habits/i,
      /blood in your urine/i,
      /fever/i,
      /lie down/i,
      /not got better after a few weeks/i,
      /intense pain when you move/i,
      /spreading into your legs/i,
      /both legs/i,
      /genitals or buttocks/i,
      /chest pain/i,
      /serious accident/i,
      /weight loss/i,
      /cough or sneeze/i,
    ]) {
      expect(all).toMatch(sign);
    }
    for (const group of SAFETY.doctor.groups) {
      for (const s of group.signs) expect(s.source, s.text).not.toBe('');
    }
  });

  it("has the article's precautions and the stop rules", () => {
    const precautions = SAFETY.precautions.map((p) => p.text).join('\n');
    expect(precautions).toMatch(/warm up/i);
    expect(precautions).toMatch(/comfortable clothes/i);
    expect(precautions).toMatch(/unwell/i);
    expect(SAFETY.stopRules.map((r) => r.text).join('\n')).toMatch(/new pain/i);
  });

  it("lists the check-in's warning questions, each pointing to a doctor group", () => {
    expect(SAFETY.checkInQuestions.map((q) => q.id)).toEqual([
      'leg-pain',
      'bladder-bowel',
      'fever',
      'pain-lying-down',
    ]);
    const groups = new Set(SAFETY.doctor.groups.map((g) => g.id));
    for (const q of SAFETY.checkInQuestions) expect(groups.has(q.group), q.id).toBe(true);
  });

  it('names the field of broken safety data', () => {
    const broken = structuredClone(SAFETY) as unknown as { doctor: { groups: { signs: unknown[] }[] } };
    broken.doctor.groups[1]!.signs.push({ text: '', source: 'x' });
    expect(validateSafety(broken)).toEqual([
      'safety: doctor.groups[1].signs[9].text: must not be empty (got "")',
    ]);
    const dangling = structuredClone(SAFETY);
    dangling.doctor.groups.pop();
    expect(validateSafety(dangling)).toEqual(['safety: checkInQuestions[0].group: no doctor group "soon"']);
  });
});

describe('check-catalog script', () => {
  it('passes on the repository', () => {
    const result = checkCatalogFiles();
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ routines: 6, exercises: 16, illustrations: 28 });
  });

  it('finds SVG problems', () => {
    const ok =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 160"><title>A pose</title><path d="M0 0"/></svg>';
    expect(checkSvg(ok)).toEqual([]);
    expect(checkSvg(ok.replace('<title>A pose</title>', ''))).toEqual([
      'needs a non-empty <title> as a child of <svg>',
    ]);
    expect(checkSvg(ok.replace('</svg>', ''))[0]).toMatch(/^not well-formed: .*<svg> is never closed/);
    expect(checkSvg(ok.replace('<path d="M0 0"/>', '<path d="M0 0">'))[0]).toMatch(/<\/svg> closes <path>/);
    expect(checkSvg(ok.replace('0 0 160 160', '0 0 100 100'))).toEqual(['<svg> needs viewBox="0 0 160 160"']);
    expect(checkSvg(ok.replace('<path d="M0 0"/>', '<animate attributeName="x"/>'))).toEqual([
      '<animate> is not allowed (static, self-contained SVG only)',
    ]);
    expect(checkSvg(ok.replace('<path d="M0 0"/>', '<script>alert(1)</script>'))).toEqual([
      '<script> is not allowed (static, self-contained SVG only)',
    ]);
    expect(checkSvg(ok.replace('A pose', 'A & B'))[0]).toMatch(/entity/);
  });

  it('parses attributes and text', () => {
    const parsed = parseXml('<?xml version="1.0"?>\n<a x="1" y=\'2\'><!-- c --><b>t &amp; u</b></a>');
    expect('root' in parsed && parsed.root.children[0]?.text).toBe('t &amp; u');
    expect(parseXml('<a x="1" x="2"/>')).toEqual({ error: 'line 1: attribute "x" twice in <a>' });
    expect(parseXml('<a/><b/>')).toEqual({ error: 'line 1: more than one root element' });
  });
});
