/**
 * A hand-edited or otherwise unusable routine of the person's own must not
 * cost them their other settings: the store leaves out only the bad routines,
 * keeps a copy of the file as it was, and says so (issue 13).
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderText } from '../../electron/shared/i18n';
import { describe, expect, it } from 'vitest';
import { salvageOwnRoutines } from '../../electron/core/settings';
import { openSettingsStore } from '../../electron/main/settings-store';
import { settingsRecovered } from '../../electron/main/store-messages';
import { tempDir } from '../support/temp-store';

const GOOD = { id: 'my-good', name: 'Good', exercises: [{ id: 'shoulder-roll' }] };
const BAD = { id: 'my-bad', name: 'Bad', exercises: [{ id: 'corner-stretch', seconds: 600 }] };

function write(dir: string, settings: unknown): string {
  const file = path.join(dir, 'settings.json');
  fs.writeFileSync(file, JSON.stringify({ settings }));
  return file;
}

describe('unusable routines of your own', () => {
  it('are left out; the other settings and routines load, the file is kept as a copy, the person is told', () => {
    const dir = tempDir();
    const original = {
      version: 2,
      breaks: { everyMinutes: 45 },
      routines: { custom: [GOOD, BAD] },
    };
    const file = write(dir, original);
    const text = fs.readFileSync(file, 'utf8');
    const store = openSettingsStore({ dir, now: () => new Date('2026-12-01T10:00:00.000Z') });
    expect(store.get().breaks.everyMinutes).toBe(45);
    expect(store.get().routines.custom.map((r) => r.id)).toEqual(['my-good']);
    expect(store.recovered).toMatchObject({
      leftOut: 'own-routines',
      details: ['settings.routines.custom.1.exercises.0.seconds: must be between 30 and 60 (got 600)'],
    });
    // For the person: the field as the library names it, the value quoted.
    expect(store.recovered!.problems.map((p) => renderText(p))).toEqual([
      'Your routine 2, exercise 1, seconds per hold: ‘600’ must be between 30 and 60.',
    ]);
    const kept = store.recovered!.backupPath!;
    expect(fs.readFileSync(kept, 'utf8')).toBe(text);
    // Written back without the bad routine, so the next start is clean.
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).settings.routines.custom).toHaveLength(1);
    expect(settingsRecovered(store.recovered!).body).toBe(
      'Some of your own routines could not be read and were left out. Your other settings and routines are in use.',
    );
  });

  it('a list that is not a list is left out whole; other problems still set the file aside', () => {
    expect(salvageOwnRoutines({ routines: { custom: 'nope' } })?.settings.routines.custom).toEqual([]);
    expect(salvageOwnRoutines({ breaks: { everyMinutes: 1 }, routines: { custom: [BAD] } })).toBeNull();
    const dir = tempDir();
    write(dir, { breaks: { everyMinutes: 1 }, routines: { custom: [GOOD] } });
    const store = openSettingsStore({ dir });
    expect(store.recovered?.leftOut).toBeUndefined();
    expect(store.get().routines.custom).toEqual([]);
  });
});
