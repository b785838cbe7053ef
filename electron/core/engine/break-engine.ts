/**
 * The break engine: break-rules.md as a state machine. Events come in with
 * the instant they happen; effects go out, and `nextWake()` says when the
 * engine next needs to be woken (one pending wake-up at most). It never reads
 * a clock and never sets a timer: the main process drives it with
 * node-schedule, the scenario runner with a simulated clock.
 *
 * Decisions where break-rules.md is silent are marked "Decision:".
 */
import type { Settings } from '../settings/schema';
import { BUSY_REASONS, type BusyReason } from '../settings/busy';
import { WorkCalendar, type WorkRangeInstant } from '../time/work-calendar';
import type { Instant } from '../time/zone';
import { rotates, suggestedRoutine } from './rotation';
import type { BreakEffect, Effect, EngineEvent, EngineStatus, PauseRequest, RoutineChoices } from './types';

const MINUTE = 60_000;
/** R10: idle time is sampled at most once a minute while the countdown runs. */
export const SAMPLE_INTERVAL = MINUTE;
/**
 * Decision: when another wake-up is due within this long, it samples idle time
 * instead, so notices and prompts do not add wake-ups (≤ 60 per work hour).
 */
const SAMPLE_MERGE_WINDOW = 2 * MINUTE;

interface PendingBreak {
  routineId: string;
  snoozes: number;
  /** End of the work range the break fell due in: an open prompt is missed then (R5). */
  rangeEnd: Instant;
  /** When it fell due (R11: a held break keeps it). */
  dueAt: Instant;
  /** Time spent held in earlier holds of this break (R11), for the history. */
  heldMs: number;
}

type Phase =
  | { kind: 'counting' }
  | { kind: 'prompt'; brk: PendingBreak }
  | { kind: 'snoozed'; brk: PendingBreak; since: Instant; until: Instant }
  /**
   * R11: a break held while busy, not on screen. `since` is when this hold
   * began; once busy ends, `promptAt` is when its prompt comes (grace time).
   */
  | {
      kind: 'held';
      brk: PendingBreak;
      since: Instant;
      reason: BusyReason;
      promptAt: Instant | null;
    }
  /** A prompt (or snoozed or held prompt) closed by a natural break still in progress. */
  | { kind: 'natural'; brk: PendingBreak }
  | {
      kind: 'routine';
      routineId: string;
      trigger: 'prompt' | 'on-demand';
      startedAt: Instant;
      snoozes: number;
      /** Started from, or over, a prompt: its end is that break's outcome. */
      tookOverBreak: boolean;
      /** How long the break it took over had been held (R11). */
      heldMs: number;
    };

interface Away {
  idleSince: Instant | null;
  lockedSince: Instant | null;
  asleepSince: Instant | null;
  /** Start of the current unbroken stretch of idle/lock/sleep. */
  since: Instant | null;
}

export interface EngineOptions {
  settings: Settings;
  timezone: string;
  /** The moment the app started (R2). */
  now: Instant;
  routines: RoutineChoices;
}

export class BreakEngine {
  private settings: Settings;
  private calendar: WorkCalendar;
  private anchor: Instant;
  private phase: Phase = { kind: 'counting' };
  private pause: { until: Instant | null } | null = null;
  private away: Away = { idleSince: null, lockedSince: null, asleepSince: null, since: null };
  private noticeSentFor: Instant | null = null;
  private rotation = 0;
  /** The busy reasons the desktop reports (R11), before the settings filter them. */
  private busyReported: ReadonlySet<BusyReason> = new Set();
  /** Whether the person was busy (after the settings) at the end of the last event. */
  private wasBusy = false;
  /** Start of the current stretch of not being busy: heads-ups before it were not shown (R11). */
  private notBusySince: Instant = -Infinity;
  private lastNow: Instant;
  private readonly routines: RoutineChoices;

  constructor(options: EngineOptions) {
    this.settings = options.settings;
    this.calendar = new WorkCalendar(options.settings.workHours, options.timezone);
    this.anchor = options.now;
    this.lastNow = options.now;
    this.routines = options.routines;
  }

  get timezone(): string {
    return this.calendar.zone;
  }

  /** Handles one event at `now` and returns what the shell should do. */
  handle(event: EngineEvent, now: Instant): Effect[] {
    const out: Effect[] = [];
    this.lastNow = now;
    // A pause that ran out before this event ends first; everything else due
    // at this very instant comes after the event (a pause or skip at the
    // instant a prompt falls due wins over the prompt).
    if (this.pause && this.pause.until !== null && this.pause.until <= now)
      this.endPause(this.pause.until, out);
    this.apply(event, now, out);
    this.busyChanged(now, out);
    this.advance(now, out);
    return out;
  }

  // ---------------------------------------------------------------- events

  private apply(event: EngineEvent, now: Instant, out: Effect[]): void {
    switch (event.type) {
      case 'tick':
        return;
      case 'presence': {
        const since = event.idleSince === null ? null : Math.min(event.idleSince, now);
        if (since === this.away.idleSince) return;
        if (this.away.idleSince !== null) this.endAwayReason('idleSince', since ?? now, out);
        if (since !== null) this.startAwayReason('idleSince', since);
        return;
      }
      case 'lock':
        if (this.away.lockedSince === null) this.startAwayReason('lockedSince', now);
        return;
      case 'unlock':
        if (this.away.lockedSince !== null) this.endAwayReason('lockedSince', now, out);
        return;
      case 'suspend':
        if (this.away.asleepSince === null) this.startAwayReason('asleepSince', now);
        return;
      case 'resume':
        if (this.away.asleepSince !== null) this.endAwayReason('asleepSince', now, out);
        return;
      case 'answer':
        return this.answer(event.action, event.routineId, now, out);
      case 'start-routine':
        return this.startOnDemand(event.routineId, now, out);
      case 'finish-routine':
        return this.finishRoutine(event.outcome, now, out);
      case 'pause':
        return this.startPause(event.request, now, out);
      case 'resume-breaks':
        if (this.pause) this.endPause(now, out);
        return;
      case 'skip-next':
        return this.skipNext(now, out);
      case 'prompt-now':
        return this.promptNow(now, out);
      case 'break-now':
        return this.breakNow(now, out);
      case 'settings':
        this.settings = event.settings;
        this.calendar = new WorkCalendar(event.settings.workHours, this.calendar.zone);
        this.rebaseRangeEnd(now);
        return;
      case 'timezone':
        // R9: work time is recomputed in the new zone; anchors are instants and stay.
        this.calendar = new WorkCalendar(this.settings.workHours, event.timezone);
        this.rebaseRangeEnd(now);
        return;
      case 'busy':
        this.busyReported = new Set(event.reasons);
        return;
      case 'sample':
        this.apply({ type: 'presence', idleSince: event.idleSince }, now, out);
        if (event.reasons) this.busyReported = new Set(event.reasons);
        return;
    }
  }

  /**
   * Work time was recomputed: an open or snoozed prompt now belongs to the
   * range around `now` in the new work time; outside it, it is missed now.
   */
  private rebaseRangeEnd(now: Instant) {
    const phase = this.phase;
    if (phase.kind !== 'prompt' && phase.kind !== 'snoozed' && phase.kind !== 'held') return;
    phase.brk.rangeEnd = this.calendar.rangeAt(now)?.end ?? now;
  }

  private answer(
    action: 'start' | 'snooze' | 'skip',
    routineId: string | undefined,
    now: Instant,
    out: Effect[],
  ) {
    const phase = this.phase;
    if (phase.kind !== 'prompt') {
      out.push({ type: 'refused', at: now, reason: 'no-prompt' });
      return;
    }
    const brk = phase.brk;
    if (action === 'start') {
      out.push({ type: 'close-prompt', at: now });
      const id = routineId ?? brk.routineId;
      this.phase = {
        kind: 'routine',
        routineId: id,
        trigger: 'prompt',
        startedAt: now,
        snoozes: brk.snoozes,
        tookOverBreak: true,
        heldMs: brk.heldMs,
      };
      out.push({ type: 'routine-start', at: now, routineId: id, trigger: 'prompt' });
      return;
    }
    if (action === 'skip') {
      out.push({ type: 'close-prompt', at: now });
      this.endBreak(out, now, 'skipped', 'prompt', brk);
      return;
    }
    if (brk.snoozes >= this.settings.breaks.maxSnoozes) {
      const max = this.settings.breaks.maxSnoozes;
      out.push(
        max === 0
          ? { type: 'refused', at: now, reason: 'snooze-off' }
          : { type: 'refused', at: now, reason: 'snooze-limit', params: { max } },
      );
      return;
    }
    out.push({ type: 'close-prompt', at: now });
    const until = now + this.settings.breaks.snoozeMinutes * MINUTE;
    const snoozed = { ...brk, snoozes: brk.snoozes + 1 };
    if (until < brk.rangeEnd) {
      this.phase = { kind: 'snoozed', brk: snoozed, since: now, until };
    } else {
      // R5: a snooze that would return after the work range ends is a missed break.
      this.endBreak(out, now, 'missed', 'prompt', snoozed);
    }
  }

  private startOnDemand(routineId: string, now: Instant, out: Effect[]) {
    const phase = this.phase;
    if (phase.kind === 'routine') {
      out.push({ type: 'refused', at: now, reason: 'routine-running' });
      return;
    }
    // Decision: starting a routine while a prompt is open or snoozed takes that
    // break; the routine's end closes it (marked on-demand, R8). R11: so does
    // a held one.
    let taken: PendingBreak | null = null;
    if (phase.kind === 'prompt') {
      out.push({ type: 'close-prompt', at: now });
      taken = phase.brk;
    } else if (phase.kind === 'snoozed') {
      taken = phase.brk;
    } else if (phase.kind === 'held') {
      taken = this.release(phase, now);
    }
    this.phase = {
      kind: 'routine',
      routineId,
      trigger: 'on-demand',
      startedAt: now,
      snoozes: taken?.snoozes ?? 0,
      tookOverBreak: taken !== null,
      heldMs: taken?.heldMs ?? 0,
    };
    out.push({ type: 'routine-start', at: now, routineId, trigger: 'on-demand' });
  }

  private finishRoutine(outcome: 'completed' | 'partial', now: Instant, out: Effect[]) {
    const phase = this.phase;
    if (phase.kind !== 'routine') {
      out.push({ type: 'refused', at: now, reason: 'no-routine' });
      return;
    }
    this.phase = { kind: 'counting' };
    const counted = phase.tookOverBreak || (this.pause === null && this.calendar.rangeAt(now) !== null);
    const effect: BreakEffect = {
      type: 'break',
      at: now,
      outcome,
      trigger: phase.trigger,
      routineId: phase.routineId,
      snoozes: phase.snoozes,
      startedAt: phase.startedAt,
      heldSeconds: Math.round(phase.heldMs / 1000),
      counted,
    };
    out.push(effect);
    if (counted) this.anchorAt(now);
  }

  private startPause(request: PauseRequest, now: Instant, out: Effect[]) {
    let until: Instant | null;
    switch (request.kind) {
      case 'minutes':
        until = now + request.minutes * MINUTE;
        break;
      case 'until':
        until = request.at;
        break;
      case 'tomorrow':
        // Decision: with work hours off (all time is work time) "tomorrow" is the next local midnight.
        until = this.calendar.alwaysWork
          ? this.calendar.nextLocalMidnight(now)
          : (this.calendar.firstRangeOnLaterDate(now)?.start ?? null);
        break;
      case 'indefinite':
        until = null;
        break;
    }
    if (until !== null && until <= now) {
      out.push({ type: 'refused', at: now, reason: 'pause-in-past' });
      return;
    }
    this.pause = { until };
    out.push({ type: 'pause', at: now, until });
    // R7: an open prompt closes as skipped. Decision: so does a snoozed one.
    const phase = this.phase;
    if (phase.kind === 'prompt') {
      out.push({ type: 'close-prompt', at: now });
      this.endBreak(out, now, 'skipped', 'prompt', phase.brk);
    } else if (phase.kind === 'snoozed') {
      this.endBreak(out, now, 'skipped', 'prompt', phase.brk);
    } else if (phase.kind === 'held') {
      // R11: a pause skips a held break.
      this.endBreak(out, now, 'skipped', 'prompt', this.release(phase, now));
    }
  }

  private endPause(at: Instant, out: Effect[]) {
    this.pause = null;
    out.push({ type: 'resume', at });
    this.anchorAt(at);
  }

  private skipNext(now: Instant, out: Effect[]) {
    const phase = this.phase;
    if (phase.kind === 'prompt') {
      out.push({ type: 'close-prompt', at: now });
      this.endBreak(out, now, 'skipped', 'prompt', phase.brk);
      return;
    }
    if (phase.kind === 'snoozed') {
      this.endBreak(out, now, 'skipped', 'prompt', phase.brk);
      return;
    }
    if (phase.kind === 'held') {
      // R11: the tray's skip skips a held break.
      this.endBreak(out, now, 'skipped', 'prompt', this.release(phase, now));
      return;
    }
    if (phase.kind !== 'counting' || this.pause || !this.calendar.rangeAt(now)) {
      out.push({ type: 'refused', at: now, reason: 'nothing-to-skip' });
      return;
    }
    // The tray's "Skip next break" ends the countdown now, as a skipped break.
    this.endBreak(out, now, 'skipped', 'prompt', this.newBreak(now, now));
  }

  private promptNow(now: Instant, out: Effect[]) {
    const phase = this.phase;
    const noticeMs = this.settings.breaks.noticeSeconds * 1000;
    // R11: no prompt while busy, asked for or not.
    const busy = this.activeReason() !== null;
    if (phase.kind === 'snoozed' && !this.pause && !busy && phase.until - now <= noticeMs + 1000) {
      // The heads-up before a snoozed prompt's return: bring that prompt back.
      this.showPrompt(now, phase.brk, out);
      return;
    }
    if (
      phase.kind === 'held' &&
      !busy &&
      phase.promptAt !== null &&
      phase.promptAt - now <= noticeMs + 1000
    ) {
      // The heads-up before a held break's prompt (R11): bring it forward.
      this.showPrompt(now, this.release(phase, now), out);
      return;
    }
    const range = this.calendar.rangeAt(now);
    const due = this.phase.kind === 'counting' && !this.pause && !busy ? this.dueIn(range) : null;
    // Decision: only the break the heads-up announced can be brought forward.
    if (due === null || !range || due - now > this.settings.breaks.noticeSeconds * 1000 + 1000) {
      out.push({ type: 'refused', at: now, reason: 'no-break-coming' });
      return;
    }
    this.showPrompt(now, this.newBreak(now, range.end), out);
  }

  /**
   * "Take a break now" (tray, and the browser preview's prompt page): the
   * break comes now. Decision: outside work time it is prompted too, since the
   * person asked for it; it then has no range end, so it waits for an answer
   * and its snoozes come back. A pause or a running routine refuses it.
   */
  private breakNow(now: Instant, out: Effect[]) {
    const phase = this.phase;
    if (phase.kind === 'prompt') return;
    if (phase.kind === 'routine') {
      out.push({ type: 'refused', at: now, reason: 'routine-running' });
      return;
    }
    if (this.pause) {
      out.push({ type: 'refused', at: now, reason: 'paused' });
      return;
    }
    if (phase.kind === 'snoozed' || phase.kind === 'natural') {
      this.showPrompt(now, phase.brk, out);
      return;
    }
    if (phase.kind === 'held') {
      // Decision: asked for by hand, a held break is prompted even while busy
      // (R11 keeps the app's own prompts away, as R8 lets a routine run any time).
      this.showPrompt(now, this.release(phase, now), out);
      return;
    }
    const rangeEnd = this.calendar.rangeAt(now)?.end ?? Infinity;
    this.showPrompt(now, this.newBreak(now, rangeEnd), out);
  }

  // ---------------------------------------------------------------- presence

  private startAwayReason(reason: 'idleSince' | 'lockedSince' | 'asleepSince', since: Instant) {
    this.away[reason] = since;
    this.away.since = this.away.since === null ? since : Math.min(this.away.since, since);
  }

  private endAwayReason(reason: 'idleSince' | 'lockedSince' | 'asleepSince', at: Instant, out: Effect[]) {
    this.away[reason] = null;
    if (this.away.idleSince !== null || this.away.lockedSince !== null || this.away.asleepSince !== null)
      return;
    const since = this.away.since;
    this.away.since = null;
    if (since === null) return;
    const natural = at - since >= this.naturalBreakMs;
    const phase = this.phase;
    if (phase.kind === 'natural') {
      this.phase = { kind: 'counting' };
      this.endBreak(out, at, 'natural', 'idle', phase.brk);
      return;
    }
    if (!natural || phase.kind === 'routine') return;
    if (phase.kind === 'prompt' || phase.kind === 'snoozed' || phase.kind === 'held') {
      // No wake-up came in between (asleep): whichever came first, the
      // threshold or the end of the work range, decides (R5; R11 for a held break).
      const naturalAt = since + this.naturalBreakMs;
      const closedAt = Math.min(naturalAt, phase.brk.rangeEnd, at);
      if (phase.kind === 'prompt') out.push({ type: 'close-prompt', at: closedAt });
      const brk = phase.kind === 'held' ? this.release(phase, Math.max(phase.since, closedAt)) : phase.brk;
      if (naturalAt <= phase.brk.rangeEnd) this.endBreak(out, at, 'natural', 'idle', brk);
      else this.endBreak(out, phase.brk.rangeEnd, 'missed', 'prompt', brk);
      return;
    }
    // R6: a stretch that ends inside work time and not paused is a natural break.
    if (this.pause === null && this.calendar.rangeAt(at) !== null) {
      this.endBreak(out, at, 'natural', 'idle', null);
    }
  }

  private get naturalBreakMs(): number {
    return this.settings.idle.naturalBreakMinutes * MINUTE;
  }

  /** The instant the current away stretch becomes a natural break, or null if not away. */
  private naturalFrom(): Instant | null {
    return this.away.since === null ? null : this.away.since + this.naturalBreakMs;
  }

  private isAwayLongEnough(now: Instant): boolean {
    const from = this.naturalFrom();
    return from !== null && now >= from;
  }

  // ---------------------------------------------------------------- time

  private anchorAt(t: Instant) {
    this.anchor = Math.max(this.anchor, t);
    this.noticeSentFor = null;
  }

  private endBreak(
    out: Effect[],
    at: Instant,
    outcome: BreakEffect['outcome'],
    trigger: BreakEffect['trigger'],
    brk: PendingBreak | null,
  ) {
    this.phase = { kind: 'counting' };
    out.push({
      type: 'break',
      at,
      outcome,
      trigger,
      routineId: brk?.routineId ?? null,
      snoozes: brk?.snoozes ?? 0,
      startedAt: null,
      heldSeconds: Math.round((brk?.heldMs ?? 0) / 1000),
      counted: true,
    });
    this.anchorAt(at);
  }

  /** When the next break falls due inside the current range, or null (R2, R3). */
  private dueIn(range: WorkRangeInstant | null): Instant | null {
    if (!range) return null;
    const due = Math.max(this.anchor, range.start) + this.settings.breaks.everyMinutes * MINUTE;
    return due < range.end ? due : null;
  }

  /** Processes everything due at or before `now`. */
  private advance(now: Instant, out: Effect[]): void {
    // Pause end (R7).
    if (this.pause && this.pause.until !== null && this.pause.until <= now) {
      this.endPause(this.pause.until, out);
    }
    const phase = this.phase;
    const range = this.calendar.rangeAt(now);
    const awayLong = this.isAwayLongEnough(now);
    const busyReason = this.activeReason();

    if (phase.kind === 'prompt' || phase.kind === 'snoozed' || phase.kind === 'held') {
      const naturalAt = this.naturalFrom();
      if (awayLong && naturalAt !== null && naturalAt <= phase.brk.rangeEnd) {
        // R5: an unanswered prompt closes as a natural break once the person
        // has been away long enough; the break ends when they come back.
        // R11: so does a held break.
        if (phase.kind === 'prompt') out.push({ type: 'close-prompt', at: now });
        this.phase = { kind: 'natural', brk: phase.kind === 'held' ? this.release(phase, now) : phase.brk };
        return;
      }
      if (now >= phase.brk.rangeEnd) {
        const at = phase.brk.rangeEnd;
        if (phase.kind === 'prompt') out.push({ type: 'close-prompt', at });
        const brk = phase.kind === 'held' ? this.release(phase, Math.max(phase.since, at)) : phase.brk;
        this.endBreak(out, at, 'missed', 'prompt', brk);
        return;
      }
      if (phase.kind === 'snoozed') {
        if (phase.until > now) {
          if (busyReason === null) this.maybeNotice(now, phase.until, phase.since, phase.brk.routineId, out);
        } else if (busyReason !== null) {
          // R11: a snoozed prompt that would return while busy is held.
          this.hold(now, phase.brk, busyReason, out);
        } else {
          this.showPrompt(now, phase.brk, out);
        }
      }
      if (phase.kind === 'held' && phase.promptAt !== null) {
        // R11: the busy stretch has ended (and has not started again).
        if (phase.promptAt <= now) this.showPrompt(now, this.release(phase, now), out);
        else this.maybeNotice(now, phase.promptAt, phase.since, phase.brk.routineId, out);
      }
      return;
    }
    if (phase.kind !== 'counting' || this.pause || awayLong) return;

    const due = this.dueIn(range);
    if (due === null || !range) return;
    if (due <= now) {
      const brk = this.newBreak(due, range.end);
      // R11: a break that falls due while busy is held.
      if (busyReason !== null) this.hold(now, brk, busyReason, out);
      else this.showPrompt(now, brk, out);
      return;
    }
    if (busyReason === null) this.maybeNotice(now, due, -Infinity, this.peekSuggestion(), out);
  }

  // ---------------------------------------------------------------- busy (R11)

  /** The reason the person is busy now, the first in BUSY_REASONS order, or null. */
  private activeReason(): BusyReason | null {
    const busy = this.settings.busy;
    if (!busy.enabled) return null;
    return BUSY_REASONS.find((r) => busy.signals[r] && this.busyReported.has(r)) ?? null;
  }

  /**
   * Acts on the person becoming busy or no longer busy: from a busy event,
   * or a settings change that turns a signal or the whole feature on or off.
   */
  private busyChanged(now: Instant, out: Effect[]) {
    const reason = this.activeReason();
    const busy = reason !== null;
    const phase = this.phase;
    if (busy === this.wasBusy) {
      if (busy && phase.kind === 'held') phase.reason = reason;
      return;
    }
    this.wasBusy = busy;
    if (!busy) this.notBusySince = now;
    if (phase.kind === 'prompt' && busy) {
      // R11: a prompt open when busy starts closes; its break is held with its snoozes.
      out.push({ type: 'close-prompt', at: now });
      this.hold(now, phase.brk, reason, out);
    } else if (phase.kind === 'held') {
      phase.reason = reason ?? phase.reason;
      phase.promptAt = busy ? null : now + this.settings.busy.graceSeconds * 1000;
    }
  }

  private hold(now: Instant, brk: PendingBreak, reason: BusyReason, out: Effect[]) {
    this.phase = { kind: 'held', brk, since: now, reason, promptAt: null };
    out.push({
      type: 'held',
      at: now,
      reason,
      dueAt: brk.dueAt,
      routineId: brk.routineId,
      snoozes: brk.snoozes,
    });
  }

  /** A held break's state with the time of this hold, ended at `at`, added up. */
  private release(phase: Extract<Phase, { kind: 'held' }>, at: Instant): PendingBreak {
    return { ...phase.brk, heldMs: phase.brk.heldMs + Math.max(0, at - phase.since) };
  }

  private newBreak(dueAt: Instant, rangeEnd: Instant): PendingBreak {
    return { routineId: this.suggestion(true), snoozes: 0, rangeEnd, dueAt, heldMs: 0 };
  }

  /** The heads-up instant for a prompt due at `due`, or null when there is none (R4). */
  private noticeInstant(due: Instant, notBefore: Instant): Instant | null {
    const noticeMs = this.settings.breaks.noticeSeconds * 1000;
    if (noticeMs === 0 || this.noticeSentFor === due) return null;
    const at = due - noticeMs;
    // Decision: a snooze shorter than the heads-up gets no heads-up.
    if (at <= notBefore || this.calendar.rangeAt(at) === null) return null;
    // R11: a heads-up whose instant fell while busy is not shown (not late either).
    if (at < this.notBusySince) return null;
    return at;
  }

  private maybeNotice(now: Instant, due: Instant, notBefore: Instant, routineId: string, out: Effect[]) {
    const at = this.noticeInstant(due, notBefore);
    if (at !== null && at <= now) {
      this.noticeSentFor = due;
      out.push({ type: 'notice', at: now, dueAt: due, routineId });
    }
  }

  private showPrompt(now: Instant, brk: PendingBreak, out: Effect[]) {
    this.phase = { kind: 'prompt', brk };
    out.push({
      type: 'prompt',
      at: now,
      routineId: brk.routineId,
      snoozes: brk.snoozes,
      snoozesLeft: Math.max(0, this.settings.breaks.maxSnoozes - brk.snoozes),
    });
  }

  private peekSuggestion(): string {
    return suggestedRoutine(this.settings, this.routines, this.rotation);
  }

  private suggestion(advance: boolean): string {
    const id = this.peekSuggestion();
    if (advance && rotates(this.settings, this.routines)) this.rotation++;
    return id;
  }

  // ---------------------------------------------------------------- queries

  /** When the engine next needs waking, or null for "not until something happens" (R10). */
  nextWake(): Instant | null {
    const now = this.lastNow;
    if (this.away.asleepSince !== null) return null;
    const events: Instant[] = [];
    const add = (t: Instant | null) => {
      if (t !== null && t > now && t !== Infinity) events.push(t);
    };
    let sample = false;
    const phase = this.phase;
    const range = this.calendar.rangeAt(now);
    if (this.pause) {
      add(this.pause.until);
    } else if (phase.kind === 'routine') {
      // The routine ends by the person's hand; nothing to wake for.
    } else if (phase.kind === 'natural') {
      // Waiting for the person to come back: sample presence in work time only.
      if (range) {
        sample = true;
        add(range.end);
      } else {
        add(this.calendar.nextRangeAfter(now)?.start ?? null);
      }
    } else if (!range) {
      add(this.calendar.nextRangeAfter(now)?.start ?? null);
      // A break asked for outside work time ("Take a break now") snoozes too.
      if (phase.kind === 'snoozed') add(phase.until);
    } else {
      sample = true;
      add(range.end);
      if (this.away.since !== null) add(this.naturalFrom());
      const busy = this.activeReason() !== null;
      if (phase.kind === 'prompt' || phase.kind === 'held') add(phase.brk.rangeEnd);
      if (phase.kind === 'snoozed') {
        add(phase.until);
        if (!busy) add(this.noticeInstant(phase.until, phase.since));
      }
      if (phase.kind === 'held' && phase.promptAt !== null) {
        add(phase.promptAt);
        add(this.noticeInstant(phase.promptAt, phase.since));
      }
      if (phase.kind === 'counting') {
        const due = this.dueIn(range);
        add(due);
        if (due !== null && !busy) add(this.noticeInstant(due, -Infinity));
      }
    }
    const next = events.length ? Math.min(...events) : null;
    if (sample && (next === null || next - now > SAMPLE_MERGE_WINDOW)) return now + SAMPLE_INTERVAL;
    return next;
  }

  status(): EngineStatus {
    const now = this.lastNow;
    const phase = this.phase;
    if (phase.kind === 'routine') return { kind: 'routine', routineId: phase.routineId };
    if (this.pause) return { kind: 'paused', until: this.pause.until };
    if (phase.kind === 'prompt') return { kind: 'prompt' };
    if (phase.kind === 'snoozed') return { kind: 'snoozed', until: phase.until };
    if (phase.kind === 'held') {
      const held = {
        reason: phase.reason,
        since: phase.since,
        dueAt: phase.brk.dueAt,
        promptAt: phase.promptAt,
      };
      return { kind: 'prompt', held };
    }
    if (phase.kind === 'natural' || this.isAwayLongEnough(now)) return { kind: 'away' };
    const range = this.calendar.rangeAt(now);
    const due = this.dueIn(range);
    if (due !== null) return { kind: 'next', at: due };
    const next = this.calendar.nextRangeAfter(now)?.start ?? null;
    return { kind: this.calendar.isDayOff(now) ? 'day-off' : 'outside', next };
  }

  /** The prompt on screen, if any. */
  prompt(): { routineId: string; snoozes: number; snoozesLeft: number } | null {
    if (this.phase.kind !== 'prompt') return null;
    const { routineId, snoozes } = this.phase.brk;
    return { routineId, snoozes, snoozesLeft: Math.max(0, this.settings.breaks.maxSnoozes - snoozes) };
  }

  /** The routine a prompt would suggest now (the open prompt's, if any). */
  suggestedRoutine(): string {
    const phase = this.phase;
    return phase.kind === 'prompt' || phase.kind === 'held' ? phase.brk.routineId : this.peekSuggestion();
  }

  /** Why the person counts as busy now (R11, after the settings), or null. */
  busyReason(): BusyReason | null {
    return this.activeReason();
  }

  routineRunning(): boolean {
    return this.phase.kind === 'routine';
  }
}
