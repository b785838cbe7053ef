/**
 * The desktop harness as the benchmarks load it: by URL, since it belongs to
 * the Playwright tests' TypeScript project; only the shapes used are declared.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Harness<App> {
  DesktopApp: {
    launch(
      launcher: { browser: unknown; registry: unknown; tempDirs: string[] },
      options: { clock: string; timezone: string },
    ): Promise<App>;
  };
  InstanceRegistry: new () => unknown;
}

/** A module of the repository, by its path from the root. */
export const loadModule = <T>(relative: string) =>
  import(pathToFileURL(path.join(ROOT, relative)).href) as Promise<T>;
