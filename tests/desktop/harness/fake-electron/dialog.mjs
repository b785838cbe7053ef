/**
 * `dialog`: records every dialog and answers at once. A spec can queue the
 * button a person would press (`dialog.respond`); otherwise the default one.
 */
import { describe, recorded } from './context.mjs';

const MESSAGE_BOX_TYPES = ['none', 'info', 'error', 'question', 'warning'];

export function install(ctx, electron) {
  const shown = [];
  const answers = [];

  // The window argument is optional and comes first.
  const split = (args) =>
    args[0] instanceof electron.BrowserWindow ? [args[0], args[1] ?? {}] : [null, args[0] ?? {}];

  function messageBox(kind, args) {
    const [win, options] = split(args);
    if (typeof options.message !== 'string') throw new TypeError('Message must be a string');
    if (options.type !== undefined && !MESSAGE_BOX_TYPES.includes(options.type)) {
      throw new TypeError(`Invalid message box type: ${options.type}`);
    }
    const response = answers.length > 0 ? answers.shift() : (options.defaultId ?? 0);
    const record = { kind, windowId: win?.id ?? null, ...describe(options), response };
    shown.push(record);
    ctx.notify('dialog.shown', record);
    return { response, checkboxChecked: Boolean(options.checkboxChecked) };
  }

  const dialog = recorded(ctx, 'dialog', {
    showMessageBox: (...args) => Promise.resolve(messageBox('messageBox', args)),
    showMessageBoxSync: (...args) => messageBox('messageBoxSync', args).response,
    showErrorBox(title, content) {
      const record = { kind: 'errorBox', windowId: null, title: String(title), content: String(content) };
      shown.push(record);
      ctx.notify('dialog.shown', record);
    },
    showOpenDialog(...args) {
      const [win, options] = split(args);
      shown.push({ kind: 'open', windowId: win?.id ?? null, ...describe(options) });
      return Promise.resolve({ canceled: true, filePaths: [] });
    },
    showSaveDialog(...args) {
      const [win, options] = split(args);
      shown.push({ kind: 'save', windowId: win?.id ?? null, ...describe(options) });
      return Promise.resolve({ canceled: true, filePath: '' });
    },
  });

  /** The button index the next message box will answer with. */
  ctx.command('dialog.respond', ({ response }) => (answers.push(response), null));
  ctx.snapshot('dialogs', () => shown);

  return { dialog };
}
