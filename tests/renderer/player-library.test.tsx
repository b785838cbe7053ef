/** The library cards and the prompt say what a routine needs and carry its cautions; levels are chosen there. */
import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { LibraryView } from '../../renderer/src/views/LibraryView';
import { PromptView } from '../../renderer/src/views/PromptView';
import { setBackendForTests } from '../../renderer/src/bridge';
import { fakeBackend } from './fixtures';

async function flush() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

afterEach(() => setBackendForTests(undefined));

describe('library cards', () => {
  it('show positions, equipment and the cautions of each routine', async () => {
    setBackendForTests(fakeBackend().api);
    render(<LibraryView />);
    await flush();
    const upper = within(screen.getByTestId('routine-upper-back-desk-reset'));
    expect(upper.getByTestId('routine-needs').textContent).toBe(
      'What it needs: Seated and Standing · You need a corner and a chair.',
    );
    expect(upper.getByText('Take care with: Osteoporosis')).toBeTruthy();
    expect(upper.getByText(/extreme twisting is best avoided/)).toBeTruthy();
    const floor = within(screen.getByTestId('routine-lower-back-floor'));
    expect(floor.getByText('Take care with: Pregnancy')).toBeTruthy();
    expect(floor.getByTestId('routine-needs').textContent).toContain('You need a wall.');
  });

  it("saves a routine's own level and the overall level, and shows the time at that level", async () => {
    const backend = fakeBackend();
    setBackendForTests(backend.api);
    render(<LibraryView />);
    await flush();
    const card = within(screen.getByTestId('routine-upper-back-desk-reset'));
    expect(card.getByText(/^3 min/)).toBeTruthy(); // 179 s at standard
    fireEvent.change(card.getByLabelText('Level for this routine'), { target: { value: 'longer' } });
    await flush();
    fireEvent.click(screen.getByLabelText('Gentle: the low end of each range'));
    await flush();
    expect(backend.callsTo('updateSettings')).toEqual([
      { routines: { levels: { 'upper-back-desk-reset': 'longer' } } },
      { routines: { level: 'gentle' } },
    ]);
  });
});

describe('the prompt', () => {
  it('says what the suggested routine needs and what to take care with', async () => {
    setBackendForTests(
      fakeBackend({
        prompt: { routineId: 'lower-back-desk', snoozes: 0, snoozesLeft: 3, shownAt: '2026-03-24T10:00:00Z' },
      }).api,
    );
    render(<PromptView />);
    await flush();
    expect(screen.getByTestId('prompt-needs').textContent).toBe(
      'Standing and Seated · You need a chair. · Take care with: Osteoporosis',
    );
  });
});
