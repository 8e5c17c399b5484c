import { and, eq, exists, inArray, type SQL, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../../db/client';
import type { ActivityStatus, ReviewStatus } from '../../db/enums';
import {
  activities,
  activityExceptions,
  activityGoals,
  activityNeighbourhoods,
  activityOrganisers,
  activityPillars,
  activityRevisions,
  activityTargetGroups,
} from '../../db/schema';
import { occurrenceStatements, type OccurrenceContext } from '../activities/occurrences';
import { scheduleOfData, type ActivityData } from './model';

/*
 * How a transition stays atomic and race-free in one batch (the command kernel's `guard()`): every statement of the
 * batch carries the same guard ("the row is still in the state and version the user saw"), and the statement that
 * changes the guarded row itself comes last, with RETURNING. If a concurrent request changed the row first, the guard is false for every
 * statement, nothing is written (no audit row, no mail), and the empty RETURNING tells the caller it lost the race.
 */

/** A statement for Drizzle's `db.batch` that also shows its SQL, so the command kernel can run it too. */
export type Statement = BatchItem<'sqlite'> & { toSQL(): { sql: string; params: unknown[] } };
import { insertSelect } from '../../db/insert-select';

/** Holds while the activity is still in one of `statuses` at `version`. */
export function activityIs(id: number, statuses: readonly ActivityStatus[], version: number): SQL {
  return and(eq(activities.id, id), inArray(activities.status, [...statuses]), eq(activities.version, version))!;
}

export function revisionIs(id: number, statuses: readonly ReviewStatus[], version: number): SQL {
  return and(eq(activityRevisions.id, id), inArray(activityRevisions.status, [...statuses]), eq(activityRevisions.version, version))!;
}

/** The guard as a condition other tables' statements can carry. */
export function whileActivity(db: Db, condition: SQL): SQL {
  return exists(db.select({ one: sql`1` }).from(activities).where(condition));
}

export function whileRevision(db: Db, condition: SQL): SQL {
  return exists(db.select({ one: sql`1` }).from(activityRevisions).where(condition));
}

const json = (values: readonly unknown[]) => JSON.stringify(values);

/**
 * Replaces the link rows (pillars, neighbourhoods, goals, target groups, exception dates, co-organisers) and the
 * materialised occurrences of an activity,
 * each list in one statement through `json_each`, so a long list never exceeds D1's 100 bound parameters.
 * `activityId` may be an SQL expression (the id of the row inserted earlier in the same batch).
 */
export function replaceLinks(
  db: Db,
  activityId: number | SQL,
  data: ActivityData,
  occurrences: OccurrenceContext,
  condition: SQL = sql`1 = 1`,
): Statement[] {
  const id = typeof activityId === 'number' ? sql`${activityId}` : activityId;
  const fresh = typeof activityId !== 'number';
  const removals: Statement[] = fresh
    ? []
    : [
        db.delete(activityPillars).where(and(eq(activityPillars.activityId, activityId), condition)),
        db.delete(activityNeighbourhoods).where(and(eq(activityNeighbourhoods.activityId, activityId), condition)),
        db.delete(activityGoals).where(and(eq(activityGoals.activityId, activityId), condition)),
        db.delete(activityTargetGroups).where(and(eq(activityTargetGroups.activityId, activityId), condition)),
        db.delete(activityExceptions).where(and(eq(activityExceptions.activityId, activityId), condition)),
        db.delete(activityOrganisers).where(and(eq(activityOrganisers.activityId, activityId), condition)),
      ];
  const each = (values: readonly unknown[]) => sql`FROM json_each(${json(values)}) WHERE ${condition}`;
  return [
    ...removals,
    insertSelect(db, activityPillars, { activityId: id, pillarId: sql`value` }, each(data.pillarIds)),
    insertSelect(db, activityNeighbourhoods, { activityId: id, neighbourhoodId: sql`value` }, each(data.neighbourhoodIds)),
    insertSelect(db, activityGoals, { activityId: id, goalId: sql`value` }, each(data.goalIds)),
    insertSelect(db, activityTargetGroups, { activityId: id, targetGroup: sql`value` }, each(data.targetGroups)),
    insertSelect(db, activityExceptions, { activityId: id, date: sql`value` }, each(data.exceptionDates)),
    insertSelect(db, activityOrganisers, { activityId: id, organisationId: sql`value` }, each(data.coOrganiserIds)),
    // After the link rows: the occurrence rows copy the filter keys their triggers just wrote.
    ...occurrenceStatements(db, activityId, scheduleOfData(data), occurrences, condition),
  ];
}

/** The id of the activity inserted earlier in the same batch (a batch is one transaction, so nothing interleaves). */
export const newestActivityId = sql`(SELECT max(id) FROM activities)`;

/** The id of the newest revision of an activity (the one a statement earlier in the same batch inserted). */
export const newestRevisionId = (activityId: number) => sql`(SELECT max(id) FROM activity_revisions WHERE activity_id = ${activityId})`;

/**
 * Holds in the statement right after an INSERT or UPDATE that wrote a row: SQLite's `changes()` still counts the
 * previous statement of the batch. For what must follow a guarded insert and refer to the row it created.
 */
export const previousStatementWrote = sql`changes() > 0`;
