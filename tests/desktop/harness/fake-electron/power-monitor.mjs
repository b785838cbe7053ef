/**
 * `powerMonitor`: idle time, lock and battery state set by the harness, which
 * can also fire suspend/resume/lock-screen/… as the system would.
 */
import { EventEmitter } from 'node:events';
import { ElectronEvent, recorded } from './context.mjs';

export function install(ctx) {
  const state = { idleSeconds: 0, locked: false, onBattery: false, thermalState: 'nominal' };
  const powerMonitor = new EventEmitter();
  Object.assign(
    powerMonitor,
    recorded(ctx, 'powerMonitor', {
      getSystemIdleTime: () => state.idleSeconds,
      getSystemIdleState(threshold) {
        if (!Number.isInteger(threshold) || threshold <= 0) throw new TypeError('Invalid idle threshold');
        return state.locked ? 'locked' : state.idleSeconds >= threshold ? 'idle' : 'active';
      },
      isOnBatteryPower: () => state.onBattery,
      getCurrentThermalState: () => state.thermalState,
    }),
  );
  Object.defineProperty(powerMonitor, 'onBatteryPower', { get: () => state.onBattery });

  ctx.command('powerMonitor.set', (values) => (Object.assign(state, values), null));
  /** suspend, resume, lock-screen, unlock-screen, shutdown, on-ac, on-battery, user-did-become-active… */
  ctx.command('powerMonitor.emit', ({ event }) => {
    if (!ctx.ready) throw new Error('powerMonitor events start after app ready');
    if (event === 'lock-screen') state.locked = true;
    if (event === 'unlock-screen') state.locked = false;
    if (event === 'on-battery') state.onBattery = true;
    if (event === 'on-ac') state.onBattery = false;
    powerMonitor.emit(event, new ElectronEvent());
    return null;
  });
  ctx.snapshot('powerMonitor', () => ({
    ...state,
    listeners: Object.fromEntries(
      powerMonitor.eventNames().map((e) => [String(e), powerMonitor.listenerCount(e)]),
    ),
  }));
  return { powerMonitor };
}
