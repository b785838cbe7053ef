/** `screen`: displays set by the harness; refused before `ready`, as in Electron. */
import { EventEmitter } from 'node:events';
import { ElectronEvent, readyOnly, recorded } from './context.mjs';

const display = (id, x, y, width, height) => ({
  id,
  label: `Display ${id}`,
  bounds: { x, y, width, height },
  workArea: { x, y: y + 32, width, height: height - 32 },
  size: { width, height },
  workAreaSize: { width, height: height - 32 },
  scaleFactor: 1,
  rotation: 0,
  internal: id === 1,
  monochrome: false,
  accelerometerSupport: 'unknown',
  touchSupport: 'unknown',
  colorDepth: 24,
  colorSpace: '',
  depthPerComponent: 8,
  displayFrequency: 60,
  detected: true,
});

export function install(ctx) {
  let displays = [display(1, 0, 0, 1920, 1080)];
  let cursor = { x: 100, y: 100 };
  const contains = (d, p) =>
    p.x >= d.bounds.x &&
    p.y >= d.bounds.y &&
    p.x < d.bounds.x + d.bounds.width &&
    p.y < d.bounds.y + d.bounds.height;
  const target = new EventEmitter();
  Object.assign(
    target,
    recorded(ctx, 'screen', {
      getPrimaryDisplay: () => displays[0],
      getAllDisplays: () => [...displays],
      getCursorScreenPoint: () => ({ ...cursor }),
      getDisplayNearestPoint: (point) => displays.find((d) => contains(d, point)) ?? displays[0],
      getDisplayMatching: (rect) => displays.find((d) => contains(d, rect)) ?? displays[0],
      dipToScreenPoint: (p) => p,
      screenToDipPoint: (p) => p,
    }),
  );
  const screen = readyOnly(ctx, "The 'screen' module can't be used before the app 'ready' event", target);

  ctx.command('screen.setDisplays', ({ list, cursor: nextCursor }) => {
    const before = displays;
    displays = list.map((d, i) => display(d.id ?? i + 1, d.x ?? 0, d.y ?? 0, d.width, d.height));
    if (nextCursor) cursor = nextCursor;
    for (const d of displays)
      if (!before.some((b) => b.id === d.id)) target.emit('display-added', new ElectronEvent(), d);
    for (const d of before)
      if (!displays.some((n) => n.id === d.id)) target.emit('display-removed', new ElectronEvent(), d);
    return null;
  });
  ctx.snapshot('screen', () => ({ displays, cursor }));
  return { screen };
}
