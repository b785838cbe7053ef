/** `nativeTheme`: dark or light, switched by the harness ('updated' fires). */
import { EventEmitter } from 'node:events';

export function install(ctx) {
  const nativeTheme = new EventEmitter();
  let dark = false;
  nativeTheme.themeSource = 'system';
  Object.defineProperty(nativeTheme, 'shouldUseDarkColors', {
    get: () => (nativeTheme.themeSource === 'system' ? dark : nativeTheme.themeSource === 'dark'),
  });
  nativeTheme.shouldUseHighContrastColors = false;
  nativeTheme.shouldUseInvertedColorScheme = false;
  ctx.command('nativeTheme.set', ({ dark: next }) => {
    dark = Boolean(next);
    nativeTheme.emit('updated');
    return null;
  });
  ctx.snapshot('nativeTheme', () => ({ dark, themeSource: nativeTheme.themeSource }));
  return { nativeTheme };
}
