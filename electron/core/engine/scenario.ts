/**
 * The scenario runner (break-rules.md, "Scenario runner"): drives the same
 * BreakEngine as the app through a simulated clock and a simulated person,
 * and returns the output lines. Pure: reading files and printing is the CLI's
 * job (scripts/simulate.ts).
 */
import { z } from 'zod';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { BUSY_REASONS, type BusyReason } from '../settings/busy';
import { loadSettings } from '../settings/validate';
import { deepMerge } from '../util/merge';
import { fieldIssuesFromZod, formatFieldIssue } from '../validation/issues';
import { err, ok, type Result } from '../util/result';
import { formatInstant, isValidTimeZone, parseLocalDateTime, type Instant } from '../time/zone';
import { BreakEngine } from './break-engine';
import type { EngineEvent, PauseRequest, RoutineChoices } from './types';

const MINUTE = 60_000;
const localTime = z.string({ message: 'must be a local time as YYYY-MM-DDTHH:MM[:SS]' });
const minutes = z
  .number({ message: 'must be a number of minutes' })
  .positive({ message: 'must be more than 0 minutes' })
  .max(100_000, { message: 'is too long' });

const eventSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ at: localTime, type: z.literal('idle'), minutes }),
    z.strictObject({ at: localTime, type: z.literal('lock'), minutes }),
    z.strictObject({ at: localTime, type: z.literal('sleep'), minutes }),
    z.strictObject({
      at: localTime,
      type: z.literal('pause'),
      minutes: minutes.optional(),
      until: z.string().optional(),
    }),
    z.strictObject({ at: localTime, type: z.literal('resume') }),
    z.strictObject({ at: localTime, type: z.literal('skip') }),
    z.strictObject({ at: localTime, type: z.literal('routine'), minutes, routine: z.string().optional() }),
    z.strictObject({ at: localTime, type: z.literal('timezone'), timezone: z.string() }),
    z.strictObject({
      at: localTime,
      type: z.literal('busy'),
      minutes,
      reason: z.enum(BUSY_REASONS, {
        error: (issue) =>
          issue.input === undefined
            ? `is required (one of ${BUSY_REASONS.join(', ')})`
            : `must be one of ${BUSY_REASONS.join(', ')}`,
      }),
    }),
  ],
  { message: 'type must be one of idle, lock, sleep, pause, resume, skip, routine, timezone, busy' },
);

const scenarioSchema = z.strictObject({
  timezone: z.string({
    error: (issue) =>
      issue.input === undefined
        ? 'is required (an IANA time zone such as Europe/Berlin)'
        : 'must be a time zone name such as Europe/Berlin',
  }),
  from: localTime,
  until: localTime,
  settings: z.record(z.string(), z.unknown(), { message: 'must be an object' }).optional(),
  respond: z
    .strictObject({
      action: z.enum(['complete', 'partial', 'skip', 'snooze', 'ignore']),
      afterSeconds: z.number().min(0).max(86_400).default(0),
      routineSeconds: z.number().min(0).max(86_400).default(120),
    })
    .optional(),
  events: z.array(eventSchema).default([]),
});

export type Scenario = z.input<typeof scenarioSchema>;

export interface OutputLine {
  at: string;
  type: string;
  [key: string]: unknown;
}

interface Input {
  at: Instant;
  /** 0: the scenario's own events, 1: the simulated person's answers, ordered so within one instant. */
  order: number;
  seq: number;
  event:
    | EngineEvent
    | { type: 'set-zone'; timezone: string }
    | { type: 'busy-change'; reason: BusyReason; by: 1 | -1 };
  /** Only deliver when this prompt is still the one on screen. */
  forPrompt?: number;
}

export function parseScenario(raw: unknown): Result<z.output<typeof scenarioSchema>, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return err('scenario: must be a JSON object');
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success)
    return err(
      formatFieldIssue(fieldIssuesFromZod(parsed.error, raw, { unknownKey: 'field', limit: 1 })[0]!, {
        brackets: true,
      }),
    );
  return ok(parsed.data);
}

/** Runs a scenario; an invalid one gives one line naming the problem. */
export function runScenario(raw: unknown, routines: RoutineChoices): Result<OutputLine[], string> {
  const parsedResult = parseScenario(raw);
  if (!parsedResult.ok) return parsedResult;
  const scenario = parsedResult.value;
  if (!isValidTimeZone(scenario.timezone)) return err(`timezone: unknown time zone "${scenario.timezone}"`);

  const settingsResult = loadSettings(deepMerge(DEFAULT_SETTINGS, scenario.settings ?? {}));
  if (!settingsResult.ok) return err(`settings.${settingsResult.error[0]}`);
  const settings = settingsResult.value;

  let zone = scenario.timezone;
  const from = parseLocalDateTime(scenario.from, zone);
  if (from === null) return err(`from: "${scenario.from}" is not a local time as YYYY-MM-DDTHH:MM[:SS]`);

  // Expand the events into engine inputs on one timeline, parsing each `at`
  // in the zone in force at that moment.
  const inputs: Input[] = [];
  let seq = 0;
  const push = (at: Instant, event: Input['event'], order = 0) =>
    inputs.push({ at, order, seq: seq++, event });
  const awayIntervals: { start: Instant; end: Instant }[] = [];
  let previous = from;
  for (const [i, e] of scenario.events.entries()) {
    const at = parseLocalDateTime(e.at, zone);
    if (at === null) return err(`events[${i}].at: "${e.at}" is not a local time as YYYY-MM-DDTHH:MM[:SS]`);
    if (at < previous)
      return err(
        `events[${i}].at: ${e.at} is before the previous event (or before "from"); list events in time order`,
      );
    previous = at;
    switch (e.type) {
      case 'idle':
        push(at, { type: 'presence', idleSince: at });
        push(at + e.minutes * MINUTE, { type: 'presence', idleSince: null });
        awayIntervals.push({ start: at, end: at + e.minutes * MINUTE });
        break;
      case 'lock':
        push(at, { type: 'lock' });
        push(at + e.minutes * MINUTE, { type: 'unlock' });
        awayIntervals.push({ start: at, end: at + e.minutes * MINUTE });
        break;
      case 'sleep':
        push(at, { type: 'suspend' });
        push(at + e.minutes * MINUTE, { type: 'resume' });
        awayIntervals.push({ start: at, end: at + e.minutes * MINUTE });
        break;
      case 'pause': {
        let request: PauseRequest;
        if (e.minutes !== undefined && e.until !== undefined)
          return err(`events[${i}]: a pause takes "minutes" or "until", not both`);
        if (e.minutes !== undefined) request = { kind: 'minutes', minutes: e.minutes };
        else if (e.until === undefined) request = { kind: 'indefinite' };
        else if (e.until === 'tomorrow') request = { kind: 'tomorrow' };
        else {
          const until = parseLocalDateTime(e.until, zone);
          if (until === null)
            return err(`events[${i}].until: must be "tomorrow" or a local time as YYYY-MM-DDTHH:MM[:SS]`);
          if (until <= at) return err(`events[${i}].until: ${e.until} is not after the pause starts`);
          request = { kind: 'until', at: until };
        }
        push(at, { type: 'pause', request });
        break;
      }
      case 'resume':
        push(at, { type: 'resume-breaks' });
        break;
      case 'skip':
        push(at, { type: 'skip-next' });
        break;
      case 'routine': {
        const routineId = e.routine ?? routines.desk[0];
        if (!routineId) return err(`events[${i}].routine: no routine to start`);
        push(at, { type: 'start-routine', routineId });
        push(at + e.minutes * MINUTE, { type: 'finish-routine', outcome: 'completed' });
        break;
      }
      case 'timezone':
        if (!isValidTimeZone(e.timezone))
          return err(`events[${i}].timezone: unknown time zone "${e.timezone}"`);
        zone = e.timezone;
        push(at, { type: 'set-zone', timezone: e.timezone });
        break;
      case 'busy':
        // Busy stretches of one reason may overlap: the reason is on while any is.
        push(at, { type: 'busy-change', reason: e.reason, by: 1 });
        push(at + e.minutes * MINUTE, { type: 'busy-change', reason: e.reason, by: -1 });
        break;
    }
  }
  const until = parseLocalDateTime(scenario.until, zone);
  if (until === null) return err(`until: "${scenario.until}" is not a local time as YYYY-MM-DDTHH:MM[:SS]`);
  if (until <= from) return err('until: must be after "from"');

  const engine = new BreakEngine({ settings, timezone: scenario.timezone, now: from, routines });
  const respond = scenario.respond ?? { action: 'ignore' as const, afterSeconds: 0, routineSeconds: 120 };
  const lines: OutputLine[] = [];
  const emit = (t: Instant, type: string, fields: Record<string, unknown> = {}) =>
    lines.push({ at: formatInstant(t, engine.timezone), type, ...fields });

  /** When the simulated person is back at the keyboard, if away at t. */
  const backAt = (t: Instant): Instant => {
    let back = t;
    let changed = true;
    while (changed) {
      changed = false;
      for (const a of awayIntervals) {
        if (a.start <= back && back < a.end) {
          back = a.end;
          changed = true;
        }
      }
    }
    return back;
  };

  let promptSeq = 0;
  let openPrompt: number | null = null;
  let asleep = false;
  const busyCount = new Map<BusyReason, number>();

  const deliver = (event: EngineEvent, now: Instant) => {
    if (event.type === 'suspend') asleep = true;
    if (event.type === 'resume') asleep = false;
    for (const effect of engine.handle(event, now)) {
      switch (effect.type) {
        case 'notice':
          emit(effect.at, 'notice');
          break;
        case 'prompt': {
          emit(effect.at, 'prompt', { routine: effect.routineId, snoozes: effect.snoozes });
          openPrompt = ++promptSeq;
          scheduleAnswer(effect.at, effect.snoozesLeft, openPrompt);
          break;
        }
        case 'close-prompt':
          openPrompt = null;
          break;
        case 'held':
          emit(effect.at, 'held', { reason: effect.reason });
          break;
        case 'routine-start':
          emit(effect.at, 'routine-start', { routine: effect.routineId, trigger: effect.trigger });
          break;
        case 'break':
          if (effect.counted) emit(effect.at, 'break', { outcome: effect.outcome, trigger: effect.trigger });
          break;
        case 'pause':
          emit(effect.at, 'pause');
          break;
        case 'resume':
          emit(effect.at, 'resume');
          break;
        case 'refused':
          break;
      }
    }
  };

  const scheduleAnswer = (shownAt: Instant, snoozesLeft: number, prompt: number) => {
    if (respond.action === 'ignore') return;
    const at = backAt(shownAt) + respond.afterSeconds * 1000;
    const answer = (event: EngineEvent, t: Instant) =>
      inputs.push({ at: t, order: 1, seq: seq++, event, forPrompt: prompt });
    switch (respond.action) {
      case 'complete':
      case 'partial':
        answer({ type: 'answer', action: 'start' }, at);
        break;
      case 'skip':
        answer({ type: 'answer', action: 'skip' }, at);
        break;
      case 'snooze':
        answer({ type: 'answer', action: snoozesLeft > 0 ? 'snooze' : 'skip' }, at);
        break;
    }
  };

  const byTime = (a: Input, b: Input) => a.at - b.at || a.order - b.order || a.seq - b.seq;
  for (;;) {
    inputs.sort(byTime);
    const wake = asleep ? null : engine.nextWake();
    const next = inputs[0];
    if (next && (wake === null || next.at <= wake)) {
      if (next.at > until) break;
      inputs.shift();
      if (next.forPrompt !== undefined && next.forPrompt !== openPrompt) continue;
      if (next.event.type === 'set-zone') {
        deliver({ type: 'timezone', timezone: next.event.timezone }, next.at);
        continue;
      }
      if (next.event.type === 'busy-change') {
        // Every busy change at this instant in one event, as a desktop sample
        // would see them (back-to-back stretches do not flicker).
        const changes = [next.event];
        for (let i = 0; i < inputs.length && inputs[i]!.at === next.at;) {
          const e = inputs[i]!.event;
          if (e.type === 'busy-change') {
            changes.push(e);
            inputs.splice(i, 1);
          } else i++;
        }
        for (const c of changes) busyCount.set(c.reason, (busyCount.get(c.reason) ?? 0) + c.by);
        const reasons = BUSY_REASONS.filter((r) => (busyCount.get(r) ?? 0) > 0);
        deliver({ type: 'busy', reasons }, next.at);
        continue;
      }
      const event = next.event;
      deliver(event, next.at);
      if (event.type === 'answer' && event.action === 'start' && openPrompt === null) {
        const outcome = respond.action === 'partial' ? 'partial' : 'completed';
        inputs.push({
          at: next.at + respond.routineSeconds * 1000,
          order: 1,
          seq: seq++,
          event: { type: 'finish-routine', outcome },
        });
      }
      continue;
    }
    if (wake === null || wake > until) break;
    emit(wake, 'wake');
    deliver({ type: 'tick' }, wake);
  }

  // Not sorted: the lines come out in the order the engine emitted them,
  // which must be time order (tests/core/scenarios.test.ts checks it, and the
  // property suite checks the engine's effects), so a disorder shows.
  return ok(lines);
}
