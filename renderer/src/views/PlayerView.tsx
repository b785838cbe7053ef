import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { exercisesOf, getRoutine, type Exercise, type Routine } from '../catalog';
import { getBackend, isPreview } from '../bridge';
import { DoctorPanel, Precautions, SafetyLine } from '../components/SafetyPanel';
import { Illustration } from '../components/Illustration';
import { useSettings } from '../hooks/useSettings';
import { COMPACT_PLAYER, useMediaQuery } from '../hooks/useMediaQuery';
import { useReducedMotion } from '../hooks/useReducedMotion';
import { formatClock, formatDuration, formatList, t } from '../i18n';
import { doseText } from '../player/describe';
import {
  phaseSecondsLeft,
  plannedMs,
  progressMs,
  secondsMoved,
  segmentsOf,
  type PlayerState,
  type Segment,
} from '../player/machine';
import { usePlayer } from '../player/usePlayer';
import { closeAudio } from '../player/sound';

export function PlayerView({ routineId }: { routineId: string }) {
  const routine = getRoutine(routineId);
  if (!routine) {
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
  return <Player routine={routine} exercises={exercisesOf(routine)} />;
}

type Saved = { state: 'saving' } | { state: 'saved' } | { state: 'failed'; reason: string };

/** The guided player for one routine (exported for tests, which pass their own exercises). */
export function Player({ routine, exercises }: { routine: Routine; exercises: readonly Exercise[] }) {
  const settings = useSettings();
  const reduced = useReducedMotion(settings?.app.reducedMotion);
  const [soundOn, setSoundOn] = useState<boolean | null>(null);
  const sound = soundOn ?? settings?.app.sounds ?? false;
  const manualAdvance = settings?.app.manualAdvance ?? false;

  const segments = useMemo(() => segmentsOf(exercises), [exercises]);
  const { state, announcement, dispatch } = usePlayer(segments, { manualAdvance, sound });

  // Tell the backend once when the routine ends: completed, or finished early.
  const [saved, setSaved] = useState<Saved | null>(null);
  const reported = useRef(false);
  const report = useCallback(
    (outcome: 'completed' | 'partial', seconds: number) => {
      if (reported.current) return null;
      reported.current = true;
      return getBackend().finishRoutine({ routineId: routine.id, outcome, secondsMoved: seconds });
    },
    [routine.id],
  );
  const complete = state.status === 'complete';
  useEffect(() => {
    if (!complete) return;
    const pending = report(state.stoppedEarly ? 'partial' : 'completed', secondsMoved(state));
    if (!pending) return;
    let live = true;
    void pending.then((result) => {
      if (!live) return;
      setSaved(result.ok ? { state: 'saved' } : { state: 'failed', reason: result.error.messages.join(' ') });
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

  if (complete) return <Completion routine={routine} state={state} saved={saved} />;

  const seg = state.segments[state.index]!;
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
      className={`player${state.status === 'paused' ? ' is-paused' : ''}`}
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
          <h2 id="exercise-title">
            {seg.exercise.title}
            {seg.side ? <span className="badge">{t(`player.side.${seg.side}`)}</span> : null}
          </h2>
          <p className="exercise-meta">
            {t(`position.${seg.exercise.position}`)}
            {seg.exercise.needs.length > 0
              ? ` · ${t('needs.label', { list: formatList(seg.exercise.needs.map((n) => t(`needs.${n}`))) })}`
              : ''}
          </p>
          <div className={`stage${reduced ? ' motion-still' : ''}`}>
            <Illustration
              exercise={seg.exercise}
              current={phaseIndex(seg, state)}
              reduced={reduced}
              paused={state.status === 'paused' || settings === null}
            />
            <Meter seg={seg} state={state} />
          </div>
          <ol className="steps">
            {seg.exercise.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          {seg.exercise.cautions.length > 0 ? (
            <ul className="cautions" aria-label={t('player.cautions')}>
              {seg.exercise.cautions.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : null}
        </section>

        <div className="panels">
          <DoctorPanel />
          <Precautions setting={routine.setting} />
        </div>
      </div>

      <footer className="player-footer">
        <div className="controls" role="group" aria-label={t('player.controls')}>
          <button
            type="button"
            className="secondary"
            onClick={() => dispatch({ type: 'previous' })}
            disabled={state.index === 0}
          >
            <span aria-hidden="true">‹ </span>
            {t('player.previous')}
          </button>
          <button
            type="button"
            className={state.status === 'waiting' ? 'secondary' : 'primary'}
            onClick={() => dispatch({ type: 'togglePause' })}
            autoFocus
          >
            {state.status === 'paused' ? t('player.resume') : t('player.pause')}
          </button>
          <button
            type="button"
            className={state.status === 'waiting' ? 'primary' : 'secondary'}
            onClick={() => dispatch({ type: 'next' })}
          >
            {state.index === state.segments.length - 1 ? t('player.finishStep') : t('player.next')}
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

/** The pose to show for holds done in phases (cat-cow), else null (loop). */
function phaseIndex(seg: Segment, state: PlayerState): number | null {
  const dose = seg.exercise.dose;
  return dose.kind === 'hold' && dose.phases && dose.phases.length > 1
    ? state.unit % dose.phases.length
    : null;
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

/** The countdown (holds, durations) or the rep counter, with what is going on. */
function Meter({ seg, state }: { seg: Segment; state: PlayerState }) {
  const dose = seg.exercise.dose;
  let label: string;
  let big: string;
  let small = '';
  if (state.status === 'waiting') {
    label = t('player.waiting');
    big = '✓';
  } else if (seg.kind === 'reps') {
    label = t('player.repOf', { n: state.unit + 1, total: seg.units });
    big = String(state.unit + 1);
    small = t('player.repsPace', { seconds: seg.unitMs / 1000 });
  } else if (seg.kind === 'hold') {
    const phases = dose.kind === 'hold' ? dose.phases : undefined;
    if (state.phase === 'rest') label = t('player.relax');
    else if (phases && phases.length > 0) label = phases[state.unit % phases.length]!;
    else
      label = seg.units > 1 ? t('player.holdOf', { n: state.unit + 1, total: seg.units }) : t('player.hold');
    big = formatClock(phaseSecondsLeft(state));
    if (phases && state.phase === 'work') small = t('player.holdOf', { n: state.unit + 1, total: seg.units });
  } else {
    label = t('player.timeLeft');
    big = formatClock(phaseSecondsLeft(state));
  }
  const direction = seg.direction ? t('player.directionOf', { n: seg.direction, total: seg.directions }) : '';
  return (
    <div className={`meter meter-${seg.kind}${state.phase === 'rest' ? ' is-rest' : ''}`} role="timer">
      <p className="meter-label">{label}</p>
      <p className="meter-value" data-testid="meter-value">
        {big}
      </p>
      {small ? <p className="meter-small">{small}</p> : null}
      {direction ? <p className="meter-small">{direction}</p> : null}
      <p className="meter-small muted">{doseText(dose)}</p>
      {state.status === 'paused' ? <p className="paused-badge">{t('player.pausedBadge')}</p> : null}
    </div>
  );
}

function Completion({
  routine,
  state,
  saved,
}: {
  routine: Routine;
  state: PlayerState;
  saved: Saved | null;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const duration = formatDuration(secondsMoved(state));
  return (
    <main className="player done" aria-labelledby="done-title">
      <p className="done-mark" aria-hidden="true">
        {state.stoppedEarly ? '•' : '✓'}
      </p>
      <p className="eyebrow">{routine.title}</p>
      <h1 id="done-title" ref={heading} tabIndex={-1}>
        {state.stoppedEarly ? t('done.partialHeading') : t('done.heading')}
      </h1>
      <p className="done-body">
        {state.stoppedEarly ? t('done.partialBody', { duration }) : t('done.body', { duration })}
      </p>
      <p role="status" className="status" data-testid="saved-status">
        {saved === null || saved.state === 'saving'
          ? t('done.recording')
          : saved.state === 'saved'
            ? t('done.recorded')
            : t('done.notRecorded', { reason: saved.reason })}
      </p>
      <div className="controls">
        {isPreview() ? null : (
          <button type="button" className="primary" onClick={() => window.close()}>
            {t('done.close')}
          </button>
        )}
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
