import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Layout of the built app: out/main/index.js, out/preload/index.cjs, out/renderer/. */
const here = path.dirname(fileURLToPath(import.meta.url));

export const builtPaths = {
  preload: path.join(here, '../preload/index.cjs'),
  renderer: path.join(here, '../renderer'),
  resources: path.join(here, '../../resources'),
};

export const APP_SCHEME = 'app';
export const APP_HOST = 'unslouch';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
