/**
 * Keeps every shown Notification referenced until it is clicked or closed:
 * an unreferenced one is garbage-collected with its click handler, and the
 * click then does nothing (electron#16922).
 */
export interface KeptNotification {
  on(event: 'click' | 'close' | 'failed', listener: () => void): unknown;
}

export function createNotificationKeeper() {
  const kept = new Set<KeptNotification>();
  return {
    /** Holds `n` until it is clicked, closed or fails to show; returns it for chaining. */
    keep<N extends KeptNotification>(n: N): N {
      kept.add(n);
      const release = () => kept.delete(n);
      n.on('click', release);
      n.on('close', release);
      n.on('failed', release);
      return n;
    },
    size: () => kept.size,
  };
}
