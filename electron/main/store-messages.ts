/**
 * What the person is told about their saved data, in plain words. Main-process
 * text cannot use the message catalog yet (renderer/src/i18n); this is the one
 * table of it, to move into the catalog with the other main-process strings.
 * Technical detail (paths aside, error codes) goes to the log, not here.
 */
import type { FailureReason } from './store-file';
import type { HistoryStartReport } from './history-store';
import type { Recovery } from './settings-store';

const REASON: Record<FailureReason, string> = {
  'disk-full': 'the disk is full',
  'read-only': 'its data folder is read-only',
  'no-permission': 'it is not allowed to write to its data folder',
  other: 'its data folder could not be written',
};

export interface PlainMessage {
  title: string;
  body: string;
}

export function historyNotSaved(reason: FailureReason): PlainMessage {
  return {
    title: 'Unslouch could not save your history',
    body: `Unslouch could not save your history: ${REASON[reason]}. Breaks go on, and the ones not yet saved are kept and saved as soon as it can.`,
  };
}

export function settingsNotSaved(reason: FailureReason): PlainMessage {
  return {
    title: 'Unslouch could not save your settings',
    body: `Unslouch could not save your settings: ${REASON[reason]}. It runs on the settings you see until you quit.`,
  };
}

export function settingsRecovered(recovery: Recovery): PlainMessage & { detail: string } {
  return {
    title: 'Unslouch',
    body: 'Your settings file could not be read, so Unslouch started with default settings.',
    detail:
      recovery.backupPath === null
        ? `${recovery.problems.join('\n')}\n\nThe file was left where it is, unchanged.`
        : `${recovery.problems.join('\n')}\n\nThe old file was kept as:\n${recovery.backupPath}`,
  };
}

/** Null when there is nothing to say about the history at start. */
export function historyStartNotice(report: HistoryStartReport): PlainMessage | null {
  if (report.corruptLegacyFile) {
    return {
      title: 'Unslouch started with an empty history',
      body: `Your history file could not be read, so Unslouch started a new one. The old file was kept as ${report.corruptLegacyFile}.`,
    };
  }
  if (report.setAside > 0) {
    const n = report.setAside === 1 ? '1 record' : `${report.setAside} records`;
    return {
      title: 'Some history could not be read',
      body: report.setAsideFile
        ? `${n} of your history could not be read and ${report.setAside === 1 ? 'was' : 'were'} set aside in ${report.setAsideFile}.`
        : `${n} of your history could not be read; the history file was left unchanged.`,
    };
  }
  return null;
}

/** A second instance sent commands the running app refused. */
export function commandRefused(error: string): PlainMessage {
  return { title: 'Unslouch did not understand the command', body: error };
}
