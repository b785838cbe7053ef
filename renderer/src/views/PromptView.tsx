import { useCallback, useEffect, useRef, useState } from 'react';
import type { PromptInfo } from '../../../electron/shared/ipc-contract';
import { ROUTINES, findRoutine, routineNeeds, routineSeconds } from '../catalog';
import { totalSeconds } from '../../../electron/core/catalog/timing';
import { customRuntime } from '../../../electron/core/catalog/custom';
import { getExercise } from '../catalog';
import { conditionsText, routineNeedsText } from '../player/describe';
import { getBackend } from '../bridge';
import { useSettings } from '../hooks/useSettings';
import { formatMinutes, t } from '../../../electron/shared/i18n';
import { usePromptChime } from '../hooks/usePromptChime';
import { ErrorList } from '../components/ErrorList';

type Phase =
  | { kind: 'loading' }
  | { kind: 'open' }
  | { kind: 'busy' }
  | { kind: 'starting'; routineId: string }
  | { kind: 'snoozed' }
  | { kind: 'skipped' }
  | { kind: 'none' };

type Action = 'start' | 'snooze' | 'skip';

/** Keys that answer the prompt; shown on the buttons. */
export const PROMPT_KEYS = { start: 'Enter', snooze: 'S', skip: 'Escape' } as const;

export function PromptView() {
  const settings = useSettings();
  const [prompt, setPrompt] = useState<PromptInfo | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [choosing, setChoosing] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const startButton = useRef<HTMLButtonElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const answeredHeading = useRef<HTMLHeadingElement>(null);
  const answeredButton = useRef<HTMLButtonElement>(null);
  usePromptChime(prompt, settings);

  const load = useCallback(async () => {
    const result = await getBackend().getPrompt();
    if (!result.ok) {
      setErrors(result.error.messages);
      setPhase({ kind: 'none' });
      return;
    }
    setPrompt(result.value);
    setChosen(null);
    setChoosing(false);
    setErrors([]);
    setPhase(result.value ? { kind: 'open' } : { kind: 'none' });
  }, []);

  useEffect(() => {
    let live = true;
    void getBackend()
      .getPrompt()
      .then((result) => {
        if (!live) return;
        if (!result.ok) {
          setErrors(result.error.messages);
          setPhase({ kind: 'none' });
          return;
        }
        setPrompt(result.value);
        setPhase(result.value ? { kind: 'open' } : { kind: 'none' });
      });
    const off = getBackend().on('promptChanged', (next) => {
      if (!next) return; // closing is the main process's job (or the answer's, in preview)
      setPrompt(next);
      setErrors([]);
      setPhase({ kind: 'open' });
    });
    return () => {
      live = false;
      off();
    };
  }, []);

  // Focus Start whenever the prompt (re)opens, so Enter starts straight away.
  useEffect(() => {
    if (phase.kind === 'open') startButton.current?.focus();
    else if (phase.kind === 'snoozed' || phase.kind === 'skipped' || phase.kind === 'none') {
      (answeredButton.current ?? answeredHeading.current)?.focus();
    }
  }, [phase.kind]);

  const routineId = chosen ?? prompt?.routineId ?? '';
  const own = settings?.routines.custom ?? [];
  const found = findRoutine(routineId, own);
  const routine = found?.routine;
  // The person's own routines after the shipped ones, in the choice list.
  const choices = [
    ...ROUTINES.map((r) => ({ routine: r, seconds: routineSeconds(r) })),
    ...own.map((r) => {
      const { routine: mine, exercises } = customRuntime(r, getExercise);
      return { routine: mine, seconds: totalSeconds(exercises) };
    }),
  ];

  const answer = useCallback(
    async (action: Action) => {
      if (phase.kind !== 'open' || !prompt) return;
      if (action === 'snooze' && prompt.snoozesLeft <= 0) {
        setErrors([t('prompt.noSnoozesLeft')]);
        return;
      }
      setPhase({ kind: 'busy' });
      const picked = action === 'start' && chosen && chosen !== prompt.routineId ? chosen : undefined;
      const result = await getBackend().answerPrompt(picked ? { action, routineId: picked } : { action });
      if (!result.ok) {
        setErrors(result.error.messages);
        setPhase({ kind: 'open' });
        return;
      }
      setErrors([]);
      if (action === 'start') {
        // The main process (or the preview's controller) opens the routine and closes this prompt.
        setPhase({ kind: 'starting', routineId });
      } else {
        setPrompt(result.value.prompt);
        setPhase({ kind: action === 'snooze' ? 'snoozed' : 'skipped' });
      }
    },
    [phase.kind, prompt, chosen, routineId],
  );

  // One-letter keys (S) can be turned off (app.letterShortcuts, WCAG 2.1.4); on until the settings say otherwise.
  const letterKeys = settings?.app.letterShortcuts ?? true;

  // Enter starts, S snoozes, Esc skips — unless a control that uses the key has focus.
  useEffect(() => {
    if (phase.kind !== 'open') return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const tag = target?.tagName ?? '';
      if (event.key === 'Escape') {
        event.preventDefault();
        void answer('skip');
      } else if (event.key === 'Enter') {
        if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return; // the control's own action
        event.preventDefault();
        void answer('start');
      } else if (letterKeys && event.key.toLowerCase() === 's' && !event.shiftKey) {
        if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return; // typing / type-ahead
        event.preventDefault();
        void answer('snooze');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [phase.kind, answer, letterKeys]);

  const toggleChoose = () => {
    const next = !choosing;
    setChoosing(next);
    if (!next) setChosen(null);
  };
  useEffect(() => {
    if (choosing) select.current?.focus();
  }, [choosing]);

  if (phase.kind === 'loading') {
    return (
      <main className="prompt">
        <p>{t('app.loading')}</p>
      </main>
    );
  }

  if (phase.kind === 'snoozed' || phase.kind === 'skipped' || phase.kind === 'none') {
    const minutes = settings?.breaks.snoozeMinutes ?? 5;
    const heading =
      phase.kind === 'snoozed'
        ? t('prompt.snoozed.heading')
        : phase.kind === 'skipped'
          ? t('prompt.skipped.heading')
          : t('prompt.none.heading');
    const body =
      phase.kind === 'snoozed'
        ? t('prompt.snoozed', { count: minutes })
        : phase.kind === 'skipped'
          ? t('prompt.skipped.body')
          : t('prompt.none.body');
    return (
      <main className="prompt answered" aria-labelledby="prompt-title">
        <h1 id="prompt-title" tabIndex={-1} ref={answeredHeading}>
          {heading}
        </h1>
        <p role="status">{body}</p>
        <ErrorList errors={errors} />
        <div className="actions-row">
          <button
            type="button"
            className="primary"
            ref={answeredButton}
            onClick={async () => {
              const result = await getBackend().takeBreakNow();
              if (!result.ok) setErrors(result.error.messages);
              await load();
            }}
          >
            {phase.kind === 'snoozed' ? t('prompt.bringBack') : t('prompt.breakNow')}
          </button>
          <a href="#/history">{t('prompt.seeHistory')}</a>
        </div>
      </main>
    );
  }

  if (phase.kind === 'starting') {
    return (
      <main className="prompt answered">
        <p role="status">
          {t('prompt.starting', { title: findRoutine(phase.routineId, own)?.routine.title ?? '' })}
        </p>
      </main>
    );
  }

  const busy = phase.kind === 'busy';
  const snoozesLeft = prompt?.snoozesLeft ?? 0;
  return (
    <main className="prompt" aria-labelledby="prompt-title" aria-busy={busy}>
      <h1 id="prompt-title">{t('prompt.heading')}</h1>
      {routine && found ? (
        <p className="suggestion">
          <span className="eyebrow">{chosen ? t('prompt.chooseLabel') : t('prompt.suggested')}</span>
          <strong className="routine-title" data-testid="prompt-routine">
            {routine.title}
          </strong>
          <span className="meta">
            {t('prompt.meta', {
              duration: formatMinutes(totalSeconds(found.exercises)),
              area: t(`area.${routine.bodyArea}`),
              setting: t(`setting.${routine.setting}`),
            })}
          </span>
          <NeedsLine exercises={found.exercises} />
        </p>
      ) : (
        <p className="error">{t('prompt.unknownRoutine', { id: routineId })}</p>
      )}
      <div className="answers">
        <button
          type="button"
          className="primary answer"
          ref={startButton}
          aria-keyshortcuts="Enter"
          disabled={busy || !routine}
          onClick={() => void answer('start')}
        >
          <span className="answer-label">{t('prompt.start')}</span>
          <kbd>Enter</kbd>
        </button>
        {snoozesLeft > 0 ? (
          <button
            type="button"
            className="secondary answer"
            aria-keyshortcuts={letterKeys ? 'S' : undefined}
            disabled={busy}
            onClick={() => void answer('snooze')}
          >
            <span className="answer-label">{t('prompt.snooze')}</span>
            <span className="answer-hint">
              {letterKeys ? (
                <>
                  <kbd>S</kbd>{' '}
                </>
              ) : null}
              {t('prompt.snoozesLeft', { count: snoozesLeft })}
            </span>
          </button>
        ) : null}
        <button
          type="button"
          className="secondary answer"
          aria-keyshortcuts="Escape"
          disabled={busy}
          onClick={() => void answer('skip')}
        >
          <span className="answer-label">{t('prompt.skip')}</span>
          <kbd>Esc</kbd>
        </button>
      </div>
      {snoozesLeft > 0 ? null : <p className="fine">{t('prompt.noSnoozesLeft')}</p>}
      <ErrorList errors={errors} />
      <div className="choose">
        <button
          type="button"
          className="link"
          aria-expanded={choosing}
          aria-controls="choose-routine"
          onClick={toggleChoose}
        >
          {choosing ? t('prompt.chooseHide') : t('prompt.choose')}
        </button>
        <div id="choose-routine" className="choose-field" hidden={!choosing}>
          <label htmlFor="routine-select" className="visually-hidden">
            {t('prompt.chooseLabel')}
          </label>
          <select
            id="routine-select"
            ref={select}
            value={routineId}
            onChange={(e) => setChosen(e.target.value)}
          >
            {choices.map(({ routine: r, seconds }) => (
              <option key={r.id} value={r.id}>
                {r.setting === 'floor' ? t('prompt.floorSuffix', { title: r.title }) : r.title} ·{' '}
                {formatMinutes(seconds)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </main>
  );
}

/** What the routine needs and the conditions its cautions are for, in one short line. */
function NeedsLine({ exercises }: { exercises: Parameters<typeof routineNeeds>[0] }) {
  const needs = routineNeeds(exercises);
  const conditions = conditionsText(needs);
  return (
    <span className="meta needs-line" data-testid="prompt-needs">
      {routineNeedsText(needs)}
      {conditions ? ` · ${conditions}` : ''}
    </span>
  );
}
