/**
 * Which routines take turns at breaks (`breaks.rotation`): the shipped ones
 * and the person's own, ticked in the order they are listed. None ticked:
 * every desk routine (the core's rotation rule, electron/core/engine/rotation.ts).
 */
import { ROUTINES } from '../../catalog';
import { t } from '../../../../electron/shared/i18n';
import type { CustomRoutine } from '../../../../electron/core/catalog/custom';
import type { Problem } from './draft';
import { FieldProblems } from './fields';

export function RotationField(props: {
  chosen: readonly string[];
  own: readonly CustomRoutine[];
  problems: readonly Problem[];
  onChange(next: string[]): void;
}) {
  const all = [
    ...ROUTINES.map((r) => ({
      id: r.id,
      label: r.setting === 'floor' ? t('prompt.floorSuffix', { title: r.title }) : r.title,
    })),
    ...props.own.map((r) => ({ id: r.id, label: r.name })),
  ];
  const toggle = (id: string, on: boolean) => {
    const set = new Set(props.chosen);
    if (on) set.add(id);
    else set.delete(id);
    // Kept in the order listed, so the turns follow the list.
    props.onChange(all.map((r) => r.id).filter((rid) => set.has(rid)));
  };
  return (
    <fieldset className="field rotation" aria-describedby="rotation-help" data-testid="rotation">
      <legend>{t('custom.rotation.legend')}</legend>
      <p id="rotation-help" className="help">
        {t('custom.rotation.help')}
      </p>
      {all.map((r) => (
        <label key={r.id} className="check">
          <input
            type="checkbox"
            checked={props.chosen.includes(r.id)}
            onChange={(e) => toggle(r.id, e.target.checked)}
          />{' '}
          {r.label}
        </label>
      ))}
      <FieldProblems id="rotation-error" problems={props.problems} />
    </fieldset>
  );
}
