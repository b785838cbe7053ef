/**
 * The history window ("Your breaks"): the daily check-in when it is due,
 * today and this week at a glance with the streak, a week's chart, the
 * routines used, the last two weeks of breaks, the check-in trend, and CSV
 * export. Everything is computed here from the records main keeps (a year)
 * with the core's statistics; nothing leaves the computer except the files
 * the person saves.
 */
import { useMemo, useState } from 'react';
import { Temporal } from 'temporal-polyfill';
import { checkInsToCsv, historyToCsv, type ShownAs } from '../../../electron/core/history/csv';
import { routineTitle } from '../catalog';
import {
  dayStats,
  rangeStats,
  streak as streakOf,
  weekSeries,
  weekStartOn,
  workDayPredicate,
} from '../../../electron/core/history/stats';
import { DEFAULT_SETTINGS, type Settings } from '../../../electron/core/settings';
import { CheckInForm, CheckInToday } from '../components/CheckInCard';
import { CheckInTrend, TrendAdvice } from '../components/CheckInTrend';
import { useSettings } from '../hooks/useSettings';
import { t } from '../../../electron/shared/i18n';
import { weekStartDay } from '../../../electron/shared/i18n/week';
import { useLocale } from '../hooks/useLocale';
import { RecentBreaks } from './history/RecentBreaks';
import { RoutineBreakdown } from './history/RoutineBreakdown';
import { Summary } from './history/Summary';
import { useHistory } from './history/useHistory';
import { WeekChart } from './history/WeekChart';
import { downloadText, fileDate } from './settings/files';
import { formatShortDate } from './settings/format';
import { localZone } from './settings/preview';
import { useToday } from './history/useToday';
import { DeleteHistory } from './history/DeleteHistory';
import { ErrorList } from '../components/ErrorList';

/** The CSV names routines and outcomes as the table does. */
const csvShownAs = (own: Settings['routines']['custom']): ShownAs => ({
  routineTitle: (id) => (id ? routineTitle(id, own) : ''),
  outcome: (outcome) => t(`history.outcome.${outcome}`),
});

/** How far back the week chart goes: main keeps a year. */
const MAX_WEEKS_BACK = 52;

export function HistoryView() {
  const { records, checkIns, errors, addCheckIn, reloadCheckIns } = useHistory();
  const settings = useSettings() ?? DEFAULT_SETTINGS;
  const [zone] = useState(localZone);
  // Moves on at midnight: a window left open overnight shows the new day.
  const { date: today, now } = useToday(zone);
  const [weeksBack, setWeeksBack] = useState(0);
  /** The check-in saved in this window, shown in place of its form. */
  const [savedHere, setSavedHere] = useState<string | null>(null);

  // The week begins on the locale's first day (Sunday in en-US, Monday in en-GB and de, Saturday in ar).
  const firstDay = weekStartDay(useLocale());
  const weekStart = useMemo(() => Temporal.PlainDate.from(weekStartOn(today, firstDay)), [today, firstDay]);
  const shownWeek = weekStart.subtract({ weeks: weeksBack }).toString();

  const stats = useMemo(() => {
    if (!records) return null;
    const goal = settings.app.dailyGoal;
    return {
      today: dayStats(records, today, zone),
      week: rangeStats(records, weekStart.toString(), weekStart.add({ days: 6 }).toString(), zone),
      streak: streakOf(records, {
        today,
        zone,
        dailyGoal: goal,
        isWorkDay: workDayPredicate(settings, zone),
      }),
    };
  }, [records, settings, today, zone, weekStart]);

  const week = useMemo(
    () => (records ? weekSeries(records, shownWeek, zone) : null),
    [records, shownWeek, zone],
  );

  const todays = checkIns
    ?.filter((c) => c.date === today)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
  const checkInOn = settings.app.checkIn;
  const showCheckIns = checkIns !== null && (checkInOn || checkIns.length > 0);

  const weekCaption =
    weeksBack === 0 ? t('history.week.current') : t('history.week.of', { date: formatShortDate(shownWeek) });

  return (
    <main className="page history" aria-labelledby="history-title">
      <h1 id="history-title">{t('history.heading')}</h1>
      <p className="lead">{t('history.lead')}</p>
      {errors.length > 0 ? <ErrorList errors={errors} /> : null}

      {checkInOn && checkIns !== null && (!todays || todays.id === savedHere) ? (
        <section className="box checkin" data-testid="checkin-due">
          {todays ? (
            // The answer stays where the form was, with the advice and "Pause breaks".
            <CheckInToday checkIn={todays} justSaved />
          ) : (
            <CheckInForm
              onSaved={(checkIn) => {
                setSavedHere(checkIn.id);
                addCheckIn(checkIn);
              }}
              onRefused={reloadCheckIns}
            />
          )}
        </section>
      ) : null}

      {records === null && errors.length === 0 ? <p>{t('app.loading')}</p> : null}
      {records && stats && week ? (
        <>
          <Summary
            today={stats.today}
            week={stats.week}
            streak={stats.streak}
            goal={settings.app.dailyGoal}
          />

          <section className="history-section" aria-labelledby="week-title">
            <div className="section-head">
              <h2 id="week-title">{weekCaption}</h2>
              <div className="inline week-nav">
                <button
                  type="button"
                  className="secondary small"
                  disabled={weeksBack >= MAX_WEEKS_BACK}
                  onClick={() => setWeeksBack((w) => w + 1)}
                >
                  {t('history.week.previous')}
                </button>
                <button
                  type="button"
                  className="secondary small"
                  disabled={weeksBack === 0}
                  onClick={() => setWeeksBack((w) => Math.max(0, w - 1))}
                >
                  {t('history.week.next')}
                </button>
              </div>
            </div>
            <WeekChart days={week} goal={settings.app.dailyGoal} today={today} caption={weekCaption} />
          </section>

          <RoutineBreakdown records={records} today={today} zone={zone} firstDay={firstDay} />
          <RecentBreaks records={records} now={now} />
        </>
      ) : null}

      {showCheckIns ? (
        <section className="history-section" aria-labelledby="comfort-title" data-testid="checkins">
          <h2 id="comfort-title">{t('checkin.section.heading')}</h2>
          {todays && todays.id !== savedHere ? <CheckInToday checkIn={todays} /> : null}
          {!checkInOn ? (
            <p className="muted">
              {t('checkin.off')} <a href="#/settings">{t('checkin.turnOn')}</a>
            </p>
          ) : null}
          <TrendAdvice checkIns={checkIns} today={today} />
          <CheckInTrend checkIns={checkIns} today={today} />
        </section>
      ) : null}

      {records ? (
        <section className="history-section" aria-labelledby="export-title">
          <h2 id="export-title">{t('history.export.heading')}</h2>
          <p className="help">{t('history.export.help')}</p>
          <div className="actions-row">
            <button
              type="button"
              className="secondary"
              onClick={() =>
                downloadText(
                  `unslouch-history-${fileDate()}.csv`,
                  historyToCsv(records, zone, csvShownAs(settings.routines.custom)),
                  'text/csv',
                )
              }
            >
              {t('history.export.breaks')}
            </button>
            {checkIns && checkIns.length > 0 ? (
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  downloadText(`unslouch-checkins-${fileDate()}.csv`, checkInsToCsv(checkIns), 'text/csv')
                }
              >
                {t('history.export.checkIns')}
              </button>
            ) : null}
          </div>
        </section>
      ) : null}

      {records && checkIns ? <DeleteHistory breaks={records.length} checkIns={checkIns.length} /> : null}

      <nav className="footer-links" aria-label={t('settings.footerNav')}>
        <a href="#/routines">{t('history.routines')}</a>
        <a href="#/settings">{t('history.settings')}</a>
      </nav>
    </main>
  );
}
