/**
 * The global shortcut: turning a key press into an Electron accelerator,
 * showing one, and checking it before it is saved.
 *
 * - The key is read from `event.code` (the physical key), so Alt or Option
 *   combinations that type special characters still give the letter.
 * - Ctrl is recorded as CommandOrControl on Windows and Linux, Cmd as
 *   CommandOrControl on macOS, so an exported settings file means "the main
 *   modifier" on every platform.
 * - The rules (a letter or digit needs Ctrl/Cmd, Alt or Super; well-known
 *   system and editing shortcuts are conflicts) are the core's, enforced by
 *   the settings schema in main and on import; this file only words them.
 */
import {
  validateSettings,
  DEFAULT_SETTINGS,
  shortcutConflict,
  shortcutProblem,
  type ShortcutPlatform,
} from '../../../../electron/core/settings';
import { t, type MessageKey } from '../../../../electron/shared/i18n';

export type Platform = ShortcutPlatform;

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

/** The known use of a shortcut on this platform (the core's list), as a catalog key; or null. */
export function conflictOf(accelerator: string, platform: Platform): MessageKey | null {
  const use = shortcutConflict(accelerator, platform);
  return use ? `shortcut.use.${use}` : null;
}

/** This platform first, so a conflict here is the one named. */
const platformsFrom = (platform: Platform): ShortcutPlatform[] =>
  platform === 'mac' ? ['mac', 'other'] : ['other', 'mac'];

/**
 * Problems with a shortcut, as sentences; empty when it can be saved. '' (none)
 * is always fine. The rules are the core's (./electron/core/settings/shortcut.ts),
 * the ones main and import enforce through the schema.
 */
export function checkShortcut(accelerator: string, platform: Platform): string[] {
  if (accelerator === '') return [];
  const schema = validateSettings({
    ...DEFAULT_SETTINGS,
    app: { ...DEFAULT_SETTINGS.app, globalShortcut: accelerator },
  });
  const problem = shortcutProblem(accelerator, platformsFrom(platform));
  if (problem?.reason === 'needs-modifier') return [t('shortcut.needsModifier')];
  if (problem?.reason === 'conflict') {
    return [
      t('shortcut.conflict', {
        shortcut: formatShortcut(accelerator, platform),
        use: t(`shortcut.use.${problem.use}`),
      }),
    ];
  }
  if (!schema.ok) return [t('shortcut.invalid', { shortcut: formatShortcut(accelerator, platform) })];
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
