/**
 * Windows: presentation settings (SHQueryUserNotificationState = 4,
 * QUNS_PRESENTATION_MODE) from the shared PowerShell report. Windows does not
 * tell other apps that a screen is captured (Teams, Zoom…), only this.
 */
import type { ProbeContext } from '../context';
import { QUNS_PRESENTATION_MODE } from '../fullscreen/parse';
import { readShellReport } from '../win32-shell';
import { known, unknown, type Reading } from '../types';

export async function readWin32ScreenShare(ctx: ProbeContext): Promise<Reading<boolean>> {
  const report = await readShellReport(ctx);
  if (!report.ok) return unknown('unreadable', report.problem);
  if (report.value.quns === null) return unknown('unreadable', 'SHQueryUserNotificationState failed');
  return known(report.value.quns === QUNS_PRESENTATION_MODE, 'presentation settings');
}
