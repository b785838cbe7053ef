import { SETTINGS_VERSION } from '../../electron/core/settings';
import { renderText } from '../../electron/shared/i18n';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSettingsStore, type SettingsProblem } from '../../electron/main/settings-store';
import { diskWrites, removeStaleTemps, type Attempt } from '../../electron/main/store-file';
import { tempDir } from '../support/temp-store';

const fullDisk: Attempt = {
  ok: false,
  failure: { reason: 'disk-full', detail: 'ENOSPC: no space left on device, write' },
};

const open = (dir: string, onProblem?: (p: SettingsProblem) => void) =>
  openSettingsStore({
    dir,
    now: () => new Date('2026-11-25T10:00:00.000Z'),
    ...(onProblem ? { onProblem } : {}),
  });
const file = (dir: string) => path.join(dir, 'settings.json');

describe('settings on disk', () => {
  it('starts from defaults, saves a change and reads it back in a new process', () => {
    const dir = tempDir();
    const first = open(dir);
    expect(first.get().breaks.everyMinutes).toBe(30);
    expect(first.update({ breaks: { everyMinutes: 45 } }).ok).toBe(true);
    expect(JSON.parse(fs.readFileSync(file(dir), 'utf8')).settings.breaks.everyMinutes).toBe(45);
    expect(open(dir).get().breaks.everyMinutes).toBe(45);
  });

  it('refuses an invalid change, quoting the value, and keeps what was saved', () => {
    const dir = tempDir();
    const store = open(dir);
    store.update({ breaks: { everyMinutes: 45 } });
    expect(store.update({ breaks: { everyMinutes: 1 } })).toEqual({
      ok: false,
      error: [
        {
          path: ['breaks', 'everyMinutes'],
          code: 'too_small',
          problem: { key: 'settings.problem.between', params: { min: 5, max: 240 } },
          received: '1',
          shown: '1',
        },
      ],
    });
    expect(open(dir).get().breaks.everyMinutes).toBe(45);
  });

  it.each([
    ['not JSON', '{"settings": {', /^The file is not valid JSON \(the mistake is near character 15\)\.$/],
    ['empty', '', /^The file is empty\.$/],
    ['not an object', '[1,2]', /^The file must hold a JSON object\.$/],
    [
      'out of range',
      '{"settings":{"breaks":{"everyMinutes":999}}}',
      /^Break every \(minutes\): ‘999’ must be between 5 and 240\.$/,
    ],
    [
      'from a newer app',
      '{"settings":{"version":9}}',
      /^Settings version: ‘9’ is newer than this app understands/,
    ],
    [
      'with 4,000 work ranges',
      JSON.stringify({
        settings: {
          workHours: {
            days: { mon: Array.from({ length: 4000 }, () => ({ start: '09:00', end: '10:00' })) },
          },
        },
      }),
      /^Monday’s work hours: has too many ranges \(at most 12 a day\)\.$/,
    ],
  ])('keeps a corrupt file (%s) as a backup and starts from defaults', (_label, text, problem) => {
    const dir = tempDir();
    fs.writeFileSync(file(dir), text);
    const store = open(dir);
    expect(store.get().breaks.everyMinutes).toBe(30);
    // The dialog's words name the field as the person sees it; the log keeps the technical line.
    expect(renderText(store.recovered!.problems[0]!)).toMatch(problem);
    expect(store.recovered?.problems.length).toBeLessThanOrEqual(21);
    expect(store.recovered?.details).toHaveLength(store.recovered!.problems.length);
    const backup = path.join(dir, 'settings.corrupt-2026-11-25T10-00-00-000Z.json');
    expect(store.recovered?.backupPath).toBe(backup);
    expect(fs.readFileSync(backup, 'utf8')).toBe(text);
    // The app can save again, and a restart finds a healthy file.
    expect(store.update({ breaks: { everyMinutes: 20 } }).ok).toBe(true);
    const again = open(dir);
    expect(again.recovered).toBeNull();
    expect(again.get().breaks.everyMinutes).toBe(20);
  });

  it.each([
    ['without a version', '{"settings":{"breaks":{"everyMinutes":50}}}'],
    ['with "version": 0', '{"settings":{"version":0,"breaks":{"everyMinutes":50}}}'],
  ])('migrates a file %s and stores it in the current version', (_label, text) => {
    const dir = tempDir();
    fs.writeFileSync(file(dir), text);
    const store = open(dir);
    expect(store.recovered).toBeNull();
    expect(store.get().breaks.everyMinutes).toBe(50);
    expect(JSON.parse(fs.readFileSync(file(dir), 'utf8')).settings.version).toBe(SETTINGS_VERSION);
  });

  it('does not rewrite a current file at start', () => {
    const dir = tempDir();
    open(dir).update({ breaks: { everyMinutes: 40 } });
    const before = fs.statSync(file(dir));
    fs.utimesSync(file(dir), new Date(0), new Date(0));
    open(dir);
    expect(fs.statSync(file(dir)).mtimeMs).toBe(0);
    expect(fs.statSync(file(dir)).ino).toBe(before.ino);
  });

  it('runs on in-memory settings when the file cannot be written, says so once, and saves again later', () => {
    const dir = tempDir();
    fs.writeFileSync(file(dir), '{"settings":{"version":0,"breaks":{"everyMinutes":50}}}');
    let diskFull = true;
    const writes = {
      ...diskWrites,
      writeFileAtomic: (f: string, text: string) =>
        diskFull ? fullDisk : diskWrites.writeFileAtomic(f, text),
    };
    const told: SettingsProblem[] = [];
    const store = openSettingsStore({ dir, writes, onProblem: (p) => told.push(p) });
    expect(store.get().breaks.everyMinutes).toBe(50);
    expect(store.update({ breaks: { everyMinutes: 25 } })).toMatchObject({ ok: true });
    expect(store.update({ breaks: { everyMinutes: 26 } })).toMatchObject({ ok: true });
    expect(store.get().breaks.everyMinutes).toBe(26);
    expect(told).toEqual([{ action: 'write', failure: fullDisk.failure }]);
    expect(store.problem()).not.toBeNull();
    diskFull = false;
    store.update({ breaks: { everyMinutes: 27 } });
    expect(store.problem()).toBeNull();
    expect(open(dir).get().breaks.everyMinutes).toBe(27);
  });

  it('reads a settings file a killed write left beside its temporary file', () => {
    const dir = tempDir();
    open(dir).update({ breaks: { everyMinutes: 35 } });
    fs.writeFileSync(`${file(dir)}.tmp-99999-1`, '{"settings":{"bre');
    expect(removeStaleTemps(dir, ['settings.json'])).toEqual(['settings.json.tmp-99999-1']);
    expect(fs.readdirSync(dir)).toEqual(['settings.json']);
    expect(open(dir).get().breaks.everyMinutes).toBe(35);
  });
});
