/**
 * The scenario runner's error handling (break-rules.md, "Scenario runner"):
 * every malformed scenario or invalid setting gives `{ ok: false, error }`
 * with one line naming the problem, and the CLI (scripts/simulate.ts) exits 2
 * with one stderr line, or 0 with one JSON object per line.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../electron/core/engine/scenario';
import type { RoutineChoices } from '../../electron/core/engine/types';

const ROUTINES: RoutineChoices = { desk: ['desk-a', 'desk-b'], floor: ['floor-a'] };
const BASE = { timezone: 'Europe/Berlin', from: '2026-03-23T08:00', until: '2026-03-23T18:00' };
const at = (time: string) => `2026-03-23T${time}`;

function errorOf(raw: unknown): string {
  const result = runScenario(raw, ROUTINES);
  if (result.ok) throw new Error(`expected an error for ${JSON.stringify(raw)}`);
  return result.error;
}

describe('runScenario rejects a malformed scenario with one line naming the problem', () => {
  // [what, scenario, what the line must say]
  const cases: [string, unknown, RegExp[]][] = [
    ['null', null, [/object/]],
    ['an array', [], [/object/]],
    ['a string', 'Europe/Berlin', [/object/]],
    ['a missing timezone', { from: BASE.from, until: BASE.until }, [/^timezone: /, /required/]],
    ['a timezone that is not a string', { ...BASE, timezone: 42 }, [/^timezone: /]],
    ['a missing from', { timezone: BASE.timezone, until: BASE.until }, [/^from: /, /YYYY-MM-DDTHH:MM/]],
    ['a malformed from', { ...BASE, from: '23.03.2026 08:00' }, [/^from: /, /23\.03\.2026 08:00/]],
    ['a malformed until', { ...BASE, until: '2026-13-01T00:00' }, [/^until: /, /2026-13-01T00:00/]],
    ['until before from', { ...BASE, until: '2026-03-23T07:00' }, [/^until: /, /after "from"/]],
    ['until equal to from', { ...BASE, until: BASE.from }, [/^until: /, /after "from"/]],
    ['an unknown top-level field', { ...BASE, colour: 'red' }, [/"colour"/]],
    ['events that are not a list', { ...BASE, events: {} }, [/^events: /, /list/]],
    [
      'an unknown event type',
      { ...BASE, events: [{ at: at('09:00'), type: 'dance' }] },
      [/^events\W+0\W+type: /, /idle, lock, sleep, pause, resume, skip, routine, timezone, busy/],
    ],
    ['an event without a type', { ...BASE, events: [{ at: at('09:00') }] }, [/^events\W+0\W+type: /]],
    ['an event that is not an object', { ...BASE, events: [5] }, [/^events\W+0/]],
    [
      'an unknown field on an event',
      { ...BASE, events: [{ at: at('09:00'), type: 'skip', minutes: 3 }] },
      [/^events\W+0/, /"minutes"/],
    ],
    [
      'a bad at (not a time)',
      { ...BASE, events: [{ at: 'tomorrow', type: 'skip' }] },
      [/^events\W+0\W+at: /, /"tomorrow"/, /YYYY-MM-DDTHH:MM/],
    ],
    [
      'a bad at (not a calendar date)',
      { ...BASE, events: [{ at: '2026-02-30T09:00', type: 'skip' }] },
      [/^events\W+0\W+at: /, /2026-02-30T09:00/],
    ],
    ['an at that is a number', { ...BASE, events: [{ at: 900, type: 'skip' }] }, [/^events\W+0\W+at: /]],
    [
      'events out of order',
      {
        ...BASE,
        events: [
          { at: at('10:00'), type: 'skip' },
          { at: at('11:00'), type: 'skip' },
          { at: at('09:00'), type: 'skip' },
        ],
      },
      [/^events\W+2\W+at: /, /09:00/, /order/],
    ],
    [
      'an event before from',
      { ...BASE, events: [{ at: at('07:00'), type: 'skip' }] },
      [/^events\W+0\W+at: /, /before/],
    ],
    [
      'negative minutes',
      { ...BASE, events: [{ at: at('09:00'), type: 'idle', minutes: -5 }] },
      [/^events\W+0\W+minutes: /, /more than 0/],
    ],
    [
      'zero minutes',
      { ...BASE, events: [{ at: at('09:00'), type: 'lock', minutes: 0 }] },
      [/^events\W+0\W+minutes: /],
    ],
    [
      'missing minutes',
      { ...BASE, events: [{ at: at('09:00'), type: 'sleep' }] },
      [/^events\W+0\W+minutes: /],
    ],
    [
      'minutes that are a string',
      { ...BASE, events: [{ at: at('09:00'), type: 'routine', minutes: '3' }] },
      [/^events\W+0\W+minutes: /],
    ],
    [
      'a pause with both minutes and until',
      { ...BASE, events: [{ at: at('09:00'), type: 'pause', minutes: 5, until: at('10:00') }] },
      [/^events\W+0/, /minutes/, /until/, /not both/],
    ],
    [
      'a pause until a time before it starts',
      { ...BASE, events: [{ at: at('09:00'), type: 'pause', until: at('08:30') }] },
      [/^events\W+0\W+until: /, /08:30/, /not after/],
    ],
    [
      'a pause until a time equal to its start',
      { ...BASE, events: [{ at: at('09:00'), type: 'pause', until: at('09:00') }] },
      [/^events\W+0\W+until: /],
    ],
    [
      'a pause until something that is not a time',
      { ...BASE, events: [{ at: at('09:00'), type: 'pause', until: 'later' }] },
      [/^events\W+0\W+until: /, /tomorrow/],
    ],
    [
      'a respond action that does not exist',
      { ...BASE, respond: { action: 'dance' } },
      [/^respond\W+action: /, /complete/],
    ],
    [
      'a negative afterSeconds',
      { ...BASE, respond: { action: 'complete', afterSeconds: -1 } },
      [/^respond\W+afterSeconds: /],
    ],
    // Names the second, not the first, bad event.
    [
      'the first bad event of several',
      {
        ...BASE,
        events: [
          { at: at('09:00'), type: 'skip' },
          { at: at('10:00'), type: 'idle', minutes: -1 },
        ],
      },
      [/^events\W+1\W+minutes: /],
    ],
  ];

  it.each(cases)('%s', (_what, raw, patterns) => {
    const error = errorOf(raw);
    expect(error).not.toMatch(/\n/);
    expect(error.length).toBeGreaterThan(5);
    for (const p of patterns) expect(error).toMatch(p);
  });
});

describe('runScenario rejects invalid settings, naming the field', () => {
  it.each([
    [{ breaks: { everyMinutes: 2 } }, 'settings.breaks.everyMinutes: must be between 5 and 240 (got 2)'],
    [{ breaks: { everyMinutes: 241 } }, 'settings.breaks.everyMinutes: must be between 5 and 240 (got 241)'],
    [{ breaks: { everyMinutes: 30.5 } }, 'settings.breaks.everyMinutes: must be a whole number (got 30.5)'],
    [
      { breaks: { noticeSeconds: 301 } },
      'settings.breaks.noticeSeconds: must be between 0 and 300 (got 301)',
    ],
    [{ breaks: { snoozeMinutes: 0 } }, 'settings.breaks.snoozeMinutes: must be between 1 and 60 (got 0)'],
    [{ breaks: { maxSnoozes: 11 } }, 'settings.breaks.maxSnoozes: must be between 0 and 10 (got 11)'],
    [
      { idle: { naturalBreakMinutes: 61 } },
      'settings.idle.naturalBreakMinutes: must be between 1 and 60 (got 61)',
    ],
    [{ breaks: { everyMinutes: '30' } }, 'settings.breaks.everyMinutes: must be a number (got "30")'],
  ])('%j → %s', (settings, message) => {
    expect(errorOf({ ...BASE, settings })).toBe(message);
  });

  it.each([
    [
      { workHours: { days: { mon: [{ start: '9:00', end: '12:00' }] } } },
      /^settings\.workHours\.days\.mon\.0\.start: /,
    ],
    [
      {
        workHours: {
          days: {
            mon: [
              { start: '09:00', end: '12:00' },
              { start: '11:00', end: '13:00' },
            ],
          },
        },
      },
      /^settings\.workHours\.days\.mon\.1: overlaps 09:00–12:00/,
    ],
    [
      {
        workHours: {
          days: { mon: [{ start: '22:00', end: '10:00' }], tue: [{ start: '09:00', end: '12:00' }] },
        },
      },
      /^settings\.workHours\.days\.tue\.0: overlaps Monday’s 22:00–10:00/,
    ],
    [{ workHours: { daysOff: ['2026-02-30'] } }, /^settings\.workHours\.daysOff\.0: /],
    [{ workHours: { enabled: 'yes' } }, /^settings\.workHours\.enabled: /],
    [{ breaks: { often: 2 } }, /^settings\.breaks: .*"often"/],
    [5, /^settings: /],
  ])('%j names the field', (settings, pattern) => {
    const error = errorOf({ ...BASE, settings });
    expect(error).toMatch(pattern);
    expect(error).not.toMatch(/\n/);
  });
});

describe('runScenario rejects a bad busy event or busy settings, naming the field and quoting the value', () => {
  const busy = (fields: Record<string, unknown>) => ({
    ...BASE,
    events: [{ at: at('09:00'), type: 'busy', ...fields }],
  });
  it.each([
    [
      busy({ minutes: 5, reason: 'zoom' }),
      'events[0].reason: must be one of screenShare, call, fullscreen, apps, dnd (got "zoom")',
    ],
    [
      busy({ minutes: 5, reason: 7 }),
      'events[0].reason: must be one of screenShare, call, fullscreen, apps, dnd (got 7)',
    ],
    [busy({ minutes: 5 }), 'events[0].reason: is required (one of screenShare, call, fullscreen, apps, dnd)'],
    [busy({ reason: 'call' }), 'events[0].minutes: is required (must be a number of minutes)'],
    [busy({ minutes: 0, reason: 'call' }), 'events[0].minutes: must be more than 0 minutes (got 0)'],
    [busy({ minutes: 5, reason: 'call', app: 'zoom' }), 'events[0]: unknown field "app"'],
    [
      { ...BASE, settings: { busy: { graceSeconds: 601 } } },
      'settings.busy.graceSeconds: must be between 0 and 600 seconds (got 601)',
    ],
    [
      { ...BASE, settings: { busy: { graceSeconds: -1 } } },
      'settings.busy.graceSeconds: must be between 0 and 600 seconds (got -1)',
    ],
    [
      { ...BASE, settings: { busy: { graceSeconds: '60' } } },
      'settings.busy.graceSeconds: must be a number of seconds between 0 and 600 (got "60")',
    ],
    [
      { ...BASE, settings: { busy: { graceSeconds: 2.5 } } },
      'settings.busy.graceSeconds: must be a whole number of seconds between 0 and 600 (got 2.5)',
    ],
    [
      { ...BASE, settings: { busy: { enabled: 'yes' } } },
      'settings.busy.enabled: must be true or false (got "yes")',
    ],
    [
      { ...BASE, settings: { busy: { signals: { call: 1 } } } },
      'settings.busy.signals.call: must be true or false (got 1)',
    ],
    [
      { ...BASE, settings: { busy: { signals: { camera: true } } } },
      'settings.busy.signals: Unslouch has no setting "camera"',
    ],
    [{ ...BASE, settings: { busy: 'on' } }, 'settings.busy: must be an object (got "on")'],
    [
      { ...BASE, settings: { busy: { apps: 'zoom' } } },
      'settings.busy.apps: must be a list of app names (got "zoom")',
    ],
    [
      { ...BASE, settings: { busy: { apps: ['zoom', ''] } } },
      'settings.busy.apps.1: must be an app name of 1 to 100 characters (got "")',
    ],
    [
      { ...BASE, settings: { busy: { apps: Array.from({ length: 51 }, (_, i) => `app${i}`) } } },
      'settings.busy.apps: must list at most 50 apps',
    ],
  ])('%j → %s', (raw, message) => {
    expect(errorOf(raw)).toBe(message);
  });

  it('quotes a long app name truncated', () => {
    const error = errorOf({ ...BASE, settings: { busy: { apps: ['x'.repeat(5000)] } } });
    expect(error).toMatch(/^settings\.busy\.apps\.0: must be an app name of 1 to 100 characters \(got "x+…/);
    expect(error.length).toBeLessThan(200);
  });

  it('accepts the limits: 50 names of 100 characters, grace 0 and 600', () => {
    for (const busy of [
      { apps: Array.from({ length: 50 }, (_, i) => `${i}`.padEnd(100, 'x')), graceSeconds: 0 },
      { graceSeconds: 600 },
    ]) {
      expect(runScenario({ ...BASE, settings: { busy } }, ROUTINES).ok).toBe(true);
    }
  });
});

describe('runScenario rejects unknown time zones', () => {
  it('in the scenario', () => {
    expect(errorOf({ ...BASE, timezone: 'Mars/Base' })).toBe('timezone: unknown time zone "Mars/Base"');
  });

  it('in a timezone event', () => {
    const error = errorOf({
      ...BASE,
      events: [{ at: at('09:00'), type: 'timezone', timezone: 'Mars/Base' }],
    });
    expect(error).toMatch(/^events\W+0\W+timezone: unknown time zone "Mars\/Base"$/);
  });

  it('a valid scenario still runs (the cases above are not all rejected for one reason)', () => {
    const result = runScenario(
      { ...BASE, settings: { breaks: { everyMinutes: 30 } }, respond: { action: 'skip' } },
      ROUTINES,
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.filter((l) => l.type === 'prompt')).toHaveLength(12);
  });
});

// ------------------------------------------------------------------ the CLI

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ROOT = path.resolve(__dirname, '../..');
const SIMULATE = path.join(ROOT, 'scripts/simulate.ts');

function simulate(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['--no-install', 'tsx', SIMULATE, ...args],
      { cwd: ROOT, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const stderrLines = (r: Run) => r.stderr.split('\n').filter((l) => l.trim() !== '');

// Each run starts tsx (a second or two, more when they run side by side on two cores).
describe.concurrent('scripts/simulate.ts (npm run simulate)', { timeout: 90_000 }, () => {
  let dir: string;
  const file = (name: string, content: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-simulate-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a missing file: exit 2, one stderr line naming the file', async () => {
    const missing = path.join(dir, 'does-not-exist.json');
    const r = await simulate(missing);
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toContain('does-not-exist.json');
    expect(r.stdout).toBe('');
  });

  it('bad JSON: exit 2, one stderr line saying so', async () => {
    const r = await simulate(file('bad.json', '{ "timezone": "Europe/Berlin", '));
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.json/);
    expect(r.stderr).toMatch(/JSON/);
    expect(r.stdout).toBe('');
  });

  it('an invalid scenario: exit 2, one stderr line naming the field', async () => {
    const r = await simulate(
      file('invalid.json', JSON.stringify({ ...BASE, settings: { breaks: { everyMinutes: 2 } } })),
    );
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toContain('settings.breaks.everyMinutes: must be between 5 and 240');
    expect(r.stdout).toBe('');
  });

  it('a malformed event: exit 2, one stderr line naming the event', async () => {
    const r = await simulate(
      file('event.json', JSON.stringify({ ...BASE, events: [{ at: at('09:00'), type: 'dance' }] })),
    );
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toMatch(/events\W+0\W+type/);
  });

  it('a busy event with an unknown reason: exit 2, one stderr line naming the field and the value', async () => {
    const r = await simulate(
      file(
        'busy-reason.json',
        JSON.stringify({
          ...BASE,
          events: [{ at: at('09:00'), type: 'busy', minutes: 5, reason: 'meeting' }],
        }),
      ),
    );
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toMatch(/events\[0\]\.reason: must be one of .* \(got "meeting"\)/);
    expect(r.stdout).toBe('');
  });

  it('invalid busy settings: exit 2, one stderr line naming the field and the value', async () => {
    const r = await simulate(
      file('busy-grace.json', JSON.stringify({ ...BASE, settings: { busy: { graceSeconds: 9000 } } })),
    );
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toContain('settings.busy.graceSeconds: must be between 0 and 600 seconds (got 9000)');
    expect(r.stdout).toBe('');
  });

  it('a busy scenario: exit 0, held lines in the output', async () => {
    const r = await simulate(path.join(ROOT, 'tests/core/scenarios/r11-held-at-due.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('{"at":"2026-03-23T09:30:00+01:00","type":"held","reason":"call"}\n');
  });

  it('an unknown option: exit 2, one stderr line naming the option', async () => {
    const valid = file('valid-for-option.json', JSON.stringify(BASE));
    const r = await simulate('--frobnicate', valid);
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toContain('--frobnicate');
    expect(r.stdout).toBe('');
  });

  it('no file at all: exit 2 with the usage line', async () => {
    const r = await simulate();
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).toMatch(/usage/);
  });

  it('a valid scenario: exit 0, one JSON object per line in time order', async () => {
    const scenario = {
      ...BASE,
      settings: { breaks: { everyMinutes: 30 } },
      respond: { action: 'complete', afterSeconds: 0, routineSeconds: 120 },
      events: [{ at: at('10:10'), type: 'idle', minutes: 7 }],
    };
    const r = await simulate(file('valid.json', JSON.stringify(scenario)));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    const parsed = lines.map((l) => JSON.parse(l) as { at: string; type: string });
    for (const line of parsed) {
      expect(line.at).toMatch(/^2026-03-23T\d{2}:\d{2}:\d{2}\+01:00$/);
      expect(['notice', 'prompt', 'routine-start', 'break', 'pause', 'resume', 'wake']).toContain(line.type);
    }
    const times = parsed.map((l) => Date.parse(l.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(parsed.find((l) => l.type === 'prompt')?.at).toBe('2026-03-23T09:30:00+01:00');
    expect(parsed).toContainEqual({
      at: '2026-03-23T10:17:00+01:00',
      type: 'break',
      outcome: 'natural',
      trigger: 'idle',
    });
  });
});

describe('runScenario words its messages consistently', () => {
  it.each([
    [null, 'scenario: must be a JSON object'],
    [{ ...BASE, timezone: 42 }, 'timezone: must be a time zone name such as Europe/Berlin (got 42)'],
    [{ ...BASE, colour: 'red' }, 'unknown field "colour"'],
    [
      { ...BASE, events: [{ at: at('09:00'), type: 'idle', minutes: -1 }] },
      'events[0].minutes: must be more than 0 minutes (got -1)',
    ],
    [
      { ...BASE, events: [{ at: at('09:00'), type: 'idle', minutes: 3, colour: 'red' }] },
      'events[0]: unknown field "colour"',
    ],
  ])('%j → %s', (raw, message) => {
    expect(errorOf(raw)).toBe(message);
  });
});
