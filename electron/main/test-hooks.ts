/**
 * Hooks for the Playwright `_electron` suite (tests/e2e), installed only when
 * UNSLOUCH_E2E=1: Electron gives tests no way to read or click a tray menu,
 * so the suite reaches the same menu model the tray shows.
 */
import type { TrayAction, TrayItem, TrayModel } from '../core/tray-model';
import { renderText } from '../shared/i18n';

export interface TestHooks {
  trayModel(): TrayModel | null;
  /** The top-level tray labels as the person reads them. */
  trayLabels(): string[];
  /** Clicks a tray menu item by its labels, e.g. ['Pause', 'For 30 minutes']. */
  clickTray(labels: string[]): void;
}

export function findTrayAction(items: TrayItem[], labels: string[]): TrayAction | null {
  const [first, ...rest] = labels;
  const item = items.find(
    (i) => (i.type === 'action' || i.type === 'submenu') && renderText(i.label) === first,
  );
  if (!item) return null;
  if (item.type === 'submenu') return rest.length ? findTrayAction(item.items, rest) : null;
  if (item.type === 'action' && rest.length === 0 && item.enabled) return item.action;
  return null;
}

export function installTestHooks(model: () => TrayModel | null, run: (action: TrayAction) => void): void {
  if (process.env.UNSLOUCH_E2E !== '1') return;
  const hooks: TestHooks = {
    trayModel: model,
    trayLabels: () =>
      (model()?.items ?? []).flatMap((i) => (i.type === 'separator' ? [] : [renderText(i.label)])),
    clickTray(labels) {
      const current = model();
      const action = current && findTrayAction(current.items, labels);
      if (!action) throw new Error(`no enabled tray item ${labels.join(' ▸ ')}`);
      run(action);
    },
  };
  (globalThis as { __unslouchTest?: TestHooks }).__unslouchTest = hooks;
}
