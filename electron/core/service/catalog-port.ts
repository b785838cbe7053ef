/** The shipped routine catalog as the app controller sees it (the app and the browser preview share it). */
import { CATALOG, SAFETY, catalogLookups, routineSeconds } from '../catalog';
import { translateContent, type CatalogContent } from '../catalog/content-text';
import { catalogRoutineChoices } from '../engine/routine-choices';
import { getContentTranslation } from '../../shared/i18n';
import type { ControllerPorts } from './app-controller';

const ENGLISH: CatalogContent = { ...CATALOG, safety: SAFETY };

/** The catalog in the language shown now (titles for the tray and notices); timing is the same in all. */
function shown() {
  const translation = getContentTranslation();
  if (translation !== last.translation)
    last = { translation, lookups: catalogLookups(translateContent(ENGLISH, translation)) };
  return last.lookups;
}
let last = { translation: getContentTranslation(), lookups: catalogLookups(ENGLISH) };

export function catalogPort(): ControllerPorts['catalog'] {
  return {
    get routines() {
      return shown()
        .routineIds()
        .map((id) => shown().getRoutine(id)!)
        .map((r) => ({ id: r.id, title: r.title, setting: r.setting }));
    },
    choices: catalogRoutineChoices(),
    has: (id) => shown().getRoutine(id) !== undefined,
    title: (id) => shown().getRoutine(id)?.title ?? null,
    seconds: (id) => {
      const routine = shown().getRoutine(id);
      return routine ? routineSeconds(routine) : 0;
    },
  };
}
