/**
 * Words as data: the core and the main process's business modules never hold
 * sentences. They hand out a `Text` — a catalog key with its arguments — and
 * the shell or the page words it in the person's language with `renderText`.
 */
import type { MessageKey } from './en';

/** An argument of a message: plain data, another Text, an instant to word as a time or weekday, or a wall time ("HH:MM"). */
export type TextParam = string | number | Text | { time: number } | { weekday: number } | { clock: string };

export type Text =
  | { key: MessageKey; params?: Readonly<Record<string, TextParam>> }
  /** Words that are data, not ours to translate here (a routine title already in the person's language). */
  | { literal: string };

export const text = (key: MessageKey, params?: Record<string, TextParam>): Text =>
  params ? { key, params } : { key };
export const literal = (value: string): Text => ({ literal: value });
