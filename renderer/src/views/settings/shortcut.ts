/**
 * The global shortcut: turning a key press into an Electron accelerator,
 * showing one, and checking it before it is saved.
 *
 * - The key is read from `event.code` (the physical key), so Alt or Option
 *   combinations that type special characters still give the letter.
 * - Ctrl is recorded as CommandOrControl on Windows and Linux, Cmd as
 *   CommandOrControl on macOS, so an exported settings file means "the main
 *   modifier" on every platform.
 * - Checks, in order: the settings schema (the same rule main enforces); a
 *   letter or digit needs Ctrl/Cmd, Alt or Super (Shift alone would take over
 *   typing capitals everywhere); well-known system and editing shortcuts are
 *   reported as conflicts and not saved. Whether another running app already
 *   holds the shortcut only the main process can tell when it registers it.
 */
import { validateSettings, DEFAULT_SETTINGS } from '../../../../electron/core/settings';
import { t, type MessageKey } from '../../../../electron/shared/i18n';

export type Platform = 'mac' | 'other';

export function currentPlatform(): Platform {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  const hint =
    (nav as (Navigator & { userAgentData?: { platform?: string } }) | undefined)?.userAgentData?.platform ??
    nav?.platform ??
    '';
  return /mac/i.test(hint) ? 'mac' : 'other';
}

const MODIFIER_KEYS = new Set(['Control', 'Alt', 'AltGraph', 'Shift', 'Meta', 'OS', 'Super', 'Hyper']);

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

export function isModifierOnly(e: Pick<KeyLike, 'key'>): boolean {
  return MODIFIER_KEYS.has(e.key);
}

/** The modifiers held, in accelerator order and names. */
export function modifiersOf(e: KeyLike, platform: Platform): string[] {
  const mods: string[] = [];
  if (platform === 'mac') {
    if (e.metaKey) mods.push('CommandOrControl');
    if (e.ctrlKey) mods.push('Control');
  } else if (e.ctrlKey) mods.push('CommandOrControl');
  if (e.altKey) mods.push('Alt');
  if (e.shiftKey) mods.push('Shift');
  if (platform !== 'mac' && e.metaKey) mods.push('Super');
  return mods;
}

/** The accelerator key of a physical key: A–Z, 0–9 or F1–F24; null for any other key. */
export function acceleratorKey(e: Pick<KeyLike, 'key' | 'code'>): string | null {
  const code = e.code ?? '';
  let m = /^Key([A-Z])$/.exec(code);
  if (m) return m[1]!;
  m = /^Digit([0-9])$/.exec(code);
  if (m) return m[1]!;
  m = /^F([1-9]|1[0-9]|2[0-4])$/.exec(code);
  if (m) return `F${m[1]}`;
  if (code === '' && /^[a-z0-9]$/i.test(e.key)) return e.key.toUpperCase();
  return null;
}

export type Recorded =
  | { kind: 'partial'; modifiers: string[] }
  | { kind: 'cancel' }
  | { kind: 'clear' }
  | { kind: 'shortcut'; accelerator: string }
  | { kind: 'bad-key'; modifiers: string[] };

/** What one key press means while recording. Tab is not handled here: it leaves the recorder. */
export function readKeyPress(e: KeyLike, platform: Platform): Recorded {
  const modifiers = modifiersOf(e, platform);
  if (isModifierOnly(e)) return { kind: 'partial', modifiers };
  if (modifiers.length === 0 && e.key === 'Escape') return { kind: 'cancel' };
  if (modifiers.length === 0 && (e.key === 'Backspace' || e.key === 'Delete')) return { kind: 'clear' };
  const key = acceleratorKey(e);
  if (key === null) return { kind: 'bad-key', modifiers };
  return { kind: 'shortcut', accelerator: [...modifiers, key].join('+') };
}

/** Modifier names as an accelerator may spell them, mapped to one meaning per platform. */
function normalize(accelerator: string, platform: Platform): string {
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
          return platform === 'mac' ? 'Mod' : 'Super';
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
  platforms: readonly Platform[];
  what: MessageKey;
}

const BOTH: readonly Platform[] = ['mac', 'other'];
const edit = (key: string, what: MessageKey): Conflict => ({ shortcut: `Mod+${key}`, platforms: BOTH, what });

/** Shortcuts that almost every app or the system already uses (normalized form). */
const CONFLICTS: readonly Conflict[] = [
  edit('C', 'shortcut.use.copy'),
  edit('V', 'shortcut.use.paste'),
  edit('X', 'shortcut.use.cut'),
  edit('Z', 'shortcut.use.undo'),
  edit('Y', 'shortcut.use.redo'),
  edit('A', 'shortcut.use.selectAll'),
  edit('S', 'shortcut.use.save'),
  edit('F', 'shortcut.use.find'),
  edit('P', 'shortcut.use.print'),
  edit('N', 'shortcut.use.new'),
  edit('O', 'shortcut.use.open'),
  edit('T', 'shortcut.use.newTab'),
  edit('W', 'shortcut.use.close'),
  edit('Q', 'shortcut.use.quit'),
  edit('R', 'shortcut.use.reload'),
  { shortcut: 'Mod+Shift+Z', platforms: BOTH, what: 'shortcut.use.redo' },
  { shortcut: 'Mod+Shift+T', platforms: BOTH, what: 'shortcut.use.reopenTab' },
  { shortcut: 'Alt+F4', platforms: ['other'], what: 'shortcut.use.closeWindow' },
  { shortcut: 'Mod+F4', platforms: ['other'], what: 'shortcut.use.close' },
  { shortcut: 'Mod+Alt+T', platforms: ['other'], what: 'shortcut.use.terminal' },
  { shortcut: 'Mod+Alt+L', platforms: ['other'], what: 'shortcut.use.lock' },
  { shortcut: 'Super+L', platforms: ['other'], what: 'shortcut.use.lock' },
  { shortcut: 'Super+D', platforms: ['other'], what: 'shortcut.use.desktop' },
  { shortcut: 'Super+E', platforms: ['other'], what: 'shortcut.use.files' },
  { shortcut: 'Super+R', platforms: ['other'], what: 'shortcut.use.run' },
  { shortcut: 'Mod+H', platforms: ['mac'], what: 'shortcut.use.hide' },
  { shortcut: 'Mod+M', platforms: ['mac'], what: 'shortcut.use.minimize' },
  { shortcut: 'Mod+Shift+3', platforms: ['mac'], what: 'shortcut.use.screenshot' },
  { shortcut: 'Mod+Shift+4', platforms: ['mac'], what: 'shortcut.use.screenshot' },
  { shortcut: 'Mod+Shift+5', platforms: ['mac'], what: 'shortcut.use.screenshot' },
  { shortcut: 'Mod+Control+Q', platforms: ['mac'], what: 'shortcut.use.lock' },
  { shortcut: 'Mod+Control+F', platforms: ['mac'], what: 'shortcut.use.fullScreen' },
];

/** The known use of a shortcut, or null. */
export function conflictOf(accelerator: string, platform: Platform): MessageKey | null {
  const normal = normalize(accelerator, platform);
  return CONFLICTS.find((c) => c.platforms.includes(platform) && c.shortcut === normal)?.what ?? null;
}

/** Problems with a shortcut, as sentences; empty when it can be saved. '' (none) is always fine. */
export function checkShortcut(accelerator: string, platform: Platform): string[] {
  if (accelerator === '') return [];
  const schema = validateSettings({
    ...DEFAULT_SETTINGS,
    app: { ...DEFAULT_SETTINGS.app, globalShortcut: accelerator },
  });
  if (!schema.ok) return [t('shortcut.invalid', { shortcut: formatShortcut(accelerator, platform) })];
  const parts = accelerator.split('+');
  const key = parts.at(-1) ?? '';
  const mods = parts.slice(0, -1);
  if (/^[A-Z0-9]$/.test(key) && mods.every((m) => m === 'Shift')) {
    return [t('shortcut.needsModifier')];
  }
  const use = conflictOf(accelerator, platform);
  if (use) {
    return [t('shortcut.conflict', { shortcut: formatShortcut(accelerator, platform), use: t(use) })];
  }
  return [];
}

const KEY_NAMES: Record<Platform, Record<string, MessageKey>> = {
  mac: {
    CommandOrControl: 'key.cmd',
    CmdOrCtrl: 'key.cmd',
    Command: 'key.cmd',
    Cmd: 'key.cmd',
    Meta: 'key.cmd',
    Super: 'key.cmd',
    Control: 'key.ctrl',
    Ctrl: 'key.ctrl',
    Alt: 'key.option',
    Option: 'key.option',
    Shift: 'key.shift',
  },
  other: {
    CommandOrControl: 'key.ctrl',
    CmdOrCtrl: 'key.ctrl',
    Control: 'key.ctrl',
    Ctrl: 'key.ctrl',
    Command: 'key.super',
    Cmd: 'key.super',
    Meta: 'key.super',
    Super: 'key.super',
    Alt: 'key.alt',
    Option: 'key.alt',
    Shift: 'key.shift',
  },
};

/** The keys of a shortcut as the person's keyboard names them: ["Ctrl", "Alt", "B"]. */
export function shortcutKeys(accelerator: string, platform: Platform): string[] {
  if (!accelerator) return [];
  return accelerator.split('+').map((part) => {
    const name = KEY_NAMES[platform][part];
    return name ? t(name) : part;
  });
}

export function formatShortcut(accelerator: string, platform: Platform): string {
  return shortcutKeys(accelerator, platform).join('+');
}
