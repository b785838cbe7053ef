/** The moving illustrations' key frames (resources/illustrations/motion): complete, blendable, inert. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../electron/core/catalog';
import { checkMotion } from '../../scripts/check-catalog';

const DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../resources/illustrations/motion',
);
const read = (id: string) =>
  JSON.parse(fs.readFileSync(path.join(DIR, `${id}.json`), 'utf8')) as {
    frames: { d: string }[][];
  };

describe('motion key frames', () => {
  it('exist for the movements the issue names, and for nothing else', () => {
    const moving = CATALOG.exercises.filter((e) => e.illustration.motion).map((e) => e.id);
    expect(moving.sort()).toEqual([
      'cat-cow',
      'cat-cow-seated',
      'corner-stretch',
      'hip-circles',
      'pelvic-tilt',
      'seated-trunk-rotation',
      'shoulder-roll',
      'trunk-rotation-lying',
    ]);
    expect(fs.readdirSync(DIR).sort()).toEqual(moving.map((id) => `${id}.json`).sort());
  });

  it('blend: every frame has the same parts with the same path commands', () => {
    for (const e of CATALOG.exercises.filter((x) => x.illustration.motion)) {
      expect(checkMotion(read(e.id), e.illustration.poses.length), e.id).toEqual([]);
    }
  });

  it('loops circling movements through 4 key frames, timed to the dose', () => {
    const roll = read('shoulder-roll') as unknown as { periodMs: number; frames: unknown[] };
    expect(roll.frames).toHaveLength(4);
    const hips = read('hip-circles') as unknown as { periodMs: number; frames: unknown[] };
    expect(hips.periodMs).toBe(3000); // one circle a rep (secondsPerRep: 3)
  });

  it('names the frame, the part and the problem in a broken file', () => {
    const data = structuredClone(read('pelvic-tilt'));
    data.frames[1]![1]!.d = 'M0 0 L10 10';
    expect(checkMotion(data, 2)).toEqual([
      'frames[1][1].d: has other path commands than frames[0][1], so it cannot blend',
    ]);
    expect(checkMotion({ periodMs: 100, frames: [] }, 2)).toEqual([
      'periodMs: must be 500–20000 ms (nothing faster than 2 a second)',
      'frames: must list at least 2 frames',
    ]);
    const script = structuredClone(read('pelvic-tilt')) as unknown as { frames: { d: string }[][] };
    script.frames[0]![0]!.d = 'javascript:alert(1)';
    expect(checkMotion(script, 2)).toContain('frames[0][0].d: must be path data');
  });
});
