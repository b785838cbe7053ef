import { describe, expect, it, vi } from 'vitest';
import {
  handlerFailedMessage,
  registerIpcHandlers,
  type Handlers,
  type SenderInfo,
} from '../../electron/main/ipc-router';
import { DEFAULT_SETTINGS } from '../../electron/core/settings';

function setup(trusted = true) {
  const registered = new Map<string, (event: unknown, payload: unknown) => unknown>();
  const ipcMain = {
    handle: (channel: string, fn: (event: unknown, payload: unknown) => unknown) =>
      registered.set(channel, fn),
    removeHandler: (channel: string) => registered.delete(channel),
  };
  const handlers: Handlers = {
    getSettings: vi.fn(() => ({ ok: true as const, value: DEFAULT_SETTINGS })),
    updateSettings: vi.fn(() => ({ ok: true as const, value: DEFAULT_SETTINGS })),
    getPrompt: vi.fn(() => ({ ok: true as const, value: null })),
    answerPrompt: vi.fn(() => ({ ok: true as const, value: { prompt: null } })),
    takeBreakNow: vi.fn(() => ({ ok: true as const, value: { prompt: null } })),
    startRoutine: vi.fn(({ routineId }: { routineId: string }) => ({
      ok: true as const,
      value: { routineId },
    })),
    finishRoutine: vi.fn(() => ({ ok: true as const, value: { record: null } })),
    getHistory: vi.fn(() => ({ ok: true as const, value: [] })),
    importSettings: vi.fn(() => ({ ok: true as const, value: DEFAULT_SETTINGS })),
    getCheckIns: vi.fn(() => ({ ok: true as const, value: [] })),
    saveCheckIn: vi.fn(() => ({ ok: false as const, error: { code: 'refused' as const, messages: ['x'] } })),
    getDesktopSignals: vi.fn(() => ({
      ok: true as const,
      value: {
        dnd: 'works',
        fullscreen: 'works',
        call: 'works',
        screenShare: 'works',
        apps: 'works',
        idle: 'works',
        lock: 'works',
      } as const,
    })),
    clearHistory: vi.fn(() => ({ ok: true as const, value: { breaks: 0, checkIns: 0 } })),
    pauseBreaks: vi.fn(() => ({ ok: true as const, value: null })),
  };
  const log = vi.fn();
  const dispose = registerIpcHandlers(ipcMain, handlers, {
    describeSender: (event) => event as SenderInfo,
    isTrustedSender: () => trusted,
    log,
  });
  const call = (channel: string, payload: unknown) =>
    registered.get(channel)!({ id: 1, frameUrl: 'app://unslouch/index.html' }, payload);
  return { registered, handlers, call, dispose, log };
}

describe('IPC router', () => {
  it('registers every channel of the contract and removes them again', () => {
    const { registered, dispose } = setup();
    expect([...registered.keys()].sort()).toEqual([
      'breaks:pause',
      'checkin:list',
      'checkin:save',
      'desktop:signals',
      'history:clear',
      'history:get',
      'prompt:answer',
      'prompt:break-now',
      'prompt:get',
      'routine:finish',
      'routine:start',
      'settings:get',
      'settings:import',
      'settings:update',
    ]);
    dispose();
    expect(registered.size).toBe(0);
  });

  it('passes a valid payload to the handler', async () => {
    const { call, handlers } = setup();
    await expect(call('settings:update', { breaks: { everyMinutes: 40 } })).resolves.toMatchObject({
      ok: true,
    });
    expect(handlers.updateSettings).toHaveBeenCalledWith({ breaks: { everyMinutes: 40 } }, expect.anything());
  });

  it.each([
    [
      'settings:update',
      'nonsense',
      'settings:update: payload: must be an object of settings to change (got "nonsense")',
    ],
    ['settings:update', null, 'settings:update: payload: must be an object of settings to change (got null)'],
    ['settings:get', { sneaky: true }, 'settings:get: payload: takes no payload (got {"sneaky":true})'],
    [
      'prompt:answer',
      { action: 'dance' },
      'prompt:answer: payload.action: must be one of "start", "snooze", "skip" (got "dance")',
    ],
    [
      'routine:start',
      { routineId: '../../etc' },
      'routine:start: payload.routineId: must be a routine id (got "../../etc")',
    ],
    [
      'routine:finish',
      { routineId: 'a', outcome: 'completed', secondsMoved: -1 },
      'routine:finish: payload.secondsMoved: must be at least 0 (got -1)',
    ],
    ['history:get', { days: 'all' }, 'history:get: payload.days: must be a number (got "all")'],
    [
      'checkin:save',
      { discomfort: 11, warnings: { legs: false, bladderBowel: false, fever: false, lyingDown: false } },
      'checkin:save: payload.discomfort: must be at most 10 (got 11)',
    ],
    ['settings:import', 'nonsense', 'settings:import: payload: must be an object (got "nonsense")'],
  ])('rejects a malformed payload on %s with a clear error', async (channel, payload, message) => {
    const { call, handlers, log } = setup();
    const result = await call(channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', messages: [message] } });
    // The same problem, structured, for the renderer to label.
    expect((result as { error: { issues: { path: unknown[] }[] } }).error.issues[0]!.path[0]).toBe('payload');
    expect(handlers.updateSettings).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('refuses a sender that is not one of our windows before looking at the payload', async () => {
    const { call, handlers } = setup(false);
    const result = await call('settings:update', { breaks: { everyMinutes: 40 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers.updateSettings).not.toHaveBeenCalled();
  });

  it('turns a handler that throws into a failure in plain words; the raw error goes to the log only', async () => {
    const { call, handlers, log } = setup();
    vi.mocked(handlers.getSettings).mockImplementation(() => {
      throw new Error('ENOSPC: no space left on device, write');
    });
    await expect(call('settings:get', undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'failed', messages: [handlerFailedMessage()] },
    });
    expect(handlerFailedMessage()).not.toMatch(/ENOSPC|settings:get/);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('ENOSPC'));
  });

  it('quotes an attacker-sized key or value truncated, in the reply and in the log', async () => {
    const { call, log } = setup();
    const huge = 'k'.repeat(10 * 1024 * 1024);
    const answer = await call('prompt:answer', { action: huge, [huge]: huge });
    expect(JSON.stringify(answer).length).toBeLessThan(2_000);
    expect(JSON.stringify(answer)).toContain('kkkk…');
    for (const [line] of log.mock.calls as [string][]) expect(line.length).toBeLessThan(2_000);
  });

  it('logs refusals a few at a time per sender, then sums up the rest', async () => {
    let now = 0;
    const registered = new Map<string, (event: unknown, payload: unknown) => unknown>();
    const log = vi.fn();
    registerIpcHandlers(
      { handle: (c, fn) => registered.set(c, fn), removeHandler: () => {} },
      setup().handlers,
      { describeSender: (e) => e as SenderInfo, isTrustedSender: (s) => s.id === 1, log, now: () => now },
    );
    const hostile = { id: 7, frameUrl: 'https://evil.example/' };
    for (let i = 0; i < 1000; i++) await registered.get('settings:get')!(hostile, undefined);
    expect(log).toHaveBeenCalledTimes(5);
    // Another sender has its own allowance.
    await registered.get('history:get')!({ id: 1, frameUrl: 'app://unslouch/index.html' }, { days: 'x' });
    expect(log).toHaveBeenCalledTimes(6);
    now += 60_000;
    await registered.get('settings:get')!(hostile, undefined);
    expect(log).toHaveBeenCalledWith('(995 more like this from the same sender were not logged)');
  });
});
