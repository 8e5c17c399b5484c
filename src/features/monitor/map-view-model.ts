import type { Locale } from '../../i18n';
import { CITY_CODE, formatDifference, formatValue, shownValue, type Shown } from './model';
import type { MapData } from './queries';
import { binOf, quantileBins, type Bin } from './scale';
import { valueText } from './components';
import type { MapCell } from './map';
import { monitorTexts } from './texts';

export type TableRow = {
  code: string;
  name: string;
  wijkName: string | null;
  shown: Shown;
  count: number | null;
  difference: string | null;
  programme: boolean;
};

export type MapModel = {
  bins: Bin[];
  cells: Record<string, MapCell>;
  rows: TableRow[];
  city: Shown;
  isDemo: boolean;
  lowest: string;
  highest: string;
};

export type SortKey = 'naam' | 'waarde';

/** Everything the map, legend and table show, derived once from the page's rows (small numbers already suppressed). */
export function mapModel(data: MapData, locale: Locale, seesSmall: boolean, sort: SortKey): MapModel {
  const t = monitorTexts[locale];
  const indicator = data.indicator!;
  const programme = new Set(data.programme.map((p) => p.code));
  const cityRow = data.areas.find((a) => a.code === CITY_CODE);
  const observation = (a: (typeof data.areas)[number]) => (a.value === null ? undefined : { value: a.value, count: a.count });
  const city = shownValue(cityRow && observation(cityRow), indicator.minCount, seesSmall);
  const rows: TableRow[] = data.areas
    .filter((a) => a.level === 'buurt')
    .map((a) => {
      const shown = shownValue(observation(a), indicator.minCount, seesSmall);
      const difference = shown.kind === 'value' && city.kind === 'value' ? formatDifference(shown.value - city.value, indicator.unit, locale) : null;
      return {
        code: a.code,
        name: a.name,
        wijkName: a.wijkName,
        shown,
        count: shown.kind === 'value' ? a.count : null,
        difference,
        programme: programme.has(a.code),
      };
    });
  const values = rows.flatMap((r) => (r.shown.kind === 'value' ? [r.shown.value] : []));
  const bins = quantileBins(values, indicator.direction);
  const cells: Record<string, MapCell> = {};
  for (const row of rows) {
    const bin = row.shown.kind === 'value' ? binOf(bins, row.shown.value) : undefined;
    const label = t.valueOf(row.programme ? `${row.name} (${t.programmeNeighbourhood})` : row.name, valueText(row.shown, indicator, locale));
    cells[row.code] = { fill: bin?.colour ?? 'none', label };
  }
  if (sort === 'waarde') {
    const rank = (r: TableRow) => (r.shown.kind === 'value' ? r.shown.value : Number.POSITIVE_INFINITY);
    rows.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'nl'));
  }
  const sorted = [...values].sort((a, b) => a - b);
  const fmt = (v: number | undefined) => (v === undefined ? t.missing : formatValue(v, indicator.unit, locale));
  return {
    bins,
    cells,
    rows,
    city,
    isDemo: data.areas.some((a) => a.isDemo === 1) || indicator.isDemo === 1,
    lowest: fmt(sorted[0]),
    highest: fmt(sorted[sorted.length - 1]),
  };
}
