/**
 * The one place the renderer reaches the main process. In Electron the
 * preload exposes `window.unslouch`; in a plain browser (preview mode, browser
 * tests) an in-page backend built on the real core stands in for it.
 */
import type { UnslouchApi } from '../../../electron/shared/ipc-contract';
import { createPreviewBackend } from './preview-backend';

declare global {
  interface Window {
    unslouch?: UnslouchApi;
  }
}

let backend: UnslouchApi | undefined;

export function getBackend(): UnslouchApi {
  backend ??= window.unslouch ?? createPreviewBackend(window.localStorage);
  return backend;
}

export function isPreview(): boolean {
  return window.unslouch === undefined;
}
