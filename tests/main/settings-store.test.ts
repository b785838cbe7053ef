import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION } from '../../electron/core/settings';
import { openSettingsStore } from '../../electron/main/settings-store';
import { createConfStore, tempDir } from '../support/temp-store';

const open = (dir: string) =>
  openSettingsStore({ dir, createStore: createConfStore, now: () => new Date('2026-11-25T10:00:00.000Z') });

describe('settings on disk', () => {
  it('starts from defaults, saves a change and reads it back in a new process', () => {
    const dir = tempDir();
    const first = open(dir);
    expect(first.get().breaks.everyMinutes).toBe(30);
    expect(first.update({ breaks: { everyMinutes: 45 } }).ok).toBe(true);
    expect(
      JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).settings.breaks.everyMinutes,
    ).toBe(45);
    expect(open(dir).get().breaks.everyMinutes).toBe(45);
  });

  it('refuses an invalid change and keeps what was saved', () => {
    const dir = tempDir();
    const store = open(dir);
    store.update({ breaks: { everyMinutes: 45 } });
    const result = store.update({ breaks: { everyMinutes: 1 } });
    expect(result).toEqual({ ok: false, error: ['breaks.everyMinutes: must be between 5 and 240'] });
    expect(open(dir).get().breaks.everyMinutes).toBe(45);
  });

  it.each([
    ['not JSON', '{"settings": {', /^not valid JSON/],
    ['not an object', '[1,2]', /must hold a JSON object/],
    [
      'out of range',
      '{"settings":{"breaks":{"everyMinutes":999}}}',
      /settings\.breaks\.everyMinutes: must be between 5 and 240/,
    ],
    ['from a newer app', '{"settings":{"version":9}}', /settings\.version: 9 is newer/],
  ])('keeps a corrupt file (%s) as a backup and starts from defaults', (_label, text, problem) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), text);
    const store = open(dir);
    expect(store.get().breaks.everyMinutes).toBe(30);
    expect(store.recovered?.problems[0]).toMatch(problem);
    const backup = path.join(dir, 'settings.corrupt-2026-11-25T10-00-00-000Z.json');
    expect(store.recovered?.backupPath).toBe(backup);
    expect(fs.readFileSync(backup, 'utf8')).toBe(text);
    // The app can save again, and a restart finds a healthy file.
    expect(store.update({ breaks: { everyMinutes: 20 } }).ok).toBe(true);
    const again = open(dir);
    expect(again.recovered).toBeNull();
    expect(again.get().breaks.everyMinutes).toBe(20);
  });

  it('migrates a hand-written file without a version and stores it in the current version', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), '{"settings":{"breaks":{"everyMinutes":50}}}');
    const store = open(dir);
    expect(store.recovered).toBeNull();
    expect(store.get().breaks.everyMinutes).toBe(50);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).settings.version).toBe(
      SETTINGS_VERSION,
    );
  });
});
