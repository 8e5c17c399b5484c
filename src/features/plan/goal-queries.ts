import { sql } from 'drizzle-orm';
import type { IndicatorVisibility } from '../../db/enums';
import { cardsOfUpcomingQuery, neighbourhoodsQuery, toActivityCard, type ActivityCardRow, type NeighbourhoodRef } from '../activities/cards';
import { rowsOf, statement } from '../activities/statement';
import { publiclyVisibleActivity } from '../activities/visibility';
import { loadPlanWith } from './load';
import { CURRENT_VERSIONS, currentVersionOf, nextDate, planOfGoal } from './sql';

/** Activity cards shown on a goal page; the count above them covers all. */
export const GOAL_CARDS = 24;

/**
 * A goal page: the goal's plan (current version) as a tree, and the cards of the current activities serving the goal,
 * one of its sub-goals or an execution-plan goal under it; one round trip. Null when the goal is not in that version.
 */
export async function loadGoalPage(d1: D1Database, goalId: number, today: string, levels: readonly IndicatorVisibility[]) {
  const planId = planOfGoal(goalId);
  const v = currentVersionOf(planId);
  const withUpcoming = sql`WITH RECURSIVE
    sub(goal_id) AS (SELECT goal_id FROM plan_goals WHERE plan_version_id = ${v} AND goal_id = ${goalId}
      UNION SELECT g.goal_id FROM plan_goals g JOIN sub ON g.parent_goal_id = sub.goal_id WHERE g.plan_version_id = ${v}),
    served(goal_id) AS (SELECT goal_id FROM sub
      UNION SELECT e.goal_id FROM plan_goals e WHERE e.agenda_goal_id IN (SELECT goal_id FROM sub) AND e.plan_version_id IN (${CURRENT_VERSIONS})),
    upcoming AS (SELECT id, next_date, start_time FROM (
      SELECT activities.id AS id, ${nextDate(today)} AS next_date, activities.start_time AS start_time FROM activities
       WHERE activities.id IN (SELECT activity_id FROM activity_goals WHERE goal_id IN (SELECT goal_id FROM served)) AND ${publiclyVisibleActivity(today)}
    ) WHERE next_date IS NOT NULL) `;
  const { tree, extra } = await loadPlanWith(d1, planId, today, levels, [
    statement(d1, cardsOfUpcomingQuery(today, withUpcoming, GOAL_CARDS)),
    statement(d1, neighbourhoodsQuery),
  ]);
  const goal = tree?.byId.get(goalId);
  if (!tree || !goal) return null;
  const neighbourhoods = rowsOf<NeighbourhoodRef>(extra[1]);
  return {
    tree,
    goal,
    cards: rowsOf<ActivityCardRow>(extra[0]).map(toActivityCard),
    refs: { pillars: tree.pillarRefs, neighbourhoods },
  };
}

export type GoalPageData = NonNullable<Awaited<ReturnType<typeof loadGoalPage>>>;
