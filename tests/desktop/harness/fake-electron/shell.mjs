/** `shell`: records what the app asked to open; opens nothing. */
import { recorded } from './context.mjs';

export function install(ctx) {
  const opened = [];
  const shell = recorded(ctx, 'shell', {
    openExternal(url, options = {}) {
      opened.push({ kind: 'external', target: String(url), options });
      return Promise.resolve();
    },
    openPath(file) {
      opened.push({ kind: 'path', target: String(file) });
      return Promise.resolve('');
    },
    showItemInFolder(file) {
      opened.push({ kind: 'folder', target: String(file) });
    },
    trashItem: () => Promise.resolve(),
    beep: () => {},
  });
  ctx.snapshot('shell', () => opened);
  return { shell };
}
