/**
 * The app's Node process: spawns child/runner.mjs, sends it commands (stdin,
 * JSON lines), reads its replies and events (fd 3, JSON lines) and keeps its
 * stdout, stderr and exit status.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { ChildMessage } from './wire';

const RUNNER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'child', 'runner.mjs');

export interface RunnerConfig {
  /** The built main process (…/out/main/index.js). */
  main: string;
  /** What `electron .` was given: the app root. */
  appPath: string;
  /** Command-line arguments after the app path. */
  args: string[];
  /** app.getPath() names → directories. */
  paths: Record<string, string>;
  appName: string;
  appVersion: string;
  electronVersion: string;
  /** Another instance holds the single-instance lock (same userData). */
  lockHeld: boolean;
  /** Start instant (epoch ms) of a simulated clock for the process (child/fake-clock.mjs); null: the real clock. */
  clock: number | null;
  /** The system's language (app.getLocale()); the journeys run on a British English desktop by default. */
  locale?: string;
  /** The Linux session Electron believes it runs in (powerMonitor's idle time is 0 on Wayland). */
  linuxSession?: 'x11' | 'wayland';
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface AppEvent {
  name: string;
  data: Record<string, unknown>;
}

export class AppProcess {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  exit: ExitInfo | null = null;
  readonly exited: Promise<ExitInfo>;
  readonly events: AppEvent[] = [];
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve(v: unknown): void; reject(e: Error): void; name: string }
  >();
  private readonly listeners = new Set<(event: AppEvent) => void>();

  constructor(config: RunnerConfig, env: Record<string, string | undefined>) {
    this.child = spawn(process.execPath, [RUNNER], {
      cwd: config.appPath,
      env: { ...env, UNSLOUCH_HARNESS: JSON.stringify(config) },
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    });
    this.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (this.stdout += chunk));
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.child.stdin!.on('error', () => {}); // EPIPE once the app has exited
    const channel = this.child.stdio[3] as Readable;
    readline.createInterface({ input: channel }).on('line', (line) => this.receive(line));
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.exit = { code, signal };
        // Let the last lines of fd 3 and stdout arrive first.
        setTimeout(() => {
          for (const [, p] of this.pending) {
            p.reject(
              new Error(`the app process exited (code ${code}, signal ${signal}) before answering ${p.name}`),
            );
          }
          this.pending.clear();
          resolve({ code, signal });
        }, 20);
      });
    });
  }

  get running(): boolean {
    return this.exit === null;
  }

  /** Runs a fake-electron command (see the ctx.command(...) calls) in the app process. */
  call<T = unknown>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    if (!this.running) return Promise.reject(new Error(`the app process has exited; cannot run ${name}`));
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, name });
      this.child.stdin!.write(`${JSON.stringify({ id, name, params })}\n`);
    });
  }

  onEvent(listener: (event: AppEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the first event (past or future) named `name` that matches. */
  waitForEvent(
    name: string,
    predicate: (data: Record<string, unknown>) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<Record<string, unknown>> {
    const past = this.events.find((e) => e.name === name && predicate(e.data));
    if (past) return Promise.resolve(past.data);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`no "${name}" event from the app within ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.onEvent((e) => {
        if (e.name !== name || !predicate(e.data)) return;
        clearTimeout(timer);
        off();
        resolve(e.data);
      });
    });
  }

  async kill(): Promise<ExitInfo> {
    if (this.running) this.child.kill('SIGKILL');
    return this.exited;
  }

  private receive(line: string): void {
    let message: ChildMessage;
    try {
      message = JSON.parse(line) as ChildMessage;
    } catch {
      return;
    }
    if (message.t === 'reply') {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.ok) pending.resolve(message.value);
      else pending.reject(new Error(message.error));
      return;
    }
    const event = { name: message.name, data: message.data ?? {} };
    this.events.push(event);
    for (const listener of [...this.listeners]) listener(event);
  }
}
