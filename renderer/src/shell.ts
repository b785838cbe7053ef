/**
 * The static first paint of the windows that must show at once (the break
 * prompt and the routine player): the window's frame as markup, written into
 * its own HTML file at build time (electron.vite.config.ts). The page paints
 * it as soon as the HTML and the stylesheet are in, without waiting for the
 * script; React then replaces it with the real view (createRoot clears the
 * container on its first render), using the same classes so nothing moves.
 * Words come from the message catalog.
 */
import { t } from '../../electron/shared/i18n';

export type ShellKind = 'prompt' | 'routine';
export const SHELL_KINDS: readonly ShellKind[] = ['prompt', 'routine'];

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export function shellMarkup(kind: ShellKind): string {
  const loading = `<p class="shell-loading">${escape(t('app.loading'))}</p>`;
  if (kind === 'prompt') return `<main class="prompt shell">${loading}</main>`;
  // The player's frame: the exercise area (filled in by React) and the footer's main controls, not yet active.
  const button = (className: string, label: string) =>
    `<button type="button" class="${className}" disabled>${label}</button>`;
  return (
    `<main class="player shell"><div class="player-scroll">${loading}</div>` +
    `<footer class="player-footer"><div class="controls">` +
    button('secondary', `<span aria-hidden="true">‹ </span>${escape(t('player.previous'))}`) +
    button('primary', escape(t('player.pause'))) +
    button('secondary', `${escape(t('player.next'))}<span aria-hidden="true"> ›</span>`) +
    `</div></footer></main>`
  );
}

/** index.html with a shell in its root element. */
export function withShell(indexHtml: string, kind: ShellKind): string {
  const root = '<div id="root"></div>';
  if (!indexHtml.includes(root)) throw new Error(`index.html has no ${root} to put the ${kind} shell in`);
  return indexHtml.replace(root, `<div id="root">${shellMarkup(kind)}</div>`);
}
