/**
 * A week of breaks as an SVG bar chart (prompted and taken per day, with the
 * daily goal as a line), described in words for screen readers, with a table
 * of the same numbers one button away.
 */
import { useId } from 'react';
import { TableToggle } from '../../components/TableToggle';
import type { WeekDayEntry } from '../../../../electron/core/history/stats';
import { t, formatDuration } from '../../../../electron/shared/i18n';
import { formatDayOfMonth, formatNumber, formatShortDate, formatWeekdayShort } from '../settings/format';

interface Props {
  days: WeekDayEntry[];
  goal: number;
  today: string;
  /** Caption of the table and the chart, e.g. "Week of Mon 23 Mar" (dates through Intl, in the locale). */
  caption: string;
}

const W = 520;
const H = 200;
const LEFT = 30;
const RIGHT = 8;
const TOP = 14;
const BOTTOM = 40;

/** Gridline values: whole numbers, at most five lines up to the top. */
export function gridSteps(max: number): { top: number; step: number } {
  const step = Math.max(1, Math.ceil(max / 5));
  return { top: Math.max(step, Math.ceil(max / step) * step), step };
}

export function WeekChart({ days, goal, today, caption }: Props) {
  const id = useId();
  const max = Math.max(goal, 1, ...days.map((d) => Math.max(d.taken, d.prompted)));
  const { top, step } = gridSteps(max);
  const plotH = H - TOP - BOTTOM;
  const colW = (W - LEFT - RIGHT) / days.length;
  const y = (v: number) => TOP + plotH - (v / top) * plotH;
  const barW = colW * 0.3;
  const lines: number[] = [];
  for (let v = 0; v <= top; v += step) lines.push(v);

  const description = days
    .map((d) =>
      t('history.chart.dayText', { day: formatShortDate(d.date), taken: d.taken, prompted: d.prompted }),
    )
    .join('; ');

  return (
    <div className="chart-block">
      <svg
        className="chart week-chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid="week-chart"
      >
        <title id={`${id}-title`}>{t('history.chart.title', { caption })}</title>
        <desc id={`${id}-desc`}>
          {description}. {t('history.chart.goalText', { goal })}
        </desc>
        {lines.map((v) => (
          <g key={v} className="grid">
            <line x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} />
            <text x={LEFT - 6} y={y(v) + 4} textAnchor="end" className="axis-label">
              {formatNumber(v)}
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const x0 = LEFT + i * colW;
          const isToday = d.date === today;
          return (
            <g key={d.date} className={isToday ? 'day is-today' : 'day'}>
              {d.prompted > 0 ? (
                <rect
                  className="bar prompted"
                  x={x0 + colW * 0.17}
                  y={y(d.prompted)}
                  width={barW}
                  height={y(0) - y(d.prompted)}
                  rx={3}
                />
              ) : null}
              {d.taken > 0 ? (
                <rect
                  className="bar taken"
                  x={x0 + colW * 0.53}
                  y={y(d.taken)}
                  width={barW}
                  height={y(0) - y(d.taken)}
                  rx={3}
                />
              ) : null}
              {d.taken > 0 ? (
                <text
                  x={x0 + colW * 0.53 + barW / 2}
                  y={y(d.taken) - 4}
                  textAnchor="middle"
                  className="value"
                >
                  {formatNumber(d.taken)}
                </text>
              ) : null}
              <text
                x={x0 + colW / 2}
                y={H - BOTTOM + 16}
                textAnchor="middle"
                className="axis-label day-label"
              >
                {formatWeekdayShort(d.date)}
              </text>
              <text
                x={x0 + colW / 2}
                y={H - BOTTOM + 31}
                textAnchor="middle"
                className="axis-label date-label"
              >
                {formatDayOfMonth(d.date)}
              </text>
            </g>
          );
        })}
        <line className="goal" x1={LEFT} x2={W - RIGHT} y1={y(goal)} y2={y(goal)} />
        <text x={W - RIGHT} y={y(goal) - 4} textAnchor="end" className="goal-label">
          {t('history.chart.goal', { goal })}
        </text>
        <line className="baseline" x1={LEFT} x2={W - RIGHT} y1={y(0)} y2={y(0)} />
      </svg>
      <ul className="legend" aria-hidden="true">
        <li>
          <span className="swatch prompted" /> {t('history.chart.prompted')}
        </li>
        <li>
          <span className="swatch taken" /> {t('history.chart.taken')}
        </li>
        <li>
          <span className="swatch goal" /> {t('history.chart.goalLegend')}
        </li>
      </ul>
      <TableToggle showLabel={t('history.chart.showTable')} hideLabel={t('history.chart.hideTable')}>
        {() => (
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.chart.day')}</th>
                <th scope="col">{t('history.chart.prompted')}</th>
                <th scope="col">{t('history.chart.taken')}</th>
                <th scope="col">{t('history.stat.moved')}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.date}>
                  <th scope="row">{formatShortDate(d.date)}</th>
                  <td>{formatNumber(d.prompted)}</td>
                  <td>{formatNumber(d.taken)}</td>
                  <td>{formatDuration(d.minutesMoved * 60)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TableToggle>
    </div>
  );
}
