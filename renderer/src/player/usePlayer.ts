/**
 * Runs the player machine in React: a 250 ms interval while running (none
 * while paused, waiting or complete) feeds it the time that really passed,
 * and each meaningful change yields one announcement for the live region and
 * an optional chime.
 */
import { useEffect, useReducer, useRef } from 'react';
import { describeChange, stepAnnouncement, type Change } from './describe';
import { initialState, reduce, type PlayerEvent, type PlayerState, type Segment } from './machine';
import { playChime } from './sound';

export const TICK_MS = 250;

interface Wrapped {
  player: PlayerState;
  /** The latest announcement and its sequence number (to chime once per change). */
  change: Change | null;
  seq: number;
}

type WrappedEvent = PlayerEvent | { type: 'begin' };

function wrappedReduce(state: Wrapped, event: WrappedEvent): Wrapped {
  if (event.type === 'begin') {
    if (state.seq > 0) return state;
    return { ...state, change: { message: stepAnnouncement(state.player), chime: null }, seq: 1 };
  }
  const next = reduce(state.player, event);
  if (next === state.player) return state;
  const change = describeChange(state.player, next);
  return change ? { player: next, change, seq: state.seq + 1 } : { ...state, player: next };
}

export interface UsePlayer {
  state: PlayerState;
  announcement: string;
  dispatch(event: PlayerEvent): void;
}

export function usePlayer(
  segments: readonly Segment[],
  options: { manualAdvance: boolean; sound: boolean; readyMs?: number },
): UsePlayer {
  const [wrapped, dispatch] = useReducer(wrappedReduce, undefined, () => ({
    player: initialState(segments, options.manualAdvance, options.readyMs ?? 0),
    change: null,
    seq: 0,
  }));
  const { player } = wrapped;

  useEffect(() => {
    dispatch({ type: 'setManualAdvance', on: options.manualAdvance });
  }, [options.manualAdvance]);

  // Announce the first step once the live region is on the page.
  useEffect(() => {
    dispatch({ type: 'begin' });
  }, []);

  const running = player.status === 'running';
  useEffect(() => {
    if (!running) return;
    let last = Date.now();
    const id = window.setInterval(() => {
      const now = Date.now();
      dispatch({ type: 'tick', ms: now - last });
      last = now;
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [running]);

  const sound = useRef(options.sound);
  useEffect(() => {
    sound.current = options.sound;
  }, [options.sound]);
  const chime = wrapped.change?.chime ?? null;
  useEffect(() => {
    if (wrapped.seq > 1 && chime && sound.current) playChime(chime);
  }, [wrapped.seq, chime]);

  return { state: player, announcement: wrapped.change?.message ?? '', dispatch };
}
