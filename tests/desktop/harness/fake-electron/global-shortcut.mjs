/** `globalShortcut`: registrations are recorded; the harness can press one. */
import { readyOnly, recorded } from './context.mjs';

export function install(ctx) {
  const registered = new Map();
  const taken = new Set(ctx.config.takenShortcuts ?? []);
  const target = recorded(ctx, 'globalShortcut', {
    register(accelerator, callback) {
      if (taken.has(accelerator) || registered.has(accelerator)) return false;
      registered.set(accelerator, callback);
      return true;
    },
    registerAll(accelerators, callback) {
      for (const a of accelerators) target.register(a, callback);
    },
    isRegistered: (accelerator) => registered.has(accelerator),
    unregister: (accelerator) => void registered.delete(accelerator),
    unregisterAll: () => registered.clear(),
  });
  const globalShortcut = readyOnly(ctx, 'globalShortcut cannot be used before the app is ready', target);

  ctx.command('globalShortcut.press', ({ accelerator }) => {
    const callback = registered.get(accelerator);
    if (!callback) throw new Error(`globalShortcut: ${accelerator} is not registered`);
    callback();
    return null;
  });
  ctx.snapshot('globalShortcuts', () => [...registered.keys()]);
  return { globalShortcut };
}
