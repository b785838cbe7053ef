/**
 * The "Don't interrupt me" section: a switch per signal with what this
 * computer says about it, the app list, the grace time; every change saved
 * as one `busy` patch, and main's refusals shown.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BusySection } from '../../renderer/src/views/settings/BusySection';
import { setBackendForTests } from '../../renderer/src/bridge';
import type { BusySettingsShape, DesktopSignalsReport } from '../../electron/shared/desktop-signals';
import type { UnslouchApi } from '../../electron/shared/ipc-contract';
import { fakeBackend } from './fixtures';

afterEach(() => setBackendForTests(undefined));

const BUSY: BusySettingsShape = {
  enabled: true,
  signals: { dnd: true, fullscreen: true, call: true, screenShare: true, apps: true },
  apps: [],
  graceSeconds: 60,
};
const REPORT: DesktopSignalsReport = {
  dnd: 'works',
  fullscreen: 'wayland',
  call: 'unreadable',
  screenShare: 'unsupported',
  apps: 'works',
  idle: 'works',
  lock: 'works',
};

/** A backend whose settings have busy.* (as main's schema will), refusing what main would. */
function backend(report: DesktopSignalsReport | 'fails' = REPORT) {
  const fake = fakeBackend();
  let busy = BUSY;
  const patches: unknown[] = [];
  const api: UnslouchApi = {
    ...fake.api,
    getDesktopSignals: async () =>
      report === 'fails'
        ? { ok: false, error: { code: 'failed', messages: ['the probe crashed'] } }
        : { ok: true, value: report },
    updateSettings: async (patch) => {
      patches.push(patch);
      const next = (patch as { busy: BusySettingsShape }).busy;
      if (next.graceSeconds > 600)
        return {
          ok: false,
          error: { code: 'invalid-settings', messages: ['busy.graceSeconds: must be between 0 and 600'] },
        };
      busy = next;
      const settings = (await fake.api.getSettings()) as { ok: true; value: object };
      return { ok: true, value: { ...settings.value, busy } as never };
    },
  };
  setBackendForTests(api);
  return { patches, busy: () => busy };
}

describe('BusySection', () => {
  it('shows next to each signal whether it works on this computer', async () => {
    backend();
    render(<BusySection busy={BUSY} />);
    const row = (name: string) => within(screen.getByTestId(`signal-${name}`));
    expect(await row('dnd').findByText('Works here')).toBeTruthy();
    expect(row('fullscreen').getByText('Not available on Wayland')).toBeTruthy();
    expect(row('call').getByText('Could not be read')).toBeTruthy();
    expect(row('screenShare').getByText('Not possible on this system')).toBeTruthy();
    expect(row('idle').getByText('Works here')).toBeTruthy();
    // The availability is the switch's description, read out with it.
    const call = screen.getByRole('switch', { name: 'Another app uses the camera or microphone' });
    const described = (call.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent)).toContain('Could not be read');
  });

  it('says "Checking…" until the probe answers, and when it fails, that it could not check', async () => {
    backend('fails');
    render(<BusySection busy={BUSY} />);
    expect(screen.getAllByText('Checking…').length).toBeGreaterThan(0);
    expect(await screen.findByText('Could not check this computer: the probe crashed')).toBeTruthy();
    expect(screen.getAllByText('Could not be read')).toHaveLength(7);
  });

  it('a switch saves the whole busy object at once', async () => {
    const b = backend();
    render(<BusySection busy={BUSY} />);
    await userEvent.click(screen.getByRole('switch', { name: 'Another app is full screen' }));
    expect(b.patches).toEqual([{ busy: { ...BUSY, signals: { ...BUSY.signals, fullscreen: false } } }]);
    expect(
      (screen.getByRole('switch', { name: 'Another app is full screen' }) as HTMLInputElement).checked,
    ).toBe(false);
    await userEvent.click(screen.getByRole('switch', { name: 'Hold breaks while I am busy' }));
    expect(b.busy().enabled).toBe(false);
  });

  it('adds and removes apps', async () => {
    const b = backend();
    render(<BusySection busy={BUSY} />);
    expect(screen.getByText('No apps listed.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('App name'), 'zoom{Enter}');
    await userEvent.type(screen.getByLabelText('App name'), '  Teams.exe  ');
    await userEvent.click(screen.getByRole('button', { name: 'Add app' }));
    expect(b.busy().apps).toEqual(['zoom', 'Teams.exe']);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove zoom' }));
    expect(b.busy().apps).toEqual(['Teams.exe']);
    // A blank name is not added.
    await userEvent.type(screen.getByLabelText('App name'), '   {Enter}');
    expect(b.patches).toHaveLength(3);
  });

  it('saves the grace time on Enter and shows main’s refusal', async () => {
    const b = backend();
    render(<BusySection busy={BUSY} />);
    const grace = screen.getByLabelText('Wait after you are done (seconds)');
    await userEvent.clear(grace);
    await userEvent.type(grace, '90{Enter}');
    expect(b.busy().graceSeconds).toBe(90);
    await userEvent.clear(grace);
    await userEvent.type(grace, '900{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'busy.graceSeconds: must be between 0 and 600',
    );
    expect(b.busy().graceSeconds).toBe(90);
  });

  it('without busy settings (an older settings file), shows only what this computer can tell', async () => {
    backend();
    render(<BusySection busy={undefined} />);
    expect(screen.getByText('These settings come with a newer version of Unslouch.')).toBeTruthy();
    expect(screen.queryAllByRole('switch')).toEqual([]);
    expect(await within(screen.getByTestId('signal-dnd')).findByText('Works here')).toBeTruthy();
  });
});
