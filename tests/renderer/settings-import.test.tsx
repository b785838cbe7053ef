/**
 * Import and export of the settings file: a valid file is merged onto the
 * current settings, the window lists what would change and replaces nothing
 * until the person confirms; an invalid one is refused with the reasons
 * (naming the fields as the window does and quoting the values) and changes
 * nothing; a file that is not JSON never reaches the backend.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_SETTINGS } from '../../electron/core/settings';
import { SettingsView } from '../../renderer/src/views/SettingsView';
import { readText } from '../../renderer/src/views/settings/files';
import { setBackendForTests } from '../../renderer/src/bridge';
import { fakeBackend } from './fixtures';

afterEach(() => {
  setBackendForTests(undefined);
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const stored = () => JSON.parse(window.localStorage.getItem('unslouch.settings') ?? 'null');
const jsonFile = (name: string, content: unknown) =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, {
    type: 'application/json',
  });

async function importFile(file: File, answer: 'confirm' | 'cancel' | 'none' = 'confirm') {
  await userEvent.upload(screen.getByTestId('import-file') as HTMLInputElement, file);
  if (answer === 'none') return;
  const preview = await screen.findByTestId('import-preview');
  const name = answer === 'confirm' ? 'Replace these settings' : 'Keep my settings';
  await userEvent.click(within(preview).getByRole('button', { name }));
}

async function renderSettings() {
  render(<SettingsView />);
  await screen.findByLabelText('Break every (minutes)');
}

/** Whole-window journeys in jsdom: CPU-bound, slow on a shared 2-core machine (no waiting on timers). */
describe('import', { timeout: 20_000 }, () => {
  it('a valid file replaces the settings and every field shows them', async () => {
    await renderSettings();
    const full = {
      ...DEFAULT_SETTINGS,
      breaks: { ...DEFAULT_SETTINGS.breaks, everyMinutes: 50, routine: 'mid-back-seated' },
      workHours: {
        ...DEFAULT_SETTINGS.workHours,
        days: { ...DEFAULT_SETTINGS.workHours.days, fri: [{ start: '08:00', end: '12:00' }] },
        daysOff: ['2036-12-25', { from: '2037-08-03', to: '2037-08-07' }],
      },
      app: { ...DEFAULT_SETTINGS.app, checkIn: true },
    };
    await importFile(jsonFile('mine.json', full));
    expect(await screen.findByText('Settings imported from mine.json.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Settings imported from mine.json.');
    expect(stored()).toEqual(full);
    expect(screen.getByTestId('current-interval').textContent).toBe('50');
    expect((screen.getByLabelText('Break every (minutes)') as HTMLInputElement).value).toBe('50');
    expect((screen.getByLabelText('Suggested routine') as HTMLSelectElement).value).toBe('mid-back-seated');
    expect(screen.getAllByLabelText(/^Friday, first range/)).toHaveLength(2);
    expect(
      (screen.getByRole('switch', { name: 'Daily back-comfort check-in' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(screen.queryByTestId('import-errors')).toBeNull();
  });

  it('an invalid file is refused with every reason, and nothing changes', async () => {
    await renderSettings();
    const every = screen.getByLabelText('Break every (minutes)');
    await userEvent.clear(every);
    await userEvent.type(every, '40{Enter}');
    await waitFor(() => expect(stored()?.breaks.everyMinutes).toBe(40));
    const before = window.localStorage.getItem('unslouch.settings');

    await importFile(
      jsonFile('broken.json', {
        breaks: { everyMinutes: 2, snoozeMinutes: 'soon' },
        workHours: { daysOff: ['2026-02-30'] },
        colour: 'blue',
      }),
      'none',
    );
    const refused = await screen.findByTestId('import-errors');
    expect(refused.getAttribute('role')).toBe('alert');
    expect(refused.textContent).toContain('broken.json was not imported, and nothing changed:');
    const reasons = [...refused.querySelectorAll('li')].map((li) => li.textContent);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'Break every (minutes): ‘2’ must be between 5 and 240.',
        'Snooze for (minutes): ‘soon’ must be a number.',
        'Days off, first entry: ‘2026-02-30’ is not a real calendar date.',
        'The file: Unslouch has no setting "colour".',
      ]),
    );
    // No message quotes an internal path.
    expect(refused.textContent).not.toMatch(/breaks\.|workHours\./);
    expect(window.localStorage.getItem('unslouch.settings')).toBe(before);
    expect(screen.getByTestId('current-interval').textContent).toBe('40');
  });

  it('a file from a newer version is refused, naming the version', async () => {
    await renderSettings();
    await importFile(jsonFile('future.json', { version: 99 }), 'none');
    expect((await screen.findByTestId('import-errors')).textContent).toContain(
      'newer than this app understands',
    );
    expect(stored()).toBeNull();
  });

  it('a partial file changes only what it holds, after showing what would change', async () => {
    await renderSettings();
    const snooze = screen.getByLabelText('Snooze for (minutes)');
    await userEvent.clear(snooze);
    await userEvent.type(snooze, '15{Enter}');
    await waitFor(() => expect(stored()?.breaks.snoozeMinutes).toBe(15));
    const before = window.localStorage.getItem('unslouch.settings');

    await importFile(
      jsonFile('partial.json', {
        breaks: { everyMinutes: 20 },
        app: { sounds: false },
        workHours: { days: { mon: [{ start: '08:00', end: '16:00' }] } },
      }),
      'none',
    );
    const preview = await screen.findByTestId('import-preview');
    // Focus moves in an effect after the preview is drawn: wait for it rather than race it.
    await waitFor(() => expect(document.activeElement).toBe(within(preview).getByRole('heading')));
    const changes = [...within(preview).getAllByRole('listitem')].map((li) => li.textContent);
    expect(changes).toEqual([
      'Break every (minutes): 30 → 20',
      'Monday’s work hours: 9:00 AM–12:00 PM and 1:00 PM–5:00 PM → 8:00 AM–4:00 PM',
      'Sounds: on → off',
    ]);
    // Nothing is replaced before the person confirms.
    expect(window.localStorage.getItem('unslouch.settings')).toBe(before);

    await userEvent.click(within(preview).getByRole('button', { name: 'Replace these settings' }));
    await screen.findByTestId('import-done');
    expect(stored().breaks.everyMinutes).toBe(20);
    expect(stored().app.sounds).toBe(false);
    expect(stored().workHours.days.mon).toEqual([{ start: '08:00', end: '16:00' }]);
    expect(stored().workHours.days.tue).toEqual(DEFAULT_SETTINGS.workHours.days.tue);
    expect(stored().breaks.snoozeMinutes).toBe(15); // not in the file: stays as it was
    expect((screen.getByLabelText('Snooze for (minutes)') as HTMLInputElement).value).toBe('15');
  });

  it('keeping my settings imports nothing', async () => {
    const backend = fakeBackend();
    setBackendForTests(backend.api);
    await renderSettings();
    await importFile(jsonFile('other.json', { breaks: { everyMinutes: 45 } }), 'cancel');
    expect(await screen.findByText('Nothing was imported from other.json.')).toBeTruthy();
    expect(backend.callsTo('importSettings')).toEqual([]);
    expect(screen.getByTestId('current-interval').textContent).toBe('30');
  });

  it('a file that is not JSON gets a clear message and never reaches the backend', async () => {
    const backend = fakeBackend();
    setBackendForTests(backend.api);
    await renderSettings();
    await importFile(jsonFile('notes.json', '{"breaks": {'), 'none');
    const refused = await screen.findByTestId('import-errors');
    expect(refused.textContent).toContain('notes.json was not imported');
    expect(refused.textContent).toContain('The file is not valid JSON (the mistake is near character 13).');
    expect(backend.callsTo('importSettings')).toEqual([]);
  });
});

describe('export', () => {
  it('downloads the saved settings as JSON that imports back', async () => {
    let blob: Blob | null = null;
    const create = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:settings';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toMatch(/^unslouch-settings-\d{4}-\d{2}-\d{2}\.json$/);
      expect(this.href).toBe('blob:settings');
    });
    await renderSettings();
    await userEvent.click(screen.getByRole('button', { name: 'Export settings…' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(blob).not.toBeNull();
    const text = await readText(blob!);
    expect(JSON.parse(text)).toEqual(DEFAULT_SETTINGS);
    await importFile(jsonFile('exported.json', text), 'none');
    // The same settings: nothing would change, so there is nothing to confirm.
    expect((await screen.findByTestId('import-preview')).textContent).toContain('nothing would change');
    expect(screen.queryByTestId('import-errors')).toBeNull();
  });
});
