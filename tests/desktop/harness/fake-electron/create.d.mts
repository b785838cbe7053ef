/** Types for create.mjs, for TypeScript callers (unit tests of the stand-in). */
import type { EventEmitter } from 'node:events';

export interface FakeElectronConfig {
  appPath: string;
  paths: Record<string, string>;
  appName?: string;
  appVersion?: string;
  lockHeld?: boolean;
  notificationsSupported?: boolean;
  takenShortcuts?: string[];
  /** 'wayland': powerMonitor's idle time stays 0, as Electron's does there. */
  linuxSession?: 'x11' | 'wayland';
  notify?: (name: string, data: Record<string, unknown>) => void;
  exit?: (code: number) => void;
}

export interface HarnessContext extends EventEmitter {
  config: FakeElectronConfig;
  ready: boolean;
  calls: { seq: number; api: string; method: string; target: number | null; args: unknown[] }[];
  errors: { message: string; stack: string }[];
  becomeReady(): void;
  reportUncaught(error: unknown): void;
  run(name: string, params?: Record<string, unknown>): Promise<unknown>;
  state(): Record<string, unknown>;
}

/**
 * The fake's API, loosely typed: the app code is typed against the real
 * `electron` module; tests of the stand-in poke at it freely.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FakeElectron = Record<string, any>;

export function createFakeElectron(config: FakeElectronConfig): {
  electron: FakeElectron;
  ctx: HarnessContext;
};
