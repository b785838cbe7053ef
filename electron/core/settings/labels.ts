/**
 * Settings paths as the person sees them: one mapping from a path
 * (`workHours.days.mon.0.start`) to the field's label in the message catalog
 * ("Monday, first range, start"). The validation formatter
 * (core/validation/issues `issueText`) names fields with it, so a problem says
 * the same thing in the settings window, an import refusal and the recovery
 * dialog; the settings window labels its own fields with it too.
 */
import type { MessageKey } from '../../shared/i18n/en';
import { text, type Text } from '../../shared/i18n/text';
import type { FieldLabeller } from '../validation/issues';
import type { FieldPath } from './fields';
import { WEEKDAYS, type Weekday } from './schema';

/** The label of every settings field; a test checks every schema field has one. */
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

/** The catalog words "first" … "sixth" (settings.field.ordinal.1–6); past them "number 7". */
export const ORDINAL_WORDS = 6;

/** "first", "second" … for list positions (0-based index), "number 9" past the catalog's words. */
export function ordinalText(index: number): Text {
  return index < ORDINAL_WORDS
    ? text(`settings.field.ordinal.${index + 1}` as MessageKey)
    : text('settings.field.ordinal.n', { n: index + 1 });
}

const isIndex = (s: string | undefined) => s !== undefined && /^\d+$/.test(s);

/** A settings path (dotted or as a list) as the person sees the field: "Monday, first range, start". */
export function settingsFieldLabel(path: string | readonly (string | number)[]): Text {
  const parts = (typeof path === 'string' ? path.split('.') : path.map(String)).filter(Boolean);
  if (parts.length === 0) return text('settings.field.file');
  const [section, name, ...rest] = parts;
  const key = `${section}.${name}`;
  if (key === 'workHours.days' && rest.length > 0 && (WEEKDAYS as readonly string[]).includes(rest[0]!)) {
    const day = text(`weekday.${rest[0] as Weekday}`);
    if (!isIndex(rest[1])) return text('settings.field.dayHours', { day });
    const range = text('settings.field.range', { day, nth: ordinalText(Number(rest[1])) });
    if (rest[2] === 'start') return text('settings.field.rangeStart', { range });
    if (rest[2] === 'end') return text('settings.field.rangeEnd', { range });
    return range;
  }
  if (key === 'workHours.daysOff' && isIndex(rest[0])) {
    const entry = text('settings.field.dayOff', { nth: ordinalText(Number(rest[0])) });
    if (rest[1] === 'from') return text('settings.field.dayOffFrom', { entry });
    if (rest[1] === 'to') return text('settings.field.dayOffTo', { entry });
    return entry;
  }
  if (key === 'routines.custom' && isIndex(rest[0]))
    return ownRoutineLabel(text('custom.field.routine', { n: Number(rest[0]) + 1 }), rest.slice(1));
  const label = FIELD_LABELS[key as FieldPath];
  if (label) return text(label);
  if (name === undefined && SECTION_LABELS[section!]) return text(SECTION_LABELS[section!]!);
  return { literal: parts.join('.') };
}

/** The labeller the validation formatter uses for settings: the whole file is "The file". */
export const settingsLabel: FieldLabeller = (path) => settingsFieldLabel(path);

/** A field inside one of the person's own routines: "Your routine 2, exercise 1, seconds per hold". */
export function ownRoutineLabel(routine: Text, rest: readonly string[]): Text {
  const [field, index, part] = rest;
  if (field === 'name') return text('custom.field.name', { routine });
  if (field === 'id') return text('custom.field.id', { routine });
  if (field !== 'exercises') return routine;
  if (!isIndex(index)) return text('custom.field.exercises', { routine });
  const exercise = text('custom.field.exercise', { routine, n: Number(index) + 1 });
  if (part === 'seconds') return text('custom.field.seconds', { exercise });
  if (part === 'reps') return text('custom.field.reps', { exercise });
  if (part === 'id') return text('custom.field.which', { exercise });
  return exercise;
}

/** The labeller for a routines file (`routines.0.exercises.1.seconds`): "Routine 1 in the file, exercise 2, …". */
export const routinesFileLabel: FieldLabeller = (path) => {
  const [top, index, ...rest] = path.map(String);
  if (top !== 'routines') return text('custom.field.file');
  if (!isIndex(index)) return text('custom.field.fileRoutines');
  return ownRoutineLabel(text('custom.field.fileRoutine', { n: Number(index) + 1 }), rest);
};
