import { sql, type SQL } from 'drizzle-orm';
import { PILLAR_IDS, type IndicatorVisibility, type PillarId } from '../../db/enums';
import { activityOccurrences as o } from '../../db/schema';
import { COUNT_CAP } from '../activities/count-cap';
import { addDays } from '../../dates';
import { hasKey } from '../activities/filter-keys';
import { publiclyVisibleActivity } from '../activities/visibility';
import { rowsOf, statement } from '../activities/statement';
import { cappedCount } from '../activities/upcoming';
import type { Indicator, Level, Wave } from './model';
import { chosenWave, indicatorsQuery, visibleIn, wavesQuery } from './sql';

export type AreaRef = { code: string; name: string; level: 'buurt' | 'gemeente' };
export type CompareData = {
  indicators: Indicator[];
  waves: Wave[];
  wave: Wave | null;
  areas: AreaRef[];
  observations: { indicator: string; area: string; value: number; count: number | null; isDemo: number }[];
};

/** Two to four areas side by side on every indicator the reader may see, in one wave; one round trip. */
export async function loadCompare(
  d1: D1Database,
  levels: readonly IndicatorVisibility[],
  codes: string[],
  waveCode: string | null,
): Promise<CompareData> {
  const wave = chosenWave(waveCode);
  const [indicatorRows, waveRows, chosen, areaRows, observationRows] = await d1.batch([
    statement(d1, indicatorsQuery(levels)),
    statement(d1, wavesQuery),
    statement(d1, sql`SELECT ${wave} AS wave`),
    statement(d1, sql`SELECT code, name, level FROM areas WHERE level IN ('buurt', 'gemeente') ORDER BY level = 'buurt', name`),
    statement(
      d1,
      sql`SELECT indicator_code AS indicator, area_code AS area, value, count, is_demo AS isDemo FROM monitor_observations
           WHERE wave_code = ${wave} AND area_code IN (SELECT value FROM json_each(${JSON.stringify(codes)}))
             AND indicator_code IN (SELECT code FROM monitor_indicators WHERE ${visibleIn(levels)})`,
    ),
  ]);
  const waves = rowsOf<Wave>(waveRows);
  const picked = rowsOf<{ wave: string | null }>(chosen)[0];
  return {
    indicators: rowsOf<Indicator>(indicatorRows),
    waves,
    wave: waves.find((w) => w.code === picked?.wave) ?? null,
    areas: rowsOf<AreaRef>(areaRows),
    observations: rowsOf(observationRows),
  };
}

export type CoverageRow = {
  code: string;
  name: string;
  slug: string | null;
  programme: number;
  problems: Level | null;
  vulnerable: Level | null;
  isDemo: number | null;
};
export type CoverageCounts = { code: string; total: number; soon: number; occurrences: number };
export type CoverageData = { wave: Wave | null; rows: CoverageRow[]; counts: Record<PillarId, CoverageCounts[]> };

/** Days ahead that count as "soon" on the coverage page. */
export const SOON_DAYS = 28;

/**
 * How often the public activities of a pillar take place in buurt `n` from today up to `until`: one range of the
 * occurrences' day index, each entry tested on its keys and the activity's visibility, counted up to COUNT_CAP + 1.
 */
function occurrencesSoon(today: string, until: string, pillar: PillarId): SQL {
  return sql`(SELECT count(*) FROM (SELECT 1 FROM ${o} INDEXED BY activity_occurrences_day_idx CROSS JOIN activities ON activities.id = ${o.activityId}
     WHERE ${o.date} >= ${today} AND ${o.date} <= ${until} AND ${hasKey(o.pillarKeys, pillar)} AND ${hasKey(o.neighbourhoodKeys, sql`n.id`)}
       AND ${publiclyVisibleActivity(today)} LIMIT ${COUNT_CAP + 1}))`;
}

/**
 * Per buurt: its class in the latest wave, and per pillar the public activities linked to it (through the
 * programme neighbourhood that is that buurt) and how many of those have a date in the next four weeks.
 */
export async function loadCoverage(d1: D1Database, today: string): Promise<CoverageData> {
  const wave = chosenWave(null);
  const until = addDays(today, SOON_DAYS - 1);
  const perPillar = PILLAR_IDS.map((pillar) =>
    statement(
      d1,
      sql`SELECT n.cbs_code AS code, ${cappedCount(today, { neighbourhoodId: sql`n.id`, pillar })} AS total,
                 ${cappedCount(today, { neighbourhoodId: sql`n.id`, pillar, until })} AS soon,
                 ${occurrencesSoon(today, until, pillar)} AS occurrences
            FROM neighbourhoods n WHERE n.cbs_code IS NOT NULL`,
    ),
  );
  const [waveRows, chosen, rows, ...counts] = await d1.batch([
    statement(d1, wavesQuery),
    statement(d1, sql`SELECT ${wave} AS wave`),
    statement(
      d1,
      sql`SELECT a.code, a.name, n.slug, (n.slug IS NOT NULL) AS programme, c.problems_level AS problems, c.vulnerable_level AS vulnerable, c.is_demo AS isDemo
            FROM areas a
            LEFT JOIN neighbourhoods n ON n.cbs_code = a.code
            LEFT JOIN resilience_classes c ON c.area_code = a.code AND c.wave_code = ${wave}
           WHERE a.level = 'buurt' ORDER BY programme DESC, a.name`,
    ),
    ...perPillar,
  ]);
  const waves = rowsOf<Wave>(waveRows);
  const picked = rowsOf<{ wave: string | null }>(chosen)[0];
  return {
    wave: waves.find((w) => w.code === picked?.wave) ?? null,
    rows: rowsOf<CoverageRow>(rows),
    counts: Object.fromEntries(PILLAR_IDS.map((p, i) => [p, rowsOf<CoverageCounts>(counts[i])])) as Record<PillarId, CoverageCounts[]>,
  };
}
