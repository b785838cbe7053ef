/** Days off: holidays and other dates without breaks (ranges that start on them do not exist). */
import { useRef, useState } from 'react';
import { t } from '../../../../electron/shared/i18n';
import { formatDate } from './format';
import type { Problem } from './draft';
import { FieldProblems, describedBy } from './fields';

interface Props {
  daysOff: readonly string[];
  problems: readonly Problem[];
  onChange(daysOff: string[]): void;
}

export function DaysOffEditor({ daysOff, problems, onChange }: Props) {
  const [date, setDate] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const add = () => {
    if (!date) {
      setLocal(t('settings.daysOff.pick'));
      return;
    }
    if (daysOff.includes(date)) {
      setLocal(t('settings.daysOff.already', { date: formatDate(date) }));
      return;
    }
    setLocal(null);
    setDate('');
    onChange([...daysOff, date].sort());
  };

  const shown: Problem[] = local ? [{ path: 'workHours.daysOff', message: local }] : [...problems];
  const invalid = shown.length > 0;
  return (
    <div className="days-off" role="group" aria-labelledby="days-off-title">
      <h3 id="days-off-title">{t('settings.daysOff.heading')}</h3>
      <p className="help" id="days-off-help">
        {t('settings.daysOff.help')}
      </p>
      {daysOff.length === 0 ? (
        <p className="muted">{t('settings.daysOff.none')}</p>
      ) : (
        <ul className="date-list" aria-label={t('settings.daysOff.listLabel')}>
          {daysOff.map((d) => (
            <li key={d}>
              <time dateTime={d}>{formatDate(d)}</time>
              <button
                type="button"
                className="link remove"
                aria-label={t('settings.daysOff.removeLabel', { date: formatDate(d) })}
                onClick={() => {
                  onChange(daysOff.filter((x) => x !== d));
                  input.current?.focus();
                }}
              >
                {t('settings.hours.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="add-date">
        <label htmlFor="day-off-new">{t('settings.daysOff.addLabel')}</label>
        <div className="inline">
          <input
            id="day-off-new"
            ref={input}
            type="date"
            value={date}
            aria-invalid={invalid}
            aria-describedby={describedBy('days-off-help', invalid && 'days-off-error')}
            onChange={(e) => {
              setDate(e.target.value);
              setLocal(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="secondary" onClick={add}>
            {t('settings.daysOff.add')}
          </button>
        </div>
        <FieldProblems id="days-off-error" problems={shown} />
      </div>
    </div>
  );
}
