import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PromptView } from '../../renderer/src/views/PromptView';
import { setBackendForTests } from '../../renderer/src/bridge';
import { ROUTINES } from '../../renderer/src/catalog';
import { fakeBackend } from './fixtures';

const first = ROUTINES[0]!;
const other = ROUTINES.find((r) => r.id !== first.id)!;
const prompt = (snoozesLeft: number) => ({
  routineId: first.id,
  snoozes: 3 - snoozesLeft,
  snoozesLeft,
  shownAt: new Date().toISOString(),
});

async function setup(snoozesLeft = 2) {
  const backend = fakeBackend({ prompt: prompt(snoozesLeft) });
  setBackendForTests(backend.api);
  render(<PromptView />);
  await screen.findByText(first.title);
  return backend;
}

afterEach(() => setBackendForTests(undefined));

describe('PromptView', () => {
  it('shows the suggested routine and its length, with the keys on the buttons', async () => {
    await setup();
    expect(screen.getByRole('heading', { name: 'Time for a posture break' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Start/ }).textContent).toContain('Enter');
    expect(screen.getByRole('button', { name: /Snooze/ }).textContent).toContain('2 left');
    expect(screen.getByRole('button', { name: /Skip/ }).textContent).toContain('Esc');
    expect(screen.getByTestId('prompt-routine').textContent).toBe(first.title);
    expect(document.querySelector('.suggestion .meta')?.textContent).toMatch(/^\d+ min · /);
  });

  it('focuses Start, so Enter starts the suggested routine (and opens it in preview)', async () => {
    const backend = await setup();
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Start'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(backend.callsTo('answerPrompt')).toEqual([{ action: 'start' }]));
    await waitFor(() => expect(window.location.hash).toBe(`#/routine/${first.id}?trigger=prompt`));
  });

  it('S snoozes, Esc skips', async () => {
    let backend = await setup();
    await userEvent.keyboard('s');
    await waitFor(() => expect(backend.callsTo('answerPrompt')).toEqual([{ action: 'snooze' }]));
    expect(await screen.findByText(/Snoozed — the prompt comes back in 5 minutes/)).toBeTruthy();
    setBackendForTests(undefined);
    document.body.innerHTML = '';
    backend = await setup();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(backend.callsTo('answerPrompt')).toEqual([{ action: 'skip' }]));
    expect(await screen.findByRole('heading', { name: 'Break skipped' })).toBeTruthy();
  });

  it('offers no Snooze when none are left and says so on S', async () => {
    const backend = await setup(0);
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    await userEvent.keyboard('s');
    expect((await screen.findByRole('alert')).textContent).toContain('No snoozes left for this break.');
    expect(backend.callsTo('answerPrompt')).toEqual([]);
  });

  it('Enter on another button does that button, not Start', async () => {
    const backend = await setup();
    screen.getByRole('button', { name: /Skip/ }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(backend.callsTo('answerPrompt')).toEqual([{ action: 'skip' }]));
  });

  it('Tab goes Start → Snooze → Skip → Choose another routine', async () => {
    await setup();
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Start'));
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await userEvent.tab();
      order.push((document.activeElement?.textContent ?? '').trim());
    }
    expect(order[0]).toMatch(/^Snooze/);
    expect(order[1]).toMatch(/^Skip/);
    expect(order[2]).toBe('Choose another routine');
  });

  it('starts another routine chosen from the list', async () => {
    const backend = await setup();
    await userEvent.click(screen.getByRole('button', { name: 'Choose another routine' }));
    const select = screen.getByLabelText('Routine');
    expect(document.activeElement).toBe(select);
    await userEvent.selectOptions(select, other.id);
    expect(screen.getByTestId('prompt-routine').textContent).toBe(other.title);
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(backend.callsTo('answerPrompt')).toEqual([{ action: 'start', routineId: other.id }]),
    );
  });

  it('shows a refusal from the backend as an alert and keeps the prompt', async () => {
    const backend = fakeBackend({ prompt: { ...prompt(1) } });
    backend.api.answerPrompt = async () => ({
      ok: false,
      error: { code: 'refused', messages: ['You have used all 3 snoozes for this break.'] },
    });
    setBackendForTests(backend.api);
    render(<PromptView />);
    await screen.findByText(first.title);
    await userEvent.keyboard('s');
    expect((await screen.findByRole('alert')).textContent).toContain('used all 3 snoozes');
    expect(screen.getByRole('button', { name: /Start/ })).toBeTruthy();
  });
});
