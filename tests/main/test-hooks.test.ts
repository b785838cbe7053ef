import { describe, expect, it } from 'vitest';
import { findTrayAction } from '../../electron/main/test-hooks';
import { trayModel } from '../../electron/core/tray-model';

describe('e2e tray hook', () => {
  const model = trayModel({
    status: { kind: 'next', at: 0 },
    now: 0,
    zone: 'UTC',
    routines: [{ id: 'upper-back-desk-reset', title: 'Upper-back desk reset', setting: 'desk' }],
  });

  it('finds actions by their menu path', () => {
    expect(findTrayAction(model.items, ['Pause', 'For 30 minutes'])).toEqual({
      kind: 'pause',
      request: { kind: 'minutes', minutes: 30 },
    });
    expect(findTrayAction(model.items, ['Start routine', 'Upper-back desk reset'])).toEqual({
      kind: 'start-routine',
      routineId: 'upper-back-desk-reset',
    });
  });

  it('finds nothing for a submenu, an unknown label or a disabled item', () => {
    expect(findTrayAction(model.items, ['Pause'])).toBeNull();
    expect(findTrayAction(model.items, ['Dance'])).toBeNull();
    expect(findTrayAction(model.items, ['Resume'])).toBeNull();
  });
});
