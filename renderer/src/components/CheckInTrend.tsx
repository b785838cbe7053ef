/**
 * The trend of the check-ins: discomfort over the last 30 days as an SVG line
 * (days with a warning marked), a table of the same one button away, and the
 * core's two-weeks rule (trendAdvice): when discomfort has not improved over
 * two weeks of check-ins, it suggests seeing a doctor, with the panel.
 */
import { useId } from 'react';
import { TableToggle } from './TableToggle';
import {
  DISCOMFORT_MAX,
  TREND_MIN_CHECKINS,
  TREND_MIN_SPAN_DAYS,
  TREND_WINDOW_DAYS,
  trendAdvice,
  trendSeries,
  type CheckIn,
} from '../../../electron/core/history/checkin';
import { t } from '../../../electron/shared/i18n';
import { formatNumber, formatShortDate } from '../views/settings/format';
import { DoctorPanel } from './SafetyPanel';

export const TREND_DAYS = 30;

const W = 520;
const H = 170;
const LEFT = 30;
const RIGHT = 10;
const TOP = 12;
const BOTTOM = 26;

export function TrendAdvice({ checkIns, today }: { checkIns: readonly CheckIn[]; today: string }) {
  const advice = trendAdvice(checkIns, today);
  const text =
    advice.code === 'too-few'
      ? t('checkin.trend.too-few', { min: TREND_MIN_CHECKINS, days: TREND_WINDOW_DAYS })
      : advice.code === 'too-short'
        ? t('checkin.trend.too-short', { min: TREND_MIN_SPAN_DAYS })
        : t(`checkin.trend.${advice.code}`);
  if (!advice.suggestDoctor) {
    return (
      <p className="fine" data-testid="trend-advice">
        {text}
      </p>
    );
  }
  return (
    <div className="doctor-advice" data-testid="trend-advice">
      <p className="doctor-advice-text">
        <strong>{t('checkin.trend.doctorTitle')}</strong> {text}
      </p>
      <DoctorPanel level={3} />
    </div>
  );
}

export function CheckInTrend({ checkIns, today }: { checkIns: readonly CheckIn[]; today: string }) {
  const id = useId();
  const points = trendSeries(checkIns, TREND_DAYS, today);
  const answered = points.filter((p) => p.discomfort !== null);
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const x = (i: number) => LEFT + (i / (TREND_DAYS - 1)) * plotW;
  const y = (v: number) => TOP + plotH - (v / DISCOMFORT_MAX) * plotH;

  // One line through the days with a check-in; days without one are simply skipped.
  const line = points
    .map((p, i) => (p.discomfort === null ? null : `${x(i).toFixed(1)},${y(p.discomfort).toFixed(1)}`))
    .filter((p): p is string => p !== null)
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${p}`)
    .join(' ');

  const latest = answered.at(-1);
  const description =
    answered.length === 0
      ? t('checkin.chart.empty')
      : t('checkin.chart.desc', {
          count: answered.length,
          days: TREND_DAYS,
          latest: latest!.discomfort ?? 0,
          date: formatShortDate(latest!.date),
          average: formatNumber(answered.reduce((s, p) => s + (p.discomfort ?? 0), 0) / answered.length),
          warnings: answered.filter((p) => p.warning).length,
        });

  return (
    <div className="chart-block">
      <svg
        className="chart trend-chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid="trend-chart"
      >
        <title id={`${id}-title`}>{t('checkin.chart.title', { days: TREND_DAYS })}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {[0, 2, 4, 6, 8, 10].map((v) => (
          <g key={v} className="grid">
            <line x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} />
            <text x={LEFT - 6} y={y(v) + 4} textAnchor="end" className="axis-label">
              {v}
            </text>
          </g>
        ))}
        {line ? <path d={line} className="trend-line" /> : null}
        {points.map((p, i) =>
          p.discomfort === null ? null : p.warning ? (
            <rect
              key={p.date}
              className="trend-point warning"
              x={x(i) - 5}
              y={y(p.discomfort) - 5}
              width={10}
              height={10}
              transform={`rotate(45 ${x(i)} ${y(p.discomfort)})`}
            />
          ) : (
            <circle key={p.date} className="trend-point" cx={x(i)} cy={y(p.discomfort)} r={4} />
          ),
        )}
        <text x={LEFT} y={H - 6} className="axis-label">
          {formatShortDate(points[0]!.date)}
        </text>
        <text x={W - RIGHT} y={H - 6} textAnchor="end" className="axis-label">
          {formatShortDate(today)}
        </text>
      </svg>
      <ul className="legend" aria-hidden="true">
        <li>
          <span className="swatch point" /> {t('checkin.chart.point')}
        </li>
        <li>
          <span className="swatch warning" /> {t('checkin.chart.warning')}
        </li>
      </ul>
      <TableToggle showLabel={t('checkin.chart.showTable')} hideLabel={t('checkin.chart.hideTable')}>
        {() =>
          answered.length === 0 ? (
            <p className="muted">{t('checkin.chart.empty')}</p>
          ) : (
            <table className="data-table">
              <caption>{t('checkin.chart.title', { days: TREND_DAYS })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('checkin.table.date')}</th>
                  <th scope="col">{t('checkin.table.discomfort')}</th>
                  <th scope="col">{t('checkin.table.warning')}</th>
                </tr>
              </thead>
              <tbody>
                {answered.map((p) => (
                  <tr key={p.date}>
                    <th scope="row">{formatShortDate(p.date)}</th>
                    <td>{p.discomfort}</td>
                    <td>{p.warning ? t('checkin.table.yes') : t('checkin.table.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </TableToggle>
    </div>
  );
}
