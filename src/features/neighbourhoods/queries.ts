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

/** Upcoming activities shown on a neighbourhood page, each once; the rest is one click away in the filtered list. */
export const NEIGHBOURHOOD_PAGE_SIZE = 12;

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

/** A pillar with the number of the neighbourhood's upcoming activities serving it: the page's filter links. */
export type PillarCount = { pillar: PillarRef; total: number };
export type ProjectLink = { slug: string; title: string; summary: string };

export type NeighbourhoodPageData = {
  neighbourhood: NeighbourhoodRef & { cbsCode: string | null };
  pillars: PillarRef[];
  neighbourhoods: NeighbourhoodRef[];
  /** The first upcoming activities in date order, each once (its pillars are labels on its card). */
  cards: ActivityCard[];
  total: number;
  pillarCounts: PillarCount[];
  projects: ProjectLink[];
  /** The neighbourhood's figures from the monitor, when it is a CBS buurt. */
  monitor: BuurtData | null;
};

/** A neighbourhood with its upcoming activities, their count per pillar and its projects, in one round trip; null when unknown. */
export async function loadNeighbourhoodPage(
  d1: D1Database,
  slug: string,
  today: string,
  levels: readonly IndicatorVisibility[] = ['public'],
): Promise<NeighbourhoodPageData | null> {
  const page = { limit: NEIGHBOURHOOD_PAGE_SIZE };
  const activityStatements = [
    statement(d1, upcomingCardsQuery(today, { neighbourhoodSlug: slug }, page)),
    statement(d1, upcomingCountQuery(today, { neighbourhoodSlug: slug })),
    ...PILLAR_IDS.map((pillar) => statement(d1, upcomingCountQuery(today, { neighbourhoodSlug: slug, pillar }))),
  ];
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
    ...activityStatements,
    ...monitor,
  ]);
  const [cardRows, totalRows, ...pillarTotals] = rest.slice(0, activityStatements.length);
  const monitorResults = rest.slice(activityStatements.length, activityStatements.length + BUURT_STATEMENT_COUNT);
  const totalOf = (result: D1Result | undefined) => rowsOf<{ total: number }>(result)[0]?.total ?? 0;
  const neighbourhood = rowsOf<NeighbourhoodPageData['neighbourhood']>(main)[0];
  if (!neighbourhood) return null;
  const pillars = rowsOf<PillarRef>(pillarRows);
  const pillarCounts = pillars.flatMap((pillar): PillarCount[] => {
    const at = PILLAR_IDS.indexOf(pillar.id);
    return at < 0 ? [] : [{ pillar, total: totalOf(pillarTotals[at]) }];
  });
  return {
    neighbourhood,
    pillars,
    neighbourhoods: rowsOf<NeighbourhoodRef>(neighbourhoodRows),
    cards: pageRows(rowsOf<ActivityCardRow>(cardRows), page),
    total: totalOf(totalRows),
    pillarCounts,
    projects: rowsOf<ProjectLink>(projectRows),
    monitor: buurtFromResults(monitorResults),
  };
}
