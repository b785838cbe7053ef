/**
 * The person's own routines in the library (issue 13): their cards (start,
 * edit, export, delete with a confirmation), the builder (pick catalog
 * exercises, order them with Move up / Move down, choose each dose inside
 * the source's range, name it) and importing a routines file.
 *
 * Everything is saved through the settings (`routines.custom`), which the
 * backend checks with the core's schema — the app's main process and the
 * browser preview alike. Export, import and the wording of a refused save
 * load on first use (./routine-files.ts brings zod).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { EXERCISES, getExercise, type Exercise } from '../../catalog';
import { getBackend } from '../../bridge';
import { formatMinutes, t } from '../../../../electron/shared/i18n';
import { ErrorList } from '../../components/ErrorList';
import { JsonFileButton } from '../../components/JsonFileButton';
import {
  CUSTOM_EXERCISES_MAX,
  CUSTOM_NAME_MAX,
  customRuntime,
  doseRanges,
  newCustomId,
  type CustomExercise,
  type CustomRoutine,
  type DoseRange,
} from '../../../../electron/core/catalog/custom';
import { totalSeconds } from '../../../../electron/core/catalog/timing';
import type { Settings } from '../../../../electron/core/settings/schema';
import { doneDoseText, doseText, routineNeedsText } from '../../player/describe';
import { routineNeeds } from '../../../../electron/core/catalog/needs';

const files = () => import('./routine-files');

type Editing = { kind: 'new' } | { kind: 'edit'; routine: CustomRoutine } | null;

export function OwnRoutines({ settings }: { settings: Settings }) {
  const own = settings.routines.custom;
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<string[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const createButton = useRef<HTMLButtonElement>(null);

  /** Saves the whole list; a refusal comes back naming the field and quoting the value. */
  const save = async (next: CustomRoutine[]): Promise<boolean> => {
    const patch = { routines: { custom: next } };
    const result = await getBackend().updateSettings(patch);
    if (result.ok) {
      setErrors([]);
      return true;
    }
    const { describeRefusal } = await files();
    // Main words the problems itself too (messages); the issues let the page say them on its own clock.
    setErrors(result.error.issues ? describeRefusal(result.error.issues) : result.error.messages);
    return false;
  };

  const closeBuilder = () => {
    setEditing(null);
    window.setTimeout(() => createButton.current?.focus(), 0);
  };

  const onSaved = async (routine: CustomRoutine) => {
    const next = own.some((r) => r.id === routine.id)
      ? own.map((r) => (r.id === routine.id ? routine : r))
      : [...own, routine];
    if (await save(next)) {
      setStatus([t('custom.saved', { name: routine.name.trim() })]);
      closeBuilder();
    }
  };

  const onDelete = async (routine: CustomRoutine) => {
    // A routine that is gone no longer takes turns either.
    const rotation = settings.breaks.rotation.filter((id) => id !== routine.id);
    const patch = {
      routines: { custom: own.filter((r) => r.id !== routine.id) },
      ...(rotation.length !== settings.breaks.rotation.length ? { breaks: { rotation } } : {}),
    };
    const result = await getBackend().updateSettings(patch);
    if (!result.ok) setErrors(result.error.messages);
    else {
      setErrors([]);
      setStatus([t('custom.deleted', { name: routine.name })]);
      createButton.current?.focus();
    }
  };

  const onImport = async (file: File) => {
    const { readRoutinesFile } = await files();
    const outcome = await readRoutinesFile(file, own, Date.now());
    if (!outcome.ok) {
      setStatus([]);
      setErrors([t('custom.importRefused', { file: file.name }), ...outcome.reasons]);
      return;
    }
    if (await save(outcome.all)) setStatus(outcome.lines);
  };

  const start = async (routine: CustomRoutine) => {
    const result = await getBackend().startRoutine({ routineId: routine.id });
    setErrors(result.ok ? [] : result.error.messages);
  };

  return (
    <section className="own-routines box" aria-labelledby="own-title" data-testid="own-routines">
      <h2 id="own-title">{t('custom.heading')}</h2>
      <p className="help">{t('custom.intro')}</p>
      <div className="actions-row">
        <button
          type="button"
          ref={createButton}
          aria-expanded={editing?.kind === 'new'}
          onClick={() => setEditing({ kind: 'new' })}
          disabled={editing !== null}
        >
          {t('custom.create')}
        </button>
        <JsonFileButton
          label={t('custom.import')}
          inputLabel={t('custom.import')}
          testId="import-routines"
          onFile={onImport}
        />
      </div>
      <div aria-live="polite" className="own-status" data-testid="own-status">
        {status.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {errors.length ? <ErrorList errors={errors} /> : null}
      {editing ? (
        <Builder
          key={editing.kind === 'edit' ? editing.routine.id : 'new'}
          initial={editing.kind === 'edit' ? editing.routine : null}
          taken={own.map((r) => r.id)}
          onSave={onSaved}
          onCancel={closeBuilder}
        />
      ) : null}
      {own.length === 0 ? (
        <p>{t('custom.none')}</p>
      ) : (
        <ul className="cards">
          {own.map((routine) => (
            <OwnCard
              key={routine.id}
              routine={routine}
              onStart={() => void start(routine)}
              onEdit={() => setEditing({ kind: 'edit', routine })}
              onExport={() => void files().then((f) => f.exportRoutines([routine]))}
              onDelete={() => onDelete(routine)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function OwnCard(props: {
  routine: CustomRoutine;
  onStart(): void;
  onEdit(): void;
  onExport(): void;
  onDelete(): Promise<void>;
}) {
  const { routine: mine, exercises } = customRuntime(props.routine, getExercise);
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);
  const titleId = `own-${mine.id}`;
  return (
    <li className="card" data-testid={`routine-${mine.id}`} aria-labelledby={titleId}>
      <h3 id={titleId}>{mine.title}</h3>
      <p className="meta">
        {formatMinutes(totalSeconds(exercises))} · {t(`setting.${mine.setting}`)}
      </p>
      <ol className="own-exercises">
        {exercises.map((e, i) => (
          <li key={`${e.id}-${i}`}>
            {e.title}: {doneDoseText(e.dose)}
          </li>
        ))}
      </ol>
      <p className="routine-needs">
        <span className="visually-hidden">{t('routine.needs')}: </span>
        {routineNeedsText(routineNeeds(exercises))}
      </p>
      <div className="own-card-actions">
        <button type="button" className="primary" onClick={props.onStart}>
          {t('library.start')} <span className="visually-hidden">{mine.title}</span>
        </button>
        <button type="button" className="secondary" onClick={props.onEdit}>
          {t('custom.edit')} <span className="visually-hidden">{mine.title}</span>
        </button>
        <button type="button" className="secondary" onClick={props.onExport}>
          {t('custom.export')} <span className="visually-hidden">{mine.title}</span>
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => setConfirming(true)}
          aria-expanded={confirming}
        >
          {t('custom.delete')} <span className="visually-hidden">{mine.title}</span>
        </button>
      </div>
      {confirming ? (
        <div role="group" aria-labelledby={`${titleId}-confirm`} className="confirm">
          <p id={`${titleId}-confirm`}>{t('custom.deleteConfirm', { name: mine.title })}</p>
          <button type="button" onClick={() => void props.onDelete()}>
            {t('custom.deleteYes')}
          </button>{' '}
          <button type="button" className="secondary" ref={keep} onClick={() => setConfirming(false)}>
            {t('custom.deleteNo')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

interface Item extends CustomExercise {
  key: number;
}

/** Stable React keys for the builder's rows (not saved). */
let lastKey = 0;
const keyed = (e: CustomExercise): Item => ({ ...e, key: ++lastKey });

/** The builder: a name, the exercises in order with their doses, Save. */
function Builder(props: {
  initial: CustomRoutine | null;
  taken: readonly string[];
  onSave(routine: CustomRoutine): Promise<void>;
  onCancel(): void;
}) {
  const baseId = useId();
  const [name, setName] = useState(props.initial?.name ?? '');
  const [items, setItems] = useState<Item[]>(() => (props.initial?.exercises ?? []).map(keyed));
  const [pick, setPick] = useState(EXERCISES[0]?.id ?? '');
  const [announce, setAnnounce] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  useEffect(() => heading.current?.focus(), []);

  const titleOf = (id: string) => getExercise(id)?.title ?? id;
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(to, 0, item!);
    setItems(next);
    setAnnounce(t('custom.builder.moved', { title: titleOf(item!.id), n: to + 1, total: next.length }));
    // Focus stays on the same button of the moved exercise (or its other one at the ends).
    const dir = by < 0 && to > 0 ? 'up' : by > 0 && to < next.length - 1 ? 'down' : by < 0 ? 'down' : 'up';
    window.setTimeout(() => moveButtons.current.get(`${item!.key}-${dir}`)?.focus(), 0);
  };
  const update = (index: number, field: 'seconds' | 'reps', value: string) => {
    setItems(
      items.map((item, i) =>
        i === index ? { ...item, [field]: value === '' ? undefined : Number(value) } : item,
      ),
    );
  };
  const add = () => {
    if (!pick || items.length >= CUSTOM_EXERCISES_MAX) return;
    setItems([...items, keyed({ id: pick })]);
    setAnnounce(t('custom.builder.added', { title: titleOf(pick), n: items.length + 1 }));
  };
  const remove = (index: number) => {
    setAnnounce(t('custom.builder.removed', { title: titleOf(items[index]!.id) }));
    setItems(items.filter((_, i) => i !== index));
  };

  const submit = () => {
    if (name.trim() === '') return setProblem(t('custom.builder.needName'));
    if (items.length === 0) return setProblem(t('custom.builder.noExercises'));
    setProblem(null);
    const id = props.initial?.id ?? newCustomId(Date.now(), props.taken);
    void props.onSave({ id, name: name.trim(), exercises: items.map(({ key: _key, ...e }) => e) });
  };

  const runtime = customRuntime({ id: 'my-draft', name: name || '-', exercises: items }, getExercise);
  return (
    <form
      className="builder"
      aria-labelledby={`${baseId}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 id={`${baseId}-title`} tabIndex={-1} ref={heading}>
        {props.initial ? t('custom.builder.edit', { name: props.initial.name }) : t('custom.builder.new')}
      </h3>
      <p className="field">
        <label htmlFor={`${baseId}-name`}>{t('custom.builder.name')}</label>
        <input
          id={`${baseId}-name`}
          type="text"
          value={name}
          maxLength={CUSTOM_NAME_MAX}
          required
          aria-describedby={`${baseId}-name-help`}
          onChange={(e) => setName(e.target.value)}
        />
        <span id={`${baseId}-name-help`} className="help">
          {t('custom.builder.nameHelp', { max: CUSTOM_NAME_MAX })}
        </span>
      </p>
      <h4>{t('custom.builder.exercises')}</h4>
      {items.length === 0 ? <p>{t('custom.builder.noExercises')}</p> : null}
      <ol className="builder-list">
        {items.map((item, index) => {
          const exercise = getExercise(item.id);
          if (!exercise) return null;
          const label = `${index + 1}. ${exercise.title}`;
          return (
            <li key={item.key} className="builder-item" aria-label={label}>
              <p className="builder-title">
                <strong>{exercise.title}</strong>
                <span className="help"> {t('custom.builder.source', { dose: doseText(exercise.dose) })}</span>
              </p>
              <DoseFields
                idBase={`${baseId}-${item.key}`}
                exercise={exercise}
                item={item}
                onChange={(field, value) => update(index, field, value)}
              />
              <div className="builder-buttons">
                <button
                  type="button"
                  className="secondary small"
                  ref={(el) => {
                    if (el) moveButtons.current.set(`${item.key}-up`, el);
                  }}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  {t('custom.builder.moveUp')} <span className="visually-hidden">{exercise.title}</span>
                </button>
                <button
                  type="button"
                  className="secondary small"
                  ref={(el) => {
                    if (el) moveButtons.current.set(`${item.key}-down`, el);
                  }}
                  disabled={index === items.length - 1}
                  onClick={() => move(index, 1)}
                >
                  {t('custom.builder.moveDown')} <span className="visually-hidden">{exercise.title}</span>
                </button>
                <button type="button" className="secondary small" onClick={() => remove(index)}>
                  {t('custom.builder.remove')} <span className="visually-hidden">{exercise.title}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="field builder-add">
        <label htmlFor={`${baseId}-pick`}>{t('custom.builder.pick')}</label>
        <select id={`${baseId}-pick`} value={pick} onChange={(e) => setPick(e.target.value)}>
          {EXERCISES.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title} ({t(`position.${e.position}`)})
            </option>
          ))}
        </select>{' '}
        <button
          type="button"
          className="secondary"
          onClick={add}
          disabled={items.length >= CUSTOM_EXERCISES_MAX}
        >
          {t('custom.builder.add')}
        </button>
      </p>
      <p className="meta">
        {t('custom.builder.total', { duration: formatMinutes(totalSeconds(runtime.exercises)) })}
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="builder-announce">
        {announce}
      </p>
      {problem ? <ErrorList errors={[problem]} /> : null}
      <div className="builder-buttons">
        <button type="submit" className="primary">
          {t('custom.builder.save')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('custom.builder.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The dose values a person may choose for one exercise, each with its range. */
function DoseFields(props: {
  idBase: string;
  exercise: Exercise;
  item: CustomExercise;
  onChange(field: 'seconds' | 'reps', value: string): void;
}) {
  const ranges = doseRanges(props.exercise.dose);
  const field = (which: 'seconds' | 'reps', range: DoseRange | null) => {
    if (!range || range.min === range.max) return null;
    const id = `${props.idBase}-${which}`;
    const value = props.item[which];
    return (
      <span className="dose-field">
        <label htmlFor={id}>
          {t(which === 'seconds' ? 'custom.builder.seconds' : 'custom.builder.reps', {
            range: t('routine.range', { low: range.min, high: range.max }),
          })}
        </label>{' '}
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={range.min}
          max={range.max}
          step={1}
          value={value ?? range.min}
          onChange={(e) => props.onChange(which, e.target.value)}
        />
      </span>
    );
  };
  const seconds = field('seconds', ranges.seconds);
  const reps = field('reps', ranges.reps);
  if (!seconds && !reps) return <p className="help">{t('custom.builder.fixed')}</p>;
  return (
    <p className="dose-fields">
      {seconds} {reps}
    </p>
  );
}
