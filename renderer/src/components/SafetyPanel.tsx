import { SAFETY, type Setting } from '../catalog';
import { t } from '../../../electron/shared/i18n';

/** The one line the player always shows (content from the catalog's safety text). */
export function SafetyLine() {
  return (
    <p className="safety-line" data-testid="safety-line">
      <span aria-hidden="true" className="safety-icon">
        !
      </span>{' '}
      {SAFETY.notice}
    </p>
  );
}

interface PanelProps {
  /** Open at first (the library shows it open; the player keeps it folded to save room). */
  open?: boolean;
  /** Heading level of the group titles inside. */
  level?: 2 | 3;
}

/** "When to see a doctor": the source article's warning signs and the evidence notes' red flags. */
export function DoctorPanel({ open = false, level = 3 }: PanelProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <details className="panel doctor" open={open} data-testid="doctor-panel">
      <summary>{SAFETY.doctor.title}</summary>
      <div className="panel-body">
        <p>{SAFETY.doctor.intro.text}</p>
        {SAFETY.doctor.groups.map((group) => (
          <section key={group.id} className={`doctor-group doctor-${group.id}`}>
            <Heading>{group.title}</Heading>
            <ul>
              {group.signs.map((sign) => (
                <li key={sign.text}>{sign.text}</li>
              ))}
            </ul>
          </section>
        ))}
        <Heading>{t('doctor.stopRules')}</Heading>
        <ul>
          {SAFETY.stopRules.map((rule) => (
            <li key={rule.text}>{rule.text}</li>
          ))}
        </ul>
        <p className="fine">{SAFETY.disclaimer.text}</p>
      </div>
    </details>
  );
}

/** The source article's precautions that apply to a desk or floor routine. */
export function Precautions({ setting, open = false }: { setting: Setting; open?: boolean }) {
  const list = SAFETY.precautions.filter((p) => p.appliesTo.includes(setting));
  if (list.length === 0) return null;
  return (
    <details className="panel precautions" open={open}>
      <summary>{t('doctor.precautions')}</summary>
      <ul className="panel-body">
        {list.map((p) => (
          <li key={p.text}>{p.text}</li>
        ))}
      </ul>
    </details>
  );
}
