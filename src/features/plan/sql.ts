import { sql, type SQL } from 'drizzle-orm';
import { nextDateOf } from '../activities/next-date';
import { publiclyVisibleActivity } from '../activities/visibility';
import { CITY_CODE } from '../monitor/model';

/** A plan's current version for the public: the newest adopted one, else its concept (superseded ones never). */
export const currentVersionOf = (planId: SQL): SQL =>
  sql`(SELECT cv.id FROM plan_versions cv WHERE cv.plan_id = ${planId} AND cv.status IN ('adopted', 'concept')
        ORDER BY cv.status = 'adopted' DESC, cv.number DESC LIMIT 1)`;

/** The current version of every plan, as a set for `IN (…)`. */
export const CURRENT_VERSIONS: SQL = sql`SELECT ${currentVersionOf(sql.raw('cp.id'))} FROM plans cp`;

/** The next date on or after today of the unaliased `activities` row: the stored one when it is still exact. */
export const nextDate = (today: string): SQL =>
  sql`CASE WHEN activities.next_date >= ${today} THEN activities.next_date ELSE ${nextDateOf('activities', today)} END`;

/**
 * A *current* activity, as the public lists decide it: publicly visible (published, not hidden, not over, an approved
 * organisation) and with a next date. `id` is an SQL expression for the activity's id.
 */
export const isCurrentActivity = (id: SQL, today: string): SQL =>
  sql`EXISTS (SELECT 1 FROM activities WHERE activities.id = ${id} AND ${publiclyVisibleActivity(today)} AND ${nextDate(today)} IS NOT NULL)`;

/** The goals of a version, as a set for `IN (…)`. */
export const goalsOfVersion = (versionId: SQL): SQL => sql`SELECT goal_id FROM plan_goals WHERE plan_version_id = ${versionId}`;

/** The area whose monitor values a plan is measured by: the city for the strategic agenda, else its buurt. */
export const areaOfPlan = (planId: SQL): SQL =>
  sql`(SELECT CASE WHEN ap.kind = 'strategic-agenda' THEN ${CITY_CODE} ELSE an.cbs_code END
         FROM plans ap LEFT JOIN neighbourhoods an ON an.id = ap.neighbourhood_id WHERE ap.id = ${planId})`;

export const STRATEGIC_AGENDA: SQL = sql`(SELECT id FROM plans WHERE kind = 'strategic-agenda' ORDER BY id LIMIT 1)`;

export const executionPlanOf = (neighbourhoodSlug: string): SQL =>
  sql`(SELECT ep.id FROM plans ep JOIN neighbourhoods en ON en.id = ep.neighbourhood_id
        WHERE en.slug = ${neighbourhoodSlug} AND ep.kind = 'execution-plan' ORDER BY ep.id LIMIT 1)`;

export const planOfGoal = (goalId: number): SQL => sql`(SELECT plan_id FROM goals WHERE id = ${goalId})`;
