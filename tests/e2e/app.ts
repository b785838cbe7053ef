/** Launching the real app for the `_electron` suite, with its own user data folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import type { TestHooks } from '../../electron/main/test-hooks';

export function freshUserData(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-e2e-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

export function launch(userData: string, args: string[] = []): Promise<ElectronApplication> {
  return electron.launch({
    args: ['.', ...args],
    env: { ...process.env, UNSLOUCH_USER_DATA: userData, UNSLOUCH_E2E: '1' },
  });
}

type Hooked = typeof globalThis & { __unslouchTest: TestHooks };

export async function trayLabels(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(() => (globalThis as Hooked).__unslouchTest.trayLabels());
}

export async function clickTray(app: ElectronApplication, labels: string[]): Promise<void> {
  await app.evaluate((_electron, path) => (globalThis as Hooked).__unslouchTest.clickTray(path), labels);
}

export const readJson = (dir: string, name: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
