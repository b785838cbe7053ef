/**
 * Opens the app's two stores in its data folder, the way the app starts:
 * stale temporary files of an earlier run removed, then the settings (a file
 * that was unusable is told in a dialog), then the history (what was set
 * aside is told once). Problems later on are told each time saving stops.
 * Nothing here throws.
 */
import type { Notice } from '../core/service/app-controller';
import { literal } from '../shared/i18n';
import { HISTORY_LOG, LEGACY_HISTORY, openHistoryStore, type HistoryStore } from './history-store';
import { SETTINGS_FILE, openSettingsStore, type SettingsStore } from './settings-store';
import { removeStaleTemps } from './store-file';
import {
  historyNotSaved,
  historyStartNotice,
  settingsNotSaved,
  settingsRecovered,
  type PlainMessage,
} from './store-messages';

export interface StoreReports {
  log(message: string): void;
  /** Tells the person (a notification). */
  tell(message: PlainMessage): void;
  /** A warning dialog (it does not hold up the start). */
  warn(message: PlainMessage & { detail: string }): void;
}

/** The app's way: the log and a notification; a warning dialog for a recovered settings file. */
export function appStoreReports(
  log: StoreReports['log'],
  notify: (notice: Notice) => void,
  showWarning: (options: { type: 'warning'; title: string; message: string; detail: string }) => unknown,
): StoreReports {
  return {
    log,
    tell: ({ title, body }) => {
      log(`${title}: ${body}`);
      notify({ title: literal(title), body: literal(body) });
    },
    warn: ({ title, body, detail }) => void showWarning({ type: 'warning', title, message: body, detail }),
  };
}

export function removeStaleStoreTemps(dir: string, log: StoreReports['log']): void {
  const staleTemps = removeStaleTemps(dir, [SETTINGS_FILE, HISTORY_LOG, LEGACY_HISTORY]);
  if (staleTemps.length > 0)
    log(`removed ${staleTemps.length} stale temporary file(s): ${staleTemps.join(', ')}`);
}

export function openAppSettings(dir: string, reports: StoreReports): SettingsStore {
  const { log, tell } = reports;
  const settings = openSettingsStore({
    dir,
    onProblem: ({ action, failure }) => {
      log(`settings ${action} failed: ${failure.detail}`);
      tell(settingsNotSaved(failure.reason));
    },
  });
  if (settings.recovered) {
    const { backupPath, details } = settings.recovered;
    log(
      `settings file was unusable (${details.join('; ')}); ${backupPath ? `kept as ${backupPath}` : 'left in place'}`,
    );
    reports.warn(settingsRecovered(settings.recovered));
  }
  return settings;
}

export function openAppHistory(dir: string, reports: StoreReports, now: () => number): HistoryStore {
  const { log, tell } = reports;
  const history = openHistoryStore({
    dir,
    now,
    onProblem: ({ action, failure }) => {
      log(`history ${action} failed: ${failure.detail}`);
      tell(historyNotSaved(failure.reason));
    },
  });
  const historyNotice = historyStartNotice(history.startReport);
  if (historyNotice) tell(historyNotice);
  return history;
}
