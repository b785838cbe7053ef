/**
 * The break prompt's chime: once per prompt (its `shownAt`), when the
 * settings turn it on, at their volume, and never while the system's
 * do-not-disturb is on (the core's `chimeLevel` decides; the prompt info
 * carries do-not-disturb once a desktop signal knows it).
 */
import { useEffect, useRef } from 'react';
// The zod-free module, not the settings index: the prompt's bundle must not carry the schema.
import { chimeLevel } from '../../../electron/core/settings/chime';
import type { Settings } from '../../../electron/core/settings';
import type { PromptInfo } from '../../../electron/shared/ipc-contract';
import { playChime } from '../player/sound';

export function usePromptChime(
  prompt: PromptInfo | null,
  settings: Settings | null,
  play: (level: number) => void = (level) => playChime('break', level),
): void {
  const played = useRef<string | null>(null);
  useEffect(() => {
    if (!prompt || !settings || played.current === prompt.shownAt) return;
    const level = chimeLevel(settings.app, { doNotDisturb: prompt.doNotDisturb ?? null });
    played.current = prompt.shownAt;
    if (level !== null) play(level);
  }, [prompt, settings, play]);
}
