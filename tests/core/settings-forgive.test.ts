/** Days off as ranges, the shortcut rules in the schema, the v1→v2 migration, import merging, fields from the schema. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_FIELDS,
  applySettingsPatch,
  loadSettings,
  mergeImport,
  settingsChanges,
  shortcutProblem,
  validateSettings,
  type Settings,
} from '../../electron/core/settings';
import { checkNewDayOff, dayOffMatcher, sortDaysOff } from '../../electron/core/time/days-off';
import { WorkCalendar } from '../../electron/core/time/work-calendar';
import { Temporal } from 'temporal-polyfill';
import { formatFieldIssue, formatFieldIssues } from '../../electron/core/validation/issues';

const withDaysOff = (daysOff: unknown) => applySettingsPatch(DEFAULT_SETTINGS, { workHours: { daysOff } });

describe('days off as date ranges', () => {
  it('accepts single dates and ranges side by side', () => {
    const r = withDaysOff(['2026-12-24', { from: '2026-12-28', to: '2027-01-01' }]);
    expect(r.ok && r.value.workHours.daysOff).toEqual([
      '2026-12-24',
      { from: '2026-12-28', to: '2027-01-01' },
    ]);
  });

  it.each([
    [[{ from: '2026-12-10', to: '2026-12-07' }], 'workHours.daysOff.0.to: ends before it starts'],
    [
      [{ from: '2026-01-01', to: '2027-01-02' }],
      'workHours.daysOff.0.to: makes the range longer than 366 days',
    ],
    [[{ from: '2026-12-01' }], 'workHours.daysOff.0'],
    [['20266-12-07'], 'workHours.daysOff.0'],
  ])('refuses %j', (daysOff, message) => {
    const r = withDaysOff(daysOff);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.join('\n')).toContain(message);
  });

  it('the work calendar has no ranges on any day of a holiday, and keeps the days around it', () => {
    const settings = withDaysOff([{ from: '2026-12-21', to: '2026-12-25' }, '2026-12-29']);
    if (!settings.ok) throw new Error(settings.error.join());
    const calendar = new WorkCalendar(settings.value.workHours, 'Europe/Berlin');
    const on = (d: string) => calendar.rangesOn(Temporal.PlainDate.from(d)).length;
    expect(on('2026-12-18')).toBe(2); // Friday before
    for (const d of ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25'])
      expect(on(d)).toBe(0);
    expect(on('2026-12-28')).toBe(2);
    expect(on('2026-12-29')).toBe(0);
    const midHoliday = Temporal.ZonedDateTime.from('2026-12-23T10:00[Europe/Berlin]').epochMilliseconds;
    expect(calendar.isDayOff(midHoliday)).toBe(true);
    expect(calendar.rangeAt(midHoliday)).toBeNull();
    // The next work range after the holiday is Monday the 28th at 09:00.
    expect(calendar.nextRangeAfter(midHoliday)?.date).toBe('2026-12-28');
  });

  it('a matcher answers for single dates and both ends of a range', () => {
    const off = dayOffMatcher(['2026-05-01', { from: '2026-08-03', to: '2026-08-07' }]);
    expect(['2026-05-01', '2026-08-03', '2026-08-05', '2026-08-07'].map(off)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['2026-04-30', '2026-08-02', '2026-08-08'].map(off)).toEqual([false, false, false]);
  });

  it('refuses a new entry that is malformed, past, backwards, too long or already covered', () => {
    const today = '2026-12-01';
    const check = (from: string, to = '', current: Settings['workHours']['daysOff'] = []) =>
      checkNewDayOff(current, { from, to }, today, 366);
    expect(check('20266-12-07')).toEqual({
      ok: false,
      refusal: { reason: 'malformed', field: 'from', value: '20266-12-07' },
    });
    expect(check('2026-11-30')).toEqual({
      ok: false,
      refusal: { reason: 'past', field: 'from', value: '2026-11-30' },
    });
    expect(check('2026-12-10', '2026-12-07')).toEqual({
      ok: false,
      refusal: { reason: 'ends-before-start' },
    });
    expect(check('2026-12-10', '2028-01-01')).toEqual({
      ok: false,
      refusal: { reason: 'too-long', maxDays: 366 },
    });
    expect(check('2026-12-22', '2026-12-23', [{ from: '2026-12-21', to: '2026-12-25' }])).toMatchObject({
      ok: false,
      refusal: { reason: 'already' },
    });
    expect(check('2026-12-01')).toEqual({ ok: true, entry: '2026-12-01' });
    expect(check('2026-12-21', '2026-12-25')).toEqual({
      ok: true,
      entry: { from: '2026-12-21', to: '2026-12-25' },
    });
    expect(sortDaysOff(['2026-12-30', { from: '2026-12-21', to: '2026-12-25' }, '2026-12-01'])).toEqual([
      '2026-12-01',
      { from: '2026-12-21', to: '2026-12-25' },
      '2026-12-30',
    ]);
  });
});

describe('the global-shortcut rules in the schema', () => {
  const withShortcut = (globalShortcut: string) =>
    applySettingsPatch(DEFAULT_SETTINGS, { app: { globalShortcut } });

  it('refuses a letter without Ctrl, Alt or Super, and well-known shortcuts, on every path in', () => {
    for (const bad of [
      'Shift+A',
      'CommandOrControl+C',
      'Ctrl+V',
      'Super+L',
      'Alt+F4',
      'CommandOrControl+H',
    ]) {
      expect(withShortcut(bad).ok, bad).toBe(false);
      expect(loadSettings({ version: 2, app: { globalShortcut: bad } }).ok, bad).toBe(false);
      expect(mergeImport(DEFAULT_SETTINGS, { app: { globalShortcut: bad } }).ok, bad).toBe(false);
    }
    expect(withShortcut('CommandOrControl+Alt+B').ok).toBe(true);
    expect(withShortcut('F9').ok).toBe(true);
    expect(withShortcut('').ok).toBe(true);
  });

  it('names the rule: needs a modifier, or the conflict on a platform', () => {
    expect(shortcutProblem('Shift+7')).toEqual({ reason: 'needs-modifier' });
    expect(shortcutProblem('Alt+F4')).toEqual({ reason: 'conflict', use: 'closeWindow', platform: 'other' });
    expect(shortcutProblem('CommandOrControl+M', ['other', 'mac'])).toEqual({
      reason: 'conflict',
      use: 'minimize',
      platform: 'mac',
    });
    const r = withShortcut('Shift+A');
    expect(!r.ok && r.error).toEqual([
      'app.globalShortcut: needs Ctrl, Cmd, Alt or Super with a letter or digit (got "Shift+A")',
    ]);
  });
});

describe('migration to version 2', () => {
  it('keeps a version-1 file (days off as dates) and clears only a shortcut the rules now refuse', () => {
    const r = loadSettings({
      version: 1,
      breaks: { everyMinutes: 45 },
      workHours: { daysOff: ['2026-12-24'] },
      app: { globalShortcut: 'CommandOrControl+H', sounds: false },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.version).toBe(2);
    expect(r.value.breaks.everyMinutes).toBe(45);
    expect(r.value.workHours.daysOff).toEqual(['2026-12-24']);
    expect(r.value.app.globalShortcut).toBe('');
    expect(r.value.app.sounds).toBe(false);
    const kept = loadSettings({ version: 1, app: { globalShortcut: 'CommandOrControl+Alt+B' } });
    expect(kept.ok && kept.value.app.globalShortcut).toBe('CommandOrControl+Alt+B');
  });
});

describe('import', () => {
  const current = (() => {
    const r = applySettingsPatch(DEFAULT_SETTINGS, {
      breaks: { snoozeMinutes: 15 },
      workHours: { daysOff: ['2026-12-24', '2026-12-31'] },
    });
    if (!r.ok) throw new Error(r.error.join());
    return r.value;
  })();

  it('merges a partial file onto the current settings, not onto the defaults', () => {
    const r = mergeImport(current, { breaks: { everyMinutes: 20 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.breaks.everyMinutes).toBe(20);
    expect(r.value.breaks.snoozeMinutes).toBe(15);
    expect(r.value.workHours.daysOff).toEqual(['2026-12-24', '2026-12-31']);
    expect(settingsChanges(current, r.value)).toEqual([
      { path: 'breaks.everyMinutes', before: 30, after: 20 },
    ]);
  });

  it('lists the changes field by field, work hours weekday by weekday', () => {
    const r = mergeImport(current, {
      workHours: { days: { tue: [] }, daysOff: [] },
      app: { sounds: false },
    });
    if (!r.ok) throw new Error(r.error.join());
    expect(settingsChanges(current, r.value).map((c) => c.path)).toEqual([
      'workHours.days.tue',
      'workHours.daysOff',
      'app.sounds',
    ]);
  });

  it('refuses a file with every reason and a file from a newer version', () => {
    const bad = mergeImport(current, { breaks: { everyMinutes: 2 }, colour: 'blue' });
    expect(!bad.ok && formatFieldIssues(bad.error)).toEqual([
      'breaks.everyMinutes: must be between 5 and 240 (got 2)',
      'Unslouch has no setting "colour"',
    ]);
    const newer = mergeImport(current, { version: 99 });
    expect(!newer.ok && formatFieldIssue(newer.error[0]!)).toMatch(
      /^version: is newer than this app understands \(2\).*\(got 99\)/,
    );
  });
});

describe('the settings fields, derived from the schema', () => {
  it('lists every leaf setting with its kind, and every default is reachable by its path', () => {
    expect(SETTINGS_FIELDS.find((f) => f.path === 'breaks.everyMinutes')?.kind).toBe('number');
    expect(SETTINGS_FIELDS.find((f) => f.path === 'workHours.days')?.kind).toBe('group');
    expect(SETTINGS_FIELDS.find((f) => f.path === 'workHours.daysOff')?.kind).toBe('list');
    expect(SETTINGS_FIELDS.find((f) => f.path === 'app.chime')?.kind).toBe('boolean');
    // Rebuilding the defaults from the fields gives back the defaults: no setting is missed.
    const rebuilt: Record<string, Record<string, unknown>> = {};
    for (const { path } of SETTINGS_FIELDS) {
      const [section, name] = path.split('.') as [string, string];
      rebuilt[section] = {
        ...rebuilt[section],
        [name]: (DEFAULT_SETTINGS as unknown as Record<string, Record<string, unknown>>)[section]![name],
      };
    }
    expect(validateSettings({ version: DEFAULT_SETTINGS.version, ...rebuilt })).toEqual({
      ok: true,
      value: DEFAULT_SETTINGS,
    });
    expect(Object.keys(rebuilt).sort()).toEqual(
      Object.keys(DEFAULT_SETTINGS)
        .filter((k) => k !== 'version')
        .sort(),
    );
  });

  it('the chime is off by default, at half volume', () => {
    expect(DEFAULT_SETTINGS.app.chime).toBe(false);
    expect(DEFAULT_SETTINGS.app.chimeVolume).toBe(50);
  });
});
