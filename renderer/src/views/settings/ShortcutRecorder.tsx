/**
 * The global shortcut, recorded from a key press: "Record a shortcut", then
 * press the keys. Esc cancels, Backspace or Delete removes the shortcut, Tab
 * leaves the recorder as usual (no keyboard trap). A combination is checked
 * (./shortcut.ts) before it is saved; a problem is shown next to the field and
 * nothing is saved.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '../../../../electron/shared/i18n';
import type { Problem } from './draft';
import { FieldProblems, describedBy } from './fields';
import { checkShortcut, currentPlatform, readKeyPress, shortcutKeys, type Platform } from './shortcut';

interface Props {
  value: string;
  /** Problems from the schema or the backend for app.globalShortcut. */
  problems: readonly Problem[];
  onChange(accelerator: string): void;
  platform?: Platform;
}

export function ShortcutRecorder({ value, problems, onChange, platform: given }: Props) {
  const platform = useMemo(() => given ?? currentPlatform(), [given]);
  const [recording, setRecording] = useState(false);
  const [held, setHeld] = useState<string[]>([]);
  const [local, setLocal] = useState<string[]>([]);
  const button = useRef<HTMLButtonElement>(null);

  const stop = () => {
    setRecording(false);
    setHeld([]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!recording) return;
    if (e.key === 'Tab') {
      stop();
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    const read = readKeyPress(e, platform);
    switch (read.kind) {
      case 'partial':
        setHeld(read.modifiers);
        return;
      case 'cancel':
        stop();
        return;
      case 'clear':
        stop();
        setLocal([]);
        onChange('');
        return;
      case 'bad-key':
        setHeld(read.modifiers);
        setLocal([t('shortcut.badKey')]);
        return;
      case 'shortcut': {
        stop();
        const found = checkShortcut(read.accelerator, platform);
        setLocal(found);
        if (found.length === 0) onChange(read.accelerator);
        return;
      }
    }
  };

  const onKeyUp = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (recording && (e.key === 'Control' || e.key === 'Alt' || e.key === 'Shift' || e.key === 'Meta')) {
      setHeld((mods) => mods.filter((m) => !matches(m, e.key, platform)));
    }
  };

  const shown: Problem[] = local.length
    ? local.map((message) => ({ path: 'app.globalShortcut', message }))
    : [...problems];
  const invalid = shown.length > 0;
  const keys = shortcutKeys(value, platform);
  const heldKeys = shortcutKeys(held.join('+'), platform);

  return (
    <div className="field shortcut" role="group" aria-labelledby="shortcut-label">
      <span id="shortcut-label" className="label">
        {t('settings.shortcut.label')}
      </span>
      <p className="shortcut-current" id="shortcut-current">
        {keys.length === 0 ? (
          <span className="muted">{t('settings.shortcut.none')}</span>
        ) : (
          <span className="keys" data-testid="shortcut-keys">
            <span className="visually-hidden">{t('settings.shortcut.current')} </span>
            {keys.map((k, i) => (
              <span key={`${k}-${i}`}>
                {i > 0 ? <span aria-hidden="true"> + </span> : null}
                <kbd>{k}</kbd>
              </span>
            ))}
          </span>
        )}
      </p>
      <div className="actions-row">
        <button
          type="button"
          ref={button}
          className={recording ? 'recording' : 'secondary'}
          aria-describedby={describedBy('shortcut-current', 'shortcut-help', invalid && 'shortcut-error')}
          onClick={() => {
            if (recording) stop();
            else {
              setLocal([]);
              setRecording(true);
            }
          }}
          onKeyDown={onKeyDown}
          onKeyUp={onKeyUp}
          onBlur={stop}
        >
          {recording
            ? heldKeys.length
              ? t('settings.shortcut.holding', { keys: heldKeys.join('+') })
              : t('settings.shortcut.recording')
            : t('settings.shortcut.record')}
        </button>
        {value && !recording ? (
          <button
            type="button"
            className="link"
            onClick={() => {
              setLocal([]);
              onChange('');
              button.current?.focus();
            }}
          >
            {t('settings.shortcut.remove')}
          </button>
        ) : null}
      </div>
      <p id="shortcut-help" className="help">
        {recording ? t('settings.shortcut.recordingHelp') : t('settings.shortcut.help')}
      </p>
      <FieldProblems id="shortcut-error" problems={shown} />
    </div>
  );
}

function matches(accelerator: string, key: string, platform: Platform): boolean {
  if (key === 'Alt') return accelerator === 'Alt';
  if (key === 'Shift') return accelerator === 'Shift';
  if (key === 'Control') return accelerator === (platform === 'mac' ? 'Control' : 'CommandOrControl');
  return accelerator === (platform === 'mac' ? 'CommandOrControl' : 'Super');
}
