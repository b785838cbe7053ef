/**
 * macOS Focus: the assertions file under ~/Library/DoNotDisturb/DB/ (macOS
 * 12+; reading it may need Full Disk Access: EPERM means "could not be
 * read"), with the legacy preference as the fallback where the file is absent
 * (macOS 11 and older).
 */
import path from 'node:path';
import type { ProbeContext } from '../context';
import { runProblem } from '../run';
import { fromParsed, unknown, type Reading } from '../types';
import { parseFocusAssertions, parseLegacyDnd } from './parse';

export const assertionsPath = (home: string) =>
  path.join(home, 'Library', 'DoNotDisturb', 'DB', 'Assertions.json');

export async function readDarwinDnd(ctx: ProbeContext): Promise<Reading<boolean>> {
  const file = await ctx.files.readText(assertionsPath(ctx.home));
  if (file.ok) return fromParsed(parseFocusAssertions(file.text), 'Focus assertions');
  if (file.code === 'EPERM' || file.code === 'EACCES')
    return unknown('unreadable', 'the Focus assertions file needs Full Disk Access');
  const r = await ctx.run('defaults', [
    '-currentHost',
    'read',
    'com.apple.notificationcenterui',
    'doNotDisturb',
  ]);
  if (r.ok || r.kind === 'failed')
    return fromParsed(parseLegacyDnd(r.stdout, r.stderr, r.ok ? 0 : 1), 'notificationcenterui doNotDisturb');
  return unknown('unreadable', runProblem('defaults', r));
}
