/**
 * Module resolution hook (node:module register()): the specifier `electron`
 * resolves to the fake Electron for the whole process, including inside
 * node_modules (electron-store imports it too).
 */
const FAKE_ELECTRON = new URL('../fake-electron/index.mjs', import.meta.url).href;
const ELECTRON_SPECIFIERS = new Set(['electron', 'electron/main', 'electron/common']);

export async function resolve(specifier, context, nextResolve) {
  if (ELECTRON_SPECIFIERS.has(specifier)) return { url: FAKE_ELECTRON, format: 'module', shortCircuit: true };
  return nextResolve(specifier, context);
}
