import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { ActivityStatus, ReviewStatus, ScheduleKind } from '../../db/enums';
import { activities, activityOrganisers, activityRevisions, organisations } from '../../db/schema';
import { OPEN_REVISION_STATUSES } from '../activity-editing/queries';

export type WorkspaceActivity = {
  id: number;
  title: string;
  status: ActivityStatus;
  organisationId: number;
  organisationName: string;
  reviewComment: string | null;
  scheduleKind: ScheduleKind;
  firstDate: string;
  lastDate: string;
  weekdays: number;
  startTime: string;
  endTime: string;
  reminderSentAt: Date | null;
  staleHiddenAt: Date | null;
  coOrganiserIds: number[];
  revision: { status: ReviewStatus; reviewComment: string | null } | null;
};

/**
 * Every activity the user keeps: run by one of their organisations, or co-organised by one of their approved ones.
 * One SELECT (open revision and co-organisers as subqueries), so the workspace stays at one batch.
 */
export function workspaceActivitiesQuery(db: Db, organisationIds: number[], approvedIds: number[]) {
  const openRevision = (column: string) =>
    sql<string | null>`(SELECT ${sql.raw(column)} FROM ${activityRevisions} r WHERE r.activity_id = ${activities.id}
      AND r.status IN (${sql.join(
        OPEN_REVISION_STATUSES.map((s) => sql`${s}`),
        sql`, `,
      )}) ORDER BY r.id DESC LIMIT 1)`;
  return db
    .select({
      id: activities.id,
      title: activities.title,
      status: activities.status,
      organisationId: activities.organisationId,
      organisationName: organisations.name,
      reviewComment: activities.reviewComment,
      scheduleKind: activities.scheduleKind,
      firstDate: activities.firstDate,
      lastDate: activities.lastDate,
      weekdays: activities.weekdays,
      startTime: activities.startTime,
      endTime: activities.endTime,
      reminderSentAt: activities.reminderSentAt,
      staleHiddenAt: activities.staleHiddenAt,
      coOrganiserIds: sql<string>`(SELECT json_group_array(${activityOrganisers.organisationId}) FROM ${activityOrganisers} WHERE ${activityOrganisers.activityId} = ${activities.id})`,
      revisionStatus: openRevision('r.status'),
      revisionComment: openRevision('r.review_comment'),
    })
    .from(activities)
    .innerJoin(organisations, eq(organisations.id, activities.organisationId))
    .where(
      or(
        inArray(activities.organisationId, organisationIds.length ? organisationIds : [-1]),
        inArray(
          activities.id,
          db
            .select({ id: activityOrganisers.activityId })
            .from(activityOrganisers)
            .where(and(inArray(activityOrganisers.organisationId, approvedIds.length ? approvedIds : [-1]))),
        ),
      ),
    )
    .orderBy(desc(activities.updatedAt), desc(activities.id));
}

type Row = Awaited<ReturnType<typeof workspaceActivitiesQuery>>[number];

export function toWorkspaceActivity(row: Row): WorkspaceActivity {
  const { revisionStatus, revisionComment, coOrganiserIds, ...rest } = row;
  return {
    ...rest,
    coOrganiserIds: JSON.parse(coOrganiserIds) as number[],
    revision: revisionStatus ? { status: revisionStatus as ReviewStatus, reviewComment: revisionComment } : null,
  };
}
