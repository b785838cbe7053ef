/**
 * The daily back-comfort check-in: every warning answer leads to the doctor
 * guidance at once; a rating is required; it is saved once a day through the
 * backend (local history) and nothing else; the trend suggests a doctor when
 * two weeks bring no improvement.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Temporal } from 'temporal-polyfill';
import { WARNING_IDS, type CheckIn, type CheckInWarnings } from '../../electron/core/history/checkin';
import { CheckInGuidance } from '../../renderer/src/components/CheckInGuidance';
import { CheckInForm } from '../../renderer/src/components/CheckInCard';
import { TrendAdvice } from '../../renderer/src/components/CheckInTrend';
import { HistoryView } from '../../renderer/src/views/HistoryView';
import { setBackendForTests } from '../../renderer/src/bridge';
import { t } from '../../electron/shared/i18n';
import { fakeBackend } from './fixtures';

afterEach(() => {
  setBackendForTests(undefined);
  vi.unstubAllGlobals();
});

const NONE: CheckInWarnings = { legs: false, bladderBowel: false, fever: false, lyingDown: false };
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const today = Temporal.Now.plainDateISO(zone).toString();

function checkIn(date: string, discomfort: number, warnings: Partial<CheckInWarnings> = {}): CheckIn {
  return { id: `c-${date}`, date, at: `${date}T18:00:00Z`, discomfort, warnings: { ...NONE, ...warnings } };
}

describe('doctor guidance for warning answers', () => {
  it('shows for every combination with a warning, and only then', () => {
    for (let mask = 0; mask < 16; mask++) {
      const warnings = Object.fromEntries(
        WARNING_IDS.map((id, i) => [id, (mask & (1 << i)) !== 0]),
      ) as CheckInWarnings;
      const { container, unmount } = render(<CheckInGuidance warnings={warnings} />);
      const shown = container.querySelector('[data-testid="doctor-guidance"]');
      if (mask === 0) expect(shown, 'no warning, no guidance').toBeNull();
      else {
        expect(shown, `warnings ${JSON.stringify(warnings)}`).not.toBeNull();
        expect(within(container).getByTestId('doctor-panel').hasAttribute('open')).toBe(true);
        const ticked = WARNING_IDS.filter((id) => warnings[id]).map((id) => t(`checkin.question.${id}`));
        expect([...container.querySelectorAll('.answered-signs li')].map((li) => li.textContent)).toEqual(
          ticked,
        );
      }
      unmount();
    }
  });

  it('says to get prompt attention for bladder/bowel, fever and lying-down pain; to consider a doctor for leg pain', () => {
    const { unmount } = render(<CheckInGuidance warnings={{ ...NONE, legs: true }} />);
    expect(screen.getByText('Consider seeing a doctor.')).toBeTruthy();
    unmount();
    for (const id of ['bladderBowel', 'fever', 'lyingDown'] as const) {
      const view = render(<CheckInGuidance warnings={{ ...NONE, [id]: true }} />);
      expect(screen.getByText('Please contact a doctor.')).toBeTruthy();
      view.unmount();
    }
  });
});

describe('CheckInForm', () => {
  it.each(WARNING_IDS)('ticking "%s" shows the guidance at once, before saving', async (id) => {
    const backend = fakeBackend();
    setBackendForTests(backend.api);
    render(<CheckInForm onSaved={() => {}} onRefused={() => {}} />);
    expect(screen.queryByTestId('doctor-guidance')).toBeNull();
    const box = screen.getByRole('checkbox', { name: t(`checkin.question.${id}`) });
    await userEvent.click(box);
    const guidance = screen.getByTestId('doctor-guidance');
    expect(within(guidance).getByRole('alert').textContent).toMatch(/doctor/);
    expect(backend.callsTo('saveCheckIn')).toEqual([]);
    await userEvent.click(box);
    expect(screen.queryByTestId('doctor-guidance')).toBeNull();
  });

  it('needs a rating before it saves', async () => {
    const backend = fakeBackend();
    setBackendForTests(backend.api);
    render(<CheckInForm onSaved={() => {}} onRefused={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save today’s check-in' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a number from 0 to 10.');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '0' }));
    expect(backend.callsTo('saveCheckIn')).toEqual([]);
  });

  it('saves the rating and the answers through the backend, and sends nothing anywhere else', async () => {
    const fetch = vi.fn();
    const beacon = vi.fn();
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { sendBeacon: beacon }));
    const backend = fakeBackend();
    const saved = checkIn(today, 7, { legs: true });
    backend.api.saveCheckIn = async (payload) => {
      backend.calls.push({ channel: 'saveCheckIn', payload });
      return { ok: true, value: saved };
    };
    setBackendForTests(backend.api);
    const onSaved = vi.fn();
    render(<CheckInForm onSaved={onSaved} onRefused={() => {}} />);
    await userEvent.click(screen.getByRole('radio', { name: '7' }));
    await userEvent.click(screen.getByRole('checkbox', { name: t('checkin.question.legs') }));
    await userEvent.click(screen.getByRole('button', { name: 'Save today’s check-in' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(backend.callsTo('saveCheckIn')).toEqual([
      { discomfort: 7, warnings: { legs: true, bladderBowel: false, fever: false, lyingDown: false } },
    ]);
    expect(fetch).not.toHaveBeenCalled();
    expect(beacon).not.toHaveBeenCalled();
  });

  it('says so when today is already checked in, and reloads', async () => {
    const backend = fakeBackend();
    setBackendForTests(backend.api);
    const none = { legs: false, bladderBowel: false, fever: false, lyingDown: false };
    expect((await backend.api.saveCheckIn({ discomfort: 2, warnings: none })).ok).toBe(true);
    const onRefused = vi.fn();
    render(<CheckInForm onSaved={() => {}} onRefused={onRefused} />);
    await userEvent.click(screen.getByRole('radio', { name: '3' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save today’s check-in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('You have already checked in today.');
    expect(onRefused).toHaveBeenCalled();
  });
});

describe('the check-in in the history window', () => {
  function setup(checkIns: CheckIn[], on = true) {
    const backend = fakeBackend({ settings: { app: { checkIn: on } } });
    const list = [...checkIns];
    backend.api.getCheckIns = async () => ({ ok: true, value: [...list] });
    backend.api.saveCheckIn = async (payload) => {
      const made = { ...checkIn(today, payload.discomfort), warnings: payload.warnings };
      list.push(made);
      return { ok: true, value: made };
    };
    setBackendForTests(backend.api);
    render(<HistoryView />);
    return backend;
  }

  it('is offered once a day when on; after saving, today’s answer and its guidance stay', async () => {
    setup([]);
    const due = await screen.findByTestId('checkin-due');
    await userEvent.click(within(due).getByRole('radio', { name: '5' }));
    await userEvent.click(within(due).getByRole('checkbox', { name: t('checkin.question.fever') }));
    expect(within(due).getByTestId('doctor-guidance')).toBeTruthy();
    await userEvent.click(within(due).getByRole('button', { name: 'Save today’s check-in' }));
    // The answer replaces the form in place (focus and advice stay where the person is).
    const todayBox = await within(due).findByTestId('checkin-today');
    expect(within(due).queryByRole('button', { name: 'Save today’s check-in' })).toBeNull();
    expect(todayBox.textContent).toContain('Today’s check-in: discomfort 5 of 10.');
    expect(within(todayBox).getByTestId('doctor-guidance').textContent).toContain('Please contact a doctor.');
  });

  it('is not offered when already answered today, nor when off', async () => {
    setup([checkIn(today, 2)]);
    expect(await screen.findByTestId('checkin-today')).toBeTruthy();
    expect(screen.queryByTestId('checkin-due')).toBeNull();
  });

  it('keeps the trend visible when turned off but check-ins exist', async () => {
    setup([checkIn(today, 2)], false);
    const section = await screen.findByTestId('checkins');
    expect(section.textContent).toContain('The daily check-in is off.');
    expect(screen.queryByTestId('checkin-due')).toBeNull();
    expect(within(section).getByTestId('trend-chart')).toBeTruthy();
  });
});

describe('the two-weeks rule', () => {
  const days = (offsets: number[], levels: number[]) =>
    offsets.map((o, i) =>
      checkIn(Temporal.PlainDate.from(today).subtract({ days: o }).toString(), levels[i]!),
    );

  it('suggests a doctor when discomfort has not improved over two weeks', () => {
    render(<TrendAdvice checkIns={days([13, 11, 9, 6, 4, 2, 0], [5, 6, 5, 6, 5, 6, 6])} today={today} />);
    const advice = screen.getByTestId('trend-advice');
    expect(advice.textContent).toContain('Consider seeing a doctor.');
    expect(advice.textContent).toContain('has not improved over about two weeks');
    expect(within(advice).getByTestId('doctor-panel')).toBeTruthy();
  });

  it('does not when it is easing, or with too few check-ins', () => {
    const { unmount } = render(
      <TrendAdvice checkIns={days([13, 11, 9, 6, 4, 2, 0], [7, 7, 6, 5, 4, 3, 2])} today={today} />,
    );
    expect(screen.getByTestId('trend-advice').textContent).toBe(t('checkin.trend.improving'));
    expect(screen.queryByTestId('doctor-panel')).toBeNull();
    unmount();
    render(<TrendAdvice checkIns={days([2, 1], [8, 8])} today={today} />);
    expect(screen.getByTestId('trend-advice').textContent).toContain('A trend needs at least 4 check-ins');
  });
});
