/**
 * The settings form's state: the saved settings, the draft being edited, and
 * saving as you go.
 *
 * - A switch, a choice or a list action (add, remove, copy) saves at once.
 * - A typed value (a number, a time, a date) saves when you press Enter, when
 *   you leave the field, or after you stop typing for a moment.
 * - Each unit (one setting; all work ranges together) is saved on its own
 *   with `updateSettings`, and only when the core's schema accepts it; an
 *   invalid value is shown next to its field and never sent.
 * - A problem is shown once the person has finished with the field (Enter,
 *   leaving it, the pause); from then on it updates as they type.
 * - Changes made elsewhere (the tray, another window, an import) reach every
 *   field that is not being edited.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Settings } from '../../../../electron/core/settings';
import { getBackend } from '../../bridge';
import { t } from '../../../../electron/shared/i18n';
import {
  candidateOf,
  checkDraft,
  getAt,
  isDirty,
  mergeSaved,
  problemFromIssue,
  patchAt,
  problemsOf,
  setAt,
  toDraft,
  type Checked,
  type Draft,
  type Problem,
  type Unit,
} from './draft';

/** How long typing may pause before a typed value is saved (and its problems shown). */
export const TYPING_PAUSE_MS = 800;

export type EditMode = 'now' | 'typed';

export interface SettingsForm {
  saved: Settings | null;
  draft: Draft | null;
  checked: Checked | null;
  loadError: string[];
  status: string;
  /** Changes the draft; 'now' saves at once, 'typed' after a pause (or Enter / leaving the field). */
  edit(unit: Unit, value: unknown, mode: EditMode): void;
  /** Saves a unit now if it changed and is valid, and shows its problems. */
  commit(unit: Unit): void;
  /** Problems to show next to a unit's fields (after the person finished with it). */
  problems(unit: Unit): Problem[];
  /** After an import: everything follows the new settings. */
  replace(settings: Settings, status: string): void;
  setStatus(text: string): void;
}

export function useSettingsForm(): SettingsForm {
  const [saved, setSavedState] = useState<Settings | null>(null);
  const [draft, setDraftState] = useState<Draft | null>(null);
  const [shown, setShown] = useState<ReadonlySet<Unit>>(() => new Set());
  const [refused, setRefused] = useState<Partial<Record<Unit, Problem[]>>>({});
  const [status, setStatus] = useState('');
  const [loadError, setLoadError] = useState<string[]>([]);
  const savedRef = useRef<Settings | null>(null);
  const draftRef = useRef<Draft | null>(null);
  const timers = useRef(new Map<Unit, number>());

  const put = useCallback((nextSaved: Settings | null, nextDraft: Draft | null) => {
    savedRef.current = nextSaved;
    draftRef.current = nextDraft;
    setSavedState(nextSaved);
    setDraftState(nextDraft);
  }, []);

  /** Settings from the backend: a save's answer or a change made elsewhere. */
  const receive = useCallback(
    (next: Settings) => {
      const before = savedRef.current;
      const current = draftRef.current;
      put(next, before && current ? mergeSaved(current, before, next) : toDraft(next));
    },
    [put],
  );

  const reveal = useCallback((unit: Unit) => {
    setShown((prev) => (prev.has(unit) ? prev : new Set(prev).add(unit)));
  }, []);

  const clearTimer = useCallback((unit: Unit) => {
    const timer = timers.current.get(unit);
    if (timer !== undefined) window.clearTimeout(timer);
    timers.current.delete(unit);
  }, []);

  const save = useCallback(
    async (unit: Unit, show: boolean) => {
      clearTimer(unit);
      const d = draftRef.current;
      const s = savedRef.current;
      if (!d || !s) return;
      if (show) reveal(unit);
      if (!isDirty(d, s, unit)) {
        setRefused((prev) => (prev[unit] ? { ...prev, [unit]: undefined } : prev));
        return;
      }
      if (problemsOf(checkDraft(d, s.version).problems, unit).length > 0) return;
      const value = getAt(candidateOf(d, s.version), unit);
      const result = await getBackend().updateSettings(patchAt(unit, value));
      if (result.ok) {
        receive(result.value);
        setRefused((prev) => (prev[unit] ? { ...prev, [unit]: undefined } : prev));
        setStatus(t('settings.saved'));
      } else {
        // Main's refusal, worded like the form's own problems: the field's label and the value sent.
        const refusal: Problem[] = result.error.issues
          ? result.error.issues.map(problemFromIssue)
          : result.error.messages.map((message) => ({ path: unit, message }));
        setRefused((prev) => ({ ...prev, [unit]: refusal }));
        reveal(unit);
        setStatus('');
      }
    },
    [clearTimer, receive, reveal],
  );

  const commit = useCallback((unit: Unit) => void save(unit, true), [save]);

  const edit = useCallback(
    (unit: Unit, value: unknown, mode: EditMode) => {
      const d = draftRef.current;
      if (!d) return;
      draftRef.current = setAt(d, unit, value);
      setDraftState(draftRef.current);
      setStatus('');
      clearTimer(unit);
      if (mode === 'now') void save(unit, true);
      else
        timers.current.set(
          unit,
          window.setTimeout(() => void save(unit, true), TYPING_PAUSE_MS),
        );
    },
    [clearTimer, save],
  );

  useEffect(() => {
    const backend = getBackend();
    let live = true;
    void backend.getSettings().then((result) => {
      if (!live) return;
      if (!result.ok) setLoadError(result.error.messages);
      else if (savedRef.current === null) receive(result.value);
    });
    const off = backend.on('settingsChanged', receive);
    const pending = timers.current;
    // A value typed just before the window closes is still saved when valid.
    const flush = () => {
      for (const unit of [...pending.keys()]) void save(unit, false);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      live = false;
      off();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [receive, save]);

  const checked = useMemo(() => (draft && saved ? checkDraft(draft, saved.version) : null), [draft, saved]);

  const problems = useCallback(
    (unit: Unit): Problem[] => {
      if (!shown.has(unit) || !checked) return [];
      const local = problemsOf(checked.problems, unit);
      if (local.length > 0) return local;
      return refused[unit] ?? [];
    },
    [shown, checked, refused],
  );

  const replace = useCallback(
    (settings: Settings, text: string) => {
      for (const unit of [...timers.current.keys()]) clearTimer(unit);
      put(settings, toDraft(settings));
      setShown(new Set());
      setRefused({});
      setStatus(text);
    },
    [clearTimer, put],
  );

  return { saved, draft, checked, loadError, status, edit, commit, problems, replace, setStatus };
}
