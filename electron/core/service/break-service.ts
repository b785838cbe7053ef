/**
 * The one driver of the break engine, used by the app (node-schedule and
 * electron-store ports), the browser preview (setTimeout and localStorage
 * ports) and the tests (a fake clock): feeds the engine events with the
 * current time, keeps exactly one wake-up pending, builds history records
 * from its effects, and hands the rest to the shell through ports.
 */
import {
  BreakEngine,
  type BusyReason,
  type Effect,
  type EngineEvent,
  type Refusal,
  type RoutineChoices,
} from '../engine';
import type { Settings } from '../settings';
import type { BreakEffect } from '../engine/types';
import type { BreakRecord } from '../history/types';
import { checkedSecondsMoved, finishOutcome } from '../history/records';
import type { DoseLevel } from '../catalog/levels';
import { formatInstant, type Instant } from '../time/zone';

export interface WakeScheduler {
  /**
   * Replaces the pending wake-up (at most one), or clears it with null. A
   * scheduler that does work before it wakes the engine (a desktop sample)
   * passes the instant the wake-up fired: the engine decides as of then.
   */
  plan(at: Instant | null, onWake: (firedAt?: Instant) => void): void;
}

/** The prompt on screen, as the renderer shows it. */
export interface PromptInfo {
  /** The routine the engine suggests. */
  routineId: string;
  /** Snoozes used on this break so far. */
  snoozes: number;
  /** Snoozes still allowed (0: only Start or Skip). */
  snoozesLeft: number;
  /** When the prompt appeared (ISO instant). */
  shownAt: string;
  /**
   * The system's do-not-disturb at the prompt, when a desktop signal knows it
   * (null or absent: unknown). The prompt's chime stays quiet while it is on.
   */
  doNotDisturb?: boolean | null;
}

export interface ServicePorts {
  now(): Instant;
  timezone(): string;
  /** Seconds since the last keyboard or mouse input. */
  idleSeconds(): number;
  /** The busy signals that are on now (R11), read at each wake-up; the engine applies the settings. */
  busyReasons?(): readonly BusyReason[];
  scheduler: WakeScheduler;
  /** A unique id for a history record. */
  newId(): string;
  /** The guided length of a routine in seconds (for the partial rule). */
  routineSeconds(routineId: string): number;
  showNotice(info: { dueAt: Instant; routineId: string }): void;
  showPrompt(prompt: PromptInfo): void;
  closePrompt(): void;
  openRoutine(routineId: string, trigger: 'prompt' | 'on-demand'): void;
  recordBreak(record: BreakRecord): void;
  statusChanged(): void;
  log(message: string): void;
}

/** What one event did: the refusal, if the engine turned it down, and the breaks it recorded. */
export interface SendResult {
  refusal: Refusal | null;
  records: BreakRecord[];
}

/** Below this, the person counts as active (input within the last half minute). */
const ACTIVE_IDLE_SECONDS = 30;

export class BreakService {
  private readonly engine: BreakEngine;
  private zone: string;
  /** The instant the engine was last told something at. */
  private handledAt: Instant;
  private prompt: PromptInfo | null = null;
  private routineStartedAt: Instant | null = null;
  /** The player's own figure for the routine that is ending (set just before finish-routine). */
  private reportedSecondsMoved: number | null = null;
  private reportedLevel: DoseLevel | null = null;

  constructor(
    private readonly ports: ServicePorts,
    settings: Settings,
    routines: RoutineChoices,
  ) {
    this.zone = ports.timezone();
    this.handledAt = ports.now();
    this.engine = new BreakEngine({ settings, timezone: this.zone, now: this.handledAt, routines });
    this.replan();
  }

  /** Hands an event to the engine at the current time. */
  send(event: EngineEvent): SendResult {
    const now = this.ports.now();
    this.handledAt = now;
    const records: BreakRecord[] = [];
    this.checkTimeZone(now, records);
    const refusal = this.apply(this.engine.handle(event, now), records);
    this.replan();
    return { refusal, records };
  }

  /**
   * Back from sleep or a lock: the busy signals the return's own sample found
   * reach the engine first, so a call already on holds an overdue break
   * (R11) instead of flashing its prompt.
   */
  returned(event: 'resume' | 'unlock'): SendResult {
    const reasons = this.ports.busyReasons?.();
    if (reasons) this.send({ type: 'busy', reasons });
    return this.send({ type: event });
  }

  /**
   * The routine window reports its end. `secondsMoved` is the player's own
   * measure (pauses and waits excluded); the service checks it against the
   * time the routine was open, and a routine skipped through counts as partial.
   * null: the player could not report (its window closed first).
   */
  finishRoutine(
    reported: 'completed' | 'partial',
    secondsMoved: number | null,
    level: DoseLevel | null = null,
  ): SendResult {
    const startedAt = this.routineStartedAt ?? this.ports.now();
    const routineId = this.runningRoutine();
    const timed = routineId ? this.ports.routineSeconds(routineId) : 0;
    // Not reported (the window closed first): at most the routine's guided length.
    const moved = checkedSecondsMoved(secondsMoved ?? timed, startedAt, this.ports.now());
    this.reportedSecondsMoved = moved;
    this.reportedLevel = level;
    try {
      return this.send({ type: 'finish-routine', outcome: finishOutcome(reported, moved, timed) });
    } finally {
      this.reportedSecondsMoved = null;
      this.reportedLevel = null;
    }
  }

  currentPrompt(): PromptInfo | null {
    return this.prompt;
  }

  status() {
    return this.engine.status();
  }

  get timezone(): string {
    return this.zone;
  }

  routineRunning(): boolean {
    return this.engine.routineRunning();
  }

  suggestedRoutine(): string {
    return this.engine.suggestedRoutine();
  }

  private runningRoutine(): string | null {
    const status = this.engine.status();
    return status.kind === 'routine' ? status.routineId : null;
  }

  private onWake = (firedAt?: Instant) => {
    const current = this.ports.now();
    // As of the firing instant, unless another event reached the engine since (time never goes back for it).
    const now = firedAt !== undefined && firedAt <= current && firedAt >= this.handledAt ? firedAt : current;
    this.handledAt = now;
    try {
      this.wake(now);
    } finally {
      // Whatever went wrong in this wake-up, there is a next one.
      this.replan();
    }
  };

  private wake(now: Instant) {
    const idle = this.ports.idleSeconds();
    const idleSince = idle >= ACTIVE_IDLE_SECONDS ? now - idle * 1000 : null;
    const records: BreakRecord[] = [];
    this.checkTimeZone(now, records);
    const reasons = this.ports.busyReasons?.();
    this.apply(
      this.engine.handle({ type: 'sample', idleSince, ...(reasons ? { reasons } : {}) }, now),
      records,
    );
  }

  /** R9: the system time zone can change while the app runs (travel). */
  private checkTimeZone(now: Instant, records: BreakRecord[]) {
    const zone = this.ports.timezone();
    if (zone === this.zone) return;
    this.ports.log(`time zone changed from ${this.zone} to ${zone}`);
    this.zone = zone;
    this.apply(this.engine.handle({ type: 'timezone', timezone: zone }, now), records);
  }

  private replan() {
    this.ports.scheduler.plan(this.engine.nextWake(), this.onWake);
    this.ports.statusChanged();
  }

  /** How a break becomes a history record: the one place (ids unique, seconds moved checked). */
  private record(effect: BreakEffect): BreakRecord {
    const iso = (t: Instant) => formatInstant(t, this.zone);
    const routine = effect.startedAt !== null;
    return {
      id: this.ports.newId(),
      endedAt: iso(effect.at),
      startedAt: effect.startedAt === null ? null : iso(effect.startedAt),
      outcome: effect.outcome,
      trigger: effect.trigger,
      routineId: effect.routineId,
      snoozes: effect.snoozes,
      ...(effect.heldSeconds > 0 ? { heldSeconds: Math.round(effect.heldSeconds) } : {}),
      ...(routine && this.reportedLevel ? { level: this.reportedLevel } : {}),
      // Without the player's report (its window closed first), the routine's
      // guided length is the most it can have been, within the time it was open.
      secondsMoved: !routine
        ? 0
        : (this.reportedSecondsMoved ??
          checkedSecondsMoved(
            effect.routineId ? this.ports.routineSeconds(effect.routineId) : 0,
            effect.startedAt!,
            effect.at,
          )),
    };
  }

  private guard(port: string, run: () => void) {
    try {
      run();
    } catch (error) {
      this.ports.log(
        `${port} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  }

  private apply(effects: Effect[], records: BreakRecord[]): Refusal | null {
    let refusal: Refusal | null = null;
    for (const effect of effects) {
      switch (effect.type) {
        case 'notice':
          this.ports.showNotice({ dueAt: effect.dueAt, routineId: effect.routineId });
          break;
        case 'prompt':
          this.prompt = {
            routineId: effect.routineId,
            snoozes: effect.snoozes,
            snoozesLeft: effect.snoozesLeft,
            shownAt: formatInstant(effect.at, this.zone),
          };
          this.ports.showPrompt(this.prompt);
          break;
        case 'close-prompt':
          this.prompt = null;
          this.ports.closePrompt();
          break;
        case 'routine-start':
          this.routineStartedAt = effect.at;
          this.ports.openRoutine(effect.routineId, effect.trigger);
          break;
        case 'break': {
          if (effect.startedAt !== null) this.routineStartedAt = null;
          const record = this.record(effect);
          records.push(record);
          // Persistence must never stop planning: a throwing port is logged and the engine goes on.
          this.guard('recordBreak', () => this.ports.recordBreak(record));
          break;
        }
        case 'pause':
        case 'resume':
        case 'held':
          break;
        case 'refused':
          refusal = { reason: effect.reason, ...(effect.params ? { params: effect.params } : {}) };
          break;
      }
    }
    return refusal;
  }
}
