/**
 * The file operations the stores share, none of which throws: every failure
 * comes back as a `StoreFailure` with a reason a person can be told in plain
 * words. Whole-file writes go through a temporary file in the same folder,
 * flushed and renamed over the target, so a crash leaves either the old or
 * the new file; appends are single writes flushed before they count.
 */
import fs from 'node:fs';
import path from 'node:path';

export type FailureReason = 'disk-full' | 'read-only' | 'no-permission' | 'other';

export interface StoreFailure {
  reason: FailureReason;
  /** Technical detail for the log only ("ENOSPC: no space left on device, write"). */
  detail: string;
}

/** A failure's detail written by hand: words for the log only (tests/core/no-english.test.ts knows the name). */
export const logDetail = (detail: string): string => detail;

export type Attempt<T = void> = { ok: true; value: T } | { ok: false; failure: StoreFailure };

const done = <T>(value: T): Attempt<T> => ({ ok: true, value });

export function failureOf(error: unknown): StoreFailure {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason: FailureReason =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'disk-full'
      : code === 'EROFS'
        ? 'read-only'
        : code === 'EACCES' || code === 'EPERM'
          ? 'no-permission'
          : 'other';
  return { reason, detail: error instanceof Error ? error.message : String(error) };
}

function attempt<T>(run: () => T): Attempt<T> {
  try {
    return done(run());
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}

/** The marker in temporary file names: `settings.json.tmp-<pid>-<n>`. */
const TMP_MARK = '.tmp-';
let tmpCounter = 0;

/** Text of a file, null when it does not exist. */
export function readText(file: string): Attempt<string | null> {
  try {
    return done(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return done(null);
    return { ok: false, failure: failureOf(error) };
  }
}

/** Replaces `file` with `text` so that a crash at any point leaves the old or the new content. */
export function writeFileAtomic(file: string, text: string): Attempt {
  const tmp = `${file}${TMP_MARK}${process.pid}-${++tmpCounter}`;
  const result = attempt(() => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fd = fs.openSync(tmp, 'w', 0o600);
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  });
  if (!result.ok) attempt(() => fs.rmSync(tmp, { force: true }));
  else syncDir(path.dirname(file));
  return result;
}

/** Makes a rename durable (POSIX); Windows cannot open folders, which is fine to ignore. */
function syncDir(dir: string): void {
  attempt(() => {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  });
}

/**
 * Appends `text` in one write and flushes it. When the write fails part-way
 * (a full disk), the file is cut back to `knownSize` so no half line stays.
 * Returns the new size.
 */
export function appendDurably(file: string, text: string, knownSize: number): Attempt<number> {
  let fd: number | null = null;
  const result = attempt(() => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fd = fs.openSync(file, 'a', 0o600);
    const bytes = Buffer.from(text, 'utf8');
    fs.writeFileSync(fd, bytes);
    fs.fsyncSync(fd);
    return knownSize + bytes.length;
  });
  if (fd !== null) attempt(() => fs.closeSync(fd!));
  if (!result.ok) attempt(() => fs.truncateSync(file, knownSize));
  return result;
}

/** Renames `file` aside; the new path, or the failure (the file then stays where it was). */
export function moveAside(file: string, to: string): Attempt<string> {
  return attempt(() => {
    fs.renameSync(file, to);
    return to;
  });
}

/** `<name>.corrupt-<time><ext>` beside `file` (colons and dots of the time made file-safe). */
export function asideName(file: string, label: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const { dir, name, ext } = path.parse(file);
  return path.join(dir, `${name}.${label}-${stamp}${ext}`);
}

/** Renames `file` aside as `asideName(file, label, now)`: the new path, or the failure. */
export function moveAsideAs(file: string, label: string, now: Date): Attempt<string> {
  return moveAside(file, asideName(file, label, now));
}

/**
 * Removes temporary files a killed process left next to the stores
 * (`settings.json.tmp-*`). Only names this module makes are touched, and only
 * ones not written by a live process of ours (this one). Returns the names removed.
 */
export function removeStaleTemps(dir: string, storeFiles: readonly string[]): string[] {
  const listed = attempt(() => fs.readdirSync(dir));
  if (!listed.ok) return [];
  const mine = `${TMP_MARK}${process.pid}-`;
  const removed: string[] = [];
  for (const name of listed.value) {
    const base = storeFiles.find((f) => name.startsWith(`${f}${TMP_MARK}`));
    if (!base || name.startsWith(`${base}${mine}`)) continue;
    if (attempt(() => fs.rmSync(path.join(dir, name), { force: true })).ok) removed.push(name);
  }
  return removed;
}

/** The writes a store makes, replaceable in tests to simulate a full disk. */
export interface StoreWrites {
  writeFileAtomic: typeof writeFileAtomic;
  appendDurably: typeof appendDurably;
}
export const diskWrites: StoreWrites = { writeFileAtomic, appendDurably };

/**
 * The current problem of a store, told to `onProblem` once per failure spell:
 * when things go from fine to failing, not at every failed retry.
 */
export function problemLatch<P>(onProblem?: (problem: P) => void) {
  let current: P | null = null;
  return {
    get: (): P | null => current,
    set(next: P | null) {
      const wasFine = current === null;
      current = next;
      if (next !== null && wasFine) onProblem?.(next);
    },
  };
}

/**
 * What every store opens with: its file in the data folder, the writes (the
 * disk's, or a test's full disk), and the latch that tells a problem once.
 */
export function storeBasics<P>(
  options: { dir: string; onProblem?: (problem: P) => void; writes?: StoreWrites },
  fileName: string,
) {
  return {
    file: path.join(options.dir, fileName),
    writes: options.writes ?? diskWrites,
    latch: problemLatch(options.onProblem),
  };
}
