/** Fake-timer helpers and the set-up shared by the player view tests. */
import { createElement } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { Player } from '../../renderer/src/views/PlayerView';
import { setBackendForTests } from '../../renderer/src/bridge';
import type { Exercise } from '../../electron/core/catalog/types';
import { fakeBackend, routine } from './fixtures';

/** Lets pending promises (the fake backend's answers) settle. */
export async function flush(): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

/** Moves the fake clock on, rendering what the player does meanwhile. */
export function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** Every test of the file on fake timers, with the fake backend removed after it. */
export function playerTestTimers(): void {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    setBackendForTests(undefined);
  });
}

/**
 * Renders the player for the fixtures' routine with these exercises, on a
 * fake backend with these settings. `started`: as in the app, the routine
 * was started before its window opened.
 */
export async function renderPlayer(
  exercises: readonly Exercise[],
  settings: Record<string, unknown> = {},
  options: { started?: boolean } = {},
) {
  const backend = fakeBackend({ settings });
  setBackendForTests(backend.api);
  if (options.started) await backend.api.startRoutine({ routineId: routine.id });
  const view = render(createElement(Player, { routine, exercises }));
  await flush();
  return { backend, view };
}

/** What the player's live region announced last. */
export const announced = () => screen.getByTestId('announcer').textContent;
/** The big timer or count. */
export const meterText = () => screen.getByTestId('meter-value').textContent;
