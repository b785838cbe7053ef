/**
 * The "see a doctor" guidance for warning answers, shown the moment a warning
 * is ticked and with every saved check-in that has one. The wording follows
 * the core's warningAdvice: signs the source article says need prompt
 * attention say so; leg pain says "consider seeing a doctor". The full "When
 * to see a doctor" panel from the catalog comes with it, open.
 */
import { warningAdvice, type CheckInWarnings } from '../../../electron/core/history/checkin';
import { t } from '../../../electron/shared/i18n';
import { DoctorPanel } from './SafetyPanel';

export function CheckInGuidance({ warnings, live = false }: { warnings: CheckInWarnings; live?: boolean }) {
  const advice = warningAdvice({ warnings });
  if (!advice.show) return null;
  return (
    <div className="doctor-advice" data-testid="doctor-guidance">
      <p className="doctor-advice-text" role={live ? 'alert' : undefined}>
        <strong>{advice.prompt ? t('checkin.advice.promptTitle') : t('checkin.advice.consultTitle')}</strong>{' '}
        {advice.prompt ? t('checkin.advice.prompt') : t('checkin.advice.consult')}
      </p>
      <ul className="answered-signs" aria-label={t('checkin.advice.signsLabel')}>
        {advice.warnings.map((id) => (
          <li key={id}>{t(`checkin.question.${id}`)}</li>
        ))}
      </ul>
      <DoctorPanel open level={3} />
    </div>
  );
}
