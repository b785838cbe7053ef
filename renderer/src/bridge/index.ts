/**
 * The one place the renderer reaches the main process. In Electron the
 * preload exposes `window.unslouch`; in a plain browser (preview mode, browser
 * tests) an in-page backend built on the real core stands in for it.
 *
 * The preview backend imports the settings schema (zod), so it is loaded with
 * a dynamic import() only when `window.unslouch` is absent: the Electron
 * renderer never downloads or parses it.
 */
import type { UnslouchApi } from '../../../electron/shared/ipc-contract';
import { INVOKE_CHANNELS, type InvokeName } from '../../../electron/shared/ipc-channels';
import type { PreviewBackend } from './preview-backend';
import { loadViewWords } from '../../../electron/shared/i18n/load';

declare global {
  interface Window {
    unslouch?: UnslouchApi;
  }
}

let backend: UnslouchApi | undefined;
let preview: Promise<PreviewBackend> | undefined;

function loadPreview(): Promise<PreviewBackend> {
  // The preview's in-page core words its answers with the views' words too (electron/shared/i18n/view-words.ts).
  preview ??= Promise.all([import('./preview-backend'), loadViewWords()]).then(([m]) =>
    m.createPreviewBackend(window.localStorage),
  );
  return preview;
}

/** An UnslouchApi whose calls wait for the preview backend to load. */
function lazyPreview(): UnslouchApi {
  const api: Record<string, unknown> = {};
  for (const name of Object.keys(INVOKE_CHANNELS) as InvokeName[]) {
    api[name] = (...args: unknown[]) =>
      loadPreview().then((b) => (b[name] as (...a: unknown[]) => Promise<unknown>)(...args));
  }
  api.on = (event: string, listener: (payload: unknown) => void) => {
    let off: (() => void) | undefined;
    let cancelled = false;
    void loadPreview().then((b) => {
      if (!cancelled) off = b.on(event as never, listener as never);
    });
    return () => {
      cancelled = true;
      off?.();
    };
  };
  return api as UnslouchApi;
}

export function getBackend(): UnslouchApi {
  backend ??= window.unslouch ?? lazyPreview();
  return backend;
}

/**
 * Closes this window. In the browser preview the page is every window and a
 * script cannot close it: it goes back to the routines instead.
 */
export function closeWindow(): void {
  if (window.unslouch) window.close();
  else window.location.hash = '#/routines';
}

/** Tests: replace the backend (a fake), or drop it so the next call makes a fresh one. */
export function setBackendForTests(next: UnslouchApi | undefined): void {
  backend = next;
  preview = undefined;
}
