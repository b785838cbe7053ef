/**
 * "An app from busy.apps runs": process lists as each system prints them,
 * and the name matching. Pure.
 */
import { garbage, parsed, quote, type Parsed } from '../types';

export interface ProcessEntry {
  pid: number;
  /** Names the process goes by (executable, command name, app bundle). */
  names: string[];
}

/** A name as people write it: no folder, no ".exe"/".app", any case. */
export const normalizeAppName = (name: string): string =>
  name
    .trim()
    .replace(/^.*[\\/]/, '')
    .replace(/\.(exe|app)$/i, '')
    .toLowerCase();

/** Linux keeps only 15 characters of a command name (/proc/<pid>/comm). */
const COMM_LENGTH = 15;

/** The listed names that run, in the order they were listed. */
export function runningApps(processes: ProcessEntry[], wanted: string[], ownPids: number[]): string[] {
  const names = new Set<string>();
  for (const p of processes) {
    if (ownPids.includes(p.pid)) continue;
    for (const n of p.names) names.add(normalizeAppName(n));
  }
  return wanted.filter((w) => {
    const n = normalizeAppName(w);
    return n !== '' && (names.has(n) || (n.length > COMM_LENGTH && names.has(n.slice(0, COMM_LENGTH))));
  });
}

/** Linux: /proc/<pid>/comm and the first word of /proc/<pid>/cmdline (NUL-separated). */
export function procEntry(pid: number, comm: string | null, cmdline: string | null): ProcessEntry {
  const names: string[] = [];
  if (comm) names.push(comm.trim());
  const argv0 = cmdline?.split('\0')[0];
  if (argv0) names.push(argv0);
  return { pid, names };
}

/**
 * macOS: `ps -A -o pid=,comm=` — `  812 /Applications/zoom.us.app/Contents/MacOS/zoom.us`.
 * The bundle ("zoom.us") counts as a name as well as the executable.
 */
export function parsePsList(stdout: string): Parsed<ProcessEntry[]> {
  const entries: ProcessEntry[] = [];
  for (const line of stdout.split('\n')) {
    if (line.trim() === '') continue;
    const m = /^\s*(\d+)\s+(.+)$/.exec(line);
    if (!m) return garbage(`not a process list line: ${quote(line)}`);
    const path = m[2]!.trim();
    const bundle = /([^/]+)\.app\//.exec(path)?.[1];
    entries.push({ pid: Number(m[1]), names: bundle ? [path, bundle] : [path] });
  }
  if (entries.length === 0) return garbage('the process list is empty');
  return parsed(entries);
}

/**
 * Windows: `tasklist /fo csv /nh` — `"Zoom.exe","4242","Console","1","123,456 K"`.
 * "INFO: No tasks are running…" never lists anything (there is always a System process).
 */
export function parseTasklist(stdout: string): Parsed<ProcessEntry[]> {
  const entries: ProcessEntry[] = [];
  for (const line of stdout.replace(/\r/g, '').split('\n')) {
    if (line.trim() === '') continue;
    const m = /^"([^"]*)","(\d+)"/.exec(line);
    if (!m) return garbage(`not a tasklist line: ${quote(line)}`);
    entries.push({ pid: Number(m[2]), names: [m[1]!] });
  }
  if (entries.length === 0) return garbage('the process list is empty');
  return parsed(entries);
}
