/**
 * The shape of a routine or exercise id, the one definition the catalog,
 * the settings, the command line and the IPC contract check against:
 * lower-case words (a–z, 0–9) joined by single hyphens, e.g. "mid-back-seated".
 */
const ID = '[a-z0-9]+(-[a-z0-9]+)*';

export const ID_PATTERN = new RegExp(`^${ID}$`);
/** "rotate" (the settings' choice of the rotation) or an id. */
export const ROTATE_OR_ID_PATTERN = new RegExp(`^(rotate|${ID})$`);
/** An illustration's file name: an id and ".svg". */
export const SVG_FILE_PATTERN = new RegExp(`^${ID}\\.svg$`);
