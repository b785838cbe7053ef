/**
 * "Another app uses the camera or the microphone", as each system reports it. Pure.
 */
import { garbage, parsed, quote, type Parsed } from '../types';

export interface SourceOutput {
  pid: number | null;
  app: string;
  media: string;
}

/**
 * `LC_ALL=C pactl list source-outputs` (PulseAudio, and PipeWire through
 * pipewire-pulse): one block per recording stream,
 *   Source Output #42
 *   	Driver: protocol-native.c
 *   	...
 *   	Properties:
 *   		media.name = "RecordStream"
 *   		application.name = "Firefox"
 *   		application.process.id = "4242"
 * Empty output: nothing records.
 */
export function parseSourceOutputs(stdout: string): Parsed<SourceOutput[]> {
  const text = stdout.trim();
  if (text === '') return parsed([]);
  const blocks = text.split(/^(?=Source Output #\d+)/m);
  if (!blocks[0]!.startsWith('Source Output #')) return garbage(`not a source-output list: ${quote(text)}`);
  return parsed(
    blocks.map((block) => {
      const prop = (name: string) =>
        new RegExp(`^\\s*${name.replace(/\./g, '\\.')} = "([^"]*)"`, 'm').exec(block)?.[1];
      const pid = prop('application.process.id');
      return {
        pid: pid && /^\d+$/.test(pid) ? Number(pid) : null,
        app: prop('application.name') ?? prop('application.process.binary') ?? '',
        media: prop('media.name') ?? '',
      };
    }),
  );
}

/** Recording streams that are someone's call: not ours, not a level meter (pavucontrol's "Peak detect"). */
export const foreignRecordings = (outputs: SourceOutput[], ownPids: number[]): SourceOutput[] =>
  outputs.filter((o) => !(o.pid !== null && ownPids.includes(o.pid)) && o.media !== 'Peak detect');

/** Processes (not ours) holding a /dev/video* node open, from their fd links. */
export function videoHolders(processes: { pid: number; links: string[] }[], ownPids: number[]): number[] {
  return processes
    .filter((p) => !ownPids.includes(p.pid) && p.links.some((l) => /^\/dev\/video\d+$/.test(l)))
    .map((p) => p.pid);
}

export interface ConsentEntry {
  capability: 'webcam' | 'microphone';
  /** The app, as the key names it (a package name, or an exe path with # for \). */
  app: string;
  inUse: boolean;
}

/**
 * `reg query HKCU\…\CapabilityAccessManager\ConsentStore /s /v LastUsedTimeStop`:
 *   HKEY_CURRENT_USER\…\ConsentStore\webcam\NonPackaged\C:#Program Files#Zoom#bin#Zoom.exe
 *       LastUsedTimeStop    REG_QWORD    0x0
 * A LastUsedTimeStop of 0 means the app is using the device now.
 * "End of search: 0 match(es) found." — nothing was ever used.
 */
export function parseConsentStore(stdout: string): Parsed<ConsentEntry[]> {
  const text = stdout.replace(/\r/g, '');
  if (!/HKEY_|End of search/.test(text)) return garbage(`not a registry listing: ${quote(text)}`);
  const entries: ConsentEntry[] = [];
  let key: string | null = null;
  for (const line of text.split('\n')) {
    if (/^HKEY_/.test(line)) key = line.trim();
    const value = /^\s+LastUsedTimeStop\s+REG_QWORD\s+(0x[0-9a-f]+)/i.exec(line);
    if (!value || !key) continue;
    const m = /\\ConsentStore\\(webcam|microphone)\\(?:NonPackaged\\)?(.+)$/i.exec(key);
    if (!m) continue;
    entries.push({
      capability: m[1]!.toLowerCase() as ConsentEntry['capability'],
      app: m[2]!,
      inUse: BigInt(value[1]!) === 0n,
    });
  }
  return parsed(entries);
}

/** ConsentStore names desktop apps by path with '#' for '\\'. */
export const consentKeyOf = (execPath: string) => execPath.replace(/\\/g, '#').toLowerCase();
