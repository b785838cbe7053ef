import { describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers, type Handlers, type SenderInfo } from '../../electron/main/ipc-router';
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
    startRoutine: vi.fn(({ routineId }: { routineId: string }) => ({
      ok: true as const,
      value: { routineId },
    })),
    finishRoutine: vi.fn(() => ({ ok: true as const, value: { record: null } })),
    getHistory: vi.fn(() => ({ ok: true as const, value: [] })),
    importSettings: vi.fn(() => ({ ok: true as const, value: DEFAULT_SETTINGS })),
    getCheckIns: vi.fn(() => ({ ok: true as const, value: [] })),
    saveCheckIn: vi.fn(() => ({ ok: false as const, error: { code: 'refused' as const, messages: ['x'] } })),
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
      'history:clear',
      'history:get',
      'prompt:answer',
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
    ['settings:update', 'nonsense', 'settings:update: payload: must be an object of settings to change'],
    ['settings:update', null, 'settings:update: payload: must be an object of settings to change'],
    ['settings:get', { sneaky: true }, 'settings:get: payload: takes no payload'],
    [
      'prompt:answer',
      { action: 'dance' },
      'prompt:answer: payload.action: must be one of "start", "snooze", "skip"',
    ],
    ['routine:start', { routineId: '../../etc' }, 'routine:start: payload.routineId: must be a routine id'],
    [
      'routine:finish',
      { routineId: 'a', outcome: 'completed', secondsMoved: -1 },
      'routine:finish: payload.secondsMoved: must be at least 0',
    ],
    ['history:get', { days: 'all' }, 'history:get: payload.days: must be a number'],
    [
      'checkin:save',
      { discomfort: 11, warnings: { legs: false, bladderBowel: false, fever: false, lyingDown: false } },
      'checkin:save: payload.discomfort: must be at most 10',
    ],
    ['settings:import', 'nonsense', 'settings:import: payload: must be an object'],
  ])('rejects a malformed payload on %s with a clear error', async (channel, payload, message) => {
    const { call, handlers, log } = setup();
    const result = await call(channel, payload);
    expect(result).toEqual({ ok: false, error: { code: 'invalid-payload', messages: [message] } });
    expect(handlers.updateSettings).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('refuses a sender that is not one of our windows before looking at the payload', async () => {
    const { call, handlers } = setup(false);
    const result = await call('settings:update', { breaks: { everyMinutes: 40 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers.updateSettings).not.toHaveBeenCalled();
  });

  it('turns a handler that throws into a typed failure', async () => {
    const { call, handlers } = setup();
    vi.mocked(handlers.getSettings).mockImplementation(() => {
      throw new Error('disk full');
    });
    await expect(call('settings:get', undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'failed', messages: ['settings:get: disk full'] },
    });
  });
});
