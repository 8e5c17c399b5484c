import { and, asc, desc, eq, getTableColumns, gt, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { ReviewStatus } from '../../db/enums';
import {
  activities,
  activityExceptions,
  activityGoals,
  activityNeighbourhoods,
  activityOrganisers,
  activityPillars,
  activityRevisions,
  activityTargetGroups,
  memberships,
  neighbourhoods,
  organisations,
  pillars,
  savedDrafts,
  users,
} from '../../db/schema';
import { currentGoalsQuery, toPlanGoals, type PlanGoal, type PlanGoalRow } from '../plan-links/goals';
import type { ActivityLinks, ActivityRow } from './model';

/** Revisions still in the partner's or the reviewer's hands; at most one per activity. */
export const OPEN_REVISION_STATUSES: ReviewStatus[] = ['draft', 'submitted', 'changes-requested'];

export type RevisionRow = typeof activityRevisions.$inferSelect;

export type OrganisationRef = { id: number; name: string; slug?: string };

export type LoadedActivity = {
  row: ActivityRow;
  organisation: { id: number; name: string; slug: string; status: string };
  links: ActivityLinks;
  coOrganisers: OrganisationRef[];
  revision: RevisionRow | null;
};

export type FormOptions = {
  pillars: { id: string; nameNl: string; nameEn: string }[];
  neighbourhoods: { id: number; slug: string; name: string }[];
  /** Approved organisations: the possible co-organisers. */
  organisations: { id: number; name: string; slug: string }[];
  /** Every goal of the plans' current versions; the form offers those that fit the chosen pillars and neighbourhoods. */
  goals: PlanGoal[];
};

const list = <T>(json: string | null): T[] => (json ? (JSON.parse(json) as T[]) : []);

/**
 * One activity with its organisation and link rows, as a single SELECT (link rows as JSON arrays). `id` may be a
 * subquery, e.g. the activity of a revision, so both load in one batch.
 */
export function activityQuery(db: Db, id: number | SQL) {
  return db
    .select({
      ...getTableColumns(activities),
      // Aliased: D1 batch results are keyed by column name, and `status` would collide with the activity's own.
      organisationName: sql<string>`${organisations.name}`.as('organisation_name'),
      organisationSlug: sql<string>`${organisations.slug}`.as('organisation_slug'),
      organisationStatus: sql<string>`${organisations.status}`.as('organisation_status'),
      pillarIds: sql<string>`(SELECT json_group_array(${activityPillars.pillarId}) FROM ${activityPillars} WHERE ${activityPillars.activityId} = ${activities.id})`,
      neighbourhoodIds: sql<string>`(SELECT json_group_array(${activityNeighbourhoods.neighbourhoodId}) FROM ${activityNeighbourhoods} WHERE ${activityNeighbourhoods.activityId} = ${activities.id})`,
      goalIds: sql<string>`(SELECT json_group_array(${activityGoals.goalId}) FROM ${activityGoals} WHERE ${activityGoals.activityId} = ${activities.id})`,
      targetGroups: sql<string>`(SELECT json_group_array(${activityTargetGroups.targetGroup}) FROM ${activityTargetGroups} WHERE ${activityTargetGroups.activityId} = ${activities.id})`,
      exceptionDates: sql<string>`(SELECT json_group_array(${activityExceptions.date}) FROM ${activityExceptions} WHERE ${activityExceptions.activityId} = ${activities.id})`,
      coOrganisers: sql<string>`(SELECT json_group_array(json_object('id', o.id, 'name', o.name, 'slug', o.slug)) FROM ${activityOrganisers} ao
          JOIN ${organisations} o ON o.id = ao.organisation_id WHERE ao.activity_id = ${activities.id})`,
    })
    .from(activities)
    .innerJoin(organisations, eq(organisations.id, activities.organisationId))
    .where(eq(activities.id, id));
}

export function openRevisionQuery(db: Db, activityId: number | SQL) {
  return db
    .select()
    .from(activityRevisions)
    .where(and(eq(activityRevisions.activityId, activityId), inArray(activityRevisions.status, OPEN_REVISION_STATUSES)))
    .orderBy(desc(activityRevisions.id))
    .limit(1);
}

type ActivityQueryRow = Awaited<ReturnType<typeof activityQuery>>[number];

export function toLoadedActivity(row: ActivityQueryRow | undefined, revision: RevisionRow | undefined): LoadedActivity | null {
  if (!row) return null;
  const {
    organisationName,
    organisationSlug,
    organisationStatus,
    pillarIds,
    neighbourhoodIds,
    goalIds,
    targetGroups,
    exceptionDates,
    coOrganisers,
    ...activity
  } = row;
  const co = list<OrganisationRef>(coOrganisers);
  return {
    row: activity,
    organisation: { id: activity.organisationId, name: organisationName, slug: organisationSlug, status: organisationStatus },
    links: {
      pillarIds: list<string>(pillarIds),
      neighbourhoodIds: list<number>(neighbourhoodIds),
      goalIds: list<number>(goalIds),
      targetGroups: list<string>(targetGroups),
      exceptionDates: list<string>(exceptionDates),
      coOrganiserIds: co.map((o) => o.id),
    },
    coOrganisers: co.sort((a, b) => a.name.localeCompare(b.name)),
    revision: revision ?? null,
  };
}

/** The activity, its link rows and its open revision: one round trip. */
export async function loadActivity(db: Db, id: number): Promise<LoadedActivity | null> {
  const [rows, revisions] = await db.batch([activityQuery(db, id), openRevisionQuery(db, id)]);
  return toLoadedActivity(rows[0], revisions[0]);
}

/** The lists the form offers, as statements to put in a page's batch. */
export function formOptionQueries(db: Db) {
  return [
    db.select({ id: pillars.id, nameNl: pillars.nameNl, nameEn: pillars.nameEn }).from(pillars).orderBy(asc(pillars.sortOrder), asc(pillars.id)),
    db
      .select({ id: neighbourhoods.id, slug: neighbourhoods.slug, name: neighbourhoods.name })
      .from(neighbourhoods)
      .orderBy(asc(neighbourhoods.sortOrder), asc(neighbourhoods.name)),
    db
      .select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
      .from(organisations)
      .where(eq(organisations.status, 'approved'))
      .orderBy(asc(organisations.name)),
    currentGoalsQuery(db),
  ] as const;
}

export function toFormOptions([p, n, o, g]: [
  FormOptions['pillars'],
  FormOptions['neighbourhoods'],
  FormOptions['organisations'],
  PlanGoalRow[],
]): FormOptions {
  return { pillars: p, neighbourhoods: n, organisations: o, goals: toPlanGoals(g) };
}

export async function loadFormOptions(db: Db): Promise<FormOptions> {
  const [p, n, o, g] = await db.batch([...formOptionQueries(db)]);
  return toFormOptions([p, n, o, g]);
}

/** A draft kept when the session had expired; only for the form page it came from, and only until it expires. */
export function savedDraftQuery(db: Db, id: string, path: string, now: Date) {
  return db
    .select({ data: savedDrafts.data })
    .from(savedDrafts)
    .where(and(eq(savedDrafts.id, id), eq(savedDrafts.path, path), gt(savedDrafts.expiresAt, now)))
    .limit(1);
}

export type Recipient = { name: string; email: string; locale: 'nl' | 'en' };

/** The people to tell about an activity: the active members of its organisation. */
export function organisationMembersQuery(db: Db, organisationId: number | SQL) {
  return db
    .select({ name: users.name, email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), isNull(users.disabledAt)))
    .orderBy(asc(users.id));
}
