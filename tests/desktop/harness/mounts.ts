/**
 * Real mounts for the persistence-fault specs: a tiny tmpfs for a full disk,
 * the same tmpfs remounted read-only for a read-only data folder. Needs root
 * (or CAP_SYS_ADMIN). When mounting is impossible the spec fails with the
 * reason — it does not skip, because a skip would hide the faults it covers.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Mount {
  dir: string;
  readOnly(): void;
  readWrite(): void;
  /** Writes filler until the disk is full; returns the filler's path (delete it to free space). */
  fill(): string;
  unmount(): void;
}

function run(cmd: string, args: string[]): void {
  try {
    execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stderr?: Buffer; message: string };
    const why = e.stderr?.toString().trim() || e.message;
    const uid = process.getuid?.() ?? 'unknown';
    throw new Error(
      `cannot run \`${cmd} ${args.join(' ')}\` (uid ${uid}): ${why}. ` +
        'These specs need real mounts (root or CAP_SYS_ADMIN) for a full and a read-only data folder.',
      { cause: error },
    );
  }
}

/** A fresh tmpfs of `sizeKb` kilobytes, mounted on a new folder. */
export function mountTmpfs(sizeKb: number): Mount {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unslouch-mount-'));
  run('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0755`, 'tmpfs', dir]);
  return {
    dir,
    readOnly: () => run('mount', ['-o', 'remount,ro', dir]),
    readWrite: () => run('mount', ['-o', 'remount,rw', dir]),
    fill() {
      const filler = path.join(dir, 'filler.bin');
      const fd = fs.openSync(filler, 'w');
      const chunk = Buffer.alloc(4096, 1);
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        fs.closeSync(fd);
      }
      return filler;
    },
    unmount() {
      try {
        execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
        fs.rmdirSync(dir);
      } catch {
        // best effort: a lazy unmount finishes when the last user leaves
      }
    },
  };
}
