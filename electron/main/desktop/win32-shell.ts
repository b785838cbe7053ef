/**
 * Windows: one PowerShell run answers three signals at once (do-not-disturb,
 * full screen, presentation), shared within a sample through `ctx.once`, and
 * only started when at least one of them is on. The script is a constant:
 * nothing from settings or the system goes into its arguments.
 *
 * - SHQueryUserNotificationState (documented): 2 QUNS_BUSY (a full-screen app
 *   or presentation settings), 3 QUNS_RUNNING_D3D_FULL_SCREEN,
 *   4 QUNS_PRESENTATION_MODE, 5 QUNS_ACCEPTS_NOTIFICATIONS, 7 QUNS_APP
 *   (a full-screen Store app)…
 * - The foreground window's process, so our own windows never count.
 * - Focus Assist through the WNF state WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED
 *   (undocumented but stable since Windows 10 1803; -2 where missing).
 */
import type { ProbeContext } from './context';
import { runProblem } from './run';
import { garbage, parsed, quote, type Parsed } from './types';

export const WIN32_SHELL_TIMEOUT_MS = 8000;

const SCRIPT = `$ErrorActionPreference = 'Stop'
Add-Type -TypeDefinition @"
using System; using System.Runtime.InteropServices;
public static class UnslouchProbe {
  [DllImport("shell32.dll")] static extern int SHQueryUserNotificationState(out int state);
  [DllImport("user32.dll")] static extern IntPtr GetForegroundWindow();
  [DllImport("user32.dll")] static extern uint GetWindowThreadProcessId(IntPtr hWnd, out uint pid);
  [DllImport("ntdll.dll")] static extern int NtQueryWnfStateData(ref ulong name, IntPtr typeId, IntPtr scope, out uint stamp, out uint buffer, ref uint size);
  public static string Report() {
    int q; string quns = SHQueryUserNotificationState(out q) == 0 ? q.ToString() : "";
    uint pid = 0; IntPtr fg = GetForegroundWindow(); if (fg != IntPtr.Zero) GetWindowThreadProcessId(fg, out pid);
    ulong wnf = 0x0D83063EA3BF1C75; uint stamp, buf = 0, size = 4; string focus;
    try { focus = NtQueryWnfStateData(ref wnf, IntPtr.Zero, IntPtr.Zero, out stamp, out buf, ref size) == 0 ? buf.ToString() : "-1"; }
    catch (EntryPointNotFoundException) { focus = "-2"; }
    return "quns=" + quns + "\\nforeground_pid=" + pid + "\\nfocus_assist=" + focus;
  }
}
"@
[UnslouchProbe]::Report()`;

export const WIN32_SHELL_ARGS = [
  '-NoProfile',
  '-NonInteractive',
  '-ExecutionPolicy',
  'Bypass',
  '-Command',
  SCRIPT,
];

export interface ShellReport {
  /** SHQueryUserNotificationState's answer, null when it failed. */
  quns: number | null;
  foregroundPid: number | null;
  /** Focus Assist level (0 off, 1 priority only, 2 alarms only, <0 not readable). */
  focusAssist: number | null;
}

/** The script's `key=value` lines. */
export function parseShellReport(stdout: string): Parsed<ShellReport> {
  const values = new Map<string, string>();
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^([a-z_]+)=(-?\d*)\s*$/.exec(line.trim());
    if (m) values.set(m[1]!, m[2]!);
  }
  if (!values.has('quns') || !values.has('foreground_pid'))
    return garbage(`not the probe's report: ${quote(stdout)}`);
  const num = (key: string) => {
    const v = values.get(key);
    return v === undefined || v === '' ? null : Number(v);
  };
  return parsed({
    quns: num('quns'),
    foregroundPid: num('foreground_pid'),
    focusAssist: num('focus_assist'),
  });
}

/** One PowerShell run per sample, shared by the signals that need it. */
export function readShellReport(ctx: ProbeContext): Promise<Parsed<ShellReport>> {
  return ctx.once('win32-shell', async () => {
    const r = await ctx.run('powershell.exe', WIN32_SHELL_ARGS, { timeoutMs: WIN32_SHELL_TIMEOUT_MS });
    if (!r.ok) return garbage(runProblem('powershell.exe', r));
    return parseShellReport(r.stdout);
  });
}
