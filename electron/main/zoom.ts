/**
 * Zoom shortcuts in every window. Electron's zoom shortcuts come from menu
 * items with the zoomIn/zoomOut/resetZoom roles; Unslouch is a tray app and
 * its windows show no menu, so this handles the same keys itself through
 * `before-input-event`, which Electron emits before the page's keydown and
 * documents for "custom shortcuts that are not visible in the menu"
 * (https://www.electronjs.org/docs/latest/tutorial/keyboard-shortcuts).
 * Preventing the event also stops a menu accelerator, so a key never zooms twice.
 */
import type { Input, WebContents } from 'electron';

export type ZoomAction = 'in' | 'out' | 'reset';

/** Chromium's own zoom steps (25 % … 500 %), so Unslouch zooms like a browser and reaches 200 % exactly. */
export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5];

/**
 * The zoom a key press asks for: Ctrl (Cmd on macOS) with + or = (in; = is
 * + without Shift on most layouts), - (out) or 0 (reset), from the main row
 * or the number pad. Alt and the other platform's modifier never zoom.
 */
export function zoomActionFor(
  input: Pick<Input, 'type' | 'key' | 'code' | 'control' | 'meta' | 'alt'>,
  platform: NodeJS.Platform,
): ZoomAction | null {
  if (input.type !== 'keyDown' || input.alt) return null;
  const mod = platform === 'darwin' ? input.meta && !input.control : input.control && !input.meta;
  if (!mod) return null;
  if (input.key === '+' || input.key === '=' || input.code === 'NumpadAdd') return 'in';
  if (input.key === '-' || input.key === '_' || input.code === 'NumpadSubtract') return 'out';
  if (input.key === '0' || input.code === 'Numpad0' || input.code === 'Digit0') return 'reset';
  return null;
}

/** The next zoom factor from `current` (which may sit between steps). */
export function nextZoomFactor(current: number, action: ZoomAction): number {
  if (action === 'reset') return 1;
  const eps = 0.001;
  if (action === 'in') return ZOOM_STEPS.find((s) => s > current + eps) ?? ZOOM_STEPS.at(-1)!;
  return [...ZOOM_STEPS].reverse().find((s) => s < current - eps) ?? ZOOM_STEPS[0]!;
}

export function installZoomShortcuts(
  contents: WebContents,
  platform: NodeJS.Platform = process.platform,
): void {
  contents.on('before-input-event', (event, input) => {
    const action = zoomActionFor(input, platform);
    if (!action) return;
    event.preventDefault();
    contents.setZoomFactor(nextZoomFactor(contents.getZoomFactor(), action));
  });
}
