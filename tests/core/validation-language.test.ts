/**
 * Validation problems in the person's language: a bad settings import, a
 * corrupt settings file's recovery notice and a bad command line are worded
 * by the catalog (here German and Polish), while the developer tools (the
 * scenario runner, the technical log lines) stay English whatever the language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, mergeImport } from '../../electron/core/settings';
import { settingsLabel } from '../../electron/core/settings/labels';
import { formatFieldIssues, issueText } from '../../electron/core/validation/issues';
import { parseCommandLine, secondInstanceCommands } from '../../electron/core/cli';
import { runScenario } from '../../electron/core/engine/scenario';
import { renderText, setMessages } from '../../electron/shared/i18n';
import { messages as de } from '../../electron/shared/i18n/locales/de';
import { messages as pl } from '../../electron/shared/i18n/locales/pl';
import { openSettingsStore } from '../../electron/main/settings-store';
import { settingsRecovered } from '../../electron/main/store-messages';
import { tempDir } from '../support/temp-store';

afterEach(() => setMessages('en', {}));

const importRefusal = (file: unknown) => {
  const merged = mergeImport(DEFAULT_SETTINGS, file);
  if (merged.ok) throw new Error('the file was accepted');
  return merged.error.map((issue) => renderText(issueText(issue, settingsLabel)));
};

describe('a bad settings import', () => {
  const file = {
    breaks: { everyMinutes: 2 },
    workHours: { days: { mon: [{ start: '9am', end: '12:00' }] }, daysOff: ['2026-02-30'] },
    colour: 'blue',
  };

  it('is refused in English with the fields as the window names them', () => {
    expect(importRefusal(file)).toEqual([
      'Break every (minutes): ‘2’ must be between 5 and 240.',
      'Monday, first range, start: ‘9am’ is not a time; use HH:MM.',
      'Days off, first entry: ‘2026-02-30’ is not a real calendar date.',
      'The file: Unslouch has no setting "colour".',
    ]);
  });

  it('is refused in German: German labels, German quotation marks, German problems', () => {
    setMessages('de', de);
    expect(importRefusal(file)).toEqual([
      `${de['settings.everyMinutes']}: „2“ muss zwischen 5 und 240 liegen.`,
      'Montag, erster Zeitraum, Beginn: „9am“ ist keine Uhrzeit; nutze HH:MM.',
      expect.stringMatching(/^[^:]+: „2026-02-30“ .+\.$/),
      expect.stringMatching(/^Die Datei: Unslouch hat keine Einstellung "colour"\.$/),
    ]);
    expect(importRefusal(file).join(' ')).not.toMatch(/must be|is not|has no setting/);
  });

  it('uses Polish plural forms for counted limits', () => {
    setMessages('pl', pl);
    const apps = (n: number) =>
      importRefusal({ busy: { apps: Array.from({ length: n }, (_, i) => `app${i}`) } });
    expect(apps(51)[0]).toContain('najwyżej 50 aplikacji');
  });
});

describe('a corrupt settings file', () => {
  const write = (text: string) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), text);
    return openSettingsStore({ dir, now: () => new Date('2026-11-25T10:00:00.000Z') });
  };

  it('is told in German in the recovery dialog, naming the field; the log line stays English', () => {
    setMessages('de', de);
    const store = write('{"settings":{"breaks":{"everyMinutes":999},"app":{"sounds":"yes"}}}');
    const notice = settingsRecovered(store.recovered!);
    expect(notice.body).toBe(de['store.settingsRecovered.body']);
    expect(notice.detail).toContain(`${de['settings.everyMinutes']}: „999“ muss zwischen 5 und 240 liegen.`);
    expect(notice.detail).toContain(`${de['settings.sounds']}: „yes“ muss true oder false sein.`);
    expect(notice.detail).toContain('Die alte Datei wurde aufbewahrt');
    expect(notice.detail).not.toMatch(/must be/);
    expect(store.recovered!.details).toEqual([
      'settings.breaks.everyMinutes: must be between 5 and 240 (got 999)',
      'settings.app.sounds: must be true or false (got "yes")',
    ]);
  });

  it('says in German that the file is not JSON, and where', () => {
    setMessages('de', de);
    const notice = settingsRecovered(write('{"settings": {').recovered!);
    expect(notice.detail).toMatch(
      /^Die Datei ist kein gültiges JSON \(der Fehler liegt etwa bei Zeichen 15\)\./,
    );
  });
});

describe('a bad command line', () => {
  it('is said in German, quoting the value', () => {
    setMessages('de', de);
    const bad = parseCommandLine(['--settings=now']);
    expect(!bad.ok && renderText(bad.error)).toBe('--settings nimmt keinen Wert an (erhalten: "now")');
    const pause = parseCommandLine(['--pause', 'banana']);
    expect(!pause.ok && renderText(pause.error)).toMatch(/^--pause: "banana" ist weder/);
  });

  it('words the commands another instance forwarded in German, field and value included', () => {
    setMessages('de', de);
    const forwarded = secondInstanceCommands({ commands: [{ kind: 'pause', minutes: 'abc' }] }, []);
    expect(!forwarded.ok && renderText(forwarded.error)).toBe(
      'die andere Unslouch-Instanz hat ungültige Befehle gesendet: commands[0].minutes: „abc“ muss eine Anzahl Minuten sein.',
    );
  });
});

describe('developer tools stay English', () => {
  it('the scenario runner names invalid settings in English while the app speaks German', () => {
    setMessages('de', de);
    const result = runScenario(
      {
        timezone: 'Europe/Berlin',
        from: '2026-03-23T08:00',
        until: '2026-03-23T18:00',
        settings: { breaks: { everyMinutes: 2 } },
      },
      { desk: ['desk-a'], floor: [] },
    );
    expect(result).toEqual({
      ok: false,
      error: 'settings.breaks.everyMinutes: must be between 5 and 240 (got 2)',
    });
  });

  it('the technical lines of the log are English in any language', () => {
    setMessages('pl', pl);
    const merged = mergeImport(DEFAULT_SETTINGS, { breaks: { snoozeMinutes: 'soon' } });
    expect(!merged.ok && formatFieldIssues(merged.error)).toEqual([
      'breaks.snoozeMinutes: must be a number (got "soon")',
    ]);
  });
});
