import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { findRoutine, isCustomId, type Exercise, type Routine } from '../catalog';
import { closeWindow, getBackend } from '../bridge';
import { DoctorPanel, Precautions, SafetyLine } from '../components/SafetyPanel';
import { Illustration } from '../components/Illustration';
import { useSettings } from '../hooks/useSettings';
import { COMPACT_PLAYER, useMediaQuery } from '../hooks/useMediaQuery';
import { useReducedMotion } from '../hooks/useReducedMotion';
import { useDirection } from '../hooks/useDirection';
import { formatClock, formatDuration, t } from '../../../electron/shared/i18n';
import {
  directionName,
  doneDoseText,
  doseText,
  needsText,
  phaseName,
  readyText,
  timedText,
} from '../player/describe';
import {
  keyEvent,
  phaseSecondsLeft,
  plannedMs,
  progressMs,
  secondsMoved,
  segmentsOf,
  stepKeys,
  type PlayerState,
  type Segment,
} from '../player/machine';
import {
  exerciseAt,
  levelFor,
  nextBuildUp,
  builtReps,
  type DoseChoice,
} from '../../../electron/core/catalog/levels';
import type { Settings } from '../../../electron/core/settings/schema';
import type { BreakRecord } from '../../../electron/core/history/types';
import { usePlayer } from '../player/usePlayer';
import { closeAudio } from '../player/sound';

export function PlayerView({ routineId }: { routineId: string }) {
  const settings = useSettings();
  // A routine of the person's own is in the settings: wait for them before saying it is unknown.
  const found = findRoutine(routineId, settings?.routines.custom);
  if (!found && isCustomId(routineId) && !settings) {
    return (
      <main className="page" aria-busy="true">
        <p>{t('app.loading')}</p>
      </main>
    );
  }
  if (!found) {
    return (
      <main className="page">
        <h1>{t('app.notFound.title')}</h1>
        <p>{t('player.unknownRoutine', { id: routineId })}</p>
        <p>
          <a href="#/routines">{t('player.backToRoutines')}</a>
        </p>
      </main>
    );
  }
  return <Player routine={found.routine} exercises={found.exercises} />;
}

/** The guided player for one routine (exported for tests, which pass their own exercises). */
export function Player({ routine, exercises }: { routine: Routine; exercises: readonly Exercise[] }) {
  const settings = useSettings();
  // The doses depend on the person's level and build-up steps: start once the settings are in.
  if (!settings) {
    return (
      <main className="player" aria-labelledby="routine-title" aria-busy="true">
        <div className="player-scroll">
          <h1 id="routine-title" className="eyebrow-title">
            {routine.title}
          </h1>
          <p>{t('app.loading')}</p>
        </div>
      </main>
    );
  }
  return <Run routine={routine} exercises={exercises} settings={settings} />;
}

/** The person's dose choice for a routine, from the settings. */
export function choiceFor(routineId: string, settings: Settings): DoseChoice {
  return { level: levelFor(routineId, settings.routines), built: settings.routines.built };
}

type Saved =
  { state: 'saving' } | { state: 'saved'; record: BreakRecord | null } | { state: 'failed'; reason: string };

function Run({
  routine,
  exercises,
  settings,
}: {
  routine: Routine;
  exercises: readonly Exercise[];
  settings: Settings;
}) {
  const reduced = useReducedMotion(settings.app.reducedMotion);
  const [soundOn, setSoundOn] = useState<boolean | null>(null);
  const sound = soundOn ?? settings.app.sounds;
  const manualAdvance = settings.app.manualAdvance;
  const letterKeys = settings.app.letterShortcuts;
  // The arrows follow the reading direction (right to left: ArrowRight goes back), live.
  const direction = useDirection();
  const arrows = stepKeys(direction);

  // Fixed for the run: the level and steps as they were when it started.
  const [choice] = useState(() => choiceFor(routine.id, settings));
  const [readyMs] = useState(() => settings.routines.getReadySeconds * 1000);
  const timed = useMemo(() => exercises.map((e) => exerciseAt(e, choice)), [exercises, choice]);
  const segments = useMemo(() => segmentsOf(timed), [timed]);
  const { state, announcement, dispatch } = usePlayer(segments, { manualAdvance, sound, readyMs });

  // Space (or K) pauses from anywhere in the window; the arrows go to the previous / next step.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const tag = target?.tagName ?? '';
      if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target?.isContentEditable) return;
      const action = keyEvent(event, letterKeys, direction);
      if (!action) return;
      event.preventDefault(); // Space must not also press the focused button or scroll
      dispatch(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch, letterKeys, direction]);

  // Tell the backend once when the routine ends: completed, or finished early.
  const [saved, setSaved] = useState<Saved | null>(null);
  const reported = useRef(false);
  const report = useCallback(
    (outcome: 'completed' | 'partial', seconds: number) => {
      if (reported.current) return null;
      reported.current = true;
      return getBackend().finishRoutine({
        routineId: routine.id,
        outcome,
        secondsMoved: seconds,
        level: choice.level,
      });
    },
    [routine.id, choice.level],
  );
  const complete = state.status === 'complete';
  useEffect(() => {
    if (!complete) return;
    const pending = report(state.stoppedEarly ? 'partial' : 'completed', secondsMoved(state));
    if (!pending) return;
    let live = true;
    void pending.then((result) => {
      if (!live) return;
      setSaved(
        result.ok
          ? { state: 'saved', record: result.value.record }
          : { state: 'failed', reason: result.error.messages.join(' ') },
      );
    });
    return () => {
      live = false;
    };
    // Only the moment of completion matters, not later state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [complete]);

  // Closing the window (or leaving the page) mid-routine records a partial break — best effort.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  useEffect(() => {
    const leave = () => {
      const s = latest.current;
      if (s.status !== 'complete' && s.movedMs > 0) void report('partial', secondsMoved(s));
    };
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
      closeAudio();
    };
  }, [report]);

  const compact = useMediaQuery(COMPACT_PLAYER);
  const toggleSound = () => {
    const next = !sound;
    setSoundOn(next);
    void getBackend().updateSettings({ app: { sounds: next } });
  };

  if (complete) {
    return (
      <Completion
        routine={routine}
        state={state}
        saved={saved}
        timed={timed}
        exercises={exercises}
        choice={choice}
      />
    );
  }

  const seg = state.segments[state.index]!;
  const ready = state.phase === 'ready';
  const firstReady = ready && state.index === 0;
  const waiting = state.status === 'waiting';
  const source = exercises[seg.exerciseIndex] ?? seg.exercise;
  const timedWords = timedText(source.dose, seg.exercise.dose, choice.level);
  const minorActions = (
    <>
      <button type="button" className="link" onClick={() => dispatch({ type: 'restart' })}>
        {t('player.restart')}
      </button>
      <button type="button" className="link" onClick={() => dispatch({ type: 'finishEarly' })}>
        {t('player.finishEarly')}
      </button>
      <button type="button" className="link" onClick={toggleSound}>
        {sound ? t('player.soundOn') : t('player.soundOff')}
      </button>
    </>
  );
  return (
    <main
      className={`player${state.status === 'paused' ? ' is-paused' : ''}${ready ? ' is-ready' : ''}`}
      aria-labelledby="routine-title"
    >
      {/* The exercise scrolls in here (focusable, so the keyboard can scroll it); the controls stay below. */}
      <div className="player-scroll" tabIndex={0} role="region" aria-labelledby="exercise-title">
        <header className="player-head">
          <h1 id="routine-title" className="eyebrow-title">
            {routine.title}
          </h1>
          <Progress state={state} />
        </header>

        <p role="status" className="guidance" data-testid="announcer">
          {announcement}
        </p>

        <section className="exercise" aria-labelledby="exercise-title">
          {ready ? (
            <p className="ready-eyebrow" data-testid="get-ready">
              {t('routine.ready.heading')}
            </p>
          ) : null}
          <h2 id="exercise-title">
            {seg.exercise.title}
            {seg.side ? <span className="badge">{t(`player.side.${seg.side}`)}</span> : null}
            {!ready && directionName(seg) ? <span className="badge">{directionName(seg)}</span> : null}
          </h2>
          {/* The picture and the timer come right after the title, then what it needs, what to do and
              the cautions: in a short window (200 % zoom) the timer stays in view and the words scroll
              below it. */}
          <div className={`stage${reduced ? ' motion-still' : ''}`}>
            <Illustration
              exercise={seg.exercise}
              current={poseIndex(seg, state)}
              reduced={reduced}
              paused={state.status === 'paused'}
              mirrored={seg.side === 'right' && seg.exercise.illustration.otherSide === 'mirror'}
              reverse={seg.direction !== null && seg.direction % 2 === 0}
            />
            <Meter seg={seg} state={state} source={source} timedWords={timedWords} />
          </div>
          <p className="exercise-meta">{needsText(seg.exercise)}</p>
          {ready ? (
            <p className="ready-words" data-testid="ready-words">
              {readyText(state)}
            </p>
          ) : null}
          {ready && seg.exercise.cautions.length > 0 ? <Cautions list={seg.exercise.cautions} /> : null}
          {firstReady ? <Precautions setting={routine.setting} open /> : null}
          <ol className="steps">
            {seg.exercise.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          {!ready && seg.exercise.cautions.length > 0 ? <Cautions list={seg.exercise.cautions} /> : null}
        </section>

        <div className="panels">
          <DoctorPanel />
          {firstReady ? null : <Precautions setting={routine.setting} />}
        </div>
        <p className="fine keys-hint">{letterKeys ? t('routine.keys') : t('routine.keysNoLetters')}</p>
      </div>

      <footer className="player-footer">
        <div className="controls" role="group" aria-label={t('player.controls')}>
          {/* ‹ and › are Bidi_Mirrored: right to left the browser draws them turned round, pointing back and on. */}
          <button
            type="button"
            className="secondary"
            aria-keyshortcuts={arrows.previous}
            onClick={() => dispatch({ type: 'previous' })}
            disabled={state.index === 0 && (ready || state.readyMs === 0)}
          >
            <span aria-hidden="true">‹ </span>
            {t('player.previous')}
          </button>
          <button
            type="button"
            className={waiting ? 'secondary' : 'primary'}
            aria-keyshortcuts={letterKeys ? 'Space K' : 'Space'}
            onClick={() => dispatch({ type: 'togglePause' })}
            autoFocus
          >
            {state.status === 'paused' ? t('player.resume') : t('player.pause')}
          </button>
          <button
            type="button"
            className={waiting || ready ? 'primary' : 'secondary'}
            aria-keyshortcuts={arrows.next}
            onClick={() => dispatch({ type: 'next' })}
          >
            {state.index === state.segments.length - 1 && !ready ? t('player.finishStep') : t('player.next')}
            <span aria-hidden="true"> ›</span>
          </button>
        </div>
        {/* The minor actions: in a row, or in a short window (200 % zoom) folded into "More". */}
        {compact ? (
          <details className="more-menu">
            <summary>{t('player.more')}</summary>
            <div className="more-items" role="group" aria-label={t('player.moreLabel')}>
              {minorActions}
            </div>
          </details>
        ) : (
          <div className="controls minor">{minorActions}</div>
        )}
        {manualAdvance ? <p className="fine">{t('player.manualNote')}</p> : null}
        <SafetyLine />
      </footer>
    </main>
  );
}

function Cautions({ list }: { list: readonly string[] }) {
  return (
    <ul className="cautions" aria-label={t('player.cautions')}>
      {list.map((c) => (
        <li key={c}>{c}</li>
      ))}
    </ul>
  );
}

/**
 * The key pose to show: for holds done in phases (cat-cow), pose i for phase i;
 * for "follow" motion, pose 1 to get ready and relax and pose 2 to hold; else
 * null (the poses loop, or stand side by side under reduced motion).
 */
function poseIndex(seg: Segment, state: PlayerState): number | null {
  const dose = seg.exercise.dose;
  if (dose.kind === 'hold' && dose.phases && dose.phases.length > 1) {
    return state.phase === 'ready' ? 0 : state.unit % dose.phases.length;
  }
  if (seg.exercise.illustration.motion === 'follow') {
    return state.phase === 'work' && state.status !== 'waiting' ? 1 : 0;
  }
  return null;
}

function Progress({ state }: { state: PlayerState }) {
  const total = plannedMs(state.segments);
  const done = progressMs(state);
  const seg = state.segments[state.index];
  const exercises = new Set(state.segments.map((s) => s.exerciseIndex)).size;
  const label = t('player.progressText', {
    elapsed: formatClock(Math.floor(done / 1000)),
    total: formatClock(Math.round(total / 1000)),
  });
  return (
    <div className="progress">
      <p className="progress-text">
        <span>{t('player.exerciseOf', { n: (seg?.exerciseIndex ?? 0) + 1, total: exercises })}</span>
        <span className="muted">{label}</span>
      </p>
      <progress
        max={Math.max(1, Math.round(total / 1000))}
        value={Math.floor(done / 1000)}
        aria-label={t('player.progressLabel')}
        aria-valuetext={label}
      />
    </div>
  );
}

/** The countdown (get-ready, holds, durations) or the rep counter, with what is going on. */
function Meter({
  seg,
  state,
  source,
  timedWords,
}: {
  seg: Segment;
  state: PlayerState;
  source: Exercise;
  timedWords: string | null;
}) {
  let label: string;
  let big: string;
  let small = '';
  if (state.phase === 'ready') {
    label = state.status === 'waiting' ? t('routine.ready.waiting') : t('routine.ready.startsIn');
    big = state.status === 'waiting' ? '…' : formatClock(phaseSecondsLeft(state));
  } else if (state.status === 'waiting') {
    label = t('player.waiting');
    big = '✓';
  } else if (seg.kind === 'reps') {
    label = t('player.repOf', { n: state.unit + 1, total: seg.units });
    big = String(state.unit + 1);
    small = t('player.repsPace', { seconds: seg.unitMs / 1000 });
  } else if (seg.kind === 'hold') {
    const phase = phaseName(seg, state.unit);
    if (state.phase === 'rest') label = t('player.relax');
    else if (phase) label = phase;
    else
      label = seg.units > 1 ? t('player.holdOf', { n: state.unit + 1, total: seg.units }) : t('player.hold');
    big = formatClock(phaseSecondsLeft(state));
    if (phase && state.phase === 'work') small = t('player.holdOf', { n: state.unit + 1, total: seg.units });
  } else {
    label = t('player.timeLeft');
    big = formatClock(phaseSecondsLeft(state));
  }
  const direction =
    seg.direction && state.phase !== 'ready'
      ? t('player.directionOf', { n: seg.direction, total: seg.directions })
      : '';
  return (
    <div
      className={`meter meter-${seg.kind}${state.phase === 'rest' ? ' is-rest' : ''}${state.phase === 'ready' ? ' is-ready' : ''}`}
      role="timer"
    >
      <p className="meter-label">{label}</p>
      <p className="meter-value" data-testid="meter-value">
        {big}
      </p>
      {small ? <p className="meter-small">{small}</p> : null}
      {direction ? <p className="meter-small">{direction}</p> : null}
      <p className="meter-small muted" data-testid="dose">
        {doseText(source.dose)}
      </p>
      {timedWords ? (
        <p className="meter-small muted" data-testid="timed">
          {timedWords}
        </p>
      ) : null}
      {state.status === 'paused' ? <p className="paused-badge">{t('player.pausedBadge')}</p> : null}
    </div>
  );
}

/** What one exercise came to: its title and the dose timed, or "skipped". */
function doneLine(source: Exercise, timed: Exercise, movedMs: number): string {
  const dose = movedMs > 0 ? doneDoseText(timed.dose) : t('routine.done.skipped');
  return `${source.title} — ${dose}`;
}

function Completion({
  routine,
  state,
  saved,
  timed,
  exercises,
  choice,
}: {
  routine: Routine;
  state: PlayerState;
  saved: Saved | null;
  timed: readonly Exercise[];
  exercises: readonly Exercise[];
  choice: DoseChoice;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const duration = formatDuration(secondsMoved(state));
  // The record the core wrote decides "partial" (e.g. a routine skipped through), not the player.
  const recorded = saved?.state === 'saved' ? saved.record : null;
  const partial = state.stoppedEarly || recorded?.outcome === 'partial';
  return (
    <main className="player done" aria-labelledby="done-title">
      <p className="done-mark" aria-hidden="true">
        {partial ? '•' : '✓'}
      </p>
      <p className="eyebrow">{routine.title}</p>
      <h1 id="done-title" ref={heading} tabIndex={-1}>
        {partial ? t('done.partialHeading') : t('done.heading')}
      </h1>
      <p className="done-body">
        {partial ? t('done.partialBody', { duration }) : t('done.body', { duration })}
      </p>
      <section className="done-what" aria-labelledby="done-what-title">
        <h2 id="done-what-title">{t('routine.done.what')}</h2>
        <ul data-testid="done-list">
          {exercises.map((e, i) => (
            <li key={e.id}>{doneLine(e, timed[i] ?? e, state.movedBy[i] ?? 0)}</li>
          ))}
        </ul>
        <p className="muted" data-testid="done-level">
          {t('routine.done.level', { level: t(`routine.level.${choice.level}`) })}
        </p>
      </section>
      <BuildUps exercises={exercises} state={state} choice={choice} />
      <p role="status" className="status" data-testid="saved-status">
        {saved === null || saved.state === 'saving'
          ? t('done.recording')
          : saved.state === 'saved'
            ? t('done.recorded')
            : t('done.notRecorded', { reason: saved.reason })}
      </p>
      <div className="controls">
        <button type="button" className="primary" onClick={closeWindow}>
          {t('done.close')}
        </button>
        <a className="button secondary" href="#/history">
          {t('done.history')}
        </a>
        <a className="button secondary" href="#/routines">
          {t('player.backToRoutines')}
        </a>
      </div>
      <SafetyLine />
      <DoctorPanel />
    </main>
  );
}

/** "Ready for more?" for each build-up done in this run; a step up is saved only when the person asks. */
function BuildUps({
  exercises,
  state,
  choice,
}: {
  exercises: readonly Exercise[];
  state: PlayerState;
  choice: DoseChoice;
}) {
  const [raised, setRaised] = useState<Record<string, number>>({});
  const offers = exercises.flatMap((e, i) => {
    const next = nextBuildUp(e, choice);
    const now = builtReps(e, choice);
    const dose = e.dose;
    if (next === null || now === null || (state.movedBy[i] ?? 0) === 0 || dose.kind !== 'hold') return [];
    return [{ e, next, now, upTo: dose.upToReps ?? next }];
  });
  if (offers.length === 0) return null;
  const raise = async (id: string, reps: number) => {
    const result = await getBackend().updateSettings({ routines: { built: { [id]: reps } } });
    if (result.ok) setRaised((r) => ({ ...r, [id]: reps }));
  };
  return (
    <ul className="build-ups">
      {offers.map(({ e, next, now, upTo }) => (
        <li key={e.id}>
          {raised[e.id] ? (
            <span>{t('routine.done.addedRep', { title: e.title, reps: raised[e.id]! })}</span>
          ) : (
            <>
              <span>{t('routine.done.buildUp', { title: e.title, reps: now, upTo })}</span>{' '}
              <button type="button" className="secondary" onClick={() => void raise(e.id, next)}>
                {t('routine.done.addRep', { reps: next })}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
