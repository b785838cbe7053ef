/// <reference types="vite/client" />
/**
 * Every language against the English source: the same keys, messages that
 * parse as ICU with the same arguments, plural forms the language has (CLDR),
 * the same numbers (doses, times and limits are never re-worded into other
 * figures), and the routine catalog's texts complete, with cautions that still
 * name their condition first.
 */
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { en } from '../../electron/shared/i18n/en';
import { LANGUAGES } from '../../electron/shared/i18n/languages';
import { contentTexts } from '../../electron/core/catalog/content-text';
import { CATALOG, SAFETY } from '../../electron/core/catalog';

const messageModules = import.meta.glob<{ messages: Record<string, string> }>(
  '../../electron/shared/i18n/locales/*.ts',
  { eager: true },
);
const contentModules = import.meta.glob<Record<string, string>>('../../resources/routines/i18n/*.json', {
  eager: true,
  import: 'default',
});
const byTag = <T>(mods: Record<string, T>) =>
  Object.fromEntries(
    Object.entries(mods).map(([p, m]) => [p.slice(p.lastIndexOf('/') + 1).replace(/\.\w+$/, ''), m]),
  );
const MESSAGES = byTag(messageModules);
const CONTENT = byTag(contentModules);
const ENGLISH_CONTENT = contentTexts({ ...CATALOG, safety: SAFETY });

/** The numbers a text states, in order of size ("09:00–12:00" → 0, 0, 9, 12). */
export function numbersIn(text: string): number[] {
  return (text.match(/\d+/g) ?? []).map(Number).sort((a, b) => a - b);
}

interface Shape {
  args: string[];
  plurals: { name: string; options: string[] }[];
  literals: string[];
}

function shapeOf(message: string): Shape {
  const shape: Shape = { args: [], plurals: [], literals: [] };
  const visit = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal) shape.literals.push(el.value);
      else if (
        el.type === TYPE.argument ||
        el.type === TYPE.number ||
        el.type === TYPE.date ||
        el.type === TYPE.time
      )
        shape.args.push(el.value);
      else if (el.type === TYPE.plural || el.type === TYPE.select) {
        shape.args.push(el.value);
        if (el.type === TYPE.plural) shape.plurals.push({ name: el.value, options: Object.keys(el.options) });
        for (const option of Object.values(el.options)) visit(option.value);
      } else if (el.type === TYPE.tag) visit(el.children);
    }
  };
  visit(parse(message, { ignoreTag: true }));
  shape.args = [...new Set(shape.args)].sort();
  return shape;
}

const EXTRA = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

describe.each(LANGUAGES.filter((l) => l.tag !== 'en').map((l) => l.tag))('%s', (tag) => {
  const messages = MESSAGES[tag]?.messages;
  const content = CONTENT[tag];

  it('has a message file and a routine-text file', () => {
    expect(messages, `electron/shared/i18n/locales/${tag}.ts`).toBeTruthy();
    expect(content, `resources/routines/i18n/${tag}.json`).toBeTruthy();
  });

  it('has every message key of English and no other', () => {
    expect(Object.keys(messages ?? {}).sort()).toEqual(Object.keys(en).sort());
  });

  it('writes every message as ICU with the English arguments, its own plural forms and the same numbers', () => {
    const categories = new Set(new Intl.PluralRules(tag).resolvedOptions().pluralCategories);
    // The forms counts of things take (0–1000): French "many" is for millions, never needed here.
    const rules = new Intl.PluralRules(tag);
    const used = new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
    const problems: string[] = [];
    for (const [key, source] of Object.entries(en)) {
      const translated = messages?.[key];
      if (typeof translated !== 'string' || translated.trim() === '') {
        problems.push(`${key}: missing`);
        continue;
      }
      let shape: Shape;
      try {
        shape = shapeOf(translated);
      } catch (error) {
        problems.push(`${key}: not ICU (${(error as Error).message})`);
        continue;
      }
      const english = shapeOf(source);
      if (shape.args.join() !== english.args.join())
        problems.push(`${key}: arguments ${shape.args.join()} instead of ${english.args.join()}`);
      for (const plural of shape.plurals) {
        if (!plural.options.includes('other')) problems.push(`${key}: plural ${plural.name} has no "other"`);
        for (const option of plural.options)
          if (EXTRA.has(option) && !categories.has(option as Intl.LDMLPluralRule))
            problems.push(`${key}: "${option}" is not a plural form of ${tag}`);
        const english = shapeOf(source).plurals.find((p) => p.name === plural.name);
        for (const needed of used)
          if (english && !plural.options.includes(needed) && needed !== 'other')
            problems.push(`${key}: plural ${plural.name} lacks the "${needed}" form of ${tag}`);
      }
      const a = numbersIn(english.literals.join(' ')).join();
      const b = numbersIn(shape.literals.join(' ')).join();
      if (a !== b) problems.push(`${key}: numbers ${b || 'none'} instead of ${a || 'none'}`);
    }
    expect(problems).toEqual([]);
  });

  it('translates every text of the routine catalog, keeping its numbers and cautions that name the condition', () => {
    const problems: string[] = [];
    for (const [key, source] of Object.entries(ENGLISH_CONTENT)) {
      const translated = content?.[key];
      if (typeof translated !== 'string' || translated.trim() === '') {
        problems.push(`${key}: missing`);
        continue;
      }
      if (numbersIn(translated).join() !== numbersIn(source).join())
        problems.push(
          `${key}: numbers ${numbersIn(translated).join() || 'none'} instead of ${numbersIn(source).join() || 'none'}`,
        );
      if (key.includes('.cautions.') && !/^[^:：]{1,40}[:：]\s?\S/u.test(translated))
        problems.push(`${key}: must start with the condition and a colon, as the English does`);
      if (/\.(steps\.\d+|setup)$/.test(key) && translated.length > 140)
        problems.push(`${key}: ${translated.length} characters; keep a step under 140`);
    }
    for (const key of Object.keys(content ?? {}))
      if (!(key in ENGLISH_CONTENT)) problems.push(`${key}: not a text of the catalog`);
    expect(problems).toEqual([]);
  });
});
