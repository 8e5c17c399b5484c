import { seesSmallNumbers } from '../../auth/policy';
import { useAppContext, useTexts } from '../../layout/renderer';
import { valueText } from '../monitor/components';
import { formatValue, shownValue } from '../monitor/model';
import type { Goal } from './tree';
import { planTexts } from './texts';

const W = 240;
const H = 90;
const PAD = 14;

/** A straight scale from a domain onto a range (a two-point linear map; flat domains map onto the middle). */
const linear = (d0: number, d1: number, r0: number, r1: number) => (v: number) =>
  d0 === d1 ? (r0 + r1) / 2 : r0 + ((v - d0) * (r1 - r0)) / (d1 - d0);

/**
 * A goal's indicator: the measured values per wave (line with dots) against its targets (open squares); the same
 * numbers follow as a table, and the chart's description reads them out. Suppressed small numbers are not drawn.
 */
export function IndicatorChart({ goal, headingId, compact = false }: { goal: Goal; headingId: string; compact?: boolean }) {
  const c = useAppContext();
  const t = useTexts(planTexts);
  const locale = c.var.locale;
  if (!goal.indicatorCode || !goal.unit) return null;
  const unit = goal.unit;
  const seesSmall = seesSmallNumbers(c.var.user);
  const points = goal.observations.map((o) => ({ o, shown: shownValue(o, goal.minCount ?? 10, seesSmall) }));
  const drawn = points.flatMap((p) => (p.shown.kind === 'value' ? [{ year: p.o.year, value: p.shown.value }] : []));
  const years = [...drawn.map((p) => p.year), ...goal.targets.map((x) => x.year)];
  const values = [...drawn.map((p) => p.value), ...goal.targets.map((x) => x.value)];
  const name = locale === 'nl' ? goal.indicatorNameNl! : goal.indicatorNameEn!;
  const format = (v: number) => formatValue(v, unit, locale);
  const desc = t.chartDesc(
    points.map((p) => `${p.o.waveName}: ${valueText(p.shown, { unit }, locale)}`).join('; '),
    goal.targets.map((x) => `${x.label}: ${format(x.value)}`).join('; '),
  );
  const id = `grafiek-${goal.goalId}`;
  const x = linear(Math.min(...years), Math.max(...years), PAD, W - PAD);
  const y = linear(Math.min(...values), Math.max(...values), H - PAD, PAD);
  const line = drawn.map((p) => `${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const table = (
    <div class="utrecht-table-container">
      <table class="utrecht-table vw-plan-chart__table">
        <caption class="utrecht-table__caption">{t.chartTitle(name)}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {t.colYear}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t.colValue}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t.colTarget}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {points.map((p) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {p.o.waveName}
              </th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{valueText(p.shown, { unit }, locale)}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric"></td>
            </tr>
          ))}
          {goal.targets.map((p) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {p.label}
              </th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric"></td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{format(p.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <figure class="vw-figure vw-plan-chart" aria-labelledby={headingId}>
      {values.length > 0 && (
        <svg class="vw-plan-chart__svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} xmlns="http://www.w3.org/2000/svg">
          <title id={`${id}-t`}>{t.chartTitle(name)}</title>
          <desc id={`${id}-d`}>{desc}</desc>
          <line x1={PAD} x2={W - PAD} y1={H - 4} y2={H - 4} stroke="#767676" stroke-width="1" />
          {drawn.length > 1 && <polyline points={line} fill="none" stroke="#253494" stroke-width="2.5" />}
          {drawn.map((p) => (
            <circle cx={x(p.year).toFixed(1)} cy={y(p.value).toFixed(1)} r="3.5" fill="#253494" />
          ))}
          {goal.targets.map((p) => (
            <rect
              x={(x(p.year) - 4).toFixed(1)}
              y={(y(p.value) - 4).toFixed(1)}
              width="8"
              height="8"
              fill="#ffffff"
              stroke="#b2182b"
              stroke-width="2"
            />
          ))}
        </svg>
      )}
      <p class="vw-plan-chart__legend" aria-hidden="true">
        <span class="vw-plan-chart__key vw-plan-chart__key--measured">●</span> {t.legendMeasured}{' '}
        <span class="vw-plan-chart__key vw-plan-chart__key--target">□</span> {t.legendTarget}
      </p>
      {compact ? (
        <details class="vw-plan-chart__details">
          <summary>{t.tableToggle}</summary>
          {table}
        </details>
      ) : (
        table
      )}
      <figcaption class="vw-source">{goal.indicatorSource}</figcaption>
    </figure>
  );
}
