/**
 * IPC channel names: the part of the contract the preload needs at run time.
 * Kept apart from the schemas (ipc-contract.ts) so the sandboxed preload
 * bundle stays tiny and requires nothing but `electron`.
 */
export const INVOKE_CHANNELS = {
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  getPrompt: 'prompt:get',
  answerPrompt: 'prompt:answer',
  takeBreakNow: 'prompt:break-now',
  startRoutine: 'routine:start',
  finishRoutine: 'routine:finish',
  getHistory: 'history:get',
  importSettings: 'settings:import',
  getCheckIns: 'checkin:list',
  saveCheckIn: 'checkin:save',
  /** Probes whether each desktop signal works on this computer (the settings window opening). */
  getDesktopSignals: 'desktop:signals',
  clearHistory: 'history:clear',
  pauseBreaks: 'breaks:pause',
} as const;

/** Main → renderer notifications. */
export const EVENT_CHANNELS = {
  settingsChanged: 'settings:changed',
  promptChanged: 'prompt:changed',
  historyChanged: 'history:changed',
} as const;

export type InvokeName = keyof typeof INVOKE_CHANNELS;
export type EventName = keyof typeof EVENT_CHANNELS;
