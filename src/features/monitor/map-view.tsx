import { MONITOR_PILLARS, type IndicatorUnit } from '../../db/enums';
import { FilterSelect } from '../../layout/form';
import { DataTable } from '../../layout/data-table';
import { useAppContext, useTexts } from '../../layout/renderer';
import { DemoNote, indicatorDefinition, indicatorName, MonitorNav, sourceText, valueText } from './components';
import { buurtHref, BuurtMap, Figure, SourceLine } from './map';
import { formatValue } from './model';
import type { MapModel, SortKey } from './map-view-model';
import type { MapData, MapSelection } from './queries';
import { monitorTexts } from './texts';

export const MAP_RESULTS_ID = 'monitor-resultaat';

export function mapQuery(data: MapData, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({
    ...(data.indicator ? { indicator: data.indicator.code } : {}),
    ...(data.wave ? { meting: data.wave.code } : {}),
    ...extra,
  });
  return params.toString();
}

const swap = (href: string) => ({ 'hx-get': href, 'hx-target': `#${MAP_RESULTS_ID}`, 'hx-swap': 'innerHTML', 'hx-push-url': 'true' });

function Chooser({ data, selection }: { data: MapData; selection: MapSelection }) {
  const t = useTexts(monitorTexts);
  const locale = useAppContext().var.locale;
  const pillar = selection.pillar;
  const choices = data.indicators.filter((i) => !pillar || i.pillar === pillar);
  return (
    <form
      class="vw-filter-form vw-monitor-chooser"
      method="get"
      action="/monitor"
      aria-labelledby="kies-titel"
      hx-get="/monitor"
      hx-trigger="change, submit"
      hx-target={`#${MAP_RESULTS_ID}`}
      hx-swap="innerHTML"
      hx-push-url="true"
    >
      <h2 class="utrecht-heading-2" id="kies-titel">
        {t.chooserTitle}
      </h2>
      <Select
        name="pijler"
        label={t.pillarLabel}
        value={pillar ?? ''}
        options={[['', t.allPillars], ...MONITOR_PILLARS.map((p): [string, string] => [p, t.pillar(p)])]}
      />
      <Select
        name="indicator"
        label={t.indicatorLabel}
        value={data.indicator?.code ?? ''}
        options={choices.map((i): [string, string] => [i.code, indicatorName(i, locale)])}
      />
      <Select name="meting" label={t.waveLabel} value={data.wave?.code ?? ''} options={data.waves.map((w): [string, string] => [w.code, w.name])} />
      <div class="vw-filter-actions">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {t.show}
        </button>
      </div>
    </form>
  );
}

export function Select(props: { name: string; id?: string; label: string; value: string; options: [string, string][] }) {
  const options = props.options.map(([value, label]) => ({ value, label }));
  return <FilterSelect id={props.id ?? `kies-${props.name}`} name={props.name} label={props.label} value={props.value} options={options} />;
}

/** An SVG swatch: its fill is a presentation attribute, which the strict CSP (no inline styles) allows. */
function Swatch({ fill }: { fill: string }) {
  return (
    <svg class="vw-legend__swatch" viewBox="0 0 20 16" aria-hidden="true" focusable="false">
      <rect width="20" height="16" fill={fill} stroke="#4d4d4d" stroke-width="2" />
    </svg>
  );
}

function Legend({ model, unit }: { model: MapModel; unit: IndicatorUnit }) {
  const t = useTexts(monitorTexts);
  const locale = useAppContext().var.locale;
  const ordered = [...model.bins].sort((a, b) => a.rank - b.rank);
  return (
    <div class="vw-legend">
      <p class="vw-legend__title">{t.legendTitle}</p>
      <ul class="vw-legend__list">
        {ordered.map((bin, i) => (
          <li>
            <Swatch fill={bin.colour} />
            {t.legendRange(formatValue(bin.from, unit, locale), formatValue(bin.to, unit, locale))}
            {i === 0 ? ` (${t.legendBetter})` : i === ordered.length - 1 ? ` (${t.legendWorse})` : ''}
          </li>
        ))}
        <li>
          <span class="vw-legend__swatch vw-legend__swatch--none" aria-hidden="true"></span>
          {t.legendNoData}
        </li>
        <li>
          <span class="vw-legend__swatch vw-legend__swatch--programme" aria-hidden="true"></span>
          {t.legendProgramme}
        </li>
      </ul>
    </div>
  );
}

/** The part htmx swaps: map, legend, table, downloads. */
export function MapResults({ data, model, sort }: { data: MapData; model: MapModel | null; sort: SortKey }) {
  const t = useTexts(monitorTexts);
  const locale = useAppContext().var.locale;
  const indicator = data.indicator;
  const wave = data.wave;
  if (!indicator || !wave || !model) return <p class="utrecht-paragraph">{t.noIndicators}</p>;
  const name = indicatorName(indicator, locale);
  const src = sourceText(locale, indicator.source, wave.name);
  const query = mapQuery(data);
  const sortHref = (key: SortKey) => `/monitor?${mapQuery(data, { sorteer: key })}`;
  return (
    <>
      <DemoNote show={model.isDemo} />
      <h2 class="utrecht-heading-2">
        {name}, {wave.name}
      </h2>
      <p class="utrecht-paragraph">
        {t.definition}: {indicatorDefinition(indicator, locale)} {indicator.direction === 'higher-better' ? t.directionBetter : t.directionWorse}.{' '}
        {indicator.visibility === 'partners' ? t.visibilityPartners : indicator.visibility === 'programme' ? t.visibilityProgramme : ''}
      </p>
      <p class="utrecht-paragraph">
        {t.cityValue}: <strong>{valueText(model.city, indicator, locale)}</strong>
      </p>
      <div class="vw-map-layout">
        <Figure caption={t.mapCaption(name, wave.name)} source={src.source} wave={src.wave} attribution={t.attribution}>
          <BuurtMap
            id="kaart"
            title={t.mapCaption(name, wave.name)}
            desc={t.mapDesc(model.lowest, model.highest)}
            cells={model.cells}
            noData={{ fill: 'none', label: t.missing }}
            programme={data.programme.map((p) => p.code)}
          />
          <Legend model={model} unit={indicator.unit} />
        </Figure>
      </div>
      <p class="vw-sort-links">
        {t.sortedBy(sort === 'naam' ? t.sortName : t.sortValue)}:{' '}
        <a class="utrecht-link" href={sortHref('naam')} {...swap(sortHref('naam'))} aria-current={sort === 'naam' ? 'true' : undefined}>
          {t.sortByName}
        </a>{' '}
        ·{' '}
        <a class="utrecht-link" href={sortHref('waarde')} {...swap(sortHref('waarde'))} aria-current={sort === 'waarde' ? 'true' : undefined}>
          {t.sortByValue}
        </a>
      </p>
      <DataTable
        caption={t.tableCaption(name, wave.name)}
        columns={[t.colBuurt, t.colWijk, t.colValue, t.colDifference, t.colCount]}
        rows={model.rows}
        row={(r) => (
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row">
              <a class="utrecht-link" href={buurtHref(r.code)}>
                {r.name}
              </a>
              {r.programme && <span class="vw-tag"> {t.programmeNeighbourhood}</span>}
            </th>
            <td class="utrecht-table__cell">{r.wijkName}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{valueText(r.shown, indicator, locale)}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{r.difference ?? '—'}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{r.count ?? '—'}</td>
          </tr>
        )}
      />
      <p class="utrecht-paragraph">
        {t.city}: {valueText(model.city, indicator, locale)}
      </p>
      <SourceLine source={src.source} wave={src.wave} />
      <p class="vw-downloads">
        <a class="utrecht-link" href={`/monitor/export.csv?${query}`} download>
          {t.downloadCsv}
        </a>{' '}
        ·{' '}
        <a class="utrecht-link" href={`/monitor/export.json?${query}`} download>
          {t.downloadJson}
        </a>
      </p>
    </>
  );
}

export function MonitorMapPage(props: { data: MapData; model: MapModel | null; selection: MapSelection; sort: SortKey }) {
  const t = useTexts(monitorTexts);
  return (
    <div class="vw-container vw-monitor">
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph">{t.intro}</p>
      <MonitorNav current="/monitor" />
      <Chooser data={props.data} selection={props.selection} />
      <section id={MAP_RESULTS_ID} aria-live="polite">
        <MapResults data={props.data} model={props.model} sort={props.sort} />
      </section>
    </div>
  );
}
