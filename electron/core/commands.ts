/**
 * The app's commands — what the tray menu, the command line (through a second
 * instance) and the global shortcut can ask for — and the one mapping from
 * them to engine events. The shell only executes the rest (open a window,
 * quit).
 */
import type { CliCommand } from './cli';
import type { EngineEvent, PauseRequest } from './engine/types';

export type AppView = 'settings' | 'history' | 'library' | 'welcome';

export type AppCommand =
  | { kind: 'start-routine'; routineId: string }
  | { kind: 'skip-next' }
  | { kind: 'pause'; request: PauseRequest }
  | { kind: 'resume' }
  | { kind: 'break-now' }
  | { kind: 'show-prompt' }
  | { kind: 'open'; view: AppView }
  | { kind: 'quit' };

/** The engine event a command is, or null for the ones the shell carries out. */
export function engineEventOf(command: AppCommand): EngineEvent | null {
  switch (command.kind) {
    case 'start-routine':
      return { type: 'start-routine', routineId: command.routineId };
    case 'skip-next':
      return { type: 'skip-next' };
    case 'pause':
      return { type: 'pause', request: command.request };
    case 'resume':
      return { type: 'resume-breaks' };
    case 'break-now':
      return { type: 'break-now' };
    case 'show-prompt':
    case 'open':
    case 'quit':
      return null;
  }
}

/** A command-line command as an app command (`--help` is answered before the app starts). */
export function fromCliCommand(command: CliCommand): AppCommand | null {
  switch (command.kind) {
    case 'start-routine':
      return { kind: 'start-routine', routineId: command.routineId };
    case 'pause':
      return {
        kind: 'pause',
        request: 'minutes' in command ? { kind: 'minutes', minutes: command.minutes } : { kind: 'tomorrow' },
      };
    case 'resume':
      return { kind: 'resume' };
    case 'skip':
      return { kind: 'skip-next' };
    case 'settings':
      return { kind: 'open', view: 'settings' };
    case 'help':
      return null;
  }
}
