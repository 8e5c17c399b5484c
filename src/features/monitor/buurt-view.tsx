import { seesSmallNumbers } from '../../auth/policy';
import { useAppContext, useTexts } from '../../layout/renderer';
import type { BuurtData } from './buurt-queries';
import { DemoNote, indicatorName, MonitorNav, valueText } from './components';
import { Figure } from './map';
import { CITY_CODE, resilienceClass, shownValue, type Indicator, type Shown } from './model';
import { monitorTexts } from './texts';

const W = 200;
const H = 64;

type Point = { wave: string; buurt: Shown; city: Shown };

/** A small line chart: the buurt solid with dots, the city dotted; the numbers are in its description and table. */
function Trend({ id, points, title, desc }: { id: string; points: Point[]; title: string; desc: string }) {
  const values = points.flatMap((p) => [p.buurt, p.city]).flatMap((s) => (s.kind === 'value' ? [s.value] : []));
  if (values.length === 0) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (i: number) => (points.length === 1 ? W / 2 : 12 + (i * (W - 24)) / (points.length - 1));
  const y = (v: number) => (max === min ? H / 2 : H - 8 - ((v - min) * (H - 16)) / (max - min));
  const line = (pick: (p: Point) => Shown) =>
    points.flatMap((p, i) => {
      const s = pick(p);
      return s.kind === 'value' ? [`${x(i).toFixed(0)},${y(s.value).toFixed(0)}`] : [];
    });
  const buurt = line((p) => p.buurt);
  return (
    <svg class="vw-trend" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} xmlns="http://www.w3.org/2000/svg">
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      <polyline points={line((p) => p.city).join(' ')} fill="none" stroke="#4d4d4d" stroke-width="1.5" stroke-dasharray="3 3" />
      <polyline points={buurt.join(' ')} fill="none" stroke="#253494" stroke-width="2.5" />
      {buurt.map((pt) => {
        const [cx, cy] = pt.split(',');
        return <circle cx={cx} cy={cy} r="3.5" fill="#253494" />;
      })}
    </svg>
  );
}

function IndicatorFigure({ data, indicator }: { data: BuurtData; indicator: Indicator }) {
  const c = useAppContext();
  const t = useTexts(monitorTexts);
  const locale = c.var.locale;
  const seesSmall = seesSmallNumbers(c.var.user);
  const find = (area: string, wave: string) => data.observations.find((o) => o.indicator === indicator.code && o.area === area && o.wave === wave);
  const points: Point[] = data.waves.map((w) => ({
    wave: w.name,
    buurt: shownValue(find(data.area.code, w.code), indicator.minCount, seesSmall),
    city: shownValue(find(CITY_CODE, w.code), indicator.minCount, seesSmall),
  }));
  if (points.every((p) => p.buurt.kind === 'missing')) return null;
  const name = indicatorName(indicator, locale);
  const text = (s: Shown) => valueText(s, indicator, locale);
  const desc = t.trendDesc(points.map((p) => `${p.wave}: ${text(p.buurt)} (${t.colCity} ${text(p.city)})`).join('; '));
  return (
    <Figure caption={t.trendCaption(name)} source={`${t.source}: ${indicator.source}`}>
      <Trend id={`trend-${indicator.code}`} points={points} title={t.trendCaption(name)} desc={desc} />
      <div class="utrecht-table-container">
        <table class="utrecht-table vw-trend-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t.wave}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {data.area.name}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t.colCity}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {points.map((p) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {p.wave}
                </th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{text(p.buurt)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric">{text(p.city)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Figure>
  );
}

/** A buurt's indicators and its class per wave; on the buurt page and on the programme neighbourhood's page. */
export function BuurtIndicators({ data, headingLevel }: { data: BuurtData; headingLevel: 2 | 3 }) {
  const t = useTexts(monitorTexts);
  const H2 = headingLevel === 2 ? 'h2' : 'h3';
  const waveName = (code: string) => data.waves.find((w) => w.code === code)?.name ?? code;
  const isDemo = data.observations.some((o) => o.isDemo === 1) || data.classes.some((k) => k.isDemo === 1);
  return (
    <>
      <DemoNote show={isDemo} />
      <H2 class={`utrecht-heading-${headingLevel}`}>{t.classPerWave}</H2>
      {data.classes.length === 0 ? (
        <p class="utrecht-paragraph">{t.noClasses}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {[...data.classes]
            .sort((a, b) => data.waves.findIndex((w) => w.code === a.wave) - data.waves.findIndex((w) => w.code === b.wave))
            .map((k) => (
              <li class="utrecht-unordered-list__item">
                {waveName(k.wave)}: {t.classWords(resilienceClass(k.problems, k.vulnerable), t.problems(k.problems), t.vulnerable(k.vulnerable))}
              </li>
            ))}
        </ul>
      )}
      <H2 class={`utrecht-heading-${headingLevel}`}>{t.buurtIndicatorsTitle}</H2>
      <div class="vw-trend-grid">
        {data.indicators.map((indicator) => (
          <IndicatorFigure data={data} indicator={indicator} />
        ))}
      </div>
    </>
  );
}

export function BuurtPage({ data }: { data: BuurtData }) {
  const t = useTexts(monitorTexts);
  return (
    <div class="vw-container vw-monitor">
      <h1 class="utrecht-heading-1">{data.area.name}</h1>
      <p class="utrecht-paragraph">{t.buurtIntro(data.area.wijkName ?? 'Maastricht')}</p>
      <MonitorNav current="" />
      {data.neighbourhood && (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/wijken/${data.neighbourhood.slug}`}>
            {t.seeNeighbourhoodPage(data.neighbourhood.name)}
          </a>
        </p>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/monitor/vergelijken?gebied=${data.area.code}&gebied=GM0935`}>
          {t.compareTitle}: {data.area.name} – Maastricht
        </a>
      </p>
      <BuurtIndicators data={data} headingLevel={2} />
    </div>
  );
}
