import { sql } from 'drizzle-orm';
import type { OrganisationKind } from '../../db/enums';
import { activities, activityOrganisers, neighbourhoods, organisationNeighbourhoods, organisations } from '../../db/schema';
import {
  neighbourhoodsQuery,
  pageRows,
  pillarsQuery,
  upcomingCardsQuery,
  type ActivityCard,
  type ActivityCardRow,
  type NeighbourhoodRef,
  type PillarRef,
} from '../activities/cards';
import { rowsOf, statement } from '../activities/statement';
import { publiclyVisibleActivity } from '../activities/visibility';

/** A partner page lists at most this many upcoming activities. */
export const PROFILE_ACTIVITY_LIMIT = 100;

export type DirectoryEntry = { name: string; slug: string; kind: OrganisationKind; description: string; isDemo: number; activityCount: number };

/**
 * Approved organisations with the number of public activities they run (as organiser or co-organiser). Each count
 * reads the organisation's own stretch of `activities_org_idx` (named: without table statistics SQLite would walk
 * every published activity for every organisation) plus its few co-organised activities.
 */
export async function loadDirectory(d1: D1Database, today: string): Promise<DirectoryEntry[]> {
  const result = await statement(
    d1,
    sql`SELECT ${organisations.name} AS name, ${organisations.slug} AS slug, ${organisations.kind} AS kind,
        ${organisations.description} AS description, ${organisations.isDemo} AS isDemo,
        (SELECT count(*) FROM (
          SELECT ${activities.id} FROM ${activities} INDEXED BY activities_org_idx
           WHERE ${activities.organisationId} = ${organisations.id} AND ${publiclyVisibleActivity(today)}
          UNION
          SELECT ${activities.id} FROM ${activityOrganisers} CROSS JOIN ${activities} ON ${activities.id} = ${activityOrganisers.activityId}
           WHERE ${activityOrganisers.organisationId} = ${organisations.id} AND ${publiclyVisibleActivity(today)})) AS activityCount
      FROM ${organisations}
     WHERE ${organisations.status} = 'approved'
     ORDER BY ${organisations.kind}, ${organisations.name} COLLATE NOCASE`,
  ).all<DirectoryEntry>();
  return result.results;
}

export type PartnerProfile = {
  name: string;
  slug: string;
  kind: OrganisationKind;
  description: string;
  website: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  logoKey: string | null;
  logoAlt: string | null;
  isDemo: number;
};

export type PartnerPageData = {
  partner: PartnerProfile;
  activeIn: { slug: string; name: string }[];
  pillars: PillarRef[];
  neighbourhoods: NeighbourhoodRef[];
  activities: ActivityCard[];
};

/** An approved organisation's profile with its upcoming public activities, in one round trip; null when not public. */
export async function loadPartnerPage(d1: D1Database, slug: string, today: string): Promise<PartnerPageData | null> {
  const page = { limit: PROFILE_ACTIVITY_LIMIT };
  const [profile, activeIn, pillarRows, neighbourhoodRows, cards] = await d1.batch([
    statement(
      d1,
      sql`SELECT ${organisations.name} AS name, ${organisations.slug} AS slug, ${organisations.kind} AS kind, ${organisations.description} AS description,
          ${organisations.website} AS website, ${organisations.contactEmail} AS contactEmail, ${organisations.contactPhone} AS contactPhone,
          ${organisations.logoKey} AS logoKey, ${organisations.logoAlt} AS logoAlt, ${organisations.isDemo} AS isDemo
        FROM ${organisations} WHERE ${organisations.slug} = ${slug} AND ${organisations.status} = 'approved'`,
    ),
    statement(
      d1,
      sql`SELECT ${neighbourhoods.slug} AS slug, ${neighbourhoods.name} AS name FROM ${organisationNeighbourhoods}
          JOIN ${neighbourhoods} ON ${neighbourhoods.id} = ${organisationNeighbourhoods.neighbourhoodId}
         WHERE ${organisationNeighbourhoods.organisationId} = (SELECT ${organisations.id} FROM ${organisations} WHERE ${organisations.slug} = ${slug})
         ORDER BY ${neighbourhoods.sortOrder}, ${neighbourhoods.name}`,
    ),
    statement(d1, pillarsQuery),
    statement(d1, neighbourhoodsQuery),
    statement(d1, upcomingCardsQuery(today, { organisationSlug: slug }, page)),
  ]);
  const partner = rowsOf<PartnerProfile>(profile)[0];
  if (!partner) return null;
  return {
    partner,
    activeIn: rowsOf<{ slug: string; name: string }>(activeIn),
    pillars: rowsOf<PillarRef>(pillarRows),
    neighbourhoods: rowsOf<NeighbourhoodRef>(neighbourhoodRows),
    activities: pageRows(rowsOf<ActivityCardRow>(cards), page),
  };
}
