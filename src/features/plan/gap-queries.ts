import { sql } from 'drizzle-orm';
import type { GoalStatus, IndicatorDirection, IndicatorUnit, PlanKind } from '../../db/enums';
import { rowsOf, statement } from '../activities/statement';
import { publiclyVisibleActivity } from '../activities/visibility';
import type { LinkRow, ObservationRow, TargetRow } from './queries';
import { areaOfPlan, CURRENT_VERSIONS, isCurrentActivity, nextDate } from './sql';

export type GapGoalRow = {
  goalId: number;
  parentGoalId: number | null;
  agendaGoalId: number | null;
  title: string;
  status: GoalStatus;
  planKind: PlanKind;
  planTitle: string;
  isDemo: number;
  indicatorCode: string | null;
  direction: IndicatorDirection | null;
  unit: IndicatorUnit | null;
  minCount: number | null;
  baselineValue: number | null;
  baselineYear: number | null;
};
export type GapObservationRow = ObservationRow & { areaCode: string };
export type UnlinkedActivity = { id: number; title: string; organisationName: string; isDemo: number };
export type CellRow = { pillarId: string; pillarNl: string; pillarEn: string; neighbourhoodId: number; neighbourhoodName: string; covered: number };

export type GapRows = {
  goals: (GapGoalRow & { areaCode: string | null })[];
  targets: TargetRow[];
  observations: GapObservationRow[];
  activityLinks: LinkRow[];
  unlinked: UnlinkedActivity[];
  cells: CellRow[];
};

/** The most unlinked activities listed (the programme has a few hundred at most; the list says when it is cut). */
export const UNLINKED_LIMIT = 500;

/** Everything the gap view needs from the current versions of every plan, in one batch. */
export async function loadGapRows(d1: D1Database, today: string): Promise<GapRows> {
  const inCurrent = sql`plan_version_id IN (${CURRENT_VERSIONS})`;
  const [goals, targets, observations, links, unlinked, cells] = await d1.batch([
    statement(
      d1,
      sql`SELECT g.goal_id AS goalId, g.parent_goal_id AS parentGoalId, g.agenda_goal_id AS agendaGoalId, g.title, s.status, p.kind AS planKind,
            v.title AS planTitle, p.is_demo AS isDemo, i.code AS indicatorCode, i.direction, i.unit, i.min_count AS minCount,
            g.baseline_value AS baselineValue, bw.year AS baselineYear, ${areaOfPlan(sql.raw('p.id'))} AS areaCode
          FROM plan_goals g JOIN goals s ON s.id = g.goal_id JOIN plan_versions v ON v.id = g.plan_version_id JOIN plans p ON p.id = v.plan_id
          LEFT JOIN monitor_indicators i ON i.code = g.indicator_code LEFT JOIN monitor_waves bw ON bw.code = g.baseline_wave_code
         WHERE g.${inCurrent}
         ORDER BY p.kind = 'execution-plan', p.id, g.depth, g.sort_order, g.goal_id`,
    ),
    statement(
      d1,
      sql`SELECT t.goal_id AS goalId, coalesce(t.year, w.year) AS year, coalesce(w.name, t.year) AS label, t.value
            FROM plan_goal_targets t LEFT JOIN monitor_waves w ON w.code = t.wave_code WHERE t.${inCurrent} ORDER BY year, t.id`,
    ),
    statement(
      d1,
      sql`SELECT DISTINCT o.indicator_code AS indicatorCode, o.area_code AS areaCode, o.wave_code AS waveCode, w.name AS waveName, w.year, o.value, o.count, o.is_demo AS isDemo
            FROM (SELECT g.indicator_code AS code, ${areaOfPlan(sql.raw('v.plan_id'))} AS area FROM plan_goals g JOIN plan_versions v ON v.id = g.plan_version_id
                   WHERE g.${inCurrent} AND g.indicator_code IS NOT NULL) x
            JOIN monitor_observations o ON o.indicator_code = x.code AND o.area_code = x.area JOIN monitor_waves w ON w.code = o.wave_code
           ORDER BY w.year, w.code`,
    ),
    statement(
      d1,
      sql`SELECT l.goal_id AS goalId, l.activity_id AS id FROM activity_goals l
           WHERE l.goal_id IN (SELECT goal_id FROM plan_goals WHERE ${inCurrent}) AND ${isCurrentActivity(sql.raw('l.activity_id'), today)}`,
    ),
    statement(
      d1,
      sql`SELECT activities.id AS id, activities.title AS title, o.name AS organisationName, activities.is_demo AS isDemo
            FROM activities JOIN organisations o ON o.id = activities.organisation_id
           WHERE ${publiclyVisibleActivity(today)} AND ${nextDate(today)} IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM activity_goals l JOIN plan_goals g ON g.goal_id = l.goal_id AND g.${inCurrent} WHERE l.activity_id = activities.id)
           ORDER BY activities.title, activities.id LIMIT ${UNLINKED_LIMIT + 1}`,
    ),
    statement(
      d1,
      sql`SELECT p.id AS pillarId, p.name_nl AS pillarNl, p.name_en AS pillarEn, n.id AS neighbourhoodId, n.name AS neighbourhoodName,
            EXISTS (SELECT 1 FROM plan_goal_pillars gp JOIN plan_versions v ON v.id = gp.plan_version_id JOIN plans pl ON pl.id = v.plan_id
                     WHERE gp.${inCurrent} AND gp.pillar_id = p.id
                       AND (pl.neighbourhood_id = n.id OR EXISTS (SELECT 1 FROM plan_goal_neighbourhoods gn
                             WHERE gn.plan_version_id = gp.plan_version_id AND gn.goal_id = gp.goal_id AND gn.neighbourhood_id = n.id))) AS covered
            FROM neighbourhoods n CROSS JOIN pillars p ORDER BY n.sort_order, n.name, p.sort_order`,
    ),
  ]);
  return {
    goals: rowsOf(goals),
    targets: rowsOf<TargetRow>(targets),
    observations: rowsOf<GapObservationRow>(observations),
    activityLinks: rowsOf<LinkRow>(links),
    unlinked: rowsOf<UnlinkedActivity>(unlinked),
    cells: rowsOf<CellRow>(cells),
  };
}
