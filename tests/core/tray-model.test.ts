import { beforeAll, describe, expect, it } from 'vitest';
import { statusLine, trayModel, type TrayItem } from '../../electron/core/tray-model';
import { renderText, setMessages, type Text } from '../../electron/shared/i18n';

// A system set to British English: 24-hour times, as the expected lines show.
beforeAll(() => setMessages('en-GB', {}));
const words = (value: Text, zone = 'Europe/Berlin') => renderText(value, zone);

const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-03-23T10:00:00+01:00'); // a Monday in Berlin
const title = (id: string) => (id === 'mid-back-seated' ? 'Mid-back mobility' : id);
const line = (status: Parameters<typeof statusLine>[0]) =>
  words(statusLine(status, NOW, 'Europe/Berlin', title));

describe('tray status line', () => {
  it.each([
    [{ kind: 'next', at: at('2026-03-23T10:32:00+01:00') }, 'Next break at 10:32'],
    [{ kind: 'paused', until: at('2026-03-23T14:00:00+01:00') }, 'Paused until 14:00'],
    [{ kind: 'paused', until: null }, 'Paused until you resume'],
    [{ kind: 'outside', next: at('2026-03-24T09:00:00+01:00') }, 'Outside work hours — next at 09:00 Tue'],
    [{ kind: 'outside', next: null }, 'Outside work hours'],
    [{ kind: 'day-off', next: at('2026-03-24T09:00:00+01:00') }, 'Day off — next at 09:00 Tue'],
    [{ kind: 'snoozed', until: at('2026-03-23T10:05:00+01:00') }, 'Snoozed until 10:05'],
    [{ kind: 'routine', routineId: 'mid-back-seated' }, 'Routine in progress: Mid-back mobility'],
  ] as const)('%j → %s', (status, expected) => {
    expect(line(status)).toBe(expected);
  });

  it('shows local time in the zone it is given', () => {
    expect(
      words(
        statusLine({ kind: 'next', at: at('2026-03-23T10:32:00+01:00') }, NOW, 'Asia/Kathmandu', title),
        'Asia/Kathmandu',
      ),
    ).toBe('Next break at 15:17');
  });
});

describe('tray menu', () => {
  const routines = [
    { id: 'upper-back-desk-reset', title: 'Upper-back desk reset', setting: 'desk' as const },
    { id: 'mid-back-floor', title: 'Mid-back on the floor', setting: 'floor' as const },
  ];
  const labels = (items: TrayItem[]): unknown[] =>
    items.map((i) =>
      i.type === 'submenu'
        ? { [words(i.label)]: labels(i.items) }
        : i.type === 'separator'
          ? '—'
          : words(i.label),
    );

  it('has every action, desk routines before floor routines', () => {
    const model = trayModel({
      status: { kind: 'next', at: at('2026-03-23T10:32:00+01:00') },
      now: NOW,
      zone: 'Europe/Berlin',
      routines,
    });
    expect(labels(model.items)).toEqual([
      'Next break at 10:32',
      '—',
      'Take a break now',
      { 'Start routine': ['Upper-back desk reset', '—', 'Mid-back on the floor'] },
      'Skip next break',
      { Pause: ['For 30 minutes', 'For 1 hour', 'Until tomorrow', 'Until I resume'] },
      'Resume',
      '—',
      'Open Unslouch',
      'Routines…',
      'History…',
      'Welcome and tour',
      '—',
      'Quit',
    ]);
    expect(words(model.tooltip)).toBe('Unslouch — Next break at 10:32');
    expect(model.icon).toBe('active');
  });

  it('offers Resume only while paused, and shows the paused icon', () => {
    const find = (items: TrayItem[], label: string) =>
      items.find((i) => i.type === 'action' && words(i.label) === label) as Extract<
        TrayItem,
        { type: 'action' }
      >;
    const paused = trayModel({
      status: { kind: 'paused', until: null },
      now: NOW,
      zone: 'Europe/Berlin',
      routines,
    });
    expect(find(paused.items, 'Resume').enabled).toBe(true);
    expect(find(paused.items, 'Skip next break').enabled).toBe(false);
    expect(paused.icon).toBe('paused');
    const active = trayModel({
      status: { kind: 'next', at: NOW + 1 },
      now: NOW,
      zone: 'Europe/Berlin',
      routines,
    });
    expect(find(active.items, 'Resume').enabled).toBe(false);
    expect(
      trayModel({ status: { kind: 'outside', next: null }, now: NOW, zone: 'Europe/Berlin', routines }).icon,
    ).toBe('outside');
  });

  it('offers the break prompt back while one is pending, instead of "Take a break now"', () => {
    const model = trayModel({ status: { kind: 'prompt' }, now: NOW, zone: 'Europe/Berlin', routines });
    const shown = labels(model.items);
    expect(shown).toContain('Show the break prompt');
    expect(shown).not.toContain('Take a break now');
    const show = model.items.find((i) => i.type === 'action' && words(i.label) === 'Show the break prompt');
    expect(show).toMatchObject({ action: { kind: 'show-prompt' }, enabled: true });
  });
});
