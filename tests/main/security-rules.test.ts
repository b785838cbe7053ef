import { describe, expect, it } from 'vitest';
import { EXTERNAL_LINKS, isAllowedExternalUrl } from '../../electron/shared/external-links';
import { WINDOW_KINDS, promptPosition, windowOptions, windowUrl } from '../../electron/main/window-options';

describe('external links', () => {
  it.each(Object.values(EXTERNAL_LINKS))('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://www.nhs.uk/conditions/back-pain/',
    'https://www.nhs.uk.evil.example/conditions/back-pain/',
    'https://user:pw@www.nhs.uk/conditions/back-pain/',
    'https://www.nhs.uk/conditions/back-pain/?next=https://evil.example',
    'https://www.nhs.uk/conditions/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://unslouch/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('window options', () => {
  it.each(WINDOW_KINDS)('%s windows are sandboxed and isolated, with no Node', (kind) => {
    const options = windowOptions(kind, '/app/out/preload/index.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(options.show).toBe(false);
  });

  it('the prompt is small and always on top', () => {
    const options = windowOptions('prompt', '/p.cjs');
    expect(options.alwaysOnTop).toBe(true);
    expect(options.width).toBeLessThanOrEqual(400);
  });

  it('routes each kind to its view', () => {
    expect(windowUrl('app://unslouch', 'prompt')).toBe('app://unslouch/prompt.html#/prompt');
    expect(windowUrl('app://unslouch', 'routine', 'mid-back-seated', 'prompt')).toBe(
      'app://unslouch/routine.html#/routine/mid-back-seated?trigger=prompt',
    );
    expect(windowUrl('app://unslouch', 'library')).toBe('app://unslouch/index.html#/routines');
    expect(windowUrl('app://unslouch', 'history')).toBe('app://unslouch/index.html#/history');
  });

  it('places the prompt at the bottom right of the work area', () => {
    expect(promptPosition({ x: 1920, y: 0, width: 1280, height: 1000 })).toEqual({
      x: 1920 + 1280 - 380 - 16,
      y: 1000 - 300 - 16,
    });
  });
});
