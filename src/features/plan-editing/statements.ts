import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { insertSelect } from '../../db/insert-select';
import { planGoalNeighbourhoods, planGoalPartners, planGoalPillars, planGoals, planGoalTargets, planVersions } from '../../db/schema';
import type { BatchStatement } from '../../security/transition-guard';
import type { GoalContent } from './model';

/** The guard of every concept edit: the version is still a concept, at the version the form was opened at. */
export const conceptAt = (versionId: number, version: number) =>
  sql`exists (select 1 from ${planVersions} where ${planVersions.id} = ${versionId} and ${planVersions.status} = 'concept' and ${planVersions.version} = ${version})`;

/** The guarded change that ends every concept edit: its changed-row count tells whether the guard held. */
export function bumpConcept(db: Db, versionId: number, version: number, now: Date, set: Partial<typeof planVersions.$inferInsert> = {}) {
  return db
    .update(planVersions)
    .set({ ...set, version: sql`${planVersions.version} + 1`, updatedAt: now })
    .where(and(eq(planVersions.id, versionId), eq(planVersions.status, 'concept'), eq(planVersions.version, version)));
}

/** A goal's content to write; the parent may be a subselect for a goal created earlier in the batch. */
export type GoalWrite = Omit<GoalContent, 'goalId' | 'parentGoalId'> & { parentGoalId: number | null | SQL };

const SUB_TABLES = [planGoalPillars, planGoalNeighbourhoods, planGoalPartners, planGoalTargets] as const;

/** Removes a goal's sub rows (pillars, neighbourhoods, partners, targets) in one version, while `guard` holds. */
export function deleteGoalDetails(db: Db, versionId: number, goalId: number | SQL, guard: SQL): BatchStatement[] {
  return SUB_TABLES.map((t) => db.delete(t).where(and(eq(t.planVersionId, versionId), sql`${t.goalId} = ${goalId}`, guard)));
}

/** Removes the sub rows of every goal of one version, while `guard` holds. */
export function deleteVersionDetails(db: Db, versionId: number, guard: SQL): BatchStatement[] {
  return SUB_TABLES.map((t) => db.delete(t).where(and(eq(t.planVersionId, versionId), guard)));
}

/** Writes a goal's sub rows in one version; `goalId` may be a subselect for a goal created earlier in the batch. */
export function insertGoalDetails(
  db: Db,
  versionId: number,
  goalId: number | SQL,
  goal: Pick<GoalWrite, 'pillars' | 'neighbourhoods' | 'partners' | 'targets'>,
  guard: SQL,
): BatchStatement[] {
  const where = sql`WHERE ${guard}`;
  return [
    ...goal.pillars.map((pillarId) => insertSelect(db, planGoalPillars, { planVersionId: versionId, goalId: sql`${goalId}`, pillarId }, where)),
    ...goal.neighbourhoods.map((neighbourhoodId) =>
      insertSelect(db, planGoalNeighbourhoods, { planVersionId: versionId, goalId: sql`${goalId}`, neighbourhoodId }, where),
    ),
    ...goal.partners.map((organisationId) =>
      insertSelect(db, planGoalPartners, { planVersionId: versionId, goalId: sql`${goalId}`, organisationId }, where),
    ),
    ...goal.targets.map((t) =>
      insertSelect(
        db,
        planGoalTargets,
        { planVersionId: versionId, goalId: sql`${goalId}`, year: t.year, waveCode: t.waveCode, value: t.value },
        where,
      ),
    ),
  ];
}

/** A goal's row in one version with its sub rows. */
export function insertGoalContent(db: Db, versionId: number, goalId: number | SQL, goal: GoalWrite, guard: SQL): BatchStatement[] {
  return [
    insertSelect(
      db,
      planGoals,
      {
        planVersionId: versionId,
        goalId: sql`${goalId}`,
        parentGoalId: goal.parentGoalId,
        depth: goal.depth,
        sortOrder: goal.sortOrder,
        title: goal.title,
        description: goal.description,
        weight: goal.weight,
        indicatorCode: goal.indicatorCode,
        baselineWaveCode: goal.baselineWaveCode,
        baselineValue: goal.baselineValue,
        agendaGoalId: goal.agendaGoalId,
      },
      sql`WHERE ${guard}`,
    ),
    ...insertGoalDetails(db, versionId, goalId, goal, guard),
  ];
}

const COPIED = {
  plan_goals:
    'goal_id, parent_goal_id, depth, sort_order, title, description, weight, indicator_code, baseline_wave_code, baseline_value, agenda_goal_id',
  plan_goal_pillars: 'goal_id, pillar_id',
  plan_goal_neighbourhoods: 'goal_id, neighbourhood_id',
  plan_goal_partners: 'goal_id, organisation_id',
  plan_goal_targets: 'goal_id, year, wave_code, value',
} as const;

/** Copies every row of a version into another (INSERT … SELECT; the goal ids stay, so links survive). */
export function copyVersionRows(toVersionId: SQL, fromVersionId: number): BatchStatement[] {
  return Object.entries(COPIED).map(
    ([table, columns]) =>
      sql`insert into ${sql.identifier(table)} (plan_version_id, ${sql.raw(columns)}) select ${toVersionId}, ${sql.raw(columns)} from ${sql.identifier(table)} where plan_version_id = ${fromVersionId}`,
  );
}
