import { useEffect, useState } from 'react';
import type { Settings } from '../../../electron/core/settings/schema';

const QUERY = '(prefers-reduced-motion: reduce)';

function systemPrefersReduced(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;
}

/**
 * Whether to reduce motion: the app setting `app.reducedMotion` wins
 * ('always' / 'never'); 'system' (and settings not loaded yet) follows the
 * OS / browser preference, live.
 */
export function useReducedMotion(setting: Settings['app']['reducedMotion'] | undefined): boolean {
  const [system, setSystem] = useState(systemPrefersReduced);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const media = window.matchMedia(QUERY);
    const onChange = () => setSystem(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  if (setting === 'always') return true;
  if (setting === 'never') return false;
  return system;
}
