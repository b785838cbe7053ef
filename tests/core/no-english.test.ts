/**
 * No user-facing English in electron/core or electron/main: every word those
 * layers hand to a person comes from the message catalog (a `Text` with a key,
 * or `t()`), so every language gets it.
 *
 * The check reads each source file with the TypeScript parser and flags any
 * string literal with words in it (two or more words of letters), except:
 * - text for developers: log lines (`log(…)`, `console.*`), thrown Errors,
 *   the scenario runner (a developer tool) and the shipped catalog's build check;
 * - names, not words: import paths, object keys, enum-like codes, ids.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
/** Developer tools whose text is for developers (documented in the README). */
const DEVELOPER_FILES = new Set([
  'electron/core/engine/scenario.ts', // npm run simulate
  'electron/core/catalog/schema.ts', // the build's check of resources/routines
  'electron/core/catalog/validate.ts',
  'electron/core/catalog/index.ts',
  'electron/main/app-protocol.ts', // HTTP answers, MIME types and the CSP: not words for a person
  // Desktop signals: another program's language, and problems that go only to the log.
  'electron/main/desktop/dbus.ts', // the D-Bus client's problems (a reading's detail)
  'electron/main/desktop/win32-shell.ts', // a PowerShell script
  'electron/main/desktop/fullscreen/darwin.ts', // an AppleScript
  'electron/main/desktop/call/parse.ts', // pactl's own words, parsed
  'electron/main/desktop/screen-share/parse.ts', // a PipeWire node's name, or its fallback for the log
]);
/**
 * Literals that are names a file format fixes, not words: the XDG desktop
 * entry's group header (electron/main/autostart.ts writes its Comment from the catalog).
 */
const FORMAT_NAMES = new Set(['[Desktop Entry]']);
/** Calls whose string arguments are for developers. */
const DEVELOPER_CALLS =
  /^(log|logDetail|logRefusal|console\.\w+|this\.ports\.log|ports\.log|options\.log\??|Error|TypeError|RangeError)$/;
/**
 * In the desktop signals (electron/main/desktop) only: a reading's `source`
 * (where it came from) and `detail` go to the log and the bench, never to a
 * person (the settings window words each signal from its code). Elsewhere a
 * `detail` can be what a dialog shows, so these are checked there.
 */
const DESKTOP_FOLDER = 'electron/main/desktop/';
const DESKTOP_DEVELOPER_CALLS = /^(unknown|garbage|known|fromParsed)$/;
const DESKTOP_DEVELOPER_FIELDS = new Set(['source', 'detail']);

function files(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return files(rel);
    return rel.endsWith('.ts') && !rel.endsWith('.d.ts') ? [rel] : [];
  });
}

const WORDS = /[A-Za-z]{2,}[,.:;!?'’—–]*\s+[A-Za-z]{2,}/;

/** The English phrases in one file that are not for developers. */
export function englishIn(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const calleeName = (call: ts.CallExpression | ts.NewExpression) => call.expression.getText(sf);
  const desktop = file.startsWith(DESKTOP_FOLDER);
  const forDevelopers = (node: ts.Node): boolean => {
    for (let p = node.parent; p; p = p.parent) {
      if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && DEVELOPER_CALLS.test(calleeName(p)))
        return true;
      if (desktop && ts.isCallExpression(p) && DESKTOP_DEVELOPER_CALLS.test(calleeName(p))) return true;
      if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isImportTypeNode(p)) return true;
      if (ts.isLiteralTypeNode(p)) return true;
      if (desktop && ts.isPropertyAssignment(p) && DESKTOP_DEVELOPER_FIELDS.has(p.name.getText(sf)))
        return true;
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) {
      const isKey = ts.isPropertyAssignment(node.parent) && node.parent.name === node;
      if (!isKey && WORDS.test(node.text) && !FORMAT_NAMES.has(node.text) && !forDevelopers(node))
        found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no user-facing English outside the catalog', () => {
  it('the check finds a sentence, and leaves logs, errors and codes alone', () => {
    const sample = `
      const a = 'Next break at 10:32';
      log('time zone changed from a to b');
      throw new Error('this is for developers');
      const b = { 'tray.status.next': 1, kind: 'pause-in-past' };
      import x from './some module';
      const f = { reason: 'other', detail: logDetail('history log could not be read') };
      const g = ['[Desktop Entry]', 'Comment=Posture breaks for people'];
      const h = { detail: 'the file could not be read' };`;
    expect(englishIn('sample.ts', sample)).toEqual([
      'Next break at 10:32',
      'Comment=Posture breaks for people',
      'the file could not be read',
    ]);
  });

  it('in the desktop signals, a reading’s source and detail are for the log; other words are still found', () => {
    const sample = `
      const h = known(true, 'pactl source-outputs');
      const i = { source: 'Mutter IdleMonitor', detail: 'no answer in time', label: 'Could not be read' };
      const j = unknown('unreadable', 'the bus did not answer');`;
    expect(englishIn('electron/main/desktop/sample.ts', sample)).toEqual(['Could not be read']);
  });

  // The desktop probes' readings carry technical detail for the log (their `source` and `detail`);
  // the settings window words each signal's availability code from the catalog.
  const sources = [...files('electron/core'), ...files('electron/main')].filter(
    (f) => !DEVELOPER_FILES.has(f),
  );
  it.each(sources)('%s hands the UI catalog keys, not English', (file) => {
    expect(englishIn(file, fs.readFileSync(path.join(ROOT, file), 'utf8'))).toEqual([]);
  });
});
