/**
 * Settings values in the person's words, for the import preview: "on"/"off",
 * a day's ranges on the locale's clock, days off as dates, a shortcut with the
 * keyboard's key names, a routine by its title.
 */
import type { DayOff, SettingChange } from '../../../../electron/core/settings';
import { ROUTINES } from '../../catalog';
import { formatList, t, type MessageKey } from '../../../../electron/shared/i18n';
import { describeDayOff } from './DaysOffEditor';
import { formatClockTime } from './format';
import { fieldLabel } from './labels';
import { currentPlatform, formatShortcut } from './shortcut';

export function describeValue(path: string, value: unknown): string {
  if (value === undefined || value === null) return t('settings.value.none');
  if (typeof value === 'boolean') return t(value ? 'settings.value.on' : 'settings.value.off');
  if (path.startsWith('workHours.days.') && Array.isArray(value)) {
    if (value.length === 0) return t('settings.value.noRanges');
    return formatList(
      (value as { start: string; end: string }[]).map(
        (r) => `${formatClockTime(r.start)}–${formatClockTime(r.end)}`,
      ),
    );
  }
  if (path === 'workHours.daysOff' && Array.isArray(value)) {
    return value.length === 0
      ? t('settings.value.none')
      : formatList((value as DayOff[]).map(describeDayOff));
  }
  if (path === 'app.globalShortcut') {
    return value === '' ? t('settings.value.none') : formatShortcut(String(value), currentPlatform());
  }
  if (path === 'breaks.routine') {
    if (value === 'rotate') return t('settings.routine.rotate');
    return ROUTINES.find((r) => r.id === value)?.title ?? String(value);
  }
  if (path === 'app.reducedMotion') return t(`settings.reducedMotion.${String(value)}` as MessageKey);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** "Break every (minutes): 30 → 50". */
export function describeChange(change: SettingChange): string {
  return t('settings.backup.change', {
    field: fieldLabel(change.path),
    before: describeValue(change.path, change.before),
    after: describeValue(change.path, change.after),
  });
}
