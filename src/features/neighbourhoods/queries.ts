import { sql } from 'drizzle-orm';
import type { PillarId } from '../../db/enums';
import { activities, activityNeighbourhoods, neighbourhoods, projectNeighbourhoods, projects } from '../../db/schema';
import {
  neighbourhoodsQuery,
  pillarsQuery,
  toActivityCard,
  upcomingByPillarQuery,
  type ActivityCard,
  type GroupedCardRow,
  type NeighbourhoodRef,
  type PillarRef,
} from '../activities/cards';
import { rowsOf, statement } from '../activities/statement';
import { publiclyVisibleActivity } from '../activities/visibility';

/** Activities shown per pillar on a neighbourhood page; the rest is one click away in the filtered list. */
export const PER_PILLAR = 6;

export type NeighbourhoodSummary = NeighbourhoodRef & { activityCount: number };

export async function loadNeighbourhoodIndex(d1: D1Database, today: string): Promise<NeighbourhoodSummary[]> {
  const result = await statement(
    d1,
    sql`SELECT ${neighbourhoods.id} AS id, ${neighbourhoods.slug} AS slug, ${neighbourhoods.name} AS name,
        ${neighbourhoods.descriptionNl} AS descriptionNl, ${neighbourhoods.descriptionEn} AS descriptionEn,
        (SELECT count(*) FROM ${activityNeighbourhoods} JOIN ${activities} ON ${activities.id} = ${activityNeighbourhoods.activityId}
          WHERE ${activityNeighbourhoods.neighbourhoodId} = ${neighbourhoods.id} AND ${publiclyVisibleActivity(today)}) AS activityCount
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
};

/** A neighbourhood with its upcoming activities per pillar and its projects, in one round trip; null when unknown. */
export async function loadNeighbourhoodPage(d1: D1Database, slug: string, today: string): Promise<NeighbourhoodPageData | null> {
  const [main, pillarRows, neighbourhoodRows, grouped, projectRows] = await d1.batch([
    statement(
      d1,
      sql`SELECT ${neighbourhoods.id} AS id, ${neighbourhoods.slug} AS slug, ${neighbourhoods.name} AS name, ${neighbourhoods.cbsCode} AS cbsCode,
          ${neighbourhoods.descriptionNl} AS descriptionNl, ${neighbourhoods.descriptionEn} AS descriptionEn
        FROM ${neighbourhoods} WHERE ${neighbourhoods.slug} = ${slug}`,
    ),
    statement(d1, pillarsQuery),
    statement(d1, neighbourhoodsQuery),
    statement(d1, upcomingByPillarQuery(today, { neighbourhoodSlug: slug }, PER_PILLAR)),
    statement(
      d1,
      sql`SELECT ${projects.slug} AS slug, ${projects.title} AS title, ${projects.summary} AS summary
        FROM ${projects} JOIN ${projectNeighbourhoods} ON ${projectNeighbourhoods.projectId} = ${projects.id}
       WHERE ${projectNeighbourhoods.neighbourhoodId} = (SELECT ${neighbourhoods.id} FROM ${neighbourhoods} WHERE ${neighbourhoods.slug} = ${slug})
       ORDER BY ${projects.title} COLLATE NOCASE`,
    ),
  ]);
  const neighbourhood = rowsOf<NeighbourhoodPageData['neighbourhood']>(main)[0];
  if (!neighbourhood) return null;
  const pillars = rowsOf<PillarRef>(pillarRows);
  const rows = rowsOf<GroupedCardRow>(grouped);
  const groups = pillars.map((pillar): PillarGroup => {
    const own = rows.filter((row) => row.groupPillar === (pillar.id as PillarId));
    return { pillar, total: own[0]?.groupTotal ?? 0, cards: own.map(toActivityCard) };
  });
  return { neighbourhood, pillars, neighbourhoods: rowsOf<NeighbourhoodRef>(neighbourhoodRows), groups, projects: rowsOf<ProjectLink>(projectRows) };
}
