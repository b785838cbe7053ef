/**
 * Export the saved settings to a JSON file and import them from one. An
 * imported file is merged onto the current settings (a partial file changes
 * only what it holds) with the core's `mergeImport`, the same function main
 * applies; the window then lists what would change, in the person's words,
 * and replaces nothing until they confirm. A file that is not JSON or that
 * the schema refuses is refused here with every reason, each naming the field
 * as the window shows it and quoting the bad value.
 */
import { useEffect, useRef, useState } from 'react';
import {
  mergeImport,
  notJsonProblem,
  settingsChanges,
  type SettingChange,
  type Settings,
} from '../../../../electron/core/settings';
import { getBackend } from '../../bridge';
import { renderText, t } from '../../../../electron/shared/i18n';
import { describeChange } from './changes';
import { downloadText, fileDate, readText } from './files';
import { describeFieldIssues } from './labels';
import { JsonFileButton } from '../../components/JsonFileButton';

interface Props {
  saved: Settings;
  onImported(settings: Settings, status: string): void;
}

type Outcome =
  | { kind: 'none' }
  | { kind: 'refused'; file: string; reasons: string[] }
  | { kind: 'preview'; file: string; raw: unknown; changes: SettingChange[] }
  | { kind: 'imported'; file: string }
  | { kind: 'cancelled'; file: string };

export function BackupSection({ saved, onImported }: Props) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  // The question goes where the person is: focus moves to the preview when it opens.
  useEffect(() => {
    if (outcome.kind === 'preview') previewHeading.current?.focus();
  }, [outcome]);

  const exportSettings = () => {
    downloadText(
      `unslouch-settings-${fileDate()}.json`,
      `${JSON.stringify(saved, null, 2)}\n`,
      'application/json',
    );
  };

  const importFile = async (file: File) => {
    setBusy(true);
    try {
      let text: string;
      try {
        text = await readText(file);
      } catch {
        setOutcome({ kind: 'refused', file: file.name, reasons: [t('settings.backup.unreadable')] });
        return;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        setOutcome({ kind: 'refused', file: file.name, reasons: [renderText(notJsonProblem(text))] });
        return;
      }
      const merged = mergeImport(saved, parsed);
      if (!merged.ok) {
        setOutcome({ kind: 'refused', file: file.name, reasons: describeFieldIssues(merged.error) });
        return;
      }
      setOutcome({
        kind: 'preview',
        file: file.name,
        raw: parsed,
        changes: settingsChanges(saved, merged.value),
      });
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (file: string, raw: unknown) => {
    setBusy(true);
    try {
      const result = await getBackend().importSettings({ settings: raw });
      if (!result.ok) {
        const reasons = result.error.issues
          ? describeFieldIssues(result.error.issues)
          : result.error.messages;
        setOutcome({ kind: 'refused', file, reasons });
        return;
      }
      setOutcome({ kind: 'imported', file });
      onImported(result.value, t('settings.backup.imported', { file }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="settings-section" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('settings.backup.heading')}</h2>
      <p className="help" id="backup-help">
        {t('settings.backup.help')}
      </p>
      <div className="actions-row">
        <button type="button" className="secondary" onClick={exportSettings}>
          {t('settings.backup.export')}
        </button>
        <JsonFileButton
          label={t('settings.backup.import')}
          inputLabel={t('settings.backup.fileLabel')}
          testId="import-file"
          describedBy="backup-help"
          disabled={busy}
          onFile={importFile}
        />
      </div>
      {outcome.kind === 'refused' ? (
        <div className="import-refused" role="alert" data-testid="import-errors">
          <p>
            <strong>{t('settings.backup.refused', { file: outcome.file })}</strong>
          </p>
          <ul>
            {outcome.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {outcome.kind === 'preview' ? (
        <div
          className="import-preview"
          role="group"
          aria-labelledby="import-preview-title"
          data-testid="import-preview"
        >
          <h3 id="import-preview-title" tabIndex={-1} ref={previewHeading}>
            {t('settings.backup.previewHeading', { file: outcome.file })}
          </h3>
          {outcome.changes.length === 0 ? (
            <p>{t('settings.backup.noChange', { file: outcome.file })}</p>
          ) : (
            <>
              <p>{t('settings.backup.previewIntro')}</p>
              <ul data-testid="import-changes">
                {outcome.changes.map((c) => (
                  <li key={c.path}>{describeChange(c)}</li>
                ))}
              </ul>
              <p className="fine">{t('settings.backup.kept')}</p>
            </>
          )}
          <div className="actions-row">
            {outcome.changes.length > 0 ? (
              <button type="button" disabled={busy} onClick={() => void confirm(outcome.file, outcome.raw)}>
                {t('settings.backup.confirm')}
              </button>
            ) : null}
            <button
              type="button"
              className="secondary"
              onClick={() => setOutcome({ kind: 'cancelled', file: outcome.file })}
            >
              {t('settings.backup.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {outcome.kind === 'imported' ? (
        <div className="import-done" data-testid="import-done">
          <p>{t('settings.backup.importedNote', { file: outcome.file })}</p>
        </div>
      ) : null}
      {outcome.kind === 'cancelled' ? (
        <p className="import-done" role="status">
          {t('settings.backup.cancelled', { file: outcome.file })}
        </p>
      ) : null}
    </section>
  );
}
