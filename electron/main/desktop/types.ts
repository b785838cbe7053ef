/**
 * What a platform probe answers: a value, or why the system could not tell.
 * Probes never throw; a reading is data the facade turns into samples.
 */
export type UnknownWhy =
  /** This OS or desktop offers no way to read it (say so, don't pretend). */
  | 'unsupported'
  /** The desktop runs on Wayland, which does not let apps read this. */
  | 'wayland'
  /** The system has a way, but the read failed (missing tool, timeout, permission, garbage). */
  | 'unreadable';

export type Reading<T> =
  { known: true; value: T; source: string } | { known: false; why: UnknownWhy; detail: string };

export const known = <T>(value: T, source: string): Reading<T> => ({ known: true, value, source });
export const unknown = (why: UnknownWhy, detail: string): Reading<never> => ({ known: false, why, detail });

/** A parser's answer: the value, or a short reason the output made no sense. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };
export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const garbage = (problem: string): Parsed<never> => ({ ok: false, problem });

/** Turns a parser's answer into a reading. */
export const fromParsed = <T>(p: Parsed<T>, source: string): Reading<T> =>
  p.ok ? known(p.value, source) : unknown('unreadable', `${source}: ${p.problem}`);

/** Short quote of unexpected output for a log line. */
export const quote = (text: string, max = 60): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
};
