import { sql, type SQL } from 'drizzle-orm';
import type { IndicatorVisibility } from '../../db/enums';
import { rowsOf, statement } from '../activities/statement';
import { CITY_CODE, type Indicator, type Level, type Wave } from './model';
import { indicatorsQuery, visibleIn, wavesQuery } from './sql';

export type BuurtObservation = { indicator: string; area: string; wave: string; value: number; count: number | null; isDemo: number };
export type BuurtClass = { wave: string; problems: Level; vulnerable: Level; isDemo: number };
export type BuurtData = {
  area: { code: string; name: string; wijkName: string | null };
  indicators: Indicator[];
  waves: Wave[];
  observations: BuurtObservation[];
  classes: BuurtClass[];
  neighbourhood: { slug: string; name: string } | null;
};

/**
 * The statements of a buurt's monitor section, for a page's own batch: `code` is a bound value or a subquery
 * (the neighbourhood page passes `(SELECT cbs_code FROM neighbourhoods WHERE slug = ?)`).
 */
export function buurtStatements(d1: D1Database, code: SQL, levels: readonly IndicatorVisibility[]): D1PreparedStatement[] {
  return [
    statement(
      d1,
      sql`SELECT a.code, a.name, w.name AS wijkName FROM areas a LEFT JOIN areas w ON w.code = a.parent_code WHERE a.code = ${code} AND a.level = 'buurt'`,
    ),
    statement(d1, indicatorsQuery(levels)),
    statement(d1, wavesQuery),
    statement(
      d1,
      sql`SELECT indicator_code AS indicator, area_code AS area, wave_code AS wave, value, count, is_demo AS isDemo
            FROM monitor_observations WHERE area_code IN (${code}, ${CITY_CODE})
             AND indicator_code IN (SELECT code FROM monitor_indicators WHERE ${visibleIn(levels)})`,
    ),
    statement(
      d1,
      sql`SELECT wave_code AS wave, problems_level AS problems, vulnerable_level AS vulnerable, is_demo AS isDemo FROM resilience_classes WHERE area_code = ${code}`,
    ),
    statement(d1, sql`SELECT slug, name FROM neighbourhoods WHERE cbs_code = ${code}`),
  ];
}

export const BUURT_STATEMENT_COUNT = 6;

export function buurtFromResults(results: D1Result[]): BuurtData | null {
  const [area, indicators, waves, observations, classes, neighbourhood] = results;
  const found = rowsOf<BuurtData['area']>(area)[0];
  if (!found) return null;
  return {
    area: found,
    indicators: rowsOf<Indicator>(indicators),
    waves: rowsOf<Wave>(waves),
    observations: rowsOf<BuurtObservation>(observations),
    classes: rowsOf<BuurtClass>(classes),
    neighbourhood: rowsOf<{ slug: string; name: string }>(neighbourhood)[0] ?? null,
  };
}

export async function loadBuurt(d1: D1Database, code: string, levels: readonly IndicatorVisibility[]): Promise<BuurtData | null> {
  return buurtFromResults(await d1.batch(buurtStatements(d1, sql`${code}`, levels)));
}
