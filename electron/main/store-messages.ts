/**
 * What the person is told about their saved data, worded through the message
 * catalog (`store.*` keys). Technical detail (paths aside, error codes) goes
 * to the log, not here.
 */
import { renderText, t } from '../shared/i18n';
import type { FailureReason } from './store-file';
import type { HistoryStartReport } from './history-store';
import type { Recovery } from './settings-store';

export interface PlainMessage {
  title: string;
  body: string;
}

const reasonText = (reason: FailureReason) => t(`store.reason.${reason}`);

export function historyNotSaved(reason: FailureReason): PlainMessage {
  return {
    title: t('store.historyNotSaved.title'),
    body: t('store.historyNotSaved.body', { reason: reasonText(reason) }),
  };
}

export function settingsNotSaved(reason: FailureReason): PlainMessage {
  return {
    title: t('store.settingsNotSaved.title'),
    body: t('store.settingsNotSaved.body', { reason: reasonText(reason) }),
  };
}

export function settingsRecovered(recovery: Recovery): PlainMessage & { detail: string } {
  const problems = recovery.problems.map((problem) => renderText(problem)).join('\n');
  return {
    title: t('app.name'),
    body: t(
      recovery.leftOut === 'own-routines' ? 'store.ownRoutinesLeftOut.body' : 'store.settingsRecovered.body',
    ),
    detail:
      recovery.backupPath === null
        ? t('store.settingsRecovered.leftInPlace', { problems })
        : t('store.settingsRecovered.keptAs', { problems, path: recovery.backupPath }),
  };
}

/** Null when there is nothing to say about the history at start. */
export function historyStartNotice(report: HistoryStartReport): PlainMessage | null {
  if (report.corruptLegacyFile) {
    return {
      title: t('store.historyEmpty.title'),
      body: t('store.historyEmpty.body', { path: report.corruptLegacyFile }),
    };
  }
  if (report.setAside > 0) {
    return {
      title: t('store.setAside.title'),
      body: report.setAsideFile
        ? t('store.setAside.body', { count: report.setAside, path: report.setAsideFile })
        : t('store.setAside.unchanged', { count: report.setAside }),
    };
  }
  return null;
}
