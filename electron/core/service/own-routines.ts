/**
 * The catalog port with the person's own routines (settings `routines.custom`)
 * added: the tray's Start routine menu lists them, starting one is allowed,
 * and the heads-up and status lines name them. Read from the settings at each
 * question, so a saved or deleted routine counts at once.
 */
import { getExercise } from '../catalog';
import { customRuntime, customSeconds, findCustom } from '../catalog/custom';
import type { Settings } from '../settings';
import type { ControllerPorts } from './app-controller';

type CatalogPort = ControllerPorts['catalog'];

export function withOwnRoutines(catalog: CatalogPort, settings: () => Settings): CatalogPort {
  const own = (id: string) => findCustom(settings().routines.custom, id);
  return {
    get routines() {
      const mine = settings().routines.custom.map((r) => {
        const { routine } = customRuntime(r, getExercise);
        return { id: routine.id, title: routine.title, setting: routine.setting, own: true };
      });
      return [...catalog.routines, ...mine];
    },
    choices: catalog.choices,
    has: (id) => catalog.has(id) || own(id) !== undefined,
    title: (id) => catalog.title(id) ?? own(id)?.name.trim() ?? null,
    seconds: (id) => {
      const routine = own(id);
      return routine && !catalog.has(id) ? customSeconds(routine, getExercise) : catalog.seconds(id);
    },
  };
}
