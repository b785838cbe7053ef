/**
 * Drives the break engine in the app: feeds it events with the real time,
 * keeps exactly one wake-up pending, and hands its effects to the shell
 * (windows, notifications, tray, history). Electron-free: the shell's parts
 * come in as ports, so this is tested with fakes in tests/main.
 */
import { BreakEngine, type Effect, type EngineEvent, type RoutineChoices } from '../core/engine';
import type { Settings } from '../core/settings';
import type { BreakRecord } from '../core/history/types';
import type { PromptInfo } from '../shared/ipc-contract';
import type { Instant } from '../core/time/zone';

export interface WakeScheduler {
  /** Replaces the pending wake-up (at most one), or clears it with null. */
  plan(at: Instant | null, onWake: () => void): void;
}

export interface ShellPorts {
  now(): Instant;
  timezone(): string;
  /** Seconds since the last keyboard or mouse input. */
  idleSeconds(): number;
  scheduler: WakeScheduler;
  showNotice(info: { dueAt: Instant; routineId: string }): void;
  showPrompt(prompt: PromptInfo): void;
  closePrompt(): void;
  openRoutine(routineId: string, trigger: 'prompt' | 'on-demand'): void;
  recordBreak(record: BreakRecord): void;
  statusChanged(): void;
  log(message: string): void;
}

/** Below this, the person counts as active (input within the last half minute). */
const ACTIVE_IDLE_SECONDS = 30;

export class BreakService {
  private readonly engine: BreakEngine;
  private zone: string;
  private prompt: PromptInfo | null = null;
  private readonly formatIso: (t: Instant) => string;

  constructor(
    private readonly ports: ShellPorts,
    settings: Settings,
    routines: RoutineChoices,
    formatIso: (t: Instant, zone: string) => string,
  ) {
    this.zone = ports.timezone();
    this.formatIso = (t) => formatIso(t, this.zone);
    this.engine = new BreakEngine({ settings, timezone: this.zone, now: ports.now(), routines });
    this.replan();
  }

  /** Hands an event to the engine at the current time; returns any refusal message. */
  send(event: EngineEvent): string | null {
    const now = this.ports.now();
    this.checkTimeZone(now);
    const effects = this.engine.handle(event, now);
    const refusal = this.apply(effects);
    this.replan();
    return refusal;
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

  private onWake = () => {
    const idle = this.ports.idleSeconds();
    const now = this.ports.now();
    const idleSince = idle >= ACTIVE_IDLE_SECONDS ? now - idle * 1000 : null;
    this.checkTimeZone(now);
    this.apply(this.engine.handle({ type: 'presence', idleSince }, now));
    this.apply(this.engine.handle({ type: 'tick' }, now));
    this.replan();
  };

  /** R9: the system time zone can change while the app runs (travel). */
  private checkTimeZone(now: Instant) {
    const zone = this.ports.timezone();
    if (zone === this.zone) return;
    this.ports.log(`time zone changed from ${this.zone} to ${zone}`);
    this.zone = zone;
    this.apply(this.engine.handle({ type: 'timezone', timezone: zone }, now));
  }

  private replan() {
    this.ports.scheduler.plan(this.engine.nextWake(), this.onWake);
    this.ports.statusChanged();
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

  private apply(effects: Effect[]): string | null {
    let refusal: string | null = null;
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
            shownAt: this.formatIso(effect.at),
          };
          this.ports.showPrompt(this.prompt);
          break;
        case 'close-prompt':
          this.prompt = null;
          this.ports.closePrompt();
          break;
        case 'routine-start':
          this.ports.openRoutine(effect.routineId, effect.trigger);
          break;
        case 'break':
          // Persistence must never stop planning: a throwing port is logged and the engine goes on.
          this.guard('recordBreak', () =>
            this.ports.recordBreak({
              id: `${effect.at}-${effect.outcome}`,
              endedAt: this.formatIso(effect.at),
              startedAt: effect.startedAt === null ? null : this.formatIso(effect.startedAt),
              outcome: effect.outcome,
              trigger: effect.trigger,
              routineId: effect.routineId,
              snoozes: effect.snoozes,
              secondsMoved:
                effect.startedAt === null
                  ? 0
                  : Math.max(0, Math.round((effect.at - effect.startedAt) / 1000)),
            }),
          );
          break;
        case 'pause':
        case 'resume':
          break;
        case 'refused':
          refusal = effect.message;
          break;
      }
    }
    return refusal;
  }
}
