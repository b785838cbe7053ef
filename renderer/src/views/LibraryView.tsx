import { useState } from 'react';
import { ROUTINES, exercisesOf, routineSeconds, type BodyArea, type Routine, type Setting } from '../catalog';
import { getBackend, isPreview } from '../bridge';
import { navigate } from '../navigate';
import { DoctorPanel } from '../components/SafetyPanel';
import { formatMinutes, t } from '../../../electron/shared/i18n';
import { ErrorList } from '../components/ErrorList';

type AreaFilter = BodyArea | 'all';
type SettingFilter = Setting | 'all';

const AREAS: BodyArea[] = [...new Set(ROUTINES.map((r) => r.bodyArea))];
const SETTINGS: Setting[] = (['desk', 'floor'] as const).filter((s) => ROUTINES.some((r) => r.setting === s));

export function LibraryView() {
  const [area, setArea] = useState<AreaFilter>('all');
  const [where, setWhere] = useState<SettingFilter>('all');
  const [errors, setErrors] = useState<string[]>([]);

  const shown = ROUTINES.filter(
    (r) => (area === 'all' || r.bodyArea === area) && (where === 'all' || r.setting === where),
  );

  async function start(routine: Routine) {
    const result = await getBackend().startRoutine({ routineId: routine.id });
    if (!result.ok) {
      setErrors(result.error.messages);
      return;
    }
    setErrors([]);
    // In Electron the main process opens the routine window.
    if (isPreview()) navigate(`#/routine/${routine.id}?trigger=on-demand`);
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
          <li key={routine.id} className="card" data-testid={`routine-${routine.id}`}>
            <h2 id={`r-${routine.id}`}>{routine.title}</h2>
            <p className="meta">
              {formatMinutes(routineSeconds(routine))} · {t(`area.${routine.bodyArea}`)} ·{' '}
              {t(`setting.${routine.setting}`)}
            </p>
            <p>{routine.summary}</p>
            <p className="exercise-list">
              <span className="visually-hidden">{t('library.exercises')}: </span>
              {exercisesOf(routine)
                .map((e) => e.title)
                .join(' · ')}
            </p>
            <button type="button" className="primary" onClick={() => void start(routine)}>
              {t('library.start')} <span className="visually-hidden">{routine.title}</span>
            </button>
          </li>
        ))}
      </ul>
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
