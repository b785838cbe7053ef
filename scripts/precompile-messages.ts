/**
 * Build step for the renderer: the message catalogs (electron/shared/i18n/en.ts
 * and locales/<tag>.ts) with each ICU message replaced by its parsed syntax
 * tree, as FormatJS recommends for the browser ("precompile", then alias the
 * parser to `@formatjs/icu-messageformat-parser/no-parser.js`): the pages then
 * format messages without shipping the ICU parser. The main process and the
 * tests keep the plain strings and the parser.
 *
 * Only string values of the catalog object's properties change; keys, types
 * and comments stay, so the file is still the same TypeScript module.
 */
import { parse } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';

/** The catalogs this step compiles, by module id. */
export const CATALOG_MODULE = /[\\/]electron[\\/]shared[\\/]i18n[\\/](en|locales[\\/][A-Za-z-]+)\.ts$/;
/** The English source catalog, and the module the renderer build moves the views' words into. */
export const ENGLISH_MODULE = /[\\/]electron[\\/]shared[\\/]i18n[\\/]en\.ts$/;
export const VIEW_WORDS_MODULE = /[\\/]electron[\\/]shared[\\/]i18n[\\/]view-words-catalog\.ts$/;

/**
 * The module's source with every message (a string property value of an
 * object literal) as its syntax tree in JSON. Parsed with `ignoreTag` as the
 * runtime formats (electron/shared/i18n/index.ts). A message that does not
 * parse stops the build, naming the key.
 */
export function precompileCatalog(
  source: string,
  file: string,
  /** Keys to leave out of the module (with their values). */
  drop: (key: string) => boolean = () => false,
): string {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isObjectLiteralExpression(node.parent) &&
      (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))
    ) {
      const key = ts.isStringLiteral(node.name) ? node.name.text : node.name.getText(sf);
      if (drop(key)) {
        const comma = source.slice(node.end).match(/^\s*,/);
        edits.push({ start: node.getStart(sf), end: node.end + (comma?.[0].length ?? 0), text: '' });
        return;
      }
      let ast;
      try {
        ast = parse(node.initializer.text, { ignoreTag: true });
      } catch (error) {
        throw new Error(
          `${file}: the message ${key} is not ICU MessageFormat (${(error as Error).message})`,
          {
            cause: error,
          },
        );
      }
      edits.push({
        start: node.initializer.getStart(sf),
        end: node.initializer.end,
        text: JSON.stringify(ast),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/**
 * The English words ./view-words.ts names, compiled, as the body of
 * electron/shared/i18n/view-words-catalog.ts in the renderer build.
 */
export function viewWordsModule(
  enSource: string,
  file: string,
  isViewWord: (key: string) => boolean,
): string {
  const sf = ts.createSourceFile(file, enSource, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const entries: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name) && isViewWord(node.name.text)) {
      if (!ts.isStringLiteral(node.initializer) && !ts.isNoSubstitutionTemplateLiteral(node.initializer))
        throw new Error(`${file}: the message ${node.name.text} is not a plain string`);
      entries.push(
        `${JSON.stringify(node.name.text)}: ${JSON.stringify(parse(node.initializer.text, { ignoreTag: true }))}`,
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return `export const viewWords = {\n${entries.map((e) => `  ${e},`).join('\n')}\n};\n`;
}
