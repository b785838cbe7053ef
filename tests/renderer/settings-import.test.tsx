/**
 * Import and export of the settings file: a valid file replaces the settings
 * (defaults fill what it leaves out, and the window says which), an invalid
 * one is refused with the reasons and changes nothing, a file that is not JSON
 * never reaches the backend.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_SETTINGS } from '../../electron/core/settings';
import { SettingsView } from '../../renderer/src/views/SettingsView';
import { missingPaths } from '../../renderer/src/views/settings/BackupSection';
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

async function importFile(file: File) {
  await userEvent.upload(screen.getByTestId('import-file') as HTMLInputElement, file);
}

async function renderSettings() {
  render(<SettingsView />);
  await screen.findByLabelText('Break every (minutes)');
}

describe('import', () => {
  it('a valid file replaces the settings and every field shows them', async () => {
    await renderSettings();
    const full = {
      ...DEFAULT_SETTINGS,
      breaks: { ...DEFAULT_SETTINGS.breaks, everyMinutes: 50, routine: 'mid-back-seated' },
      workHours: {
        ...DEFAULT_SETTINGS.workHours,
        days: { ...DEFAULT_SETTINGS.workHours.days, fri: [{ start: '08:00', end: '12:00' }] },
        daysOff: ['2026-12-25'],
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
    expect(screen.getAllByLabelText(/^Friday, range/)).toHaveLength(2);
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
    );
    const refused = await screen.findByTestId('import-errors');
    expect(refused.getAttribute('role')).toBe('alert');
    expect(refused.textContent).toContain('broken.json was not imported, and nothing changed:');
    const reasons = [...refused.querySelectorAll('li')].map((li) => li.textContent);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'breaks.everyMinutes: must be between 5 and 240',
        'breaks.snoozeMinutes: must be a number',
        'workHours.daysOff.0: is not a real calendar date',
        'unknown setting "colour"',
      ]),
    );
    expect(window.localStorage.getItem('unslouch.settings')).toBe(before);
    expect(screen.getByTestId('current-interval').textContent).toBe('40');
  });

  it('a file from a newer version is refused, naming the version', async () => {
    await renderSettings();
    await importFile(jsonFile('future.json', { version: 99 }));
    expect((await screen.findByTestId('import-errors')).textContent).toContain(
      'newer than this app understands',
    );
    expect(stored()).toBeNull();
  });

  it('a partial file is imported; what it leaves out takes the defaults, and the window says which', async () => {
    await renderSettings();
    const snooze = screen.getByLabelText('Snooze for (minutes)');
    await userEvent.clear(snooze);
    await userEvent.type(snooze, '15{Enter}');
    await waitFor(() => expect(stored()?.breaks.snoozeMinutes).toBe(15));

    await importFile(jsonFile('partial.json', { breaks: { everyMinutes: 20 }, app: { sounds: false } }));
    const done = await screen.findByTestId('import-done');
    expect(stored().breaks.everyMinutes).toBe(20);
    expect(stored().app.sounds).toBe(false);
    expect(stored().breaks.snoozeMinutes).toBe(5); // not in the file: back to the default
    expect(done.textContent).toContain('breaks.snoozeMinutes');
    expect(done.textContent).toContain('workHours');
    expect(done.textContent).not.toContain('breaks.everyMinutes');
    expect((screen.getByLabelText('Snooze for (minutes)') as HTMLInputElement).value).toBe('5');
  });

  it('a file that is not JSON gets a clear message and never reaches the backend', async () => {
    const backend = fakeBackend();
    setBackendForTests(backend.api);
    await renderSettings();
    await importFile(jsonFile('notes.json', '{"breaks": {'));
    const refused = await screen.findByTestId('import-errors');
    expect(refused.textContent).toContain('notes.json was not imported');
    expect(refused.textContent).toContain('The file is not JSON');
    expect(backend.callsTo('importSettings')).toEqual([]);
  });

  it('lists the leaf settings a file leaves out', () => {
    expect(missingPaths({ breaks: { everyMinutes: 20 } })).toEqual([
      'breaks.noticeSeconds',
      'breaks.snoozeMinutes',
      'breaks.maxSnoozes',
      'breaks.routine',
      'breaks.includeFloor',
      'idle',
      'workHours',
      'app',
      'routines',
    ]);
    expect(missingPaths(DEFAULT_SETTINGS)).toEqual([]);
    expect(missingPaths({ ...DEFAULT_SETTINGS, workHours: { enabled: true, days: { mon: [] } } })).toEqual([
      'workHours.daysOff',
    ]);
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
    await importFile(jsonFile('exported.json', text));
    expect(await screen.findByText('Settings imported from exported.json.')).toBeTruthy();
    expect(screen.queryByTestId('import-errors')).toBeNull();
    expect(stored()).toEqual(DEFAULT_SETTINGS);
  });
});
