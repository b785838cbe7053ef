/**
 * Today and this week at a glance, with the core's definitions
 * (electron/core/history/stats.ts): taken = completed, finished early or
 * natural; prompted = the breaks the schedule produced (prompts and natural
 * breaks); the completion rate is taken-of-prompted; on-demand routines add to
 * "taken" and minutes, never to the rate. The streak counts work days in a
 * row that met the daily goal.
 */
import { BREAK_OUTCOMES, type BreakOutcome } from '../../../../electron/core/history/types';
import type { PeriodStats, Streak } from '../../../../electron/core/history/stats';
import { t, formatDuration } from '../../../../electron/shared/i18n';
import { formatNumber, formatPercent } from '../settings/format';

function Outcomes({ outcomes }: { outcomes: Record<BreakOutcome, number> }) {
  const parts = BREAK_OUTCOMES.filter((o) => outcomes[o] > 0).map((o) =>
    t('history.outcomeCount', { count: outcomes[o], outcome: t(`history.outcome.${o}`).toLowerCase() }),
  );
  if (parts.length === 0) return null;
  return <p className="fine outcomes">{parts.join(' · ')}</p>;
}

function PeriodCard({ id, title, stats }: { id: string; title: string; stats: PeriodStats }) {
  return (
    <section className="stat-card" aria-labelledby={`${id}-title`} data-testid={`${id}-stats`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {stats.total === 0 ? (
        <p className="muted">{t('history.nothingYet')}</p>
      ) : (
        <>
          <dl className="stats">
            <div>
              <dt>{t('history.stat.taken')}</dt>
              <dd data-testid={`${id}-taken`}>{formatNumber(stats.taken)}</dd>
            </div>
            <div>
              <dt>{t('history.stat.prompted')}</dt>
              <dd data-testid={`${id}-prompted`}>{formatNumber(stats.prompted)}</dd>
            </div>
            <div>
              <dt>{t('history.stat.rate')}</dt>
              <dd data-testid={`${id}-rate`}>
                {stats.completionRate === null
                  ? t('history.stat.noRate')
                  : formatPercent(stats.completionRate)}
              </dd>
            </div>
            <div>
              <dt>{t('history.stat.moved')}</dt>
              <dd data-testid={`${id}-moved`}>{formatDuration(stats.minutesMoved * 60)}</dd>
            </div>
          </dl>
          <Outcomes outcomes={stats.outcomes} />
        </>
      )}
    </section>
  );
}

interface Props {
  today: PeriodStats;
  week: PeriodStats;
  streak: Streak;
  goal: number;
}

export function Summary({ today, week, streak, goal }: Props) {
  return (
    <section className="history-section" aria-labelledby="glance-title">
      <h2 id="glance-title">{t('history.glance.heading')}</h2>
      <div className="stat-cards">
        <PeriodCard id="today" title={t('history.glance.today')} stats={today} />
        <PeriodCard id="week" title={t('history.glance.week')} stats={week} />
      </div>
      <div className="streak" data-testid="streak">
        <p className="streak-main">
          <strong className="streak-number">{t('history.streak.days', { count: streak.current })}</strong>{' '}
          {t('history.streak.meaning', { goal })}
        </p>
        <p className="fine">
          {streak.todayIsWorkDay
            ? streak.todayMet
              ? t('history.streak.todayMet', { taken: streak.todayTaken, goal })
              : t('history.streak.todayLeft', {
                  count: streak.todayRemaining,
                  taken: streak.todayTaken,
                  goal,
                })
            : t('history.streak.notWorkDay')}{' '}
          {streak.best > streak.current ? t('history.streak.best', { count: streak.best }) : null}{' '}
          <a href="#/settings">{t('history.streak.changeGoal')}</a>
        </p>
      </div>
    </section>
  );
}
