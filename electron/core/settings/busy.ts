/**
 * The `busy.*` settings (break-rules.md, R11): when the desktop says the
 * person must not be interrupted, breaks are held. Kept in its own module so
 * the schema file only gains one line; the messages name the problem and
 * quote the bad value (truncated), as every settings message should.
 */
import { z } from 'zod';
import { say } from '../validation/issues';

/**
 * The desktop signals that can make the person busy. The order is also the
 * order of precedence when several are on at once and one reason must be
 * shown ("Break held — you're presenting"): Decision: the most specific and
 * the most visible to others first — sharing the screen, a call, a
 * full-screen app, a listed app, and do-not-disturb last (systems often turn
 * it on by themselves during the others).
 */
export const BUSY_REASONS = ['screenShare', 'call', 'fullscreen', 'apps', 'dnd'] as const;
export type BusyReason = (typeof BUSY_REASONS)[number];

export const BUSY_APPS_MAX = 50;
export const BUSY_APP_NAME_MAX = 100;

/** The same words (a catalog key) for any issue of a field; the shared formatter (validation/issues) quotes the value. */
const saying = (what: string) => () => what;

const flag = z.boolean({ error: saying(say('validation.type.boolean')) });

/** For an object: only its own type issue is reworded (unknown keys keep the shared wording). */
const objectError = (issue: { code?: string }) =>
  issue.code === 'invalid_type' ? say('validation.type.object') : undefined;

const appName = z
  .string({ error: saying(say('settings.problem.appName')) })
  .min(1, { error: saying(say('settings.problem.appNameLength', { max: BUSY_APP_NAME_MAX })) })
  .max(BUSY_APP_NAME_MAX, {
    error: saying(say('settings.problem.appNameLength', { max: BUSY_APP_NAME_MAX })),
  });

export const busySettingsSchema = z.strictObject(
  {
    enabled: flag.default(true),
    signals: z
      .strictObject(
        {
          dnd: flag.default(true),
          fullscreen: flag.default(true),
          call: flag.default(true),
          screenShare: flag.default(true),
          apps: flag.default(true),
        },
        { error: objectError },
      )
      .prefault({}),
    apps: z
      .array(appName, { error: saying(say('settings.problem.appList')) })
      .max(BUSY_APPS_MAX, {
        error: say('settings.problem.tooManyApps', { max: BUSY_APPS_MAX }),
      })
      .default(() => []),
    graceSeconds: z
      .number({ error: saying(say('settings.problem.seconds', { min: 0, max: 600 })) })
      .int({ error: saying(say('settings.problem.wholeSeconds', { min: 0, max: 600 })) })
      .min(0, { error: saying(say('settings.problem.secondsBetween', { min: 0, max: 600 })) })
      .max(600, { error: saying(say('settings.problem.secondsBetween', { min: 0, max: 600 })) })
      .default(60),
  },
  { error: objectError },
);

export type BusySettings = z.infer<typeof busySettingsSchema>;
