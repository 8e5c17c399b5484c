import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { activities, activityRevisions, organisations, pillars } from '../../db/schema';
import { pendingOrganisationRevisionsQuery, pendingOrganisationsQuery } from '../organisations/queries';
import { pendingUpdatesQuery } from '../project-updates/queries';

/** New activities waiting for a decision, oldest first. */
export function submittedActivitiesQuery(db: Db) {
  return db
    .select({
      id: activities.id,
      version: activities.version,
      title: activities.title,
      organisationName: organisations.name,
      summary: activities.summary,
      locationName: activities.locationName,
      scheduleKind: activities.scheduleKind,
      firstDate: activities.firstDate,
      startTime: activities.startTime,
      endTime: activities.endTime,
      pillarKeys: activities.pillarKeys,
      neighbourhoodNames: sql<
        string | null
      >`(SELECT group_concat(n.name, ', ') FROM activity_neighbourhoods an JOIN neighbourhoods n ON n.id = an.neighbourhood_id WHERE an.activity_id = ${activities.id})`.as(
        'neighbourhood_names',
      ),
      submittedAt: sql<number>`coalesce(${activities.submittedAt}, ${activities.updatedAt})`.mapWith(Number),
    })
    .from(activities)
    .innerJoin(organisations, eq(organisations.id, activities.organisationId))
    .where(eq(activities.status, 'submitted'))
    .orderBy(sql`coalesce(${activities.submittedAt}, ${activities.updatedAt})`, asc(activities.id));
}

/** Changes to published activities waiting for a decision, oldest first. */
export function submittedRevisionsQuery(db: Db) {
  return db
    .select({
      id: activityRevisions.id,
      version: activityRevisions.version,
      // Aliased: D1 batch results are keyed by column name, and `id` would collide with the revision's own.
      activityId: sql<number>`${activities.id}`.as('activity_id'),
      title: activities.title,
      organisationName: organisations.name,
      summary: activities.summary,
      locationName: activities.locationName,
      scheduleKind: activities.scheduleKind,
      firstDate: activities.firstDate,
      startTime: activities.startTime,
      endTime: activities.endTime,
      pillarKeys: activities.pillarKeys,
      neighbourhoodNames: sql<
        string | null
      >`(SELECT group_concat(n.name, ', ') FROM activity_neighbourhoods an JOIN neighbourhoods n ON n.id = an.neighbourhood_id WHERE an.activity_id = ${activities.id})`.as(
        'neighbourhood_names',
      ),
      submittedAt: sql<number>`coalesce(${activityRevisions.submittedAt}, ${activityRevisions.updatedAt})`.mapWith(Number),
    })
    .from(activityRevisions)
    .innerJoin(activities, eq(activities.id, activityRevisions.activityId))
    .innerJoin(organisations, eq(organisations.id, activities.organisationId))
    .where(eq(activityRevisions.status, 'submitted'))
    .orderBy(sql`coalesce(${activityRevisions.submittedAt}, ${activityRevisions.updatedAt})`, asc(activityRevisions.id));
}

export type QueueActivity = Awaited<ReturnType<typeof submittedActivitiesQuery>>[number];
export type QueueRevision = Awaited<ReturnType<typeof submittedRevisionsQuery>>[number];

/** Everything the queue shows, in ONE batch (the organisation lists come from the organisations feature). */
export async function loadQueue(db: Db, approvedActivityIds: number[] = []) {
  const [pendingOrganisations, organisationRevisions, newActivities, revisions, projectUpdates, pillarRows, approvedRows] = await db.batch([
    pendingOrganisationsQuery(db),
    pendingOrganisationRevisionsQuery(db),
    submittedActivitiesQuery(db),
    submittedRevisionsQuery(db),
    pendingUpdatesQuery(db),
    db.select({ id: pillars.id, nameNl: pillars.nameNl, nameEn: pillars.nameEn }).from(pillars),
    // The titles of what a bulk approval just published, for the message that names them (ids from the redirect).
    db
      .select({ id: activities.id, title: activities.title })
      .from(activities)
      .where(sql`${activities.id} IN (SELECT value FROM json_each(${JSON.stringify(approvedActivityIds.slice(0, 100))}))`),
  ]);
  return {
    pendingOrganisations,
    organisationRevisions,
    newActivities,
    revisions,
    pendingProjectUpdates: projectUpdates[0]?.n ?? 0,
    pillars: pillarRows,
    approvedTitles: approvedActivityIds.map((id) => approvedRows.find((r) => r.id === id)?.title).filter((t): t is string => t !== undefined),
  };
}

export type Queue = Awaited<ReturnType<typeof loadQueue>>;

export function revisionQuery(db: Db, revisionId: number) {
  return db.select().from(activityRevisions).where(eq(activityRevisions.id, revisionId));
}

/** The activity a revision belongs to, as a subquery (so revision and activity load in one batch). */
export const activityOfRevision = (revisionId: number): SQL => sql`(SELECT activity_id FROM activity_revisions WHERE id = ${revisionId})`;

export const organisationOfActivity = (activityId: number | SQL): SQL => sql`(SELECT organisation_id FROM activities WHERE id = ${activityId})`;

/** The oldest item waiting for a decision (a new activity first, then a change), for "next item" after a decision. */
export async function nextWaitingPath(db: Db): Promise<string | null> {
  const [activity, revision] = await db.batch([submittedActivitiesQuery(db).limit(1), submittedRevisionsQuery(db).limit(1)]);
  if (activity[0]) return `/beoordelen/activiteiten/${activity[0].id}`;
  if (revision[0]) return `/beoordelen/wijzigingen/${revision[0].id}`;
  return null;
}
