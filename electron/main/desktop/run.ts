/**
 * Runs one system tool: `execFile` (never a shell), fixed arguments, a short
 * timeout, a bounded output. Answers data, never throws. Each spawn is counted
 * so the benchmark and the "nothing spawned while off" test can see it.
 */
import { execFile } from 'node:child_process';

export type RunResult =
  | { ok: true; stdout: string; stderr: string }
  | {
      ok: false;
      kind: 'missing' | 'timeout' | 'failed';
      code: number | string | null;
      stdout: string;
      stderr: string;
    };

export interface RunOptions {
  timeoutMs?: number;
  /** Added to the app's environment (e.g. LC_ALL=C for output that is parsed). */
  env?: Record<string, string>;
}

export interface Runner {
  (file: string, args: readonly string[], options?: RunOptions): Promise<RunResult>;
}

/** A probe's tool must answer within this, or the signal is "could not be read". */
export const RUN_TIMEOUT_MS = 2000;
const MAX_OUTPUT = 1024 * 1024;

export interface CountingRunner extends Runner {
  /** Processes started so far. */
  spawned(): number;
}

/** `baseEnv`: the environment the tools run in (the app's, or a test's display and bus). */
export function createRunner(baseEnv: NodeJS.ProcessEnv = process.env): CountingRunner {
  let count = 0;
  const run = ((file, args, options) =>
    new Promise<RunResult>((resolve) => {
      count += 1;
      try {
        execFile(
          file,
          [...args],
          {
            timeout: options?.timeoutMs ?? RUN_TIMEOUT_MS,
            maxBuffer: MAX_OUTPUT,
            windowsHide: true,
            encoding: 'utf8',
            shell: false,
            env: { ...baseEnv, ...options?.env },
          },
          (error, stdout, stderr) => {
            if (!error) return resolve({ ok: true, stdout, stderr });
            const e = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
            const kind = e.code === 'ENOENT' ? 'missing' : e.killed ? 'timeout' : 'failed';
            resolve({ ok: false, kind, code: e.code ?? e.signal ?? null, stdout, stderr });
          },
        );
      } catch (error) {
        resolve({ ok: false, kind: 'failed', code: (error as Error).message, stdout: '', stderr: '' });
      }
    })) as CountingRunner;
  run.spawned = () => count;
  return run;
}

/** One line saying why a run gave nothing usable. */
export const runProblem = (file: string, r: Extract<RunResult, { ok: false }>): string =>
  r.kind === 'missing'
    ? `${file} is not installed`
    : r.kind === 'timeout'
      ? `${file} did not answer in time`
      : `${file} failed (${r.code ?? '?'}): ${r.stderr.trim().split('\n')[0]?.slice(0, 120) ?? ''}`;
