/**
 * `powerMonitor`: idle time, lock and battery state set by the harness, which
 * can also fire suspend/resume/lock-screen/… as the system would.
 */
import { EventEmitter } from 'node:events';
import { ElectronEvent, recorded } from './context.mjs';

export function install(ctx) {
  const state = { idleSeconds: 0, locked: false, onBattery: false, thermalState: 'nominal' };
  /**
   * When set (epoch ms), the person gave no input since then and the idle time
   * grows with the app process's clock (the simulated one, if installed);
   * when null, the idle time is the fixed `state.idleSeconds`.
   */
  let lastInputAt = null;
  const trueIdleSeconds = () =>
    lastInputAt === null ? state.idleSeconds : Math.max(0, Math.floor((Date.now() - lastInputAt) / 1000));
  // Electron on Wayland cannot read the idle time and answers 0 (electron#27912, #34826).
  const wayland = process.platform === 'linux' && ctx.config.linuxSession === 'wayland';
  const idleSeconds = () => (wayland ? 0 : trueIdleSeconds());
  const powerMonitor = new EventEmitter();
  Object.assign(
    powerMonitor,
    recorded(ctx, 'powerMonitor', {
      getSystemIdleTime: () => idleSeconds(),
      getSystemIdleState(threshold) {
        if (!Number.isInteger(threshold) || threshold <= 0) throw new TypeError('Invalid idle threshold');
        return state.locked ? 'locked' : idleSeconds() >= threshold ? 'idle' : 'active';
      },
      isOnBatteryPower: () => state.onBattery,
      getCurrentThermalState: () => state.thermalState,
    }),
  );
  Object.defineProperty(powerMonitor, 'onBatteryPower', { get: () => state.onBattery });

  ctx.command('powerMonitor.set', (values) => {
    if ('idleSeconds' in values) lastInputAt = null;
    Object.assign(state, values);
    return null;
  });
  /**
   * { seconds }: the person's last input was `seconds` ago and they stay away
   * (the idle time grows as the clock moves); { active: true }: they are
   * typing right now and keep at it (idle time 0).
   */
  ctx.command('powerMonitor.setIdle', ({ seconds, active }) => {
    if (active) {
      lastInputAt = null;
      state.idleSeconds = 0;
      return null;
    }
    if (!(Number(seconds) >= 0))
      throw new Error(`powerMonitor.setIdle: seconds must be >= 0, got ${seconds}`);
    lastInputAt = Date.now() - Number(seconds) * 1000;
    return null;
  });
  /** suspend, resume, lock-screen, unlock-screen, shutdown, on-ac, on-battery, user-did-become-active… */
  ctx.command('powerMonitor.emit', ({ event }) => {
    if (!ctx.ready) throw new Error('powerMonitor events start after app ready');
    // "lock-screen / unlock-screen: macOS, Windows" — Electron never emits them on Linux (electron#24800).
    if (process.platform === 'linux' && (event === 'lock-screen' || event === 'unlock-screen'))
      throw new Error(
        `Electron does not emit ${event} on Linux (electron#24800): lock the session through a fake desktop bus (setLocked)`,
      );
    if (event === 'lock-screen') state.locked = true;
    if (event === 'unlock-screen') state.locked = false;
    if (event === 'on-battery') state.onBattery = true;
    if (event === 'on-ac') state.onBattery = false;
    powerMonitor.emit(event, new ElectronEvent());
    return null;
  });
  ctx.snapshot('powerMonitor', () => ({
    ...state,
    idleSeconds: idleSeconds(),
    lastInputAt: lastInputAt === null ? null : new Date(lastInputAt).toISOString(),
    listeners: Object.fromEntries(
      powerMonitor.eventNames().map((e) => [String(e), powerMonitor.listenerCount(e)]),
    ),
  }));
  return { powerMonitor };
}
