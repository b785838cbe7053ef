import { useEffect, useState, type ComponentType } from 'react';
import {
  ROUTINES,
  exercisesOf,
  routineNeeds,
  routineSeconds,
  type BodyArea,
  type Routine,
  type Setting,
} from '../catalog';
import { getBackend } from '../bridge';
import { DoctorPanel } from '../components/SafetyPanel';
import { formatMinutes, t } from '../../../electron/shared/i18n';
import { ErrorList } from '../components/ErrorList';
import { useSettings } from '../hooks/useSettings';
import { conditionsText, routineNeedsText } from '../player/describe';
import { DOSE_LEVELS, type DoseLevel } from '../../../electron/core/catalog/levels';
import type { Settings } from '../../../electron/core/settings/schema';
import { choiceFor } from './PlayerView';
import { loadViewWords } from '../../../electron/shared/i18n/load';

/**
 * "Your routines" (the builder, export and import) is a chunk of its own with
 * its words (electron/shared/i18n/view-words.ts): the library and the player
 * share the pages' entry, which must stay small for the player's first paint.
 */
const loadOwnRoutines = () =>
  Promise.all([import('./library/OwnRoutines'), loadViewWords()]).then(([m]) => m.OwnRoutines);

function OwnRoutinesSection({ settings }: { settings: Settings }) {
  const [Own, setOwn] = useState<ComponentType<{ settings: Settings }> | null>(null);
  useEffect(() => {
    let live = true;
    void loadOwnRoutines().then((component) => {
      if (live) setOwn(() => component);
    });
    return () => {
      live = false;
    };
  }, []);
  return Own ? <Own settings={settings} /> : null;
}

type AreaFilter = BodyArea | 'all';
type SettingFilter = Setting | 'all';

const AREAS: BodyArea[] = [...new Set(ROUTINES.map((r) => r.bodyArea))];
const SETTINGS: Setting[] = (['desk', 'floor'] as const).filter((s) => ROUTINES.some((r) => r.setting === s));

export function LibraryView() {
  const [area, setArea] = useState<AreaFilter>('all');
  const [where, setWhere] = useState<SettingFilter>('all');
  const [errors, setErrors] = useState<string[]>([]);
  const settings = useSettings();

  const shown = ROUTINES.filter(
    (r) => (area === 'all' || r.bodyArea === area) && (where === 'all' || r.setting === where),
  );

  async function start(routine: Routine) {
    const result = await getBackend().startRoutine({ routineId: routine.id });
    if (!result.ok) {
      setErrors(result.error.messages);
      return;
    }
    // The main process (or the preview's controller) opens the routine.
    setErrors([]);
  }

  return (
    <main className="page library" aria-labelledby="library-title">
      <h1 id="library-title">{t('library.heading')}</h1>
      <p className="help">{t('library.intro')}</p>
      <div className="filters">
        <Chips<AreaFilter>
          name="area"
          legend={t('library.filterArea')}
          value={area}
          options={[
            ['all', t('library.all')],
            ...AREAS.map((a) => [a, t(`area.${a}`)] as [BodyArea, string]),
          ]}
          onChange={setArea}
        />
        <Chips<SettingFilter>
          name="setting"
          legend={t('library.filterSetting')}
          value={where}
          options={[
            ['all', t('library.all')],
            ...SETTINGS.map((s) => [s, t(`setting.${s}`)] as [Setting, string]),
          ]}
          onChange={setWhere}
        />
      </div>
      <p role="status" className="muted count">
        {t('library.count', { count: shown.length })}
      </p>
      <ErrorList errors={errors} />
      {shown.length === 0 ? <p>{t('library.empty')}</p> : null}
      <ul className="cards">
        {shown.map((routine) => (
          <RoutineCard
            key={routine.id}
            routine={routine}
            settings={settings}
            onStart={start}
            onError={setErrors}
          />
        ))}
      </ul>
      {settings ? <OwnRoutinesSection settings={settings} /> : null}
      {settings ? <RoutineOptions settings={settings} onError={setErrors} /> : null}
      <DoctorPanel open level={3} />
      <p>
        <a href="#/history">{t('library.history')}</a>
      </p>
    </main>
  );
}

function Chips<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  options: [T, string][];
  onChange(value: T): void;
}) {
  return (
    <fieldset className="chips">
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value} className="chip">
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** One routine: how long at the person's level, what it needs, its cautions, its own level, Start. */
function RoutineCard({
  routine,
  settings,
  onStart,
  onError,
}: {
  routine: Routine;
  settings: Settings | null;
  onStart(routine: Routine): Promise<void>;
  onError(errors: string[]): void;
}) {
  const exercises = exercisesOf(routine);
  const needs = routineNeeds(exercises);
  const conditions = conditionsText(needs);
  const seconds = settings
    ? routineSeconds(routine, choiceFor(routine.id, settings))
    : routineSeconds(routine);
  const own = settings?.routines.levels[routine.id];
  const setLevel = async (value: DoseLevel | 'overall') => {
    const result = await getBackend().updateSettings({ routines: { levels: { [routine.id]: value } } });
    onError(result.ok ? [] : result.error.messages);
  };
  const selectId = `level-${routine.id}`;
  return (
    <li className="card" data-testid={`routine-${routine.id}`}>
      <h2 id={`r-${routine.id}`}>{routine.title}</h2>
      <p className="meta">
        {formatMinutes(seconds)} · {t(`area.${routine.bodyArea}`)} · {t(`setting.${routine.setting}`)}
      </p>
      <p>{routine.summary}</p>
      <p className="exercise-list">
        <span className="visually-hidden">{t('library.exercises')}: </span>
        {exercises.map((e) => e.title).join(' · ')}
      </p>
      <p className="routine-needs" data-testid="routine-needs">
        <span className="visually-hidden">{t('routine.needs')}: </span>
        {routineNeedsText(needs)}
      </p>
      {conditions ? (
        <details className="routine-cautions">
          <summary>{conditions}</summary>
          <ul>
            {needs.cautions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {settings ? (
        <p className="routine-level">
          <label htmlFor={selectId}>{t('routine.levelFor')}</label>{' '}
          <select
            id={selectId}
            value={own ?? 'overall'}
            onChange={(e) => void setLevel(e.target.value as DoseLevel | 'overall')}
          >
            <option value="overall">
              {t('routine.levelSame', { level: t(`routine.level.${settings.routines.level}`) })}
            </option>
            {DOSE_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`routine.levelName.${l}`)}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      <button type="button" className="primary" onClick={() => void onStart(routine)}>
        {t('library.start')} <span className="visually-hidden">{routine.title}</span>
      </button>
    </li>
  );
}

/** The overall level and the get-ready time. */
function RoutineOptions({ settings, onError }: { settings: Settings; onError(errors: string[]): void }) {
  const [seconds, setSeconds] = useState(String(settings.routines.getReadySeconds));
  const save = async (patch: Partial<Settings['routines']>) => {
    const result = await getBackend().updateSettings({ routines: patch });
    onError(result.ok ? [] : result.error.messages);
  };
  const level = settings.routines.level;
  return (
    <section className="routine-options box" aria-labelledby="routine-options-title">
      <h2 id="routine-options-title">{t('routine.options')}</h2>
      <p className="help">{t('routine.optionsHelp')}</p>
      <Chips<DoseLevel>
        name="level"
        legend={t('routine.levelOverall')}
        value={level}
        options={DOSE_LEVELS.map((l) => [l, t(`routine.levelName.${l}`)] as [DoseLevel, string])}
        onChange={(l) => void save({ level: l })}
      />
      <p>
        <label htmlFor="get-ready-seconds">{t('routine.getReadySeconds')}</label>{' '}
        <input
          id="get-ready-seconds"
          type="number"
          inputMode="numeric"
          min={0}
          max={30}
          value={seconds}
          onChange={(e) => setSeconds(e.target.value)}
          onBlur={() => void save({ getReadySeconds: Number(seconds) })}
        />
      </p>
    </section>
  );
}
