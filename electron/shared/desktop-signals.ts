/**
 * The desktop signals as the settings window sees them: which busy signals
 * exist, the shape of `busy.*` (break-rules.md), and whether each signal
 * works on this computer — a code, turned into words by the message catalog.
 */
export const BUSY_SIGNALS = ['dnd', 'fullscreen', 'call', 'screenShare', 'apps'] as const;
export type BusySignal = (typeof BUSY_SIGNALS)[number];

/** `busy.*` exactly as break-rules.md defines it (the settings schema is its source of truth). */
export interface BusySettingsShape {
  enabled: boolean;
  signals: Record<BusySignal, boolean>;
  apps: string[];
  graceSeconds: number;
}

/** Whether a settings object's `busy` has that shape (settings files from before busy.* do not). */
export function isBusySettingsShape(value: unknown): value is BusySettingsShape {
  const v = value as BusySettingsShape | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.enabled === 'boolean' &&
    typeof v.signals === 'object' &&
    v.signals !== null &&
    Array.isArray(v.apps) &&
    typeof v.graceSeconds === 'number'
  );
}

/**
 * - works: the probe read an answer just now
 * - wayland: not available on Wayland (the compositor does not tell apps)
 * - unsupported: this system offers no way to tell
 * - unreadable: there is a way, but reading it failed (missing tool, permission, timeout)
 * - preview: the browser preview has no desktop to ask
 */
export type SignalAvailability = 'works' | 'wayland' | 'unsupported' | 'unreadable' | 'preview';

export type DesktopSignalName = BusySignal | 'idle' | 'lock';
export const DESKTOP_SIGNALS: readonly DesktopSignalName[] = [...BUSY_SIGNALS, 'idle', 'lock'];

export type DesktopSignalsReport = Record<DesktopSignalName, SignalAvailability>;
