/**
 * The busy journeys' common words (R11), shared by the desktop harness's
 * busy-journeys.spec.ts and the `_electron` busy.e2e.ts so both say the same
 * thing: Monday 23 March 2026 in Berlin, what the person could see after each
 * step of the clock, and the moments where that changed.
 */
export const ZONE = 'Europe/Berlin';
/** Wall time in Berlin that Monday (HH:MM or HH:MM:SS) as an instant. */
export const at = (time: string) => Date.parse(`2026-03-23T${time.length === 5 ? `${time}:00` : time}+01:00`);
/** Berlin wall time (HH:MM:SS) of an instant that Monday: CET is UTC+1. */
export const wall = (ms: number) => new Date(ms + 3_600_000).toISOString().slice(11, 19);

export const CALL_HELD = 'Break held — you’re in a call';
export const DND_HELD = 'Break held — you’re in do-not-disturb';
export const FULLSCREEN_HELD = 'Break held — you’re in a full-screen app';
export const PROMPTED = 'Break time — your routine is ready';

/** What the person could see at one instant. */
export interface Moment {
  /** Berlin wall time. */
  time: string;
  /** Heads-ups shown so far. */
  notices: number;
  /** Windows open (a prompt's page may still be loading). */
  windows: number;
  /** The tray's status line. */
  status: string;
}

/** The moments where what the person sees changed (the first one included). */
export const changes = (moments: Moment[]) =>
  moments.filter((m, i) => {
    const p = moments[i - 1];
    return !p || p.notices !== m.notices || p.windows !== m.windows || p.status !== m.status;
  });
