/**
 * What the tray shows, derived from the engine's status: the status line,
 * the tooltip, the icon state and the menu as plain data. The main process
 * turns it into Electron's Menu; nothing here knows Electron.
 */
import type { EngineStatus } from './engine/types';
import { wallClock, type Instant } from './time/zone';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "10:32" today, "09:00 Mon" on another day. */
export function formatWhen(t: Instant, now: Instant, zone: string): string {
  const at = wallClock(t, zone);
  return at.date === wallClock(now, zone).date ? at.time : `${at.time} ${DAY_NAMES[at.weekday - 1]}`;
}

export function statusLine(
  status: EngineStatus,
  now: Instant,
  zone: string,
  routineTitle: (id: string) => string,
): string {
  switch (status.kind) {
    case 'next':
      return `Next break at ${formatWhen(status.at, now, zone)}`;
    case 'prompt':
      return 'Break time — your routine is ready';
    case 'snoozed':
      return `Snoozed until ${formatWhen(status.until, now, zone)}`;
    case 'routine':
      return `Routine in progress: ${routineTitle(status.routineId)}`;
    case 'away':
      return 'Away — counting this as a break';
    case 'paused':
      return status.until === null
        ? 'Paused until you resume'
        : `Paused until ${formatWhen(status.until, now, zone)}`;
    case 'outside':
      return status.next === null
        ? 'Outside work hours'
        : `Outside work hours — next at ${formatWhen(status.next, now, zone)}`;
    case 'day-off':
      return status.next === null ? 'Day off' : `Day off — next at ${formatWhen(status.next, now, zone)}`;
  }
}

export type TrayIconState = 'active' | 'paused' | 'outside';

export function trayIconState(status: EngineStatus): TrayIconState {
  if (status.kind === 'paused') return 'paused';
  if (status.kind === 'outside' || status.kind === 'day-off') return 'outside';
  return 'active';
}

export type TrayAction =
  | { kind: 'start-routine'; routineId: string }
  | { kind: 'skip-next' }
  | { kind: 'pause'; minutes: number }
  | { kind: 'pause-tomorrow' }
  | { kind: 'pause-indefinite' }
  | { kind: 'resume' }
  | { kind: 'open'; view: 'settings' | 'history' | 'library' | 'welcome' }
  | { kind: 'quit' };

export type TrayItem =
  | { type: 'label'; label: string }
  | { type: 'separator' }
  | { type: 'action'; label: string; action: TrayAction; enabled: boolean }
  | { type: 'submenu'; label: string; items: TrayItem[] };

export interface TrayModel {
  tooltip: string;
  icon: TrayIconState;
  items: TrayItem[];
}

export function trayModel(input: {
  status: EngineStatus;
  now: Instant;
  zone: string;
  routines: { id: string; title: string; setting: 'desk' | 'floor' }[];
}): TrayModel {
  const { status } = input;
  const title = (id: string) => input.routines.find((r) => r.id === id)?.title ?? id;
  const line = statusLine(status, input.now, input.zone, title);
  const paused = status.kind === 'paused';
  const busy = status.kind === 'routine';
  const routineItem = (r: { id: string; title: string }): TrayItem => ({
    type: 'action',
    label: r.title,
    action: { kind: 'start-routine', routineId: r.id },
    enabled: !busy,
  });
  const desk = input.routines.filter((r) => r.setting === 'desk').map(routineItem);
  const floor = input.routines.filter((r) => r.setting === 'floor').map(routineItem);
  return {
    tooltip: `Unslouch — ${line}`,
    icon: trayIconState(status),
    items: [
      { type: 'label', label: line },
      { type: 'separator' },
      {
        type: 'submenu',
        label: 'Start routine',
        items: [
          ...desk,
          ...(desk.length && floor.length ? [{ type: 'separator' } as TrayItem] : []),
          ...floor,
        ],
      },
      {
        type: 'action',
        label: 'Skip next break',
        action: { kind: 'skip-next' },
        enabled: status.kind === 'next' || status.kind === 'prompt' || status.kind === 'snoozed',
      },
      {
        type: 'submenu',
        label: 'Pause',
        items: [
          { type: 'action', label: 'For 30 minutes', action: { kind: 'pause', minutes: 30 }, enabled: true },
          { type: 'action', label: 'For 1 hour', action: { kind: 'pause', minutes: 60 }, enabled: true },
          { type: 'action', label: 'Until tomorrow', action: { kind: 'pause-tomorrow' }, enabled: true },
          { type: 'action', label: 'Until I resume', action: { kind: 'pause-indefinite' }, enabled: true },
        ],
      },
      { type: 'action', label: 'Resume', action: { kind: 'resume' }, enabled: paused },
      { type: 'separator' },
      { type: 'action', label: 'Open Unslouch', action: { kind: 'open', view: 'settings' }, enabled: true },
      { type: 'action', label: 'Routines…', action: { kind: 'open', view: 'library' }, enabled: true },
      { type: 'action', label: 'History…', action: { kind: 'open', view: 'history' }, enabled: true },
      { type: 'action', label: 'Welcome and tour', action: { kind: 'open', view: 'welcome' }, enabled: true },
      { type: 'separator' },
      { type: 'action', label: 'Quit', action: { kind: 'quit' }, enabled: true },
    ],
  };
}
