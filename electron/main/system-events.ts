/**
 * The system's sleep and lock events as the app controller hears them:
 * Electron's powerMonitor (suspend, resume, lock-screen, unlock-screen) and
 * the desktop's own lock signal where powerMonitor has none (Linux).
 */
export type SystemEvent = 'suspend' | 'resume' | 'lock' | 'unlock';

export interface PowerMonitorLike {
  on(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen', listener: () => void): unknown;
}

const FROM_POWER_MONITOR = {
  suspend: 'suspend',
  resume: 'resume',
  'lock-screen': 'lock',
  'unlock-screen': 'unlock',
} as const satisfies Record<string, SystemEvent>;

export function forwardSystemEvents(
  powerMonitor: PowerMonitorLike,
  onDesktopLock: (listener: (locked: boolean) => void) => void,
  send: (event: SystemEvent) => void,
): void {
  for (const [name, event] of Object.entries(FROM_POWER_MONITOR) as [
    keyof typeof FROM_POWER_MONITOR,
    SystemEvent,
  ][])
    powerMonitor.on(name, () => send(event));
  onDesktopLock((locked) => send(locked ? 'lock' : 'unlock'));
}
