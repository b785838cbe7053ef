/**
 * `nativeTheme`, modelled on Electron's documentation
 * (https://www.electronjs.org/docs/latest/api/native-theme):
 *
 * - `themeSource` is 'system' (the default), 'light' or 'dark'; any other
 *   value is refused (Electron throws on an unknown enum value).
 * - `shouldUseDarkColors` is the system's setting under 'system', otherwise
 *   what `themeSource` forces.
 * - Setting `themeSource` "will emit the updated event", and the
 *   `prefers-color-scheme` CSS query of every renderer follows
 *   `shouldUseDarkColors`: the harness is told (`nativeTheme.changed`) and
 *   emulates the colour scheme on every page.
 * - 'updated' is emitted when "something in the underlying NativeTheme has
 *   changed" — the system's dark mode or high contrast (`nativeTheme.set`).
 * - `shouldUseHighContrastColors` exists on macOS and Windows only; on Linux
 *   Electron reports false.
 */
import { EventEmitter } from 'node:events';

const SOURCES = ['system', 'light', 'dark'];

export function install(ctx) {
  const nativeTheme = new EventEmitter();
  let dark = false;
  let highContrast = false;
  let source = 'system';
  const platform = process.platform;
  const useDark = () => (source === 'system' ? dark : source === 'dark');
  const changed = () => {
    ctx.notify('nativeTheme.changed', {
      dark: useDark(),
      highContrast: nativeTheme.shouldUseHighContrastColors,
    });
    nativeTheme.emit('updated');
  };
  Object.defineProperty(nativeTheme, 'themeSource', {
    get: () => source,
    set: (next) => {
      if (!SOURCES.includes(next)) {
        throw new TypeError(`Error processing argument at index 0, conversion failure from ${String(next)}`);
      }
      ctx.record('nativeTheme', 'set themeSource', [next]);
      source = next;
      changed();
    },
  });
  Object.defineProperty(nativeTheme, 'shouldUseDarkColors', { get: useDark });
  Object.defineProperty(nativeTheme, 'shouldUseHighContrastColors', {
    get: () => platform !== 'linux' && highContrast,
  });
  nativeTheme.shouldUseInvertedColorScheme = false;
  nativeTheme.__describe = () => ({ nativeTheme: true });
  /** The system's appearance changed (the person switched to dark mode or high contrast). */
  ctx.command('nativeTheme.set', ({ dark: nextDark, highContrast: nextContrast }) => {
    if (nextDark !== undefined) dark = Boolean(nextDark);
    if (nextContrast !== undefined) highContrast = Boolean(nextContrast);
    changed();
    return null;
  });
  ctx.snapshot('nativeTheme', () => ({
    dark,
    themeSource: source,
    shouldUseDarkColors: useDark(),
    highContrast,
  }));
  return { nativeTheme };
}
