/**
 * What the tray shows, derived from the engine's status: the status line,
 * the tooltip, the icon state and the menu as plain data. Words are `Text`
 * (catalog keys with arguments): the main process words them in the person's
 * language and turns the items into Electron's Menu. Nothing here knows
 * Electron or English.
 */
import type { EngineStatus } from './engine/types';
import type { AppCommand } from './commands';
import { text, literal, type Text } from '../shared/i18n/text';
import { wallClock, type Instant } from './time/zone';

/** "10:32" today, "09:00 Mon" on another day. */
export function when(t: Instant, now: Instant, zone: string): Text {
  return wallClock(t, zone).date === wallClock(now, zone).date
    ? text('when.today', { time: { time: t } })
    : text('when.otherDay', { time: { time: t }, weekday: { weekday: t } });
}

export function statusLine(
  status: EngineStatus,
  now: Instant,
  zone: string,
  routineTitle: (id: string) => string,
): Text {
  switch (status.kind) {
    case 'next':
      return text('tray.status.next', { when: when(status.at, now, zone) });
    case 'prompt':
      return status.held ? text(`tray.status.held.${status.held.reason}`) : text('tray.status.prompt');
    case 'snoozed':
      return text('tray.status.snoozed', { when: when(status.until, now, zone) });
    case 'routine':
      return text('tray.status.routine', { title: routineTitle(status.routineId) });
    case 'away':
      return text('tray.status.away');
    case 'paused':
      return status.until === null
        ? text('tray.status.pausedIndefinitely')
        : text('tray.status.paused', { when: when(status.until, now, zone) });
    case 'outside':
      return status.next === null
        ? text('tray.status.outside')
        : text('tray.status.outsideNext', { when: when(status.next, now, zone) });
    case 'day-off':
      return status.next === null
        ? text('tray.status.dayOff')
        : text('tray.status.dayOffNext', { when: when(status.next, now, zone) });
  }
}

export type TrayIconState = 'active' | 'paused' | 'outside';

export function trayIconState(status: EngineStatus): TrayIconState {
  if (status.kind === 'paused') return 'paused';
  if (status.kind === 'outside' || status.kind === 'day-off') return 'outside';
  return 'active';
}

/** What a tray item does: one of the app's commands (see ./commands.ts). */
export type TrayAction = AppCommand;

export type TrayItem =
  | { type: 'label'; label: Text }
  | { type: 'separator' }
  | { type: 'action'; label: Text; action: TrayAction; enabled: boolean }
  | { type: 'submenu'; label: Text; items: TrayItem[] };

export interface TrayModel {
  tooltip: Text;
  icon: TrayIconState;
  items: TrayItem[];
}

const action = (key: Parameters<typeof text>[0], act: TrayAction, enabled = true): TrayItem => ({
  type: 'action',
  label: text(key),
  action: act,
  enabled,
});

export function trayModel(input: {
  status: EngineStatus;
  now: Instant;
  zone: string;
  /** `own`: the person's own routines, listed after the shipped ones. */
  routines: { id: string; title: string; setting: 'desk' | 'floor'; own?: boolean }[];
}): TrayModel {
  const { status } = input;
  const title = (id: string) => input.routines.find((r) => r.id === id)?.title ?? id;
  const line = statusLine(status, input.now, input.zone, title);
  const paused = status.kind === 'paused';
  const busy = status.kind === 'routine';
  const pending = status.kind === 'prompt';
  const routineItem = (r: { id: string; title: string }): TrayItem => ({
    type: 'action',
    label: literal(r.title),
    action: { kind: 'start-routine', routineId: r.id },
    enabled: !busy,
  });
  const shipped = input.routines.filter((r) => !r.own);
  const desk = shipped.filter((r) => r.setting === 'desk').map(routineItem);
  const floor = shipped.filter((r) => r.setting === 'floor').map(routineItem);
  const own = input.routines.filter((r) => r.own).map(routineItem);
  const groups = [desk, floor, own].filter((g) => g.length);
  return {
    tooltip: text('tray.tooltip', { status: line }),
    icon: trayIconState(status),
    items: [
      { type: 'label', label: line },
      { type: 'separator' },
      // While a prompt is open (or was closed by hand and is snoozed) the person can bring it back.
      // A held break (R11) is brought on screen by asking for it.
      ...(pending
        ? [action('tray.showPrompt', status.held ? { kind: 'break-now' } : { kind: 'show-prompt' })]
        : []),
      ...(!pending && !busy && !paused ? [action('tray.breakNow', { kind: 'break-now' })] : []),
      {
        type: 'submenu',
        label: text('tray.startRoutine'),
        items: groups.flatMap((g, i) => (i ? [{ type: 'separator' } as TrayItem, ...g] : g)),
      },
      action(
        'tray.skipNext',
        { kind: 'skip-next' },
        status.kind === 'next' || status.kind === 'prompt' || status.kind === 'snoozed',
      ),
      {
        type: 'submenu',
        label: text('tray.pause'),
        items: [
          action('tray.pause.30', { kind: 'pause', request: { kind: 'minutes', minutes: 30 } }),
          action('tray.pause.60', { kind: 'pause', request: { kind: 'minutes', minutes: 60 } }),
          action('tray.pause.tomorrow', { kind: 'pause', request: { kind: 'tomorrow' } }),
          action('tray.pause.indefinite', { kind: 'pause', request: { kind: 'indefinite' } }),
        ],
      },
      action('tray.resume', { kind: 'resume' }, paused),
      { type: 'separator' },
      action('tray.open', { kind: 'open', view: 'settings' }),
      action('tray.library', { kind: 'open', view: 'library' }),
      action('tray.history', { kind: 'open', view: 'history' }),
      action('tray.welcome', { kind: 'open', view: 'welcome' }),
      { type: 'separator' },
      action('tray.quit', { kind: 'quit' }),
    ],
  };
}
