import { useSyncExternalStore } from 'react';

/**
 * Whether a CSS media query matches, live (false where matchMedia is missing).
 * The player's footer uses it to fold minor actions into a menu in a short
 * window (200 % zoom halves the window's height in CSS pixels).
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
  );
}

/** The player's compact layout: a window shorter than 26rem (the routine window at 200 % zoom is 19rem). */
export const COMPACT_PLAYER = '(max-height: 26rem)';
