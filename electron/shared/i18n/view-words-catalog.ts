/**
 * Empty here: in the main process and the tests every English word is in
 * ./en.ts. The renderer build fills this module with the words ./en.ts loses
 * there (./view-words.ts, scripts/precompile-messages.ts), as a chunk the
 * settings, history and welcome views load.
 */
import type { Messages } from './en';

export const viewWords: Partial<Messages> = {};
