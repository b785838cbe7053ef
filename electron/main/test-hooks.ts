/**
 * Hooks for the Playwright `_electron` suite (tests/e2e), installed only when
 * UNSLOUCH_E2E=1: Electron gives tests no way to read or click a tray menu,
 * so the suite reaches the same menu model the tray shows. With
 * UNSLOUCH_E2E_DESKTOP=scripted too, the desktop signals (busy, idle) are a
 * stand-in the suite scripts, as the desktop harness scripts its fake desktop.
 */
import type { TrayAction, TrayItem, TrayModel } from '../core/tray-model';
import { DESKTOP_SIGNALS, type BusySignal, type DesktopSignalsReport } from '../shared/desktop-signals';
import { renderText } from '../shared/i18n';
import type { DesktopSample, DesktopSignals } from './desktop';
import type { DesktopSetupPorts } from './desktop/setup';

export interface TestHooks {
  trayModel(): TrayModel | null;
  /** The top-level tray labels as the person reads them. */
  trayLabels(): string[];
  /** Clicks a tray menu item by its labels, e.g. ['Pause', 'For 30 minutes']. */
  clickTray(labels: string[]): void;
  /** What the scripted desktop reports from its next sample on (UNSLOUCH_E2E_DESKTOP=scripted). */
  scriptDesktop(state: Partial<ScriptedDesktop>): void;
}

export interface ScriptedDesktop {
  /** The busy signals that are on. */
  busy: BusySignal[];
  /** Seconds since the last input (also what powerMonitor says). */
  idleSeconds: number;
}

let scripted: ScriptedDesktop | null = null;
/** Whether `busy` can be scripted (the stand-in facade); with the fake bus the real probes answer it. */
let scriptedBusy = true;

/**
 * The desktop-signals ports for `setupDesktopSignals` when the e2e suite
 * scripts the desktop, so the real machine's desktop (its idle time, a call
 * on it) cannot change a journey. Otherwise null: the real probes run.
 *
 * - `UNSLOUCH_E2E_DESKTOP=scripted`: a stand-in facade and powerMonitor
 *   answering what the suite last set.
 * - `UNSLOUCH_E2E_DESKTOP=fake-bus` (Linux): the app's real probes, but they
 *   see only the desktop in `UNSLOUCH_E2E_DESKTOP_ENV` (JSON: the suite's
 *   private D-Bus bus, session type, desktop name, a PATH of scripted tools),
 *   and powerMonitor answers the scripted idle time (0 unless set, as
 *   Electron's does on Wayland: electron#27912). Electron's own environment
 *   is left alone: `XDG_SESSION_TYPE=wayland` there would make Electron look
 *   for a Wayland compositor.
 */
export function scriptedDesktopPorts(
  env: NodeJS.ProcessEnv = process.env,
): Partial<DesktopSetupPorts> | null {
  if (env.UNSLOUCH_E2E !== '1') return null;
  if (env.UNSLOUCH_E2E_DESKTOP === 'fake-bus') return fakeBusPorts(env);
  if (env.UNSLOUCH_E2E_DESKTOP !== 'scripted') return null;
  const state: ScriptedDesktop = (scripted = { busy: [], idleSeconds: 0 });
  scriptedBusy = true;
  let latest: DesktopSample | null = null;
  const signals: DesktopSignals = {
    sample: async () =>
      (latest = {
        busy: state.busy.length > 0,
        reasons: [...state.busy],
        readings: Object.fromEntries(
          state.busy.map((s) => [s, { known: true, value: true, source: 'scripted' }]),
        ),
        idleSeconds: state.idleSeconds,
        idleSource: 'scripted',
        locked: null,
        cost: { spawned: 0, busCalls: 0, ms: 0 },
      }),
    last: () => latest,
    availability: async () =>
      Object.fromEntries(DESKTOP_SIGNALS.map((s) => [s, 'works'])) as DesktopSignalsReport,
    onLockChange: async () => () => {},
    close: () => {},
  };
  return { signals, powerMonitor: { getSystemIdleTime: () => state.idleSeconds } };
}

function fakeBusPorts(env: NodeJS.ProcessEnv): Partial<DesktopSetupPorts> {
  let desktopEnv: unknown;
  try {
    desktopEnv = JSON.parse(env.UNSLOUCH_E2E_DESKTOP_ENV ?? '');
  } catch {
    throw new Error('UNSLOUCH_E2E_DESKTOP=fake-bus needs UNSLOUCH_E2E_DESKTOP_ENV (JSON)');
  }
  if (typeof desktopEnv !== 'object' || desktopEnv === null)
    throw new Error('UNSLOUCH_E2E_DESKTOP_ENV must be a JSON object');
  const state: ScriptedDesktop = (scripted = { busy: [], idleSeconds: 0 });
  scriptedBusy = false;
  return {
    platform: 'linux',
    // No PATH of its own: the machine's tools (its real gsettings, pactl) are out of reach.
    env: { PATH: '', ...(desktopEnv as NodeJS.ProcessEnv) },
    powerMonitor: { getSystemIdleTime: () => state.idleSeconds },
  };
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
    scriptDesktop(state) {
      if (!scripted)
        throw new Error(
          'the desktop is not scripted: start the app with UNSLOUCH_E2E_DESKTOP=scripted or fake-bus',
        );
      if (state.busy && !scriptedBusy)
        throw new Error(
          'with UNSLOUCH_E2E_DESKTOP=fake-bus the real probes read busy: script the fake desktop',
        );
      Object.assign(scripted, state);
    },
  };
  (globalThis as { __unslouchTest?: TestHooks }).__unslouchTest = hooks;
}
