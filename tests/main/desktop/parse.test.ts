import { describe, expect, it } from 'vitest';
import {
  focusAssistOn,
  gnomeDndFromShowBanners,
  gsettingsMissingSchema,
  parseFocusAssertions,
  parseInhibited,
  parseLegacyDnd,
  parseXfconfDnd,
} from '../../../electron/main/desktop/dnd/parse';
import {
  coversADisplay,
  macScriptDenied,
  parseActiveWindow,
  parseIsInhibited,
  parseMacFrontWindow,
  parseWindowState,
  xpropWindowGone,
} from '../../../electron/main/desktop/fullscreen/parse';
import {
  consentKeyOf,
  foreignRecordings,
  parseConsentStore,
  parseSourceOutputs,
  videoHolders,
} from '../../../electron/main/desktop/call/parse';
import { parseScreenCastNodes } from '../../../electron/main/desktop/screen-share/parse';
import {
  normalizeAppName,
  parsePsList,
  parseTasklist,
  procEntry,
  runningApps,
} from '../../../electron/main/desktop/apps/parse';
import { idleSecondsFromMilliseconds } from '../../../electron/main/desktop/idle/parse';
import {
  activeFromSignal,
  isLocked,
  lockedHintFromPropertiesChanged,
  withLockAnswer,
} from '../../../electron/main/desktop/lock/parse';
import { parseShellReport } from '../../../electron/main/desktop/win32-shell';
import { fixture } from './fixtures';

const value = <T>(p: { ok: true; value: T } | { ok: false; problem: string }): T => {
  if (!p.ok) throw new Error(`expected a value, got: ${p.problem}`);
  return p.value;
};
const problem = (p: { ok: boolean; problem?: string }) => (p.ok ? null : p.problem);

describe('dnd parsers', () => {
  it('GNOME: show-banners false is Do Not Disturb on', () => {
    expect(value(gnomeDndFromShowBanners(fixture('dnd/linux-gnome-gsettings-banners-off.txt')))).toBe(true);
    expect(value(gnomeDndFromShowBanners(fixture('dnd/linux-gnome-gsettings-banners-on.txt')))).toBe(false);
  });
  it('GNOME: empty and garbage output are not an answer', () => {
    expect(problem(gnomeDndFromShowBanners(fixture('dnd/linux-gnome-gsettings-empty.txt')))).toMatch(
      /expected true/,
    );
    expect(problem(gnomeDndFromShowBanners(fixture('dnd/linux-gnome-gsettings-garbage.txt')))).toMatch(
      /GLib/,
    );
  });
  it('recognises gsettings without the GNOME schema (KDE, XFCE…)', () => {
    expect(gsettingsMissingSchema(fixture('dnd/linux-kde-gsettings-no-schema.stderr.txt'))).toBe(true);
    expect(gsettingsMissingSchema('')).toBe(false);
  });
  it('XFCE: the property, a never-set property (off), and a permission failure', () => {
    expect(value(parseXfconfDnd(fixture('dnd/linux-xfce-xfconf-on.txt')))).toBe(true);
    expect(value(parseXfconfDnd(fixture('dnd/linux-xfce-xfconf-off.txt')))).toBe(false);
    expect(value(parseXfconfDnd('', fixture('dnd/linux-xfce-xfconf-never-set.stderr.txt'), 1))).toBe(false);
    expect(
      problem(parseXfconfDnd('', fixture('dnd/linux-xfce-xfconf-permission-denied.stderr.txt'), 1)),
    ).toMatch(/xfconf-query failed/);
  });
  it('KDE and others: Inhibited must be a boolean', () => {
    expect(value(parseInhibited(true))).toBe(true);
    expect(problem(parseInhibited('yes'))).toMatch(/not a boolean/);
  });
  it('macOS: an assertion record means a Focus is on', () => {
    expect(value(parseFocusAssertions(fixture('dnd/darwin-sonoma-assertions-focus-on.json')))).toBe(true);
    expect(value(parseFocusAssertions(fixture('dnd/darwin-sonoma-assertions-focus-off.json')))).toBe(false);
    expect(value(parseFocusAssertions(fixture('dnd/darwin-monterey-assertions-never-used.json')))).toBe(
      false,
    );
  });
  it('macOS: empty or binary assertions files are not an answer', () => {
    expect(problem(parseFocusAssertions(fixture('dnd/darwin-assertions-empty.json')))).toMatch(/not JSON/);
    expect(problem(parseFocusAssertions(fixture('dnd/darwin-assertions-garbage.json')))).toMatch(/not JSON/);
    expect(problem(parseFocusAssertions('{"header":{}}'))).toMatch(/no "data"/);
  });
  it('macOS 11 and older: the legacy preference', () => {
    expect(value(parseLegacyDnd(fixture('dnd/darwin-bigsur-defaults-on.txt')))).toBe(true);
    expect(value(parseLegacyDnd(fixture('dnd/darwin-bigsur-defaults-off.txt')))).toBe(false);
    expect(value(parseLegacyDnd('', fixture('dnd/darwin-defaults-never-set.stderr.txt'), 1))).toBe(false);
    expect(problem(parseLegacyDnd('YES\n'))).toMatch(/expected 1 or 0/);
  });
  it('Windows: Focus Assist levels from the PowerShell report', () => {
    const level = (name: string) => value(parseShellReport(fixture(name))).focusAssist;
    expect(value(focusAssistOn(level('dnd/win32-report-off.txt')))).toBe(false);
    expect(value(focusAssistOn(level('dnd/win32-report-priority-only.txt')))).toBe(true);
    expect(value(focusAssistOn(level('dnd/win32-report-alarms-only.txt')))).toBe(true);
    expect(problem(focusAssistOn(level('dnd/win32-report-focus-not-supported.txt')))).toMatch(/state -2/);
  });
  it('Windows: a refused PowerShell (constrained language mode) is not a report', () => {
    expect(problem(parseShellReport(fixture('dnd/win32-powershell-denied.stderr.txt')))).toMatch(
      /not the probe/,
    );
  });
});

describe('fullscreen parsers', () => {
  it('X11: the active window id, none, and no window manager', () => {
    expect(value(parseActiveWindow(fixture('fullscreen/linux-x11-openbox-active.txt')))).toBe('0x400002');
    expect(value(parseActiveWindow(fixture('fullscreen/linux-x11-xfwm-none-focused.txt')))).toBeNull();
    expect(problem(parseActiveWindow(fixture('fullscreen/linux-x11-no-wm.txt')))).toMatch(/no active window/);
    expect(problem(parseActiveWindow(fixture('fullscreen/linux-x11-no-display.stderr.txt')))).toMatch(
      /unable/,
    );
  });
  it('X11: the window state and pid', () => {
    expect(value(parseWindowState(fixture('fullscreen/linux-x11-chromium-kiosk.txt')))).toEqual({
      fullscreen: true,
      pid: 17804,
    });
    expect(value(parseWindowState(fixture('fullscreen/linux-x11-gnome-maximized.txt')))).toEqual({
      fullscreen: false,
      pid: 3310,
    });
    expect(value(parseWindowState(fixture('fullscreen/linux-x11-kwin-fullscreen-no-pid.txt')))).toEqual({
      fullscreen: true,
      pid: null,
    });
    expect(value(parseWindowState(fixture('fullscreen/linux-x11-no-state.txt'))).fullscreen).toBe(false);
    expect(problem(parseWindowState(''))).toMatch(/no _NET_WM_STATE/);
  });
  it('X11: a window that closed between the reads', () => {
    expect(xpropWindowGone(fixture('fullscreen/linux-x11-window-gone.stderr.txt'))).toBe(true);
  });
  it('macOS: the front window and whether it covers a display', () => {
    const displays = [
      { x: 0, y: 0, width: 1512, height: 982 },
      { x: -1920, y: 0, width: 1920, height: 1080 },
    ];
    const covers = (name: string) => {
      const front = value(parseMacFrontWindow(fixture(name)));
      return front.bounds !== null && coversADisplay(front.bounds, displays);
    };
    expect(covers('fullscreen/darwin-keynote-fullscreen.txt')).toBe(true);
    expect(covers('fullscreen/darwin-second-display-fullscreen.txt')).toBe(true);
    expect(covers('fullscreen/darwin-safari-window.txt')).toBe(false);
    expect(value(parseMacFrontWindow(fixture('fullscreen/darwin-finder-no-window.txt')))).toEqual({
      pid: 401,
      bounds: null,
    });
  });
  it('macOS: empty, garbage and permission-denied output', () => {
    expect(problem(parseMacFrontWindow(fixture('fullscreen/darwin-empty.txt')))).toMatch(/expected/);
    expect(problem(parseMacFrontWindow(fixture('fullscreen/darwin-garbage.txt')))).toMatch(/missing value/);
    expect(macScriptDenied(fixture('fullscreen/darwin-automation-denied.stderr.txt'))).toBe(true);
    expect(macScriptDenied(fixture('fullscreen/darwin-accessibility-denied.stderr.txt'))).toBe(true);
    expect(macScriptDenied('execution error: Invalid index. (-1719)')).toBe(false);
  });
  it('Windows: SHQueryUserNotificationState and the foreground process', () => {
    expect(value(parseShellReport(fixture('fullscreen/win32-report-busy.txt')))).toEqual({
      quns: 2,
      foregroundPid: 5512,
      focusAssist: 0,
    });
    expect(value(parseShellReport(fixture('fullscreen/win32-report-query-failed.txt'))).quns).toBeNull();
    expect(problem(parseShellReport(fixture('fullscreen/win32-report-empty.txt')))).toMatch(/not the probe/);
    expect(problem(parseShellReport(fixture('fullscreen/win32-report-garbage.txt')))).toMatch(/CLIXML/);
  });
  it('GNOME Wayland: IsInhibited must be a boolean', () => {
    expect(value(parseIsInhibited(false))).toBe(false);
    expect(problem(parseIsInhibited(8))).toMatch(/not a boolean/);
  });
});

describe('call parsers', () => {
  it('PulseAudio: a browser recording', () => {
    expect(value(parseSourceOutputs(fixture('call/linux-pulseaudio-firefox-meeting.txt')))).toEqual([
      { pid: 4242, app: 'Firefox', media: 'RecordStream' },
    ]);
  });
  it('PipeWire: a call counts, a level meter does not', () => {
    const outputs = value(parseSourceOutputs(fixture('call/linux-pipewire-pulse-zoom-and-peak-meter.txt')));
    expect(outputs).toHaveLength(2);
    expect(foreignRecordings(outputs, [])).toEqual([{ pid: 7781, app: 'ZOOM VoiceEngine', media: 'record' }]);
  });
  it('our own recording stream never counts', () => {
    const outputs = value(parseSourceOutputs(fixture('call/linux-pipewire-pulse-own-stream.txt')));
    expect(foreignRecordings(outputs, [31337])).toEqual([]);
    expect(foreignRecordings(outputs, [1])).toHaveLength(1);
  });
  it('pactl: nothing recording, and output that is not a list', () => {
    expect(value(parseSourceOutputs(fixture('call/linux-pactl-nothing-recording.txt')))).toEqual([]);
    expect(problem(parseSourceOutputs(fixture('call/linux-pactl-access-denied.txt')))).toMatch(
      /Access denied/,
    );
    expect(problem(parseSourceOutputs(fixture('call/linux-pactl-no-server.stderr.txt')))).toMatch(
      /Connection/,
    );
  });
  it('camera: another process holding /dev/video0', () => {
    const procs = [
      { pid: 10, links: ['/dev/null', 'socket:[123]'] },
      { pid: 11, links: ['/dev/video0', 'anon_inode:[eventfd]'] },
      { pid: 12, links: ['/dev/video-not-a-node'] },
    ];
    expect(videoHolders(procs, [])).toEqual([11]);
    expect(videoHolders(procs, [11])).toEqual([]);
  });
  it('Windows ConsentStore: LastUsedTimeStop 0 for webcam or microphone', () => {
    const entries = value(parseConsentStore(fixture('call/win32-consent-store-zoom-in-call.txt')));
    expect(entries.filter((e) => e.inUse)).toEqual([
      { capability: 'microphone', app: 'C:#Users#ann#AppData#Roaming#Zoom#bin#Zoom.exe', inUse: true },
      { capability: 'webcam', app: 'C:#Users#ann#AppData#Roaming#Zoom#bin#Zoom.exe', inUse: true },
    ]);
    expect(value(parseConsentStore(fixture('call/win32-consent-store-idle.txt'))).some((e) => e.inUse)).toBe(
      false,
    );
    // Location in use is not a call.
    expect(value(parseConsentStore(fixture('call/win32-consent-store-location-only-in-use.txt')))).toEqual(
      [],
    );
    expect(value(parseConsentStore(fixture('call/win32-consent-store-empty.txt')))).toEqual([]);
  });
  it('Windows ConsentStore: our own exe, and garbage', () => {
    const [own] = value(parseConsentStore(fixture('call/win32-consent-store-own-app.txt')));
    expect(own!.app.toLowerCase()).toBe(consentKeyOf('C:\\Program Files\\Unslouch\\Unslouch.exe'));
    expect(problem(parseConsentStore(fixture('call/win32-consent-store-garbage.txt')))).toMatch(
      /not a registry/,
    );
    expect(problem(parseConsentStore(fixture('call/win32-consent-store-denied.stderr.txt')))).toMatch(
      /not a registry/,
    );
  });
});

describe('screen share parsers', () => {
  it('PipeWire: a running screen cast node, not a camera', () => {
    expect(
      value(parseScreenCastNodes(fixture('screen-share/linux-gnome-wayland-pw-dump-screencast.json'))),
    ).toEqual(['gnome-shell-screencast']);
    expect(
      value(parseScreenCastNodes(fixture('screen-share/linux-gnome-wayland-pw-dump-cast-paused.json'))),
    ).toEqual([]);
    expect(
      value(parseScreenCastNodes(fixture('screen-share/linux-kde-wayland-pw-dump-camera-only.json'))),
    ).toEqual([]);
  });
  it('PipeWire: empty, truncated and error output', () => {
    expect(value(parseScreenCastNodes(fixture('screen-share/linux-pw-dump-empty.json')))).toEqual([]);
    expect(problem(parseScreenCastNodes(fixture('screen-share/linux-pw-dump-truncated.json')))).toMatch(
      /not JSON/,
    );
    expect(problem(parseScreenCastNodes(fixture('screen-share/linux-pw-dump-no-daemon.stderr.txt')))).toMatch(
      /not JSON/,
    );
  });
});

describe('apps parsers', () => {
  it('names as people write them', () => {
    expect(normalizeAppName('C:\\Program Files\\Zoom\\Zoom.EXE')).toBe('zoom');
    expect(normalizeAppName('/Applications/Keynote.app')).toBe('keynote');
    expect(normalizeAppName('  obs ')).toBe('obs');
  });
  it('macOS ps: executables and bundles', () => {
    const list = value(parsePsList(fixture('apps/darwin-ps.txt')));
    expect(runningApps(list, ['zoom.us', 'Keynote', 'Slack', 'Unslouch'], [1204, 1311])).toEqual([
      'zoom.us',
      'Keynote',
    ]);
    expect(problem(parsePsList(fixture('apps/darwin-ps-empty.txt')))).toMatch(/empty/);
    expect(problem(parsePsList(fixture('apps/darwin-ps-garbage.txt')))).toMatch(/not a process list/);
  });
  it('Windows tasklist', () => {
    const list = value(parseTasklist(fixture('apps/win32-tasklist.txt')));
    expect(runningApps(list, ['zoom.exe', 'powerpnt', 'teams', 'Unslouch'], [10872])).toEqual([
      'zoom.exe',
      'powerpnt',
    ]);
    expect(problem(parseTasklist(fixture('apps/win32-tasklist-no-tasks.txt')))).toMatch(/not a tasklist/);
    expect(problem(parseTasklist(fixture('apps/win32-tasklist-denied.txt')))).toMatch(/Access denied/);
    expect(problem(parseTasklist(fixture('apps/win32-tasklist-empty.txt')))).toMatch(/empty/);
  });
  it('Linux /proc: comm is cut at 15 characters', () => {
    const entries = [
      procEntry(100, 'zoom\n', '/opt/zoom/zoom\0--type=renderer\0'),
      procEntry(101, 'gnome-screensho\n', '/usr/bin/gnome-screenshot\0'),
      procEntry(102, 'obs-ffmpeg-mux\n', null),
      procEntry(103, null, null),
    ];
    expect(runningApps(entries, ['zoom', 'gnome-screenshot-tool', 'obs', 'obs-ffmpeg-mux'], [])).toEqual([
      'zoom',
      'gnome-screenshot-tool',
      'obs-ffmpeg-mux',
    ]);
  });
});

describe('idle and lock parsers', () => {
  it('milliseconds (BigInt or number) to whole seconds', () => {
    expect(value(idleSecondsFromMilliseconds(125_999n))).toBe(125);
    expect(value(idleSecondsFromMilliseconds(0))).toBe(0);
    expect(problem(idleSecondsFromMilliseconds(-1))).toMatch(/not a number/);
    expect(problem(idleSecondsFromMilliseconds('12'))).toMatch(/not a number/);
  });
  it('logind PropertiesChanged: LockedHint only', () => {
    expect(
      lockedHintFromPropertiesChanged([
        'org.freedesktop.login1.Session',
        { LockedHint: { value: true } },
        [],
      ]),
    ).toBe(true);
    expect(
      lockedHintFromPropertiesChanged(['org.freedesktop.login1.Session', { Active: { value: true } }, []]),
    ).toBe(null);
    expect(
      lockedHintFromPropertiesChanged(['org.freedesktop.login1.User', { LockedHint: { value: true } }, []]),
    ).toBe(null);
    expect(lockedHintFromPropertiesChanged([])).toBe(null);
  });
  it('ActiveChanged and the combined answer', () => {
    expect(activeFromSignal([true])).toBe(true);
    expect(activeFromSignal(['x'])).toBe(null);
    let state = {};
    expect(isLocked(state)).toBeNull();
    state = withLockAnswer(state, 'logind', true);
    state = withLockAnswer(state, 'gnome-screensaver', false);
    expect(isLocked(state)).toBe(true);
    expect(isLocked(withLockAnswer(state, 'logind', false))).toBe(false);
  });
});
