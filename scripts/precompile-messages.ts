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

/**
 * The module's source with every message (a string property value of an
 * object literal) as its syntax tree in JSON. Parsed with `ignoreTag` as the
 * runtime formats (electron/shared/i18n/index.ts). A message that does not
 * parse stops the build, naming the key.
 */
export function precompileCatalog(source: string, file: string): string {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isObjectLiteralExpression(node.parent) &&
      (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))
    ) {
      const key = node.name.getText(sf);
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
