import { sql } from 'drizzle-orm';
import type { IndicatorVisibility, MonitorPillar } from '../../db/enums';
import { rowsOf, statement } from '../activities/statement';
import type { Indicator, Wave } from './model';
import { chosenIndicator, chosenWave, indicatorsQuery, programmeBuurtenQuery, wavesQuery } from './sql';

export type AreaValue = {
  code: string;
  name: string;
  level: 'buurt' | 'gemeente';
  wijkName: string | null;
  value: number | null;
  count: number | null;
  note: string | null;
  isDemo: number | null;
};
export type ProgrammeBuurt = { code: string; slug: string; name: string };

export type MapSelection = { indicator: string | null; wave: string | null; pillar: MonitorPillar | null };

export type MapData = {
  indicators: Indicator[];
  waves: Wave[];
  indicator: Indicator | null;
  wave: Wave | null;
  areas: AreaValue[];
  programme: ProgrammeBuurt[];
};

/** The choropleth page: indicators, waves, the chosen indicator × wave for every buurt and the city; one round trip. */
export async function loadMapData(d1: D1Database, levels: readonly IndicatorVisibility[], selection: MapSelection): Promise<MapData> {
  const indicator = chosenIndicator(levels, selection.indicator, selection.pillar);
  const wave = chosenWave(selection.wave);
  const [indicatorRows, waveRows, chosen, areaRows, programme] = await d1.batch([
    statement(d1, indicatorsQuery(levels)),
    statement(d1, wavesQuery),
    statement(d1, sql`SELECT ${indicator} AS indicator, ${wave} AS wave`),
    statement(
      d1,
      sql`SELECT a.code, a.name, a.level, w.name AS wijkName, o.value, o.count, o.note, o.is_demo AS isDemo
            FROM areas a
            LEFT JOIN areas w ON w.code = a.parent_code AND a.level = 'buurt'
            LEFT JOIN monitor_observations o ON o.indicator_code = ${indicator} AND o.wave_code = ${wave} AND o.area_code = a.code
           WHERE a.level IN ('buurt', 'gemeente')
           ORDER BY a.level = 'gemeente', a.name`,
    ),
    statement(d1, programmeBuurtenQuery),
  ]);
  const indicators = rowsOf<Indicator>(indicatorRows);
  const waves = rowsOf<Wave>(waveRows);
  const picked = rowsOf<{ indicator: string | null; wave: string | null }>(chosen)[0];
  return {
    indicators,
    waves,
    indicator: indicators.find((i) => i.code === picked?.indicator) ?? null,
    wave: waves.find((w) => w.code === picked?.wave) ?? null,
    areas: rowsOf<AreaValue>(areaRows),
    programme: rowsOf<ProgrammeBuurt>(programme),
  };
}
