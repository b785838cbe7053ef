import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, parseRoute } from '../../renderer/src/App';
import { LibraryView } from '../../renderer/src/views/LibraryView';
import { HistoryView } from '../../renderer/src/views/HistoryView';
import { getBackend, setBackendForTests } from '../../renderer/src/bridge';
import { ROUTINES } from '../../renderer/src/catalog';
import { formatDuration, formatMinutes, t } from '../../electron/shared/i18n';
import { en } from '../../electron/shared/i18n/en';
import type { BreakRecord } from '../../electron/core/history/types';
import { fakeBackend } from './fixtures';

afterEach(() => setBackendForTests(undefined));

describe('routes', () => {
  it('parses every view, with the routine trigger', () => {
    expect(parseRoute('#/prompt')).toEqual({ view: 'prompt' });
    expect(parseRoute('#/routine/mid-back-seated?trigger=prompt')).toEqual({
      view: 'routine',
      id: 'mid-back-seated',
      trigger: 'prompt',
    });
    expect(parseRoute('#/routine/mid-back-seated')).toMatchObject({ trigger: 'on-demand' });
    expect(parseRoute('#/routines')).toEqual({ view: 'routines' });
    expect(parseRoute('#/history')).toEqual({ view: 'history' });
    expect(parseRoute('')).toEqual({ view: 'settings' });
    expect(parseRoute('#/nope')).toEqual({ view: 'not-found', path: '/nope' });
  });

  it('switches views on hash changes and sets the window title', async () => {
    window.location.hash = '#/routines';
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Routines' })).toBeTruthy();
    expect(document.title).toBe('Routines — Unslouch');
    act(() => {
      window.location.hash = '#/history';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your breaks' })).toBeTruthy();
  });
});

describe('LibraryView', () => {
  it('lists every routine and filters by body area and by desk or floor', async () => {
    render(<LibraryView />);
    expect(screen.getAllByRole('listitem', { name: undefined }).length).toBeGreaterThan(0);
    expect(screen.getByRole('status').textContent).toBe(t('library.count', { count: ROUTINES.length }));
    await userEvent.click(screen.getByRole('radio', { name: 'On the floor' }));
    const floor = ROUTINES.filter((r) => r.setting === 'floor');
    expect(screen.getByRole('status').textContent).toBe(t('library.count', { count: floor.length }));
    await userEvent.click(screen.getByRole('radio', { name: 'Lower back' }));
    const both = floor.filter((r) => r.bodyArea === 'lower-back');
    expect(screen.getByRole('status').textContent).toBe(t('library.count', { count: both.length }));
    expect(screen.getByRole('heading', { level: 2, name: both[0]!.title })).toBeTruthy();
  });

  it('starts a routine on demand (and opens it in preview)', async () => {
    const backend = fakeBackend();
    setBackendForTests(backend.api);
    render(<LibraryView />);
    const first = ROUTINES[0]!;
    await userEvent.click(screen.getByRole('button', { name: `Start ${first.title}` }));
    await waitFor(() => expect(backend.callsTo('startRoutine')).toEqual([{ routineId: first.id }]));
    expect(window.location.hash).toBe(`#/routine/${first.id}?trigger=on-demand`);
  });
});

describe('HistoryView', () => {
  it('lists recorded breaks and refreshes when the history changes', async () => {
    const backend = fakeBackend();
    const records: BreakRecord[] = [];
    backend.api.getHistory = async () => ({ ok: true, value: [...records] });
    setBackendForTests(backend.api);
    render(<HistoryView />);
    expect(await screen.findByText(t('history.empty', { days: 14 }))).toBeTruthy();
    records.push({
      id: 'a',
      endedAt: new Date().toISOString(),
      startedAt: new Date().toISOString(),
      outcome: 'completed',
      trigger: 'prompt',
      routineId: ROUTINES[0]!.id,
      snoozes: 0,
      secondsMoved: 150,
    });
    act(() => backend.emit('historyChanged', null));
    const table = await screen.findByRole('table');
    const row = within(table).getAllByRole('row')[1]!;
    expect(row.textContent).toContain(ROUTINES[0]!.title);
    expect(row.textContent).toContain('Completed');
    expect(row.textContent).toContain('2 min 30 s');
  });
});

describe('message catalog', () => {
  it('fills parameters and picks plural forms', () => {
    expect(t('player.holdOf', { n: 2, total: 3 })).toBe('Hold 2 of 3');
    expect(t('library.count', { count: 1 })).toBe('1 routine');
    expect(t('library.count', { count: 4 })).toBe('4 routines');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(150)).toBe('2 min 30 s');
    expect(formatMinutes(187)).toBe('3 min');
  });

  it('has a value for every key', () => {
    for (const [key, text] of Object.entries(en)) expect(text, key).not.toBe('');
  });
});

describe('bridge', () => {
  it('loads the preview backend lazily when there is no window.unslouch', async () => {
    const result = await getBackend().getSettings();
    expect(result.ok).toBe(true);
  });
});
