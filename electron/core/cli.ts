/**
 * Command-line commands for a running Unslouch (through the single-instance
 * lock). Pure parsing: the main process decides what each command does.
 */
import { err, ok, type Result } from './util/result';

export type CliCommand =
  | { kind: 'start-routine'; routineId: string }
  | { kind: 'pause'; minutes: number }
  | { kind: 'pause'; until: 'tomorrow' }
  | { kind: 'resume' }
  | { kind: 'skip' }
  | { kind: 'settings' }
  | { kind: 'help' };

export const CLI_USAGE = `Usage: unslouch [option]

  --start-routine <id>       start a routine now (see the tray's Start routine menu for ids)
  --pause <minutes|tomorrow> pause breaks for 1–1440 minutes, or until the next work day
  --resume                   resume breaks
  --skip                     skip the next break
  --settings                 open the settings window
  --help                     show this help

With Unslouch already running, the option is passed to it.`;

/**
 * Switches that Chromium, Electron or test drivers add to argv; they are not
 * ours to judge. Everything else that starts with "-" must be one of ours.
 */
const PASS_THROUGH = [
  /^--inspect(-brk)?(=.*)?$/,
  /^--remote-debugging-(port|pipe)(=.*)?$/,
  /^--no-sandbox$/,
  /^--enable-logging(=.*)?$/,
  /^--(disable|enable)-(gpu|features|dev-shm-usage)(=.*)?$/,
  /^--user-data-dir=.+$/,
  /^--ozone-platform(-hint)?=.+$/,
  /^--allow-file-access-from-files$/,
  /^--original-process-start-time=.+$/,
  /^--lang=.+$/,
  /^--no-zygote$/,
  /^-psn_.*$/, // macOS process serial number
];

const ROUTINE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * `args` are the arguments after the executable (and after the app path when
 * run as `electron .`): positional, non-flag arguments are ignored.
 */
export function parseCommandLine(args: readonly string[]): Result<CliCommand[], string> {
  const commands: CliCommand[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-')) continue;
    if (PASS_THROUGH.some((re) => re.test(arg))) continue;
    const [flag, inlineValue] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const takeValue = (): string | undefined => {
      if (inlineValue !== undefined) return inlineValue;
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      i++;
      return next;
    };
    switch (flag) {
      case '--start-routine': {
        const id = takeValue();
        if (!id) return err('--start-routine needs a routine id, e.g. --start-routine upper-back-desk-reset');
        if (!ROUTINE_ID.test(id))
          return err(`--start-routine: "${id}" is not a routine id (lower-case words joined by "-")`);
        commands.push({ kind: 'start-routine', routineId: id });
        break;
      }
      case '--pause': {
        const value = takeValue();
        if (!value) return err('--pause needs a number of minutes (1–1440) or "tomorrow"');
        if (value === 'tomorrow') {
          commands.push({ kind: 'pause', until: 'tomorrow' });
        } else if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 1440) {
          commands.push({ kind: 'pause', minutes: Number(value) });
        } else {
          return err(`--pause: "${value}" is not a number of minutes from 1 to 1440, nor "tomorrow"`);
        }
        break;
      }
      case '--resume':
      case '--skip':
      case '--settings':
      case '--help':
        if (inlineValue !== undefined) return err(`${flag} takes no value`);
        commands.push({ kind: flag.slice(2) as 'resume' | 'skip' | 'settings' | 'help' });
        break;
      case '-h':
        commands.push({ kind: 'help' });
        break;
      default:
        return err(`unknown option "${flag}". Run with --help to see the options.`);
    }
  }
  return ok(commands);
}
