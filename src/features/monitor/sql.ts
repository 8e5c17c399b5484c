import { sql, type SQL } from 'drizzle-orm';
import type { IndicatorVisibility, MonitorPillar } from '../../db/enums';

/** The indicator columns every page reads. */
export const INDICATOR_COLUMNS = sql.raw(`code, name_nl AS nameNl, name_en AS nameEn, definition_nl AS definitionNl, definition_en AS definitionEn,
  pillar, unit, direction, source, visibility, min_count AS minCount, is_demo AS isDemo`);

const PILLAR_ORDER = sql.raw(`CASE pillar WHEN 'health' THEN 0 WHEN 'livelihood' THEN 1 WHEN 'equal-chances' THEN 2 ELSE 3 END`);

export const visibleIn = (levels: readonly IndicatorVisibility[]): SQL =>
  sql`visibility IN (${sql.join(
    levels.map((v) => sql`${v}`),
    sql`, `,
  )})`;

/** Every indicator the reader may see, pillars in programme order. */
export const indicatorsQuery = (levels: readonly IndicatorVisibility[]): SQL =>
  sql`SELECT ${INDICATOR_COLUMNS} FROM monitor_indicators WHERE ${visibleIn(levels)} ORDER BY ${PILLAR_ORDER}, sort_order, code`;

export const wavesQuery: SQL = sql`SELECT code, name, year, source FROM monitor_waves ORDER BY year, code`;

/**
 * The indicator a page shows, decided in SQL so the page's statements can all go in one batch: the one asked for when
 * the reader may see it (and it is in the chosen pillar), else the first of the pillar, else the first of all.
 */
export const chosenIndicator = (levels: readonly IndicatorVisibility[], code: string | null, pillar: MonitorPillar | null): SQL =>
  sql`(SELECT code FROM monitor_indicators WHERE ${visibleIn(levels)}
       ORDER BY (code = ${code ?? ''} AND (${pillar} IS NULL OR pillar = ${pillar})) DESC, (${pillar} IS NULL OR pillar = ${pillar}) DESC,
                ${PILLAR_ORDER}, sort_order, code LIMIT 1)`;

/** The wave asked for, else the latest. */
export const chosenWave = (code: string | null): SQL =>
  sql`(SELECT code FROM monitor_waves ORDER BY code = ${code ?? ''} DESC, year DESC, code LIMIT 1)`;

/** The programme neighbourhoods that are CBS buurten. */
export const programmeBuurtenQuery: SQL = sql`SELECT cbs_code AS code, slug, name FROM neighbourhoods WHERE cbs_code IS NOT NULL ORDER BY sort_order, name`;
