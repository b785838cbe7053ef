/**
 * The settings as a list of fields, derived from the schema: every leaf
 * setting (and each group edited as a whole, such as a week's work ranges)
 * with its kind. The settings form builds its draft, its save units and its
 * conversions from this list, so a setting added to the schema appears in the
 * form's model without being listed again.
 */
import type { z } from 'zod';
import { settingsSchema, type Settings } from './schema';

/** Objects saved as one unit (every weekday's ranges together), not field by field. */
export const GROUPED_FIELDS = ['workHours.days'] as const;
type Grouped = (typeof GROUPED_FIELDS)[number];

export type FieldKind = 'number' | 'boolean' | 'text' | 'list' | 'group' | 'map';

export interface SettingsField {
  /** Dotted path into Settings: `breaks.everyMinutes`. */
  path: string;
  kind: FieldKind;
}

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; in?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under defaults, prefaults and pipes. */
function unwrap(schema: z.ZodType): z.ZodType {
  let here = schema;
  for (;;) {
    const def = defOf(here);
    if ((def.type === 'default' || def.type === 'prefault' || def.type === 'optional') && def.innerType) {
      here = def.innerType;
    } else if (def.type === 'pipe' && def.in) here = def.in;
    else return here;
  }
}

function kindOf(schema: z.ZodType): FieldKind {
  switch (defOf(unwrap(schema)).type) {
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'list';
    case 'object':
      return 'group';
    case 'record':
      return 'map';
    default:
      return 'text';
  }
}

function walk(schema: z.ZodType, prefix: string, out: SettingsField[]): void {
  const shape = defOf(unwrap(schema)).shape ?? {};
  for (const [key, child] of Object.entries(shape)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (path === 'version') continue;
    const kind = kindOf(child);
    if (kind === 'group' && !(GROUPED_FIELDS as readonly string[]).includes(path)) walk(child, path, out);
    else out.push({ path, kind });
  }
}

/** Every field of the settings, in schema order. */
export const SETTINGS_FIELDS: readonly SettingsField[] = (() => {
  const out: SettingsField[] = [];
  walk(settingsSchema, '', out);
  return Object.freeze(out);
})();

type Leaf = string | number | boolean | readonly unknown[];
/** A record keyed by any string (a routine's own level by id) is one field, as the runtime walk sees it. */
type IsMap<T> = string extends keyof T ? true : false;
type FieldPaths<T, P extends string = ''> = {
  [K in keyof T & string]: `${P}${K}` extends Grouped
    ? `${P}${K}`
    : T[K] extends Leaf
      ? `${P}${K}`
      : IsMap<T[K]> extends true
        ? `${P}${K}`
        : FieldPaths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** The path of a field, as a type: 'breaks.everyMinutes' | 'workHours.days' | … */
export type FieldPath = Exclude<FieldPaths<Settings>, 'version'>;
