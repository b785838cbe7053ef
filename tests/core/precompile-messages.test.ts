import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CATALOG_MODULE, precompileCatalog, viewWordsModule } from '../../scripts/precompile-messages';
import { isViewWord } from '../../electron/shared/i18n/view-words';
import { en } from '../../electron/shared/i18n/en';
import { pseudoMessage } from '../../electron/shared/i18n/pseudo-locale';

/** The catalog object a compiled module exports, by running it (TypeScript stripped, imports left out). */
function compiledObject(source: string): Record<string, unknown> {
  const js = ts.transpileModule(source.replace(/^import[^;]*;$/gm, ''), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const exports: Record<string, unknown> = {};
  new Function('exports', js)(exports);
  return Object.values(exports)[0] as Record<string, unknown>;
}

/** A value of the right kind for every argument the message uses. */
function sampleParams(elements: MessageFormatElement[], into: Record<string, unknown> = {}) {
  for (const el of elements) {
    if (el.type === TYPE.argument) into[el.value] = 'X';
    else if (el.type === TYPE.number || el.type === TYPE.plural) into[el.value] = 3;
    else if (el.type === TYPE.date || el.type === TYPE.time) into[el.value] = new Date(0);
    else if (el.type === TYPE.select) into[el.value] = 'other';
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) sampleParams(option.value, into);
    if (el.type === TYPE.tag) sampleParams(el.children, into);
  }
  return into;
}

describe('precompiled message catalogs (the pages ship syntax trees, not the ICU parser)', () => {
  it('applies to the English catalog and every locale file, and nothing else', () => {
    expect(CATALOG_MODULE.test('/work/x/electron/shared/i18n/en.ts')).toBe(true);
    expect(CATALOG_MODULE.test('C:\\x\\electron\\shared\\i18n\\locales\\pt-BR.ts')).toBe(true);
    expect(CATALOG_MODULE.test('/work/x/electron/shared/i18n/index.ts')).toBe(false);
    expect(CATALOG_MODULE.test('/work/x/electron/shared/i18n/en.test.ts')).toBe(false);
  });

  it('replaces each message by its syntax tree and keeps keys, types and comments', () => {
    const source = [
      '/** A comment. */',
      "import type { Messages } from '../en';",
      'export const messages: Messages = {',
      "  'a.plain': 'Loading…',",
      '  // a note',
      "  'a.count': '{count, plural, one {# routine} other {# routines}}',",
      "  'a.tag': 'Usage: unslouch <id>',",
      '};',
    ].join('\n');
    const out = precompileCatalog(source, 'locales/xx.ts');
    expect(out).toContain('/** A comment. */');
    expect(out).toContain("import type { Messages } from '../en';");
    expect(out).toContain('// a note');
    expect(out).toContain(
      `'a.count': ${JSON.stringify(parse('{count, plural, one {# routine} other {# routines}}'))}`,
    );
    // <id> is text, as the runtime formats it (ignoreTag).
    expect(out).toContain(`'a.tag': ${JSON.stringify(parse('Usage: unslouch <id>', { ignoreTag: true }))}`);
  });

  it('names the key of a message that is not ICU MessageFormat', () => {
    expect(() => precompileCatalog("export const m = { 'x.broken': 'Hello {name' };", 'en.ts')).toThrow(
      /x\.broken/,
    );
  });

  it('every English message formats the same from its syntax tree as from its text', () => {
    const file = path.resolve('electron/shared/i18n/en.ts');
    const compiled = compiledObject(precompileCatalog(fs.readFileSync(file, 'utf8'), file));
    expect(Object.keys(compiled)).toEqual(Object.keys(en));
    for (const [key, text] of Object.entries(en)) {
      const options = { ignoreTag: true };
      const params = sampleParams(parse(text, options)) as Record<string, string>;
      const fromText = new IntlMessageFormat(text, 'en', undefined, options).format(params);
      const fromTree = new IntlMessageFormat(compiled[key] as never, 'en', undefined, options).format(params);
      expect(fromTree, key).toEqual(fromText);
    }
  });

  it('en-XA rewrites a syntax tree as it rewrites text, without the parser', () => {
    const text = '{count, plural, one {# routine} other {# routines}} left';
    const tree = parse(text, { ignoreTag: true });
    const fromTree = pseudoMessage(tree as unknown as string) as unknown;
    const fromText = pseudoMessage(text);
    expect(new IntlMessageFormat(fromTree as never, 'en').format({ count: 2 })).toBe(
      new IntlMessageFormat(fromText, 'en').format({ count: 2 }),
    );
    // The English tree itself is left as it was.
    expect(tree).toEqual(parse(text, { ignoreTag: true }));
  });

  it('the pages’ English and the views’ words are English split in two, no key lost or doubled', () => {
    const file = path.resolve('electron/shared/i18n/en.ts');
    const source = fs.readFileSync(file, 'utf8');
    const pages = compiledObject(precompileCatalog(source, file, isViewWord));
    const views = compiledObject(viewWordsModule(source, file, isViewWord));
    expect(Object.keys(views).length).toBeGreaterThan(100);
    expect(Object.keys(pages).filter(isViewWord)).toEqual([]);
    expect(Object.keys(views).every(isViewWord)).toBe(true);
    expect([...Object.keys(pages), ...Object.keys(views)].sort()).toEqual(Object.keys(en).sort());
    // What the break prompt and the player show stays with the pages, and so do the windows' titles.
    expect(pages).toHaveProperty(['player.pause']);
    expect(pages).toHaveProperty(['prompt.start']);
    expect(pages).toHaveProperty(['settings.windowTitle']);
    expect(views).toHaveProperty(['settings.heading']);
  });
});

describe('core checks that hold in the pages, where the views’ words load later', () => {
  it('the ordinal words the labels use are exactly the catalog’s', async () => {
    const { ORDINAL_WORDS } = await import('../../electron/core/settings/labels');
    const ordinals = Object.keys(en).filter((k) => /^settings\.field\.ordinal\.\d+$/.test(k));
    expect(ordinals).toHaveLength(ORDINAL_WORDS);
  });

  it('a view word is taken as a key without its English loaded; other text is not', async () => {
    const { isCatalogKey } = await import('../../electron/shared/i18n/view-words');
    expect(isCatalogKey({}, 'settings.problem.between')).toBe(true);
    expect(isCatalogKey({}, 'player.pause')).toBe(false);
    expect(isCatalogKey({ 'player.pause': 'Pause' }, 'player.pause')).toBe(true);
    expect(isCatalogKey({}, 'settings must be a number')).toBe(false);
  });
});
