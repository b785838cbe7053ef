/** Windows Focus Assist / quiet hours (Windows 11: Do not disturb), from the shared PowerShell report. */
import type { ProbeContext } from '../context';
import { readShellReport } from '../win32-shell';
import { fromParsed, unknown, type Reading } from '../types';
import { focusAssistOn } from './parse';

export async function readWin32Dnd(ctx: ProbeContext): Promise<Reading<boolean>> {
  const report = await readShellReport(ctx);
  if (!report.ok) return unknown('unreadable', report.problem);
  return fromParsed(focusAssistOn(report.value.focusAssist), 'Focus Assist');
}
