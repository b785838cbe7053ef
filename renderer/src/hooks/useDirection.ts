import { useSyncExternalStore } from 'react';

/** The reading direction of the page. */
export type Direction = 'ltr' | 'rtl';

/** The page's direction now: `<html dir>` (set by the language), left to right when it is missing or unknown. */
export function documentDirection(): Direction {
  if (typeof document === 'undefined') return 'ltr';
  return document.documentElement.dir.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
}

function subscribe(onChange: () => void): () => void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return () => {};
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['dir'] });
  return () => observer.disconnect();
}

/**
 * The page's reading direction, live: it follows `<html dir>`, so a language
 * switched while a window is open turns direction-dependent behaviour (the
 * player's arrow keys) round at once.
 */
export function useDirection(): Direction {
  return useSyncExternalStore(subscribe, documentDirection, () => 'ltr');
}
