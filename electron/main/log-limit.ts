/**
 * Keeps a noisy source from flooding the log: at most `perWindow` lines per
 * key (an IPC sender) in each window, then one line saying how many were
 * left out when the next window opens. A hostile page can send thousands of
 * refused messages a second; the log should still be readable.
 */
export interface LimitedLog {
  (key: string | number, message: string): void;
}

export function createLimitedLog(
  log: (message: string) => void,
  options: { perWindow?: number; windowMs?: number; now?: () => number } = {},
): LimitedLog {
  const perWindow = options.perWindow ?? 5;
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const windows = new Map<string | number, { start: number; count: number }>();
  return (key, message) => {
    const t = now();
    let w = windows.get(key);
    if (!w || t - w.start >= windowMs) {
      const suppressed = w ? w.count - perWindow : 0;
      if (suppressed > 0) log(`(${suppressed} more like this from the same sender were not logged)`);
      w = { start: t, count: 0 };
      windows.set(key, w);
      // Forget senders that went quiet so the map stays small.
      if (windows.size > 256) {
        for (const [k, v] of windows) if (t - v.start >= windowMs) windows.delete(k);
      }
    }
    w.count += 1;
    if (w.count <= perWindow) log(message);
  };
}
