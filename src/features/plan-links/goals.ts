import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { PlanKind, PlanVersionStatus } from '../../db/enums';

/**
 * The goals activities and projects serve, as the portal offers and shows them: only goals of a plan's CURRENT
 * version (the newest adopted one; a plan without one shows its concept). Links point at `goals` (the identity), so
 * they survive a new plan version; a goal dropped from the current version is simply no longer offered or shown.
 */
export type PlanGoal = {
  id: number;
  title: string;
  depth: number;
  sortOrder: number;
  parentId: number | null;
  parentTitle: string | null;
  planVersionId: number;
  planTitle: string;
  periodStart: number;
  periodEnd: number;
  versionStatus: PlanVersionStatus;
  planKind: PlanKind;
  /** Empty: the goal names no pillar, so it is not limited to one. */
  pillarIds: string[];
  /** The goal's own neighbourhoods, else its execution plan's; empty: programme-wide. */
  neighbourhoodIds: number[];
};

export type PlanGoalRow = Omit<PlanGoal, 'pillarIds' | 'neighbourhoodIds'> & {
  pillarIds: string;
  neighbourhoodIds: string;
  planNeighbourhoodId: number | null;
};

/** The id of a plan's current version: its newest adopted version, else its concept. */
export const currentVersionOf = (planId: SQL) =>
  sql`(SELECT v.id FROM plan_versions v WHERE v.plan_id = ${planId} AND v.status IN ('adopted', 'concept')
      ORDER BY v.status = 'adopted' DESC, v.number DESC LIMIT 1)`;

/**
 * The goals of the current plan versions, optionally only those in `goalIds` (a subquery of goal ids, e.g. an
 * activity's links). Every column is aliased, so the rows read the same from `d1.batch` and Drizzle's `db.all`.
 */
export function currentGoalsSql(goalIds?: SQL): SQL {
  return sql`SELECT pg.goal_id AS id, pg.title AS title, pg.depth AS depth, pg.sort_order AS sortOrder,
      pg.parent_goal_id AS parentId, parent.title AS parentTitle,
      pv.id AS planVersionId, pv.title AS planTitle, pv.period_start AS periodStart, pv.period_end AS periodEnd,
      pv.status AS versionStatus, p.kind AS planKind, p.neighbourhood_id AS planNeighbourhoodId,
      (SELECT json_group_array(x.pillar_id) FROM plan_goal_pillars x WHERE x.plan_version_id = pg.plan_version_id AND x.goal_id = pg.goal_id) AS pillarIds,
      (SELECT json_group_array(x.neighbourhood_id) FROM plan_goal_neighbourhoods x WHERE x.plan_version_id = pg.plan_version_id AND x.goal_id = pg.goal_id) AS neighbourhoodIds
    FROM plans p
    JOIN plan_versions pv ON pv.id = ${currentVersionOf(sql`p.id`)}
    JOIN plan_goals pg ON pg.plan_version_id = pv.id
    LEFT JOIN plan_goals parent ON parent.plan_version_id = pv.id AND parent.goal_id = pg.parent_goal_id
    WHERE ${goalIds ? sql`pg.goal_id IN ${goalIds}` : sql`1 = 1`}
    ORDER BY ${GOAL_ORDER}`;
}

/** Agenda first, then plans by title; the tree order within a plan is restored by `toPlanGoals`. */
const GOAL_ORDER = sql`planKind = 'strategic-agenda' DESC, planTitle, planVersionId, depth, sortOrder, id`;

const column = <T>(name: keyof PlanGoalRow) => sql<T>`${sql.identifier(name)}`;

/**
 * The same rows as a Drizzle query, for a page whose batch is Drizzle's (a raw `db.all` with bound parameters
 * cannot go in a D1 batch). Fields are listed, so Drizzle maps them by position.
 */
export function currentGoalsQuery(db: Db, goalIds?: SQL) {
  return db
    .select({
      id: column<number>('id'),
      title: column<string>('title'),
      depth: column<number>('depth'),
      sortOrder: column<number>('sortOrder'),
      parentId: column<number | null>('parentId'),
      parentTitle: column<string | null>('parentTitle'),
      planVersionId: column<number>('planVersionId'),
      planTitle: column<string>('planTitle'),
      periodStart: column<number>('periodStart'),
      periodEnd: column<number>('periodEnd'),
      versionStatus: column<PlanVersionStatus>('versionStatus'),
      planKind: column<PlanKind>('planKind'),
      planNeighbourhoodId: column<number | null>('planNeighbourhoodId'),
      pillarIds: column<string>('pillarIds'),
      neighbourhoodIds: column<string>('neighbourhoodIds'),
    })
    .from(sql`(${currentGoalsSql(goalIds)}) AS current_goals`);
}

export const activityGoalIds = (activityId: number | SQL) => sql`(SELECT goal_id FROM activity_goals WHERE activity_id = ${activityId})`;
export const projectGoalIds = (projectId: number | SQL) => sql`(SELECT goal_id FROM project_goals WHERE project_id = ${projectId})`;

const list = <T>(json: string | null): T[] => (json ? (JSON.parse(json) as T[]) : []);

/** Rows of `currentGoalsSql` as goals, in the order of each plan's tree (ambition, its goals, their sub-goals). */
export function toPlanGoals(rows: readonly PlanGoalRow[]): PlanGoal[] {
  const goals = rows.map(({ planNeighbourhoodId, ...row }): PlanGoal => {
    const own = list<number>(row.neighbourhoodIds);
    return {
      ...row,
      pillarIds: list<string>(row.pillarIds),
      neighbourhoodIds: own.length || planNeighbourhoodId === null ? own : [planNeighbourhoodId],
    };
  });
  return inTreeOrder(goals);
}

function inTreeOrder(goals: PlanGoal[]): PlanGoal[] {
  const present = new Set(goals.map((g) => `${g.planVersionId}:${g.id}`));
  const children = new Map<string, PlanGoal[]>();
  for (const goal of goals) {
    const parentKey =
      goal.parentId !== null && present.has(`${goal.planVersionId}:${goal.parentId}`)
        ? `${goal.planVersionId}:${goal.parentId}`
        : `${goal.planVersionId}:root`;
    children.set(parentKey, [...(children.get(parentKey) ?? []), goal]);
  }
  const ordered: PlanGoal[] = [];
  const walk = (key: string) => {
    for (const goal of children.get(key) ?? []) {
      ordered.push(goal);
      walk(`${goal.planVersionId}:${goal.id}`);
    }
  };
  for (const versionId of [...new Set(goals.map((g) => g.planVersionId))]) walk(`${versionId}:root`);
  return ordered;
}

const overlaps = <T>(limits: readonly T[], chosen: readonly T[]) => limits.length === 0 || limits.some((v) => chosen.includes(v));

/** A goal fits an activity when they share a pillar and a neighbourhood (a goal without either is not limited by it). */
export function goalFits(
  goal: Pick<PlanGoal, 'pillarIds' | 'neighbourhoodIds'>,
  scope: { pillarIds: readonly string[]; neighbourhoodIds: readonly number[] },
) {
  return overlaps(goal.pillarIds, scope.pillarIds) && overlaps(goal.neighbourhoodIds, scope.neighbourhoodIds);
}

/** The goals grouped by plan version, in the query's order. */
export function byPlan(goals: readonly PlanGoal[]): { planVersionId: number; goals: PlanGoal[] }[] {
  const groups = new Map<number, PlanGoal[]>();
  for (const goal of goals) groups.set(goal.planVersionId, [...(groups.get(goal.planVersionId) ?? []), goal]);
  return [...groups].map(([planVersionId, list]) => ({ planVersionId, goals: list }));
}

/** "Uitvoeringsplan Pottenberg 2026–2027": the title with its period, unless the title already names it. */
export function planName(goal: Pick<PlanGoal, 'planTitle' | 'periodStart' | 'periodEnd'>): string {
  if (goal.planTitle.includes(String(goal.periodStart))) return goal.planTitle;
  const period = goal.periodStart === goal.periodEnd ? String(goal.periodStart) : `${goal.periodStart}–${goal.periodEnd}`;
  return `${goal.planTitle} ${period}`;
}

export const goalHref = (id: number) => `/programma/doelen/${id}`;
