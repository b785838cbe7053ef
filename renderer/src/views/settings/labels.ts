/**
 * Settings paths as the person sees them: one mapping from a path
 * (`workHours.days.mon.0.start`) to the field's label in the message catalog
 * ("Monday, first range, start"), and a problem as a sentence that names the
 * field and quotes the bad value ("Monday, first range, start: '9am' is not a
 * time; use HH:MM."). Used by the import preview and refusals, the inline
 * problems and the answers main refuses.
 *
 * `describeIssue` takes the shape of the core's FieldIssue
 * ({ path, code, message, received? }); only `path`, `message` and
 * `received` are read today.
 */
import { WEEKDAYS, type FieldPath, type Weekday } from '../../../../electron/core/settings';
import { t, type MessageKey } from '../../../../electron/shared/i18n';
import { getAt } from './draft';
import { formatClockTime } from './format';

/** The label of every settings field; the test checks every schema field has one. */
export const FIELD_LABELS: Partial<Record<FieldPath, MessageKey>> = {
  'breaks.everyMinutes': 'settings.everyMinutes',
  'busy.enabled': 'settings.busy.enabled',
  'busy.signals.dnd': 'settings.busy.signal.dnd',
  'busy.signals.fullscreen': 'settings.busy.signal.fullscreen',
  'busy.signals.call': 'settings.busy.signal.call',
  'busy.signals.screenShare': 'settings.busy.signal.screenShare',
  'busy.signals.apps': 'settings.busy.signal.apps',
  'busy.apps': 'settings.busy.apps.heading',
  'busy.graceSeconds': 'settings.busy.grace',
  'breaks.noticeSeconds': 'settings.noticeSeconds',
  'breaks.snoozeMinutes': 'settings.snoozeMinutes',
  'breaks.maxSnoozes': 'settings.maxSnoozes',
  'breaks.routine': 'settings.routine',
  'breaks.includeFloor': 'settings.includeFloor',
  'idle.naturalBreakMinutes': 'settings.naturalMinutes',
  'workHours.enabled': 'settings.hours.enabled',
  'workHours.days': 'settings.hours.heading',
  'workHours.daysOff': 'settings.daysOff.heading',
  'app.sounds': 'settings.sounds',
  'app.startAtLogin': 'settings.startAtLogin',
  'app.globalShortcut': 'settings.shortcut.label',
  'app.reducedMotion': 'settings.reducedMotion',
  'app.manualAdvance': 'settings.manualAdvance',
  'app.dailyGoal': 'settings.dailyGoal',
  'app.checkIn': 'settings.checkIn',
  'app.letterShortcuts': 'settings.letterShortcuts',
  'app.theme': 'theme.setting',
  'app.language': 'settings.language',
  'app.welcomeSeen': 'settings.field.welcomeSeen',
  'app.chime': 'settings.chime',
  'app.chimeVolume': 'settings.chimeVolume',
  'routines.level': 'routine.levelOverall',
  'routines.levels': 'routine.levelFor',
  'routines.getReadySeconds': 'routine.getReadySeconds',
  'routines.built': 'settings.field.routinesBuilt',
  'breaks.rotation': 'custom.rotation.legend',
  'routines.custom': 'custom.heading',
};

const SECTION_LABELS: Record<string, MessageKey> = {
  breaks: 'settings.breaks.heading',
  idle: 'settings.field.idle',
  workHours: 'settings.hours.heading',
  app: 'settings.app.heading',
  routines: 'routine.options',
  version: 'settings.field.version',
};

/** "first", "second" … for list positions (0-based index), "number 9" past the catalog's words. */
export function ordinal(index: number): string {
  const key = `settings.field.ordinal.${index + 1}` as MessageKey;
  const word = t(key);
  return word === key ? t('settings.field.ordinal.n', { n: index + 1 }) : word;
}

const isIndex = (s: string | undefined) => s !== undefined && /^\d+$/.test(s);

/** A settings path as the person sees the field: "Monday, first range, start". */
export function fieldLabel(path: string): string {
  const parts = path.split('.').filter(Boolean);
  if (parts.length === 0) return t('settings.field.file');
  const [section, name, ...rest] = parts;
  const key = `${section}.${name}`;
  if (key === 'workHours.days' && rest.length > 0 && (WEEKDAYS as readonly string[]).includes(rest[0]!)) {
    const day = t(`weekday.${rest[0] as Weekday}`);
    if (!isIndex(rest[1])) return t('settings.field.dayHours', { day });
    const range = t('settings.field.range', { day, nth: ordinal(Number(rest[1])) });
    if (rest[2] === 'start') return t('settings.field.rangeStart', { range });
    if (rest[2] === 'end') return t('settings.field.rangeEnd', { range });
    return range;
  }
  if (key === 'workHours.daysOff' && isIndex(rest[0])) {
    const entry = t('settings.field.dayOff', { nth: ordinal(Number(rest[0])) });
    if (rest[1] === 'from') return t('settings.field.dayOffFrom', { entry });
    if (rest[1] === 'to') return t('settings.field.dayOffTo', { entry });
    return entry;
  }
  if (key === 'routines.custom' && isIndex(rest[0])) {
    return ownRoutineLabel(t('custom.field.routine', { n: Number(rest[0]) + 1 }), rest.slice(1));
  }
  const label = FIELD_LABELS[key as FieldPath];
  if (label) return t(label);
  if (name === undefined && SECTION_LABELS[section!]) return t(SECTION_LABELS[section!]!);
  return path;
}

/** A field inside one of the person's own routines: "Your first routine, second exercise, hold time". */
export function ownRoutineLabel(routine: string, rest: readonly string[]): string {
  const [field, index, part] = rest;
  if (field === 'name') return t('custom.field.name', { routine });
  if (field === 'id') return t('custom.field.id', { routine });
  if (field !== 'exercises') return routine;
  if (!isIndex(index)) return t('custom.field.exercises', { routine });
  const exercise = t('custom.field.exercise', { routine, n: Number(index) + 1 });
  if (part === 'seconds') return t('custom.field.seconds', { exercise });
  if (part === 'reps') return t('custom.field.reps', { exercise });
  if (part === 'id') return t('custom.field.which', { exercise });
  return exercise;
}

/** A path in a routines file (`routines.0.exercises.1.seconds`) as the person sees the field. */
export function routinesFileLabel(path: string): string {
  const [top, index, ...rest] = path.split('.').filter(Boolean);
  if (top !== 'routines') return t('custom.field.file');
  if (!isIndex(index)) return t('custom.field.fileRoutines');
  return ownRoutineLabel(t('custom.field.fileRoutine', { n: Number(index) + 1 }), rest);
}

const MAX_QUOTE = 40;

/** A value quoted for a message: '9am'; long values are cut with "…". */
export function quoteValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  if (text.length > MAX_QUOTE) text = `${text.slice(0, MAX_QUOTE - 1)}…`;
  return `‘${text}’`;
}

/** The schema's wording as the catalog says it; unknown wording passes through. */
export function problemText(raw: string): string {
  // The core's message may end with the value it quotes; the label's sentence quotes it already.
  const message = raw.replace(/ \(got .*\)$/, '');
  if (/^must be a time as HH:MM/.test(message)) return t('settings.problem.time');
  if (message === 'must be a date as YYYY-MM-DD') return t('settings.problem.date');
  if (message === 'is not a real calendar date') return t('settings.problem.realDate');
  if (message === 'ends before it starts') return t('settings.problem.dateOrder');
  const between = /^must be between (-?\d+) and (-?\d+)$/.exec(message);
  if (between) return t('settings.problem.between', { min: between[1]!, max: between[2]! });
  if (message === 'must be a whole number') return t('settings.problem.whole');
  if (message === 'must be a number') return t('settings.problem.number');
  const unknown = /^unknown settings? (.+)$/.exec(message);
  if (unknown) return t('settings.problem.unknown', { keys: unknown[1]! });
  const day = /^overlaps (mon|tue|wed|thu|fri|sat|sun) (\d\d:\d\d)–(\d\d:\d\d)$/.exec(message);
  if (day) {
    return t('settings.problem.overlapsDay', {
      day: t(`weekday.${day[1] as Weekday}`),
      range: `${formatClockTime(day[2]!)}–${formatClockTime(day[3]!)}`,
    });
  }
  const own = ownRoutineProblem(message);
  if (own) return own;
  const same = /^overlaps (\d\d:\d\d)–(\d\d:\d\d)$/.exec(message);
  if (same) {
    return t('settings.problem.overlaps', {
      range: `${formatClockTime(same[1]!)}–${formatClockTime(same[2]!)}`,
    });
  }
  return message;
}

/** The wording of the checks on the person's own routines (core CUSTOM_ROUTINE_WORDING) in the catalog's words. */
function ownRoutineProblem(message: string): string | null {
  const fixed: Record<string, MessageKey> = {
    'must be text': 'custom.problem.text',
    'must not be empty': 'custom.problem.empty',
    'is not an exercise in the catalog': 'custom.problem.unknownExercise',
    'cannot be chosen for this exercise': 'custom.problem.nothingToChoose',
    'must hold at least one exercise': 'custom.problem.noExercises',
    'must hold at least one routine': 'custom.problem.noRoutines',
    'must be a routines file exported by Unslouch': 'custom.problem.file',
    'is the id of another routine': 'custom.problem.sameId',
    'must be an id starting with "my-"': 'custom.problem.id',
  };
  if (fixed[message]) return t(fixed[message]);
  const unknown = /^unknown fields? (.+)$/.exec(message);
  if (unknown) return t('custom.problem.unknownField', { keys: unknown[1]! });
  const long = /^must be at most (\d+) characters$/.exec(message);
  if (long) return t('custom.problem.tooLong', { max: Number(long[1]) });
  const many = /^must hold at most (\d+) exercises$/.exec(message);
  if (many) return t('custom.problem.tooManyExercises', { max: Number(many[1]) });
  const routines = /^has too many routines \(at most (\d+)\)$/.exec(message);
  if (routines) return t('custom.problem.tooManyRoutines', { max: Number(routines[1]) });
  return null;
}

export interface IssueLike {
  path: string;
  message: string;
  code?: string;
  received?: unknown;
}

const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/**
 * "Monday, first range, start: ‘9am’ is not a time; use HH:MM." — the field as
 * the person sees it, the bad value quoted (when it is known and not an
 * object), then what is wrong.
 */
export function describeIssue(issue: IssueLike): string {
  const text = problemText(issue.message);
  const quoted =
    issue.received !== undefined && (typeof issue.received !== 'object' || issue.received === null)
      ? `${quoteValue(issue.received)} `
      : '';
  if (!issue.path) return sentence(`${quoted}${text}`);
  return sentence(
    t('settings.problem.named', { field: fieldLabel(issue.path), problem: `${quoted}${text}` }),
  );
}

/** `path: message` lines (the settings IPC answers) as sentences; `source` gives the bad values. */
export function describeLines(lines: readonly string[], source?: unknown): string[] {
  return lines.map((line) => {
    const match = /^([A-Za-z0-9_.]+): (.*)$/s.exec(line);
    if (!match) return describeIssue({ path: '', message: line });
    const path = match[1]!;
    return describeIssue({
      path,
      message: match[2]!,
      received: source === undefined ? undefined : getAt(source, path),
    });
  });
}
