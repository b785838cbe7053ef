/**
 * The routine catalog's words in other languages. The shipped JSON
 * (resources/routines/) is the English source; a language adds one flat file,
 * resources/routines/i18n/<tag>.json, mapping each text's key to its
 * translation:
 *
 *   "exercise.shoulder-roll.title": "Schulterkreisen",
 *   "exercise.shoulder-roll.steps.0": "…",
 *   "routine.upper-back-desk-reset.summary": "…",
 *   "safety.doctor.emergency.signs.0": "…"
 *
 * Keys name texts by id (and by position inside one exercise's lists), so a
 * translation survives routines being reordered. Sources, ids, file names and
 * numbers are never translated: doses live in the data, not in words.
 */
import type { Catalog, Exercise, Safety } from './types';

export interface CatalogContent extends Catalog {
  safety: Safety;
}

/** A language's catalog texts by key (missing keys fall back to English). */
export type ContentTranslation = Readonly<Record<string, string>>;

/** Visits every person-facing text of the catalog with its key; `swap` returns the text to keep. */
function mapTexts(content: CatalogContent, swap: (key: string, text: string) => string): CatalogContent {
  const list = (prefix: string, items: readonly string[]) => items.map((s, i) => swap(`${prefix}.${i}`, s));
  const exercise = (e: Exercise): Exercise => {
    const k = `exercise.${e.id}`;
    const dose = { ...e.dose };
    if ('phases' in dose && dose.phases) dose.phases = list(`${k}.phases`, dose.phases);
    if ('directionNames' in dose && dose.directionNames)
      dose.directionNames = list(`${k}.directionNames`, dose.directionNames);
    return {
      ...e,
      title: swap(`${k}.title`, e.title),
      setup: swap(`${k}.setup`, e.setup),
      steps: list(`${k}.steps`, e.steps),
      cautions: list(`${k}.cautions`, e.cautions),
      dose: dose as Exercise['dose'],
      illustration: { ...e.illustration, alt: swap(`${k}.alt`, e.illustration.alt) },
    };
  };
  const s = content.safety;
  return {
    exercises: content.exercises.map(exercise),
    routines: content.routines.map((r) => ({
      ...r,
      title: swap(`routine.${r.id}.title`, r.title),
      summary: swap(`routine.${r.id}.summary`, r.summary),
    })),
    safety: {
      ...s,
      notice: swap('safety.notice', s.notice),
      disclaimer: { ...s.disclaimer, text: swap('safety.disclaimer', s.disclaimer.text) },
      doctor: {
        ...s.doctor,
        title: swap('safety.doctor.title', s.doctor.title),
        intro: { ...s.doctor.intro, text: swap('safety.doctor.intro', s.doctor.intro.text) },
        groups: s.doctor.groups.map((g) => ({
          ...g,
          title: swap(`safety.doctor.${g.id}.title`, g.title),
          signs: g.signs.map((sign, i) => ({
            ...sign,
            text: swap(`safety.doctor.${g.id}.signs.${i}`, sign.text),
          })),
        })),
      },
      precautions: s.precautions.map((p, i) => ({ ...p, text: swap(`safety.precautions.${i}`, p.text) })),
      stopRules: s.stopRules.map((r, i) => ({ ...r, text: swap(`safety.stopRules.${i}`, r.text) })),
      checkInQuestions: s.checkInQuestions.map((q) => ({
        ...q,
        question: swap(`safety.checkIn.${q.id}`, q.question),
      })),
    },
  };
}

/** Every translatable text of the catalog, by key: what a translation must cover. */
export function contentTexts(content: CatalogContent): Record<string, string> {
  const out: Record<string, string> = {};
  mapTexts(content, (key, text) => {
    out[key] = text;
    return text;
  });
  return out;
}

/** The catalog in another language: each text its translation, English where a key is missing. */
export function translateContent(content: CatalogContent, translation: ContentTranslation): CatalogContent {
  return mapTexts(content, (key, text) => {
    const found = translation[key];
    return typeof found === 'string' && found.trim() !== '' ? found : text;
  });
}
