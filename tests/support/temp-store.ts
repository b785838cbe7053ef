import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import type { CreateStore, KeyValueStore } from '../../electron/main/settings-store';

export function tempDir(prefix = 'unslouch-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** electron-store is `conf` plus Electron paths: tests use `conf` with the same options. */
export const createConfStore: CreateStore = ({ name, ...options }) =>
  new Conf({ ...options, configName: name, projectName: 'unslouch' } as ConstructorParameters<
    typeof Conf
  >[0]) as unknown as KeyValueStore;
