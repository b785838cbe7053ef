/**
 * Today's local date and the current time for the history window, kept
 * fresh: they move on at the next local midnight (a window left open
 * overnight shows the new day), and when the window comes back into view.
 */
import { useEffect, useState } from 'react';
import { Temporal } from 'temporal-polyfill';
import { todayIn } from '../settings/preview';

export interface Today {
  /** Local date YYYY-MM-DD. */
  date: string;
  /** Epoch ms when `date` was last read. */
  now: number;
}

/** Milliseconds from `now` to the next local midnight in `zone` (at least 1 s). */
export function msToNextMidnight(now: number, zone: string): number {
  const next = Temporal.Instant.fromEpochMilliseconds(now)
    .toZonedDateTimeISO(zone)
    .toPlainDate()
    .add({ days: 1 })
    .toZonedDateTime({ timeZone: zone }).epochMilliseconds;
  return Math.max(1000, next - now);
}

export function useToday(zone: string): Today {
  const [today, setToday] = useState<Today>(() => ({ date: todayIn(zone), now: Date.now() }));
  useEffect(() => {
    let timer = 0;
    const refresh = () => {
      const now = Date.now();
      const date = todayIn(zone);
      setToday((prev) => (prev.date === date && now - prev.now < 60_000 ? prev : { date, now }));
      window.clearTimeout(timer);
      // A little past midnight, so the new date is surely there.
      timer = window.setTimeout(refresh, msToNextMidnight(now, zone) + 50);
    };
    refresh();
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', refresh);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', refresh);
    };
  }, [zone]);
  return today;
}
