/**
 * Command-line commands for a running Unslouch (through the single-instance
 * lock). Pure parsing: the main process decides what each command does.
 */
import { z } from 'zod';
import { err, ok, type Result } from './util/result';
import { text, type Text } from '../shared/i18n/text';
import { fieldIssuesFromZod, issueText, pathLabel, quoteValue, say } from './validation/issues';
import { ID_PATTERN } from './catalog/ids';

export type CliCommand =
  | { kind: 'start-routine'; routineId: string }
  | { kind: 'pause'; minutes: number }
  | { kind: 'pause'; until: 'tomorrow' }
  | { kind: 'resume' }
  | { kind: 'skip' }
  | { kind: 'settings' }
  | { kind: 'help' };

/** The command-line help, in the catalog ('cli.usage'). */
export const CLI_USAGE: Text = text('cli.usage');

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

const ROUTINE_ID = ID_PATTERN;
export const PAUSE_MINUTES = { min: 1, max: 1440 } as const;

/**
 * The commands as data: what the parser produces and what a second instance
 * forwards to the running one (`additionalData.commands`), checked by the same rules.
 */
export const cliCommandSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('start-routine'),
    routineId: z
      .string()
      .max(80)
      .regex(ROUTINE_ID, { message: say('cli.problem.routineId') }),
  }),
  z
    .strictObject({
      kind: z.literal('pause'),
      minutes: z
        .number({ message: say('cli.problem.minutes') })
        .int({ message: say('cli.problem.wholeMinutes') })
        .min(PAUSE_MINUTES.min, { message: say('cli.problem.minutesRange', PAUSE_MINUTES) })
        .max(PAUSE_MINUTES.max, { message: say('cli.problem.minutesRange', PAUSE_MINUTES) })
        .optional(),
      until: z.literal('tomorrow').optional(),
    })
    .refine((c) => (c.minutes === undefined) !== (c.until === undefined), {
      message: say('cli.problem.pauseEither'),
    }),
  z.strictObject({ kind: z.enum(['resume', 'skip', 'settings', 'help']) }),
]) as unknown as z.ZodType<CliCommand>;

/** What a second instance sends with the single-instance lock. */
export const forwardedCommandsSchema = z.strictObject({
  commands: z.array(cliCommandSchema).max(20, { message: say('cli.problem.tooManyCommands', { max: 20 }) }),
});

/**
 * The commands a second instance asks the running one to carry out: its
 * forwarded data when it sent any (validated by the parser's own schema), else
 * its argv parsed as a command line. An error is one line for the log and the person.
 */
export function secondInstanceCommands(
  additionalData: unknown,
  argv: readonly string[],
): Result<CliCommand[], Text> {
  if (additionalData !== null && additionalData !== undefined) {
    const parsed = forwardedCommandsSchema.safeParse(additionalData);
    if (parsed.success) return ok(parsed.data.commands);
    const [first] = fieldIssuesFromZod(parsed.error, additionalData, { unknownKey: 'field', limit: 1 });
    return err(text('cli.error.forwarded', { problem: issueText(first!, pathLabel({ brackets: true })) }));
  }
  return parseCommandLine(argv.slice(1));
}

/**
 * `args` are the arguments after the executable (and after the app path when
 * run as `electron .`): positional, non-flag arguments are ignored.
 */
export function parseCommandLine(args: readonly string[]): Result<CliCommand[], Text> {
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
        if (!id) return err(text('cli.error.routineIdMissing'));
        if (!ROUTINE_ID.test(id)) return err(text('cli.error.routineIdBad', { value: quoteValue(id) }));
        commands.push({ kind: 'start-routine', routineId: id });
        break;
      }
      case '--pause': {
        const value = takeValue();
        if (!value) return err(text('cli.error.pauseMissing'));
        if (value === 'tomorrow') {
          commands.push({ kind: 'pause', until: 'tomorrow' });
        } else if (
          /^\d+$/.test(value) &&
          Number(value) >= PAUSE_MINUTES.min &&
          Number(value) <= PAUSE_MINUTES.max
        ) {
          commands.push({ kind: 'pause', minutes: Number(value) });
        } else {
          return err(text('cli.error.pauseBad', { value: quoteValue(value) }));
        }
        break;
      }
      case '--resume':
      case '--skip':
      case '--settings':
      case '--help':
        if (inlineValue !== undefined)
          return err(text('cli.error.noValue', { flag, value: quoteValue(inlineValue) }));
        commands.push({ kind: flag.slice(2) as 'resume' | 'skip' | 'settings' | 'help' });
        break;
      case '-h':
        commands.push({ kind: 'help' });
        break;
      default:
        return err(text('cli.error.unknown', { value: quoteValue(flag) }));
    }
  }
  return ok(commands);
}

/** What a start with these arguments does: say something and exit, or run with its commands. */
export type Launch =
  | { kind: 'say'; text: Text; to: 'stdout' | 'stderr'; exitCode: number }
  | { kind: 'run'; commands: CliCommand[] };

/** Bad arguments: the problem on stderr, exit 2. --help: the usage, exit 0. Otherwise: run. */
export function launchOf(args: readonly string[]): Launch {
  const parsed = parseCommandLine(args);
  if (!parsed.ok) return { kind: 'say', text: parsed.error, to: 'stderr', exitCode: 2 };
  if (parsed.value.some((c) => c.kind === 'help'))
    return { kind: 'say', text: CLI_USAGE, to: 'stdout', exitCode: 0 };
  return { kind: 'run', commands: parsed.value };
}
