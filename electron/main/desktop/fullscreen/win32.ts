/** Windows full screen: SHQueryUserNotificationState says a full-screen app is in front, and it is not ours. */
import type { ProbeContext } from '../context';
import { readShellReport } from '../win32-shell';
import { known, unknown, type Reading } from '../types';
import { QUNS_FULLSCREEN } from './parse';

export async function readWin32Fullscreen(ctx: ProbeContext): Promise<Reading<boolean>> {
  const report = await readShellReport(ctx);
  if (!report.ok) return unknown('unreadable', report.problem);
  const { quns, foregroundPid } = report.value;
  if (quns === null) return unknown('unreadable', 'SHQueryUserNotificationState failed');
  const ours = foregroundPid !== null && ctx.own.pids.includes(foregroundPid);
  return known(QUNS_FULLSCREEN.has(quns) && !ours, 'SHQueryUserNotificationState');
}
