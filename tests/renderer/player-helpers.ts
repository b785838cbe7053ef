/** Fake-timer helpers shared by the player view tests. */
import { vi } from 'vitest';
import { act } from '@testing-library/react';

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
