/**
 * Export the saved settings to a JSON file and import them from one. The
 * import goes through `importSettings`, which migrates and validates the file
 * with the same schema as every other change; a file that is not JSON is
 * refused here without calling the backend. A refused file changes nothing
 * and its reasons are listed. Settings a valid file leaves out take their
 * defaults (the file replaces the settings, it is not merged), and the window
 * says which ones.
 */
import { useRef, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../../../electron/core/settings';
import { getBackend } from '../../bridge';
import { t } from '../../../../electron/shared/i18n';
import { downloadText, fileDate, readText } from './files';

interface Props {
  saved: Settings;
  onImported(settings: Settings, status: string): void;
}

/** Leaf paths of the defaults that `raw` does not set: they take their default on import. */
export function missingPaths(raw: unknown, defaults: unknown = DEFAULT_SETTINGS, prefix = ''): string[] {
  if (typeof defaults !== 'object' || defaults === null || Array.isArray(defaults)) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(defaults)) {
    if (key === 'version') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const has = typeof raw === 'object' && raw !== null && !Array.isArray(raw) && key in raw;
    const child = has ? (raw as Record<string, unknown>)[key] : undefined;
    const nested = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!has) out.push(path);
    else if (nested && path !== 'workHours.days') out.push(...missingPaths(child, value, path));
  }
  return out;
}

type Outcome =
  | { kind: 'none' }
  | { kind: 'refused'; file: string; reasons: string[] }
  | { kind: 'imported'; file: string; defaults: string[] };

export function BackupSection({ saved, onImported }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [busy, setBusy] = useState(false);

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
      } catch (error) {
        setOutcome({
          kind: 'refused',
          file: file.name,
          reasons: [t('settings.backup.notJson', { detail: (error as Error).message })],
        });
        return;
      }
      const result = await getBackend().importSettings({ settings: parsed });
      if (!result.ok) {
        setOutcome({
          kind: 'refused',
          file: file.name,
          reasons: result.error.messages,
        });
        return;
      }
      setOutcome({ kind: 'imported', file: file.name, defaults: missingPaths(parsed) });
      onImported(result.value, t('settings.backup.imported', { file: file.name }));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
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
        <button
          type="button"
          className="secondary"
          aria-describedby="backup-help"
          disabled={busy}
          onClick={() => input.current?.click()}
        >
          {t('settings.backup.import')}
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="import-file"
          aria-label={t('settings.backup.fileLabel')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
          }}
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
      {outcome.kind === 'imported' ? (
        <div className="import-done" data-testid="import-done">
          <p>{t('settings.backup.importedNote', { file: outcome.file })}</p>
          {outcome.defaults.length > 0 ? (
            <p className="fine">{t('settings.backup.defaults', { list: outcome.defaults.join(', ') })}</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
