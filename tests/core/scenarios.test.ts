/**
 * The scenario suite: one file per rule of break-rules.md, each with the
 * output it must produce (wake lines are counted separately, below). The
 * expected files were checked line by line against the rules; the worked
 * example's prompt times are the ones break-rules.md lists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario, type OutputLine } from '../../electron/core/engine';

const dir = path.join(__dirname, 'scenarios');
const ROUTINES = { desk: ['desk-a', 'desk-b'], floor: ['floor-a'] };
const run = (name: string): OutputLine[] => {
  const result = runScenario(JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')), ROUTINES);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
const withoutWakes = (lines: OutputLine[]) => lines.filter((l) => l.type !== 'wake');
const expected = (name: string) =>
  fs
    .readFileSync(path.join(dir, `${name}.expected.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as OutputLine);

const scenarios = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

describe('scenario suite', () => {
  it('covers every rule R1–R11 and the worked example', () => {
    for (const rule of ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'r11']) {
      expect(
        scenarios.some((s) => s.startsWith(`${rule}-`)),
        rule,
      ).toBe(true);
    }
    expect(scenarios).toContain('worked-example');
  });

  it.each(scenarios)('%s produces its expected output', (name) => {
    expect(withoutWakes(run(name))).toEqual(expected(name));
  });

  it("reproduces break-rules.md's worked example prompt times", () => {
    const prompts = run('worked-example')
      .filter((l) => l.type === 'prompt')
      .map((l) => l.at.slice(11, 16));
    expect(prompts).toEqual([
      '09:30',
      '10:02',
      '10:34',
      '11:06',
      '11:38',
      '13:30',
      '14:02',
      '14:34',
      '15:06',
      '15:38',
      '16:10',
      '16:42',
    ]);
  });

  // The runner does not sort its lines: they come in the order the engine
  // emitted them, so an effect dated before an earlier one fails here.
  it('output lines are in time order', () => {
    for (const name of scenarios) {
      const instants = run(name).map((l) => Date.parse(l.at));
      expect(
        [...instants].sort((a, b) => a - b),
        name,
      ).toEqual(instants);
    }
  });
});

describe('R10 precision: wake-ups', () => {
  const wakes = (name: string) => run(name).filter((l) => l.type === 'wake');

  it('does not wake at all on a weekend', () => {
    expect(wakes('r10-weekend-no-wakes')).toEqual([]);
  });

  it('does not wake while paused indefinitely', () => {
    const after = wakes('r10-paused-indefinitely').filter((l) => l.at > '2026-03-23T09:10');
    expect(after).toEqual([]);
    expect(wakes('r10-paused-indefinitely').length).toBeGreaterThan(0);
  });

  it.each(scenarios.filter((s) => s.startsWith('r11-')))(
    'R11 %s: busy adds no wake-up outside work time, and at most 60 per work hour',
    (name) => {
      // All R11 scenarios run on Monday 2026-03-23 with the default work hours.
      const lines = wakes(name);
      const inWork = (hm: string) => (hm >= '09:00' && hm <= '12:00') || (hm >= '13:00' && hm <= '17:00');
      expect(lines.filter((l) => !inWork(l.at.slice(11, 16)))).toEqual([]);
      const perHour = new Map<string, number>();
      for (const l of lines) perHour.set(l.at.slice(11, 13), (perHour.get(l.at.slice(11, 13)) ?? 0) + 1);
      for (const [hour, n] of perHour) expect(n, `${name} ${hour}h`).toBeLessThanOrEqual(60);
    },
  );

  it('wakes at most 60 times per work hour, and never outside work time', () => {
    const lines = wakes('worked-example');
    expect(lines.length / 7).toBeLessThanOrEqual(60);
    const outside = lines.filter((l) => {
      const hm = l.at.slice(11, 16);
      return !((hm >= '09:00' && hm <= '12:00') || (hm >= '13:00' && hm <= '17:00'));
    });
    expect(outside).toEqual([]);
  });
});
