/**
 * Exporting and importing the person's own routines, and putting a refused
 * save in the person's words. Loaded only when used (it brings the core's
 * schema and zod), so the library's first paint does not carry them.
 */
import { importRoutines, routinesFile } from '../../../../electron/core/settings/custom-routines';
import type { CustomRoutine } from '../../../../electron/core/catalog/custom';
import { routinesFileLabel } from '../../../../electron/core/settings/labels';
import { notJsonProblem } from '../../../../electron/core/settings/import';
import { issueText, type FieldIssue } from '../../../../electron/core/validation/issues';
import { renderText, t } from '../../../../electron/shared/i18n';
import { downloadText, fileDate, readText } from '../settings/files';
import { describeFieldIssues } from '../settings/labels';

/** Saves one routine (or several) as a routines file. */
export function exportRoutines(routines: readonly CustomRoutine[]): void {
  const name = routines.length === 1 ? slug(routines[0]!.name) : 'routines';
  downloadText(
    `unslouch-${name}-${fileDate()}.json`,
    `${JSON.stringify(routinesFile(routines), null, 2)}\n`,
    'application/json',
  );
}

/** A file-name-safe part from a routine's name ("routine" when nothing is left). */
function slug(name: string): string {
  const part = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return part || 'routine';
}

export type ImportOutcome =
  { ok: true; all: CustomRoutine[]; lines: string[] } | { ok: false; reasons: string[] };

/** Reads a routines file and adds its routines to `existing` (never replacing one), in the person's words. */
export async function readRoutinesFile(
  file: Blob,
  existing: readonly CustomRoutine[],
  now: number,
): Promise<ImportOutcome> {
  let text: string;
  try {
    text = await readText(file);
  } catch {
    return { ok: false, reasons: [t('settings.backup.unreadable')] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reasons: [renderText(notJsonProblem(text))] };
  }
  const result = importRoutines(existing, data, now);
  if (!result.ok) {
    return {
      ok: false,
      // Each problem names the field as the file holds it ("Routine 1 in the file, exercise 2, …").
      reasons: result.error.map((issue) => renderText(issueText(issue, routinesFileLabel))),
    };
  }
  const lines = [
    t('custom.imported', { count: result.value.added.length }),
    ...result.value.added.flatMap((a) =>
      a.renamedFrom === null
        ? []
        : [t('custom.importedRenamed', { from: a.renamedFrom, name: a.routine.name })],
    ),
  ];
  return { ok: true, all: result.value.all, lines };
}

/** A refused save's problems as sentences naming the field ("Your routine 2, name: must not be empty."). */
export const describeRefusal = (issues: readonly FieldIssue[]): string[] => describeFieldIssues(issues);
