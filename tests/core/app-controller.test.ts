/** The app controller with fake ports: what the IPC handlers, tray commands and window closes do. */
import { describe, expect, it, vi } from 'vitest';
import {
  createAppController,
  type ControllerPorts,
  type Notice,
} from '../../electron/core/service/app-controller';
import {
  DEFAULT_SETTINGS,
  applySettingsPatch,
  checkSettingsPatch,
  checkStoredSettings,
  type Settings,
} from '../../electron/core/settings';
import type { BreakRecord } from '../../electron/core/history/types';
import type { BusyReason } from '../../electron/core/engine/types';
import type { CheckIn } from '../../electron/core/history/checkin';
import { renderText } from '../../electron/shared/i18n';

const NINE = Date.parse('2026-03-23T09:00:00+01:00'); // a Monday in Berlin

function setup(
  options: {
    shortcutTaken?: string[];
    settings?: unknown;
    integration?: string[];
    languageLoads?: Promise<void>;
  } = {},
) {
  let now = NINE;
  let busy: BusyReason[] = [];
  let wake: { at: number; fire: () => void } | null = null;
  let settings: Settings = DEFAULT_SETTINGS;
  if (options.settings) {
    const patched = applySettingsPatch(DEFAULT_SETTINGS, options.settings);
    if (!patched.ok) throw new Error(patched.error.join('; '));
    settings = patched.value;
  }
  const records: BreakRecord[] = [];
  const checkIns: CheckIn[] = [];
  const notices: Notice[] = [];
  const shown: string[] = [];
  const shortcuts: string[] = [];
  const logs: string[] = [];
  let ids = 0;
  const ports: ControllerPorts = {
    now: () => now,
    timezone: () => 'Europe/Berlin',
    idleSeconds: () => 0,
    busyReasons: () => busy,
    scheduler: { plan: (at, fire) => (wake = at === null ? null : { at, fire }) },
    newId: () => `id-${++ids}`,
    settings: {
      get: () => settings,
      update(patch) {
        const next = checkSettingsPatch(settings, patch);
        if (next.ok) settings = next.value;
        return next;
      },
      replace(next) {
        const loaded = checkStoredSettings(next);
        if (loaded.ok) settings = loaded.value;
        return loaded;
      },
    },
    history: {
      append: (r) => records.push(r),
      since: () => records,
      checkIns: () => checkIns,
      addCheckIn: (c) => checkIns.push(c),
      clear: () => ({ breaks: records.splice(0).length, checkIns: checkIns.splice(0).length }),
    },
    catalog: {
      routines: [{ id: 'desk-a', title: 'Desk A', setting: 'desk' }],
      choices: { desk: ['desk-a'], floor: [] },
      has: (id) => id === 'desk-a',
      title: (id) => (id === 'desk-a' ? 'Desk A' : null),
      seconds: () => 120,
    },
    windows: {
      show: (view) => shown.push(view),
      openRoutine: (id) => shown.push(`routine ${id}`),
      closePrompt: () => shown.push('close prompt'),
      broadcast: () => {},
    },
    notify: (n) => notices.push(n),
    desktopSignals: async () => ({}) as never,
    integration: {
      applyShortcut: (accelerator) => {
        shortcuts.push(accelerator);
        return options.shortcutTaken?.includes(accelerator) ? 'taken' : null;
      },
      applyStartAtLogin: (enabled) => void options.integration?.push(`start at login ${enabled}`),
      applyTheme: () => {},
      applyLanguage: (choice) => {
        options.integration?.push(`language ${choice}`);
        return options.languageLoads?.then(() => void options.integration?.push(`language ${choice} loaded`));
      },
    },
    trayChanged: () => {},
    quit: () => shown.push('quit'),
    log: (m) => logs.push(m),
  };
  const controller = createAppController(ports, (value) => renderText(value));
  controller.start();
  const runTo = (iso: string) => {
    const end = Date.parse(iso);
    while (wake && wake.at <= end) {
      now = wake.at;
      const { fire } = wake;
      wake = null;
      fire();
    }
    now = end;
  };
  return {
    controller,
    records,
    notices,
    shown,
    shortcuts,
    logs,
    runTo,
    settings: () => settings,
    setNow: (iso: string) => (now = Date.parse(iso)),
    setBusy: (reasons: BusyReason[]) => (busy = reasons),
  };
}

describe('app controller', () => {
  for (const [away, back] of [
    ['suspend', 'resume'],
    ['lock', 'unlock'],
  ] as const) {
    it(`back (${back}) into a call: the break that fell due meanwhile is held, no prompt flashes`, () => {
      const app = setup();
      app.runTo('2026-03-23T09:28:00+01:00');
      app.controller.system(away);
      // 09:31: the break fell due while away (3 minutes, not a natural break); a call began meanwhile.
      app.setNow('2026-03-23T09:31:00+01:00');
      app.setBusy(['call']);
      app.controller.system(back);
      expect(app.shown).not.toContain('prompt');
      expect(app.controller.service.currentPrompt()).toBeNull();
    });
  }

  it('a language change rewrites the start-at-login entry once the language is loaded (its Comment is in that language)', async () => {
    const integration: string[] = [];
    let loaded: () => void = () => {};
    const languageLoads = new Promise<void>((resolve) => (loaded = resolve));
    const app = setup({ settings: { app: { startAtLogin: true } }, integration, languageLoads });
    integration.length = 0;
    expect(app.controller.handlers.updateSettings({ app: { language: 'de' } })).toMatchObject({ ok: true });
    expect(integration).toEqual(['language de']);
    loaded();
    await vi.waitFor(() =>
      expect(integration).toEqual(['language de', 'language de loaded', 'start at login true']),
    );
  });

  it('with start at login off, a language change writes no entry', async () => {
    const integration: string[] = [];
    const app = setup({ integration, languageLoads: Promise.resolve() });
    integration.length = 0;
    app.controller.handlers.updateSettings({ app: { language: 'fr' } });
    await vi.waitFor(() => expect(integration).toEqual(['language fr', 'language fr loaded']));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(integration).toEqual(['language fr', 'language fr loaded']);
  });

  it('closing the prompt window snoozes while snoozes are left, and skips when none are', () => {
    const app = setup({ settings: { breaks: { maxSnoozes: 1 } } });
    app.runTo('2026-03-23T09:30:00+01:00');
    expect(app.controller.service.currentPrompt()).toMatchObject({ snoozesLeft: 1 });
    app.controller.promptWindowClosed();
    expect(app.controller.service.status()).toMatchObject({ kind: 'snoozed' });
    app.runTo('2026-03-23T09:35:00+01:00');
    expect(app.controller.service.currentPrompt()).toMatchObject({ snoozesLeft: 0 });
    app.controller.promptWindowClosed();
    expect(app.records).toEqual([expect.objectContaining({ outcome: 'skipped', snoozes: 1 })]);
  });

  it('a close of the window after an answer (the prompt is gone) changes nothing', () => {
    const app = setup();
    app.runTo('2026-03-23T09:30:00+01:00');
    app.controller.handlers.answerPrompt({ action: 'skip' });
    app.controller.promptWindowClosed();
    expect(app.records).toHaveLength(1);
  });

  it('a shortcut the system refuses refuses the whole settings change and keeps the old one', () => {
    const app = setup({ shortcutTaken: ['Control+Alt+P'] });
    const result = app.controller.handlers.updateSettings({
      app: { globalShortcut: 'Control+Alt+P' },
      breaks: { everyMinutes: 45 },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-settings' } });
    expect(!result.ok && result.error.messages[0]).toMatch(/^Global shortcut: .*already used/);
    expect(!result.ok && result.error.issues?.[0]?.path).toEqual(['app', 'globalShortcut']);
    expect(app.settings().breaks.everyMinutes).toBe(30);
    expect(app.shortcuts.at(-1)).toBe(DEFAULT_SETTINGS.app.globalShortcut);
  });

  it('offers the check-in once a day, after the first break taken', () => {
    const app = setup({ settings: { app: { checkIn: true } } });
    for (const at of ['09:01', '09:05']) {
      app.controller.run({ kind: 'start-routine', routineId: 'desk-a' });
      app.setNow(`2026-03-23T${at}:00+01:00`);
      app.controller.handlers.finishRoutine({ routineId: 'desk-a', outcome: 'completed', secondsMoved: 60 });
    }
    const offers = app.notices.filter((n) => renderText(n.title) === 'How is your back today?');
    expect(offers).toHaveLength(1);
    offers[0]!.onClick?.();
    expect(app.shown).toContain('history');
  });

  it('runs tray and command-line commands through one mapping', () => {
    const app = setup();
    app.controller.run({ kind: 'pause', request: { kind: 'minutes', minutes: 30 } });
    expect(app.controller.service.status()).toMatchObject({ kind: 'paused' });
    app.controller.run({ kind: 'pause', request: { kind: 'minutes', minutes: 0 } }, '--pause');
    app.controller.run({ kind: 'resume' });
    app.controller.run({ kind: 'start-routine', routineId: 'nope' }, '--start-routine');
    expect(app.logs).toEqual(['--pause: pause-in-past', '--start-routine: no routine "nope"']);
    app.controller.run({ kind: 'open', view: 'library' });
    app.controller.run({ kind: 'quit' });
    expect(app.shown).toEqual(['library', 'quit']);
  });

  it('words refusals from the catalog and keeps the reason code', () => {
    const app = setup();
    expect(app.controller.handlers.answerPrompt({ action: 'start' })).toEqual({
      ok: false,
      error: { code: 'refused', reason: 'no-prompt', messages: ['There is no break prompt to answer.'] },
    });
  });
});

describe('what the composition root hands the controller', () => {
  it('a closed window: the prompt’s is an answer, the routine’s a partial break, others nothing', () => {
    const app = setup();
    app.controller.windowClosed('settings');
    app.runTo('2026-03-23T09:30:00+01:00');
    app.controller.windowClosed('prompt');
    expect(app.controller.service.status()).toMatchObject({ kind: 'snoozed' });
    app.controller.handlers.startRoutine({ routineId: 'desk-a' });
    app.setNow('2026-03-23T09:31:00+01:00');
    app.controller.windowClosed('routine');
    expect(app.records).toEqual([expect.objectContaining({ outcome: 'partial', routineId: 'desk-a' })]);
  });

  it('runs the command line’s commands, logging each refusal as its flag', () => {
    const app = setup();
    app.controller.runCommandLine([{ kind: 'settings' }, { kind: 'pause', minutes: 30 }]);
    expect(app.shown).toEqual(['settings']);
    expect(app.controller.service.status()).toMatchObject({ kind: 'paused' });
    expect(app.logs).toEqual([]);
    app.controller.runCommandLine([{ kind: 'start-routine', routineId: 'nope' }]);
    expect(app.logs).toEqual(['--start-routine: no routine "nope"']);
  });

  it('a second instance: its commands run, none opens a window, bad ones are told and change nothing', () => {
    const app = setup();
    app.controller.secondInstance({ commands: [{ kind: 'pause', minutes: 30 }] }, []);
    expect(app.controller.service.status()).toMatchObject({ kind: 'paused' });
    app.controller.secondInstance({ commands: [{ kind: 'resume' }] }, []);
    expect(app.shown).toEqual([]);
    app.controller.secondInstance(undefined, ['/usr/bin/unslouch']);
    expect(app.shown).toEqual(['welcome']); // welcome not yet seen
    app.controller.secondInstance({ commands: [{ kind: 'pause', minutes: 'abc' }] }, []);
    expect(app.shown).toHaveLength(1);
    expect(app.notices.map((n) => renderText(n.title))).toContain('Unslouch did not understand the command');
    expect(renderText(app.notices.at(-1)!.body)).toMatch(/commands\[0\]/);
    expect(app.logs.at(-1)).toMatch(/^second instance refused: .*commands\[0\]/);
    expect(app.controller.service.status()).not.toMatchObject({ kind: 'paused' });
  });
});
