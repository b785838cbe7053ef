/**
 * Runtime schemas for the routine catalog (resources/routines/*.json). Shape
 * checks only; the cross-checks that need the whole catalog (unknown or
 * duplicate ids, desk routines without floor exercises, routine length) are in
 * ./validate.ts.
 */
import { z } from 'zod';
import type {
  BodyArea,
  CheckInQuestion,
  DoctorGroup,
  Dose,
  Equipment,
  Exercise,
  Position,
  Precaution,
  Routine,
  Safety,
  Setting,
  SourcedText,
} from './types';
import { ID_PATTERN, SVG_FILE_PATTERN } from './ids';

export const BODY_AREAS = [
  'upper-back',
  'mid-back',
  'lower-back',
  'neck',
  'hips',
  'legs',
] as const satisfies readonly BodyArea[];
export const POSITIONS = ['seated', 'standing', 'floor'] as const satisfies readonly Position[];
export const EQUIPMENT = [
  'wall',
  'corner',
  'doorway',
  'towel',
  'chair',
  'desk',
  'step',
] as const satisfies readonly Equipment[];
export const SETTINGS = ['desk', 'floor'] as const satisfies readonly Setting[];
export const DOCTOR_GROUPS = ['emergency', 'now', 'soon'] as const satisfies readonly DoctorGroup['id'][];

/** Longest instruction line, so a step reads at a glance in the small player window. */
export const MAX_STEP_LENGTH = 90;

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

const text = (max: number) =>
  z
    .string({ message: 'must be text' })
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `must be at most ${max} characters` });

const id = z
  .string({ message: 'must be an id' })
  .regex(ID_PATTERN, { message: 'must be kebab-case (a-z, 0-9 and single hyphens)' })
  .max(60, { message: 'must be at most 60 characters' });

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of ${quoted(values)}` });

const seconds = z
  .number({ message: 'must be a number of seconds' })
  .int({ message: 'must be a whole number of seconds' })
  .min(1, { message: 'must be at least 1 second' })
  .max(600, { message: 'must be at most 600 seconds' });

const count = (what: string, max: number) =>
  z
    .number({ message: `must be a number of ${what}` })
    .int({ message: `must be a whole number of ${what}` })
    .min(1, { message: `must be at least 1` })
    .max(max, { message: `must be at most ${max}` });

const uniqueList = <T extends z.ZodType>(item: T) =>
  z.array(item, { message: 'must be a list' }).refine((xs) => new Set(xs).size === xs.length, {
    message: 'must not list the same value twice',
  });

const directionNames = z
  .array(text(30), { message: 'must be a list' })
  .min(2, { message: 'must name at least 2 directions' })
  .max(4, { message: 'must name at most 4 directions' });

function checkDirectionNames(
  dose: { directions?: number | undefined; directionNames?: string[] | undefined },
  ctx: z.core.$RefinementCtx,
): void {
  if (dose.directionNames && dose.directionNames.length !== (dose.directions ?? 1)) {
    ctx.addIssue({
      code: 'custom',
      path: ['directionNames'],
      message: `must name each of the ${dose.directions ?? 1} directions`,
    });
  }
}

/** "Osteoporosis: …": the condition first, so the library and the prompt can name it. */
export const CAUTION_PATTERN = /^[^:]{2,30}: \S/;

const holdSchema = z
  .strictObject({
    kind: z.literal('hold'),
    seconds,
    upToSeconds: seconds.optional(),
    reps: count('reps', 30),
    upToReps: count('reps', 30).optional(),
    buildsUp: z.literal(true, { message: 'must be true when given' }).optional(),
    sides: z.boolean({ message: 'must be true or false' }).optional(),
    phases: z
      .array(text(40), { message: 'must be a list' })
      .min(2, { message: 'must name at least 2 positions' })
      .max(4, { message: 'must name at most 4 positions' })
      .optional(),
  })
  .superRefine((dose, ctx) => {
    if (dose.upToSeconds !== undefined && dose.upToSeconds < dose.seconds) {
      ctx.addIssue({ code: 'custom', path: ['upToSeconds'], message: 'must not be less than seconds' });
    }
    if (dose.upToReps !== undefined && dose.upToReps < dose.reps) {
      ctx.addIssue({ code: 'custom', path: ['upToReps'], message: 'must not be less than reps' });
    }
    if (dose.buildsUp && dose.upToReps === undefined) {
      ctx.addIssue({ code: 'custom', path: ['upToReps'], message: 'is required when the reps build up' });
    }
    if (dose.phases && dose.reps % dose.phases.length !== 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['reps'],
        message: `must be a multiple of the ${dose.phases.length} phases`,
      });
    }
  });

const repsSchema = z
  .strictObject({
    kind: z.literal('reps'),
    reps: count('reps', 30),
    upToReps: count('reps', 30).optional(),
    secondsPerRep: count('seconds', 60),
    sides: z.boolean({ message: 'must be true or false' }).optional(),
    directions: count('directions', 4).optional(),
    directionNames: directionNames.optional(),
  })
  .superRefine((dose, ctx) => {
    if (dose.upToReps !== undefined && dose.upToReps < dose.reps) {
      ctx.addIssue({ code: 'custom', path: ['upToReps'], message: 'must not be less than reps' });
    }
    checkDirectionNames(dose, ctx);
  });

const durationSchema = z
  .strictObject({
    kind: z.literal('duration'),
    seconds,
    directions: count('directions', 4).optional(),
    directionNames: directionNames.optional(),
  })
  .superRefine(checkDirectionNames);

export const doseSchema = z.discriminatedUnion('kind', [holdSchema, repsSchema, durationSchema], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? 'must be one of "hold", "reps", "duration"'
      : 'must be an object with a kind ("hold", "reps" or "duration")',
});

const poseFile = z
  .string({ message: 'must be a file name' })
  .regex(SVG_FILE_PATTERN, { message: 'must be an .svg file name like "cat-cow-1.svg"' });

export const exerciseSchema = z.strictObject({
  id,
  title: text(40),
  bodyAreas: uniqueList(oneOf(BODY_AREAS)).refine((xs) => xs.length > 0, {
    message: 'must name at least one body area',
  }),
  position: oneOf(POSITIONS),
  needs: uniqueList(oneOf(EQUIPMENT)),
  setup: text(MAX_STEP_LENGTH),
  steps: z
    .array(text(MAX_STEP_LENGTH), { message: 'must be a list' })
    .min(1, { message: 'must have 1–4 instructions' })
    .max(4, { message: 'must have 1–4 instructions' }),
  dose: doseSchema,
  cautions: z.array(
    text(140).regex(CAUTION_PATTERN, { message: 'must start with the condition, as in "Osteoporosis: …"' }),
    { message: 'must be a list' },
  ),
  source: text(400),
  illustration: z.strictObject({
    poses: uniqueList(poseFile)
      .refine((xs) => xs.length >= 1, { message: 'must list at least one pose' })
      .refine((xs) => xs.length <= 4, { message: 'must list at most 4 poses' }),
    alt: text(200),
    otherSide: z.literal('mirror', { message: 'must be "mirror"' }).optional(),
    motion: oneOf(['loop', 'follow'] as const).optional(),
  }),
});

export const routineSchema = z.strictObject({
  id,
  title: text(40),
  summary: text(160),
  bodyArea: oneOf(BODY_AREAS),
  setting: oneOf(SETTINGS),
  exerciseIds: z
    .array(id, { message: 'must be a list' })
    .min(1, { message: 'must list at least one exercise' })
    .max(8, { message: 'must list at most 8 exercises' }),
});

export const catalogSchema = z.strictObject({
  exercises: z.array(exerciseSchema, { message: 'must be a list' }),
  routines: z.array(routineSchema, { message: 'must be a list' }),
});

const sourcedText = (max: number) => z.strictObject({ text: text(max), source: text(300) });

export const safetySchema = z.strictObject({
  notice: text(90),
  disclaimer: sourcedText(300),
  doctor: z.strictObject({
    title: text(40),
    intro: sourcedText(300),
    groups: z
      .array(
        z.strictObject({
          id: oneOf(DOCTOR_GROUPS),
          title: text(80),
          signs: z.array(sourcedText(120), { message: 'must be a list' }).min(1, {
            message: 'must list at least one sign',
          }),
        }),
        { message: 'must be a list' },
      )
      .min(1, { message: 'must have at least one group' }),
  }),
  precautions: z.array(
    z.strictObject({
      text: text(120),
      source: text(300),
      appliesTo: uniqueList(oneOf(SETTINGS)).refine((xs) => xs.length > 0, {
        message: 'must name at least one setting',
      }),
    }),
    { message: 'must be a list' },
  ),
  stopRules: z.array(sourcedText(120), { message: 'must be a list' }).min(1, {
    message: 'must list at least one rule',
  }),
  checkInQuestions: z
    .array(
      z.strictObject({
        id,
        question: text(80),
        group: oneOf(DOCTOR_GROUPS),
        source: text(300),
      }),
      { message: 'must be a list' },
    )
    .min(1, { message: 'must list at least one question' }),
});

// Compile-time guard: the schemas and ./types.ts describe the same data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inStep: [
  Same<z.infer<typeof doseSchema>, Dose>,
  Same<z.infer<typeof exerciseSchema>, Exercise>,
  Same<z.infer<typeof routineSchema>, Routine>,
  Same<z.infer<typeof safetySchema>, Safety>,
  Same<z.infer<typeof safetySchema>['precautions'][number], Precaution>,
  Same<z.infer<typeof safetySchema>['checkInQuestions'][number], CheckInQuestion>,
  Same<z.infer<typeof safetySchema>['disclaimer'], SourcedText>,
] = [true, true, true, true, true, true, true];
void inStep;
