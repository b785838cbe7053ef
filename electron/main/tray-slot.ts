/**
 * The tray icon's place in the app: the controller can draw its model before
 * the tray exists (the stores and windows come first), so the latest model is
 * kept and drawn when the tray is attached; the test hooks read it too.
 */
import type { TrayModel } from '../core/tray-model';

export function createTraySlot() {
  let tray: { update(model: TrayModel): void } | null = null;
  let latest: TrayModel | null = null;
  return {
    /** Draws the model now, or when the tray is attached. */
    update(model: TrayModel): void {
      latest = model;
      tray?.update(model);
    },
    attach(created: { update(model: TrayModel): void }): void {
      tray = created;
      if (latest) created.update(latest);
    },
    latest: () => latest,
  };
}
