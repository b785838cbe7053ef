import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  applySettingsPatch,
  loadSettings,
  settingsJsonSchema,
  SETTINGS_VERSION,
} from '../../electron/core/settings';

describe('settings schema', () => {
  it('has the defaults break-rules.md lists', () => {
    expect(DEFAULT_SETTINGS.breaks).toMatchObject({
      everyMinutes: 30,
      noticeSeconds: 30,
      snoozeMinutes: 5,
      maxSnoozes: 3,
      routine: 'rotate',
    });
    expect(DEFAULT_SETTINGS.idle.naturalBreakMinutes).toBe(5);
    expect(DEFAULT_SETTINGS.workHours.enabled).toBe(true);
    expect(DEFAULT_SETTINGS.workHours.days.mon).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ]);
    expect(DEFAULT_SETTINGS.workHours.days.sat).toEqual([]);
    expect(DEFAULT_SETTINGS.workHours.daysOff).toEqual([]);
    expect(DEFAULT_SETTINGS.version).toBe(SETTINGS_VERSION);
  });

  it.each([
    [{ breaks: { everyMinutes: 4 } }, 'breaks.everyMinutes: must be between 5 and 240 (got 4)'],
    [{ breaks: { everyMinutes: 241 } }, 'breaks.everyMinutes: must be between 5 and 240 (got 241)'],
    [{ breaks: { everyMinutes: 30.5 } }, 'breaks.everyMinutes: must be a whole number (got 30.5)'],
    [{ breaks: { everyMinutes: '30' } }, 'breaks.everyMinutes: must be a number (got "30")'],
    [{ breaks: { noticeSeconds: 301 } }, 'breaks.noticeSeconds: must be between 0 and 300 (got 301)'],
    [{ breaks: { snoozeMinutes: 0 } }, 'breaks.snoozeMinutes: must be between 1 and 60 (got 0)'],
    [{ breaks: { maxSnoozes: 11 } }, 'breaks.maxSnoozes: must be between 0 and 10 (got 11)'],
    [
      { breaks: { routine: 'Not An Id' } },
      'breaks.routine: must be “rotate” or a routine id (got "Not An Id")',
    ],
    [{ idle: { naturalBreakMinutes: 61 } }, 'idle.naturalBreakMinutes: must be between 1 and 60 (got 61)'],
    [{ workHours: { enabled: 'yes' } }, 'workHours.enabled: must be true or false (got "yes")'],
    [
      { workHours: { days: { mon: [{ start: '9:00', end: '12:00' }] } } },
      'workHours.days.mon.0.start: is not a time; use HH:MM (got "9:00")',
    ],
    [
      { workHours: { days: { tue: [{ start: '09:00', end: '24:00' }] } } },
      'workHours.days.tue.0.end: is not a time; use HH:MM (got "24:00")',
    ],
    [
      {
        workHours: {
          days: {
            wed: [
              { start: '09:00', end: '12:00' },
              { start: '11:30', end: '13:00' },
            ],
          },
        },
      },
      'workHours.days.wed.1: overlaps 09:00–12:00 on the same day',
    ],
    [
      {
        workHours: {
          days: { fri: [{ start: '22:00', end: '02:00' }], sat: [{ start: '01:00', end: '03:00' }] },
        },
      },
      'workHours.days.sat.0: overlaps Friday’s 22:00–02:00, which runs past midnight',
    ],
    [{ workHours: { days: { funday: [] } } }, 'workHours.days: Unslouch has no setting "funday"'],
    [
      { workHours: { daysOff: ['2026-13-01'] } },
      'workHours.daysOff.0: is not a real calendar date (got "2026-13-01")',
    ],
    [
      { workHours: { daysOff: ['tomorrow'] } },
      'workHours.daysOff.0: is not a date; use YYYY-MM-DD (got "tomorrow")',
    ],
    [
      { app: { reducedMotion: 'sometimes' } },
      'app.reducedMotion: must be one of "system", "always", "never" (got "sometimes")',
    ],
    [
      { app: { globalShortcut: 'Banana' } },
      'app.globalShortcut: must be empty or a shortcut such as CommandOrControl+Alt+B (got "Banana")',
    ],
    [{ breaks: { everyMinute: 30 } }, 'breaks: Unslouch has no setting "everyMinute"'],
  ])('rejects %j naming the field', (patch, message) => {
    const result = applySettingsPatch(DEFAULT_SETTINGS, patch);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('accepts ranges past midnight and several ranges a day', () => {
    const result = applySettingsPatch(DEFAULT_SETTINGS, {
      workHours: {
        days: {
          fri: [
            { start: '01:00', end: '03:00' },
            { start: '22:00', end: '02:00' },
          ],
          sat: [
            { start: '02:00', end: '04:00' },
            { start: '10:00', end: '12:00' },
          ],
        },
      },
    });
    expect(result.ok).toBe(true);
  });

  it('a rejected patch leaves the current settings untouched', () => {
    const before = structuredClone(DEFAULT_SETTINGS);
    applySettingsPatch(DEFAULT_SETTINGS, { breaks: { everyMinutes: 1 } });
    expect(DEFAULT_SETTINGS).toEqual(before);
  });

  it('derives a JSON schema with the same limits', () => {
    const schema = settingsJsonSchema() as {
      properties: { breaks: { properties: { everyMinutes: object } } };
    };
    expect(schema.properties.breaks.properties.everyMinutes).toMatchObject({ minimum: 5, maximum: 240 });
  });
});

describe('migrations', () => {
  it('stamps a file without a version (version 0) as the current version', () => {
    const result = loadSettings({ breaks: { everyMinutes: 45 } });
    expect(result.ok && result.value.version).toBe(SETTINGS_VERSION);
    expect(result.ok && result.value.breaks.everyMinutes).toBe(45);
  });

  it('refuses a file from a newer app, naming the version', () => {
    const result = loadSettings({ version: SETTINGS_VERSION + 1 });
    expect(result).toEqual({
      ok: false,
      error: [
        expect.stringMatching(
          /^version: is newer than this app understands \(2\); update Unslouch \(got 3\)/,
        ),
      ],
    });
  });

  it.each([[null], [[]], ['text'], [{ version: 'one' }]])('refuses %j with a message', (raw) => {
    const result = loadSettings(raw);
    expect(result.ok).toBe(false);
  });
});
