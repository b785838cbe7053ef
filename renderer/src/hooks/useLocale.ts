/** The formatting locale (electron/shared/i18n), re-rendering the component when the language changes. */
import { useSyncExternalStore } from 'react';
import { getLocale, onLanguageChange } from '../../../electron/shared/i18n';

export function useLocale(): string {
  return useSyncExternalStore(onLanguageChange, getLocale, getLocale);
}
