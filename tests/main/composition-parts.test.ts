/**
 * The small modules the composition root (electron/main/index.ts) wires
 * together: opening the stores with their reports, which IPC senders are
 * answered, system events, and the tray's slot.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../electron/core/service/app-controller';
import type { TrayModel } from '../../electron/core/tray-model';
import { renderText } from '../../electron/shared/i18n';
import { appSenderChecks } from '../../electron/main/ipc-senders';
import {
  appStoreReports,
  openAppHistory,
  openAppSettings,
  removeStaleStoreTemps,
  type StoreReports,
} from '../../electron/main/open-stores';
import { forwardSystemEvents, type SystemEvent } from '../../electron/main/system-events';
import { createTraySlot } from '../../electron/main/tray-slot';
import { tempDir } from '../support/temp-store';

function recordingReports() {
  const logs: string[] = [];
  const told: string[] = [];
  const warned: string[] = [];
  const reports: StoreReports = {
    log: (m) => logs.push(m),
    tell: ({ title, body }) => told.push(`${title}: ${body}`),
    warn: ({ body, detail }) => warned.push(`${body} | ${detail}`),
  };
  return { reports, logs, told, warned };
}

describe('opening the stores', () => {
  it('a clean folder opens both with nothing said', () => {
    const dir = tempDir();
    const r = recordingReports();
    removeStaleStoreTemps(dir, r.reports.log);
    const settings = openAppSettings(dir, r.reports);
    const history = openAppHistory(dir, r.reports, Date.now);
    expect(settings.get().breaks.everyMinutes).toBe(30);
    expect(history.since(366, Date.now())).toEqual([]);
    expect([...r.logs, ...r.told, ...r.warned]).toEqual([]);
  });

  it('an unusable settings file: a warning naming the problem, and the log says where it was kept', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), '{"settings":');
    const r = recordingReports();
    const settings = openAppSettings(dir, r.reports);
    expect(settings.recovered).not.toBeNull();
    expect(r.warned).toHaveLength(1);
    expect(r.warned[0]).toContain(renderText(settings.recovered!.problems[0]!));
    expect(r.logs).toEqual([
      expect.stringMatching(/^settings file was unusable .*; kept as .*settings\.corrupt-/),
    ]);
    expect(r.told).toEqual([]);
  });

  it('unreadable history lines are told once at start', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'history.jsonl'), 'not json\n');
    const r = recordingReports();
    openAppHistory(dir, r.reports, Date.now);
    expect(r.told).toHaveLength(1);
    expect(r.told[0]).toMatch(/history\.corrupt-/);
  });

  it('the app’s reports log what they tell and notify it as words already in the person’s language', () => {
    const logs: string[] = [];
    const notices: Notice[] = [];
    const dialogs: unknown[] = [];
    const reports = appStoreReports(
      (m) => logs.push(m),
      (n) => notices.push(n),
      (options) => dialogs.push(options),
    );
    reports.tell({ title: 'T', body: 'B' });
    reports.warn({ title: 'W', body: 'body', detail: 'detail' });
    expect(logs).toEqual(['T: B']);
    expect(notices.map((n) => [renderText(n.title), renderText(n.body)])).toEqual([['T', 'B']]);
    expect(dialogs).toEqual([{ type: 'warning', title: 'W', message: 'body', detail: 'detail' }]);
  });
});

describe('which IPC senders are answered', () => {
  const checks = appSenderChecks((id) => id === 7, 'app://unslouch');

  it('reads the sender and its frame from the invoke event (a gone frame is null)', () => {
    expect(
      checks.describeSender({ sender: { id: 7 }, senderFrame: { url: 'app://unslouch/index.html' } }),
    ).toEqual({
      id: 7,
      frameUrl: 'app://unslouch/index.html',
    });
    expect(checks.describeSender({ sender: { id: 7 }, senderFrame: null })).toEqual({
      id: 7,
      frameUrl: null,
    });
  });

  it.each([
    [7, 'app://unslouch/index.html#/settings', true],
    [8, 'app://unslouch/index.html', false],
    [7, 'app://unslouch.evil/index.html', false],
    [7, 'https://example.com/', false],
    [7, null, false],
  ])('window %i, frame %s: %s', (id, frameUrl, trusted) => {
    expect(checks.isTrustedSender({ id, frameUrl })).toBe(trusted);
  });
});

describe('system events', () => {
  it('powerMonitor’s and the desktop’s events reach the controller as engine words', () => {
    const listeners = new Map<string, () => void>();
    let desktopLock: ((locked: boolean) => void) | null = null;
    const sent: SystemEvent[] = [];
    forwardSystemEvents(
      { on: (name, listener) => listeners.set(name, listener) },
      (listener) => (desktopLock = listener),
      (event) => sent.push(event),
    );
    for (const name of ['suspend', 'resume', 'lock-screen', 'unlock-screen']) listeners.get(name)!();
    desktopLock!(true);
    desktopLock!(false);
    expect(sent).toEqual(['suspend', 'resume', 'lock', 'unlock', 'lock', 'unlock']);
  });
});

describe('the tray slot', () => {
  const model = (tooltip: string) => ({ tooltip }) as unknown as TrayModel;

  it('keeps the latest model and draws it when the tray comes, then every new one', () => {
    const slot = createTraySlot();
    slot.update(model('a'));
    slot.update(model('b'));
    const drawn: unknown[] = [];
    slot.attach({ update: (m) => drawn.push(m.tooltip) });
    slot.update(model('c'));
    expect(drawn).toEqual(['b', 'c']);
    expect(slot.latest()).toEqual(model('c'));
  });

  it('draws nothing on attach before any model', () => {
    const slot = createTraySlot();
    const drawn: unknown[] = [];
    slot.attach({ update: (m) => drawn.push(m) });
    expect(drawn).toEqual([]);
    expect(slot.latest()).toBeNull();
  });
});
