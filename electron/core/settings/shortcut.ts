/**
 * The global-shortcut rules (one home: the settings schema refines with them,
 * so main, import and the settings window all apply the same ones).
 *
 * - A letter or digit needs Ctrl/Cmd, Alt or Super: with Shift alone (or no
 *   modifier) it would take over typing that character everywhere.
 * - Well-known system and editing shortcuts are conflicts. A settings file
 *   moves between computers and CommandOrControl means "the main modifier" on
 *   each, so the schema refuses a shortcut that conflicts on any platform;
 *   the settings window names the conflict of the platform it runs on first.
 *
 * Whether another running app holds the shortcut only the main process can
 * tell when it registers it.
 */
import type { MessageKey } from '../../shared/i18n/en';
import { text, type TextParam } from '../../shared/i18n/text';

export type ShortcutPlatform = 'mac' | 'other';
export const SHORTCUT_PLATFORMS: readonly ShortcutPlatform[] = ['mac', 'other'];

/** What a conflicting shortcut is used for; the UI names it with `shortcut.use.<use>`. */
export type ShortcutUse =
  | 'copy'
  | 'paste'
  | 'cut'
  | 'undo'
  | 'redo'
  | 'selectAll'
  | 'save'
  | 'find'
  | 'print'
  | 'new'
  | 'open'
  | 'newTab'
  | 'reopenTab'
  | 'close'
  | 'quit'
  | 'reload'
  | 'closeWindow'
  | 'terminal'
  | 'lock'
  | 'desktop'
  | 'files'
  | 'run'
  | 'hide'
  | 'minimize'
  | 'screenshot'
  | 'fullScreen';

export type ShortcutProblem =
  { reason: 'needs-modifier' } | { reason: 'conflict'; use: ShortcutUse; platform: ShortcutPlatform };

/** Modifier names as an accelerator may spell them, mapped to one meaning per platform. */
export function normalizeShortcut(accelerator: string, platform: ShortcutPlatform): string {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const mods = new Set(
    parts.map((p) => {
      switch (p) {
        case 'CommandOrControl':
        case 'CmdOrCtrl':
          return 'Mod';
        case 'Control':
        case 'Ctrl':
          return platform === 'mac' ? 'Control' : 'Mod';
        case 'Command':
        case 'Cmd':
        case 'Meta':
        case 'Super':
          return platform === 'mac' ? 'Mod' : 'Super';
        case 'Option':
          return 'Alt';
        default:
          return p;
      }
    }),
  );
  const order = ['Mod', 'Control', 'Alt', 'Shift', 'Super'];
  return [...order.filter((m) => mods.has(m)), key].join('+');
}

interface Conflict {
  shortcut: string;
  platforms: readonly ShortcutPlatform[];
  use: ShortcutUse;
}

const edit = (key: string, use: ShortcutUse): Conflict => ({
  shortcut: `Mod+${key}`,
  platforms: SHORTCUT_PLATFORMS,
  use,
});

/** Shortcuts that almost every app or the system already uses (normalized form). */
const CONFLICTS: readonly Conflict[] = [
  edit('C', 'copy'),
  edit('V', 'paste'),
  edit('X', 'cut'),
  edit('Z', 'undo'),
  edit('Y', 'redo'),
  edit('A', 'selectAll'),
  edit('S', 'save'),
  edit('F', 'find'),
  edit('P', 'print'),
  edit('N', 'new'),
  edit('O', 'open'),
  edit('T', 'newTab'),
  edit('W', 'close'),
  edit('Q', 'quit'),
  edit('R', 'reload'),
  { shortcut: 'Mod+Shift+Z', platforms: SHORTCUT_PLATFORMS, use: 'redo' },
  { shortcut: 'Mod+Shift+T', platforms: SHORTCUT_PLATFORMS, use: 'reopenTab' },
  { shortcut: 'Alt+F4', platforms: ['other'], use: 'closeWindow' },
  { shortcut: 'Mod+F4', platforms: ['other'], use: 'close' },
  { shortcut: 'Mod+Alt+T', platforms: ['other'], use: 'terminal' },
  { shortcut: 'Mod+Alt+L', platforms: ['other'], use: 'lock' },
  { shortcut: 'Super+L', platforms: ['other'], use: 'lock' },
  { shortcut: 'Super+D', platforms: ['other'], use: 'desktop' },
  { shortcut: 'Super+E', platforms: ['other'], use: 'files' },
  { shortcut: 'Super+R', platforms: ['other'], use: 'run' },
  { shortcut: 'Mod+H', platforms: ['mac'], use: 'hide' },
  { shortcut: 'Mod+M', platforms: ['mac'], use: 'minimize' },
  { shortcut: 'Mod+Shift+3', platforms: ['mac'], use: 'screenshot' },
  { shortcut: 'Mod+Shift+4', platforms: ['mac'], use: 'screenshot' },
  { shortcut: 'Mod+Shift+5', platforms: ['mac'], use: 'screenshot' },
  { shortcut: 'Mod+Control+Q', platforms: ['mac'], use: 'lock' },
  { shortcut: 'Mod+Control+F', platforms: ['mac'], use: 'fullScreen' },
];

/** The known use of a shortcut on one platform, or null. */
export function shortcutConflict(accelerator: string, platform: ShortcutPlatform): ShortcutUse | null {
  const normal = normalizeShortcut(accelerator, platform);
  return CONFLICTS.find((c) => c.platforms.includes(platform) && c.shortcut === normal)?.use ?? null;
}

/**
 * The first rule a (well-formed) accelerator breaks, or null. '' (no shortcut)
 * is always fine. Conflicts are looked up on `platforms` in order.
 */
export function shortcutProblem(
  accelerator: string,
  platforms: readonly ShortcutPlatform[] = SHORTCUT_PLATFORMS,
): ShortcutProblem | null {
  if (accelerator === '') return null;
  const parts = accelerator.split('+');
  const key = parts.at(-1) ?? '';
  const mods = parts.slice(0, -1);
  if (/^[A-Z0-9]$/.test(key) && mods.every((m) => m === 'Shift')) return { reason: 'needs-modifier' };
  for (const platform of platforms) {
    const use = shortcutConflict(accelerator, platform);
    if (use) return { reason: 'conflict', use, platform };
  }
  return null;
}

/** A custom issue's params (see core/validation/issues): the problem as catalog words. */
export function shortcutProblemText(
  problem: ShortcutProblem,
): { key: MessageKey } & Record<string, TextParam> {
  return problem.reason === 'needs-modifier'
    ? { key: 'settings.problem.shortcutModifier' }
    : {
        key: 'settings.problem.shortcutTaken',
        platform: text(`settings.problem.platform.${problem.platform}`),
        use: text(`shortcut.use.${problem.use}`),
      };
}
