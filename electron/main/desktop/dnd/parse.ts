/**
 * Do-not-disturb as each system reports it. Pure: text in, answer out.
 */
import { garbage, parsed, quote, type Parsed } from '../types';

/** A GVariant boolean as `gsettings get` prints it ("true\n" / "false\n"). */
export function parseGsettingsBoolean(stdout: string): Parsed<boolean> {
  const text = stdout.trim();
  if (text === 'true') return parsed(true);
  if (text === 'false') return parsed(false);
  return garbage(`expected true or false, got ${quote(text)}`);
}

/** GNOME: `show-banners` false means "Do Not Disturb" is on. */
export function gnomeDndFromShowBanners(stdout: string): Parsed<boolean> {
  const banners = parseGsettingsBoolean(stdout);
  return banners.ok ? parsed(!banners.value) : banners;
}

/** gsettings' answer when the key does not exist on this desktop (not GNOME, or too old). */
export const gsettingsMissingSchema = (stderr: string): boolean => /No such schema|No such key/i.test(stderr);

/**
 * XFCE: `xfconf-query -c xfce4-notifyd -p /do-not-disturb` prints "true" or
 * "false"; a property that was never set ("does not exist on channel") means off.
 */
export function parseXfconfDnd(stdout: string, stderr = '', exitCode = 0): Parsed<boolean> {
  if (exitCode !== 0 && /does not exist on channel/i.test(stderr)) return parsed(false);
  if (exitCode !== 0) return garbage(`xfconf-query failed: ${quote(stderr)}`);
  return parseGsettingsBoolean(stdout);
}

/** org.freedesktop.Notifications' `Inhibited` property (a D-Bus boolean). */
export function parseInhibited(value: unknown): Parsed<boolean> {
  return typeof value === 'boolean'
    ? parsed(value)
    : garbage(`Inhibited is not a boolean: ${quote(String(value))}`);
}

/**
 * macOS 12+: ~/Library/DoNotDisturb/DB/Assertions.json. A Focus (manual, or
 * Do Not Disturb) is on while `data[0].storeAssertionRecords` holds an
 * assertion. Scheduled Focus shows up in ModeConfigurations.json instead,
 * which is why the runner also asks the legacy preference (see darwin.ts).
 */
export function parseFocusAssertions(text: string): Parsed<boolean> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return garbage(`Assertions.json is not JSON: ${quote(text)}`);
  }
  const data = (json as { data?: unknown })?.data;
  if (!Array.isArray(data)) return garbage('Assertions.json has no "data" list');
  if (data.length === 0) return parsed(false);
  const records = (data[0] as { storeAssertionRecords?: unknown })?.storeAssertionRecords;
  if (records === undefined) return parsed(false);
  if (!Array.isArray(records)) return garbage('storeAssertionRecords is not a list');
  return parsed(records.length > 0);
}

/**
 * macOS 11 and older: `defaults -currentHost read com.apple.notificationcenterui doNotDisturb`
 * prints 1 or 0; "does not exist" means it was never turned on.
 */
export function parseLegacyDnd(stdout: string, stderr = '', exitCode = 0): Parsed<boolean> {
  if (exitCode !== 0 && /does not exist/i.test(stderr)) return parsed(false);
  if (exitCode !== 0) return garbage(`defaults failed: ${quote(stderr)}`);
  const text = stdout.trim();
  if (text === '1') return parsed(true);
  if (text === '0') return parsed(false);
  return garbage(`expected 1 or 0, got ${quote(text)}`);
}

/**
 * Windows Focus Assist (Windows 11: Do not disturb), from the WNF state
 * WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED: 0 off, 1 priority only,
 * 2 alarms only; -1 the query failed, -2 not supported (before 1803).
 */
export function focusAssistOn(level: number | null): Parsed<boolean> {
  if (level === null) return garbage('no Focus Assist level in the report');
  if (level === 0) return parsed(false);
  if (level === 1 || level === 2) return parsed(true);
  return garbage(`Focus Assist could not be read (state ${level})`);
}
