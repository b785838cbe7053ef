/** The busy.* settings (break-rules.md, R11): defaults, limits, messages, old files. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  applySettingsPatch,
  loadSettings,
  settingsJsonSchema,
  SETTINGS_VERSION,
} from '../../electron/core/settings';
import { BUSY_REASONS } from '../../electron/core/settings/busy';
import { quoteValue } from '../../electron/core/validation/issues';

describe('busy settings', () => {
  it('has the defaults break-rules.md lists', () => {
    expect(DEFAULT_SETTINGS.busy).toEqual({
      enabled: true,
      signals: { dnd: true, fullscreen: true, call: true, screenShare: true, apps: true },
      apps: [],
      graceSeconds: 60,
    });
  });

  it('has one signal switch per busy reason', () => {
    expect(Object.keys(DEFAULT_SETTINGS.busy.signals).sort()).toEqual([...BUSY_REASONS].sort());
  });

  it('a file written before the busy section existed loads with its defaults (no migration needed)', () => {
    const result = loadSettings({ version: SETTINGS_VERSION, breaks: { everyMinutes: 45 } });
    expect(result.ok && result.value.busy).toEqual(DEFAULT_SETTINGS.busy);
    expect(result.ok && result.value.breaks.everyMinutes).toBe(45);
    expect(loadSettings({ idle: { naturalBreakMinutes: 7 } }).ok).toBe(true); // version 0
  });

  it('keeps the other busy fields when one is edited', () => {
    const result = applySettingsPatch(DEFAULT_SETTINGS, {
      busy: { signals: { dnd: false }, apps: ['zoom'] },
    });
    expect(result.ok && result.value.busy).toEqual({
      ...DEFAULT_SETTINGS.busy,
      signals: { ...DEFAULT_SETTINGS.busy.signals, dnd: false },
      apps: ['zoom'],
    });
  });

  it.each([
    [{ busy: { enabled: 'no' } }, 'busy.enabled: must be true or false (got "no")'],
    [
      { busy: { signals: { screenShare: null } } },
      'busy.signals.screenShare: must be true or false (got null)',
    ],
    [{ busy: { signals: { webcam: true } } }, 'busy.signals: Unslouch has no setting "webcam"'],
    [{ busy: { apps: [42] } }, 'busy.apps.0: must be an app name (text) (got 42)'],
    [
      { busy: { apps: ['a'.repeat(101)] } },
      `busy.apps.0: must be an app name of 1 to 100 characters (got ${quoteValue('a'.repeat(101))})`,
    ],
    [{ busy: { apps: Array(51).fill('zoom') } }, 'busy.apps: must list at most 50 apps'],
    [{ busy: { graceSeconds: 601 } }, 'busy.graceSeconds: must be between 0 and 600 seconds (got 601)'],
    [
      { busy: { graceSeconds: 1e9 } },
      'busy.graceSeconds: must be between 0 and 600 seconds (got 1000000000)',
    ],
    [
      { busy: { graceSeconds: [60] } },
      'busy.graceSeconds: must be a number of seconds between 0 and 600 (got [60])',
    ],
    [{ busy: { later: true } }, 'busy: Unslouch has no setting "later"'],
  ])('rejects %j naming the field and quoting the value', (patch, message) => {
    const result = applySettingsPatch(DEFAULT_SETTINGS, patch);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('accepts the limits', () => {
    for (const busy of [
      { graceSeconds: 0 },
      { graceSeconds: 600 },
      { apps: Array.from({ length: 50 }, (_, i) => `${i}`.padEnd(100, 'x')) },
      { apps: ['a'] },
      {
        enabled: false,
        signals: { dnd: false, fullscreen: false, call: false, screenShare: false, apps: false },
      },
    ]) {
      expect(applySettingsPatch(DEFAULT_SETTINGS, { busy }).ok, JSON.stringify(busy).slice(0, 80)).toBe(true);
    }
  });

  it('derives the JSON schema electron-store enforces, with the same limits', () => {
    const schema = settingsJsonSchema() as {
      properties: { busy: { properties: Record<string, Record<string, unknown>> } };
    };
    const busy = schema.properties.busy.properties;
    expect(busy.graceSeconds).toMatchObject({ minimum: 0, maximum: 600 });
    expect(busy.apps).toMatchObject({ maxItems: 50, items: { minLength: 1, maxLength: 100 } });
  });
});
