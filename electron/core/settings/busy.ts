/**
 * The `busy.*` settings (break-rules.md, R11): when the desktop says the
 * person must not be interrupted, breaks are held. Kept in its own module so
 * the schema file only gains one line; the messages name the problem and
 * quote the bad value (truncated), as every settings message should.
 */
import { z } from 'zod';

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

/** The same words for any issue of a field; the shared formatter (validation/issues) quotes the value. */
const saying = (what: string) => () => what;

const flag = z.boolean({ error: saying('must be true or false') });

/** For an object: only its own type issue is reworded (unknown keys keep the shared wording). */
const objectError = (issue: { code?: string }) =>
  issue.code === 'invalid_type' ? 'must be an object' : undefined;

const appName = z
  .string({ error: saying('must be an app name (text)') })
  .min(1, { error: saying(`must be an app name of 1 to ${BUSY_APP_NAME_MAX} characters`) })
  .max(BUSY_APP_NAME_MAX, { error: saying(`must be an app name of 1 to ${BUSY_APP_NAME_MAX} characters`) });

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
      .array(appName, { error: saying('must be a list of app names') })
      .max(BUSY_APPS_MAX, {
        error: `must list at most ${BUSY_APPS_MAX} apps`,
      })
      .default(() => []),
    graceSeconds: z
      .number({ error: saying('must be a number of seconds between 0 and 600') })
      .int({ error: saying('must be a whole number of seconds between 0 and 600') })
      .min(0, { error: saying('must be between 0 and 600 seconds') })
      .max(600, { error: saying('must be between 0 and 600 seconds') })
      .default(60),
  },
  { error: objectError },
);

export type BusySettings = z.infer<typeof busySettingsSchema>;
