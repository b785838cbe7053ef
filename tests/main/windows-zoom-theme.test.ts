import { describe, expect, it } from 'vitest';
import {
  promptContentSize,
  promptPosition,
  windowBackground,
  windowOptions,
} from '../../electron/main/window-options';
import { nextZoomFactor, zoomActionFor } from '../../electron/main/zoom';
import { secondLaunchWindow, shouldShowWelcome } from '../../electron/core/welcome';
import { DEFAULT_SETTINGS } from '../../electron/core/settings';

const WORK_AREA = { x: 0, y: 32, width: 1920, height: 1048 };
const key = (
  k: string,
  mods: Partial<{ control: boolean; meta: boolean; alt: boolean }> = {},
  code = '',
) => ({
  type: 'keyDown' as const,
  key: k,
  code,
  control: false,
  meta: false,
  alt: false,
  ...mods,
});

describe('zoom shortcuts', () => {
  it('reads Ctrl (Cmd on macOS) with +/=, - and 0, from the main row or the number pad', () => {
    expect(zoomActionFor(key('=', { control: true }), 'linux')).toBe('in');
    expect(zoomActionFor(key('+', { control: true }), 'win32')).toBe('in');
    expect(zoomActionFor(key('', { control: true }, 'NumpadAdd'), 'win32')).toBe('in');
    expect(zoomActionFor(key('-', { control: true }), 'linux')).toBe('out');
    expect(zoomActionFor(key('0', { control: true }), 'linux')).toBe('reset');
    expect(zoomActionFor(key('=', { meta: true }), 'darwin')).toBe('in');
  });

  it('ignores typing, Alt, key-up and the other platform’s modifier', () => {
    expect(zoomActionFor(key('='), 'linux')).toBeNull();
    expect(zoomActionFor(key('=', { control: true, alt: true }), 'linux')).toBeNull();
    expect(zoomActionFor({ ...key('=', { control: true }), type: 'keyUp' }, 'linux')).toBeNull();
    expect(zoomActionFor(key('=', { control: true }), 'darwin')).toBeNull();
    expect(zoomActionFor(key('=', { meta: true }), 'linux')).toBeNull();
    expect(zoomActionFor(key('a', { control: true }), 'linux')).toBeNull();
  });

  it('steps through Chromium’s zoom levels, reaching 200 % exactly, and stops at the ends', () => {
    let zoom = 1;
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) seen.push((zoom = nextZoomFactor(zoom, 'in')));
    expect(seen).toEqual([1.1, 1.25, 1.5, 1.75, 2]);
    expect(nextZoomFactor(2, 'out')).toBe(1.75);
    expect(nextZoomFactor(1.3, 'in')).toBe(1.5);
    expect(nextZoomFactor(5, 'in')).toBe(5);
    expect(nextZoomFactor(0.25, 'out')).toBe(0.25);
    expect(nextZoomFactor(3, 'reset')).toBe(1);
  });
});

describe('the prompt fits its content', () => {
  it('keeps its width, takes the content’s height, and is bounded by the work area', () => {
    expect(promptContentSize({ width: 380, height: 212 }, WORK_AREA)).toEqual({ width: 380, height: 212 });
    expect(promptContentSize({ width: 380, height: 5000 }, WORK_AREA)).toEqual({
      width: 380,
      height: 1048 - 32,
    });
    expect(promptContentSize({ width: 3000, height: 200 }, WORK_AREA).width).toBe(1920 - 32);
  });

  it('widens with the page zoom so the layout stays as at 100 %', () => {
    expect(promptContentSize({ width: 380, height: 400 }, WORK_AREA, 2)).toEqual({ width: 760, height: 400 });
    expect(
      promptContentSize({ width: 380, height: 400 }, { x: 0, y: 0, width: 600, height: 800 }, 2).width,
    ).toBe(568);
  });

  it('sits in the bottom-right corner for its size, never above or left of the work area', () => {
    expect(promptPosition(WORK_AREA, { width: 380, height: 212 })).toEqual({
      x: 1920 - 380 - 16,
      y: 1080 - 212 - 16,
    });
    expect(promptPosition({ x: 0, y: 0, width: 300, height: 200 }, { width: 380, height: 300 })).toEqual({
      x: 0,
      y: 0,
    });
  });

  it('asks Chromium for the preferred size of the prompt only', () => {
    expect(windowOptions('prompt', '/p.cjs').webPreferences?.enablePreferredSizeMode).toBe(true);
    expect(windowOptions('prompt', '/p.cjs').useContentSize).toBe(true);
    expect(windowOptions('routine', '/p.cjs').webPreferences?.enablePreferredSizeMode).toBeUndefined();
  });
});

describe('theme and first run', () => {
  it('gives windows the page’s own background in each theme', () => {
    expect(windowBackground(false)).toBe('#f7f5f0');
    expect(windowBackground(true)).toBe('#161b1d');
    expect(windowOptions('settings', '/p.cjs', true).backgroundColor).toBe('#161b1d');
  });

  it('shows the welcome once, not after a recovery, and a second launch opens it until seen', () => {
    const app = DEFAULT_SETTINGS.app;
    expect(app.welcomeSeen).toBe(false);
    expect(app.theme).toBe('system');
    expect(shouldShowWelcome(app, false)).toBe(true);
    expect(shouldShowWelcome({ ...app, welcomeSeen: true }, false)).toBe(false);
    expect(shouldShowWelcome(app, true)).toBe(false);
    expect(secondLaunchWindow(app)).toBe('welcome');
    expect(secondLaunchWindow({ ...app, welcomeSeen: true })).toBe('settings');
  });
});
