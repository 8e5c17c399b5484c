import { sql } from 'drizzle-orm';
import { PILLAR_IDS } from '../../db/enums';
import { neighbourhoods, projectNeighbourhoods, projects } from '../../db/schema';
import {
  neighbourhoodsQuery,
  pageRows,
  pillarsQuery,
  upcomingCardsQuery,
  upcomingCountQuery,
  type ActivityCard,
  type ActivityCardRow,
  type NeighbourhoodRef,
  type PillarRef,
} from '../activities/cards';
import { rowsOf, statement } from '../activities/statement';
import { cappedCount } from '../activities/upcoming';
import type { IndicatorVisibility } from '../../db/enums';
import { BUURT_STATEMENT_COUNT, buurtFromResults, buurtStatements, type BuurtData } from '../monitor/buurt-queries';

/** Activities shown per pillar on a neighbourhood page; the rest is one click away in the filtered list. */
export const PER_PILLAR = 6;

export type NeighbourhoodSummary = NeighbourhoodRef & { activityCount: number };

export async function loadNeighbourhoodIndex(d1: D1Database, today: string): Promise<NeighbourhoodSummary[]> {
  const result = await statement(
    d1,
    sql`SELECT ${neighbourhoods.id} AS id, ${neighbourhoods.slug} AS slug, ${neighbourhoods.name} AS name,
        ${neighbourhoods.descriptionNl} AS descriptionNl, ${neighbourhoods.descriptionEn} AS descriptionEn,
        ${cappedCount(today, { neighbourhoodId: sql`${neighbourhoods.id}` })} AS activityCount
      FROM ${neighbourhoods} ORDER BY ${neighbourhoods.sortOrder}, ${neighbourhoods.name}`,
  ).all<NeighbourhoodSummary>();
  return result.results;
}

export type PillarGroup = { pillar: PillarRef; total: number; cards: ActivityCard[] };
export type ProjectLink = { slug: string; title: string; summary: string };

export type NeighbourhoodPageData = {
  neighbourhood: NeighbourhoodRef & { cbsCode: string | null };
  pillars: PillarRef[];
  neighbourhoods: NeighbourhoodRef[];
  groups: PillarGroup[];
  projects: ProjectLink[];
  /** The neighbourhood's figures from the monitor, when it is a CBS buurt. */
  monitor: BuurtData | null;
};

/** A neighbourhood with its upcoming activities per pillar and its projects, in one round trip; null when unknown. */
export async function loadNeighbourhoodPage(d1: D1Database, slug: string, today: string, levels: readonly IndicatorVisibility[] = ['public']): Promise<NeighbourhoodPageData | null> {
  const page = { limit: PER_PILLAR };
  const perPillar = PILLAR_IDS.flatMap((pillar) => [
    statement(d1, upcomingCardsQuery(today, { neighbourhoodSlug: slug, pillar }, page)),
    statement(d1, upcomingCountQuery(today, { neighbourhoodSlug: slug, pillar })),
  ]);
  const monitor = buurtStatements(d1, sql`(SELECT ${neighbourhoods.cbsCode} FROM ${neighbourhoods} WHERE ${neighbourhoods.slug} = ${slug})`, levels);
  const [main, pillarRows, neighbourhoodRows, projectRows, ...rest] = await d1.batch([
    statement(
      d1,
      sql`SELECT ${neighbourhoods.id} AS id, ${neighbourhoods.slug} AS slug, ${neighbourhoods.name} AS name, ${neighbourhoods.cbsCode} AS cbsCode,
          ${neighbourhoods.descriptionNl} AS descriptionNl, ${neighbourhoods.descriptionEn} AS descriptionEn
        FROM ${neighbourhoods} WHERE ${neighbourhoods.slug} = ${slug}`,
    ),
    statement(d1, pillarsQuery),
    statement(d1, neighbourhoodsQuery),
    statement(
      d1,
      sql`SELECT ${projects.slug} AS slug, ${projects.title} AS title, ${projects.summary} AS summary
        FROM ${projects} JOIN ${projectNeighbourhoods} ON ${projectNeighbourhoods.projectId} = ${projects.id}
       WHERE ${projectNeighbourhoods.neighbourhoodId} = (SELECT ${neighbourhoods.id} FROM ${neighbourhoods} WHERE ${neighbourhoods.slug} = ${slug})
       ORDER BY ${projects.title} COLLATE NOCASE`,
    ),
    ...perPillar,
    ...monitor,
  ]);
  const pillarResults = rest.slice(0, perPillar.length);
  const monitorResults = rest.slice(perPillar.length, perPillar.length + BUURT_STATEMENT_COUNT);
  const neighbourhood = rowsOf<NeighbourhoodPageData['neighbourhood']>(main)[0];
  if (!neighbourhood) return null;
  const pillars = rowsOf<PillarRef>(pillarRows);
  const groups = pillars.flatMap((pillar): PillarGroup[] => {
    const at = PILLAR_IDS.indexOf(pillar.id);
    if (at < 0) return [];
    const cards = pageRows(rowsOf<ActivityCardRow>(pillarResults[2 * at]), page);
    return [{ pillar, total: rowsOf<{ total: number }>(pillarResults[2 * at + 1])[0]?.total ?? 0, cards }];
  });
  return { neighbourhood, pillars, neighbourhoods: rowsOf<NeighbourhoodRef>(neighbourhoodRows), groups, projects: rowsOf<ProjectLink>(projectRows), monitor: buurtFromResults(monitorResults) };
}
