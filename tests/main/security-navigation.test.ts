import { describe, expect, it } from 'vitest';
import { isAllowedNavigation } from '../../electron/main/navigation';

const PAGE = 'app://unslouch/index.html#/settings';

describe('navigation guard', () => {
  it.each(['app://unslouch/index.html#/history', 'app://unslouch/index.html', 'app://unslouch/index.html#/'])(
    'lets an in-page hash change to %s through',
    (target) => {
      expect(isAllowedNavigation(PAGE, target)).toBe(true);
    },
  );

  // URL.origin is "null" for every one of the first group, so an origin comparison passed them all.
  it.each([
    'app://evil/index.html',
    'app://evil/index.html#/settings',
    'app://unslouch.evil/index.html',
    'app://user@unslouch/index.html',
    'app://unslouch:1234/index.html',
    'file:///index.html',
    'file:///etc/passwd',
    'unslouch://unslouch/index.html',
    'custom-scheme://unslouch/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://unslouch/1234',
    'about:blank',
    'https://unslouch/index.html',
    'http://localhost:5173/index.html',
    'app://unslouch/other.html',
    'app://unslouch/index.html?x=1',
    'not a url',
  ])('denies %s', (target) => {
    expect(isAllowedNavigation(PAGE, target)).toBe(false);
  });

  it('denies everything from a page that is not ours', () => {
    expect(isAllowedNavigation('file:///index.html', 'file:///index.html#/x')).toBe(false);
    expect(isAllowedNavigation('app://evil/index.html', 'app://evil/index.html#/x')).toBe(false);
  });
});
