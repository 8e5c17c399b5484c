import { sql, type SQL } from 'drizzle-orm';
import type { GoalStatus, IndicatorDirection, IndicatorUnit, IndicatorVisibility, PlanKind, PlanVersionStatus } from '../../db/enums';
import { pillarsQuery, type PillarRef } from '../activities/cards';
import { rowsOf, statement } from '../activities/statement';
import { visibleIn } from '../monitor/sql';
import type { GoalNode } from '../plan-links/goal-node';
import { areaOfPlan, CURRENT_VERSIONS, currentVersionOf, goalsOfVersion, isCurrentActivity } from './sql';

export type VersionRow = {
  planId: number;
  slug: string;
  kind: PlanKind;
  isDemo: number;
  neighbourhoodSlug: string | null;
  neighbourhoodName: string | null;
  versionId: number;
  number: number;
  status: PlanVersionStatus;
  title: string;
  summary: string;
  periodStart: number;
  periodEnd: number;
  adoptedOn: string | null;
  adoptedBy: string | null;
};

export type GoalRow = GoalNode & {
  agendaGoalId: number | null;
  agendaGoalTitle: string | null;
  status: GoalStatus;
  progress: number | null;
  progressNote: string | null;
  /** Null when the goal has no indicator or the reader may not see it. */
  indicatorCode: string | null;
  indicatorNameNl: string | null;
  indicatorNameEn: string | null;
  unit: IndicatorUnit | null;
  direction: IndicatorDirection | null;
  minCount: number | null;
  indicatorSource: string | null;
  indicatorIsDemo: number | null;
  baselineWaveName: string | null;
  baselineYear: number | null;
  baselineValue: number | null;
};

export type TargetRow = { goalId: number; year: number; label: string; value: number };
export type ObservationRow = {
  indicatorCode: string;
  waveCode: string;
  waveName: string;
  year: number;
  value: number;
  count: number | null;
  isDemo: number;
};
export type LinkRow = { goalId: number; id: number };
export type ActivityLinkRow = LinkRow & { title: string };
export type ProjectLinkRow = LinkRow & { slug: string; title: string; isDemo: number };
export type ExecutionGoalRow = {
  goalId: number;
  agendaGoalId: number;
  title: string;
  status: GoalStatus;
  neighbourhoodName: string | null;
  neighbourhoodSlug: string | null;
};

export type PlanRows = {
  version: VersionRow;
  goals: GoalRow[];
  pillars: { goalId: number; pillarId: string }[];
  neighbourhoods: { goalId: number; id: number; slug: string; name: string }[];
  partners: { goalId: number; name: string; slug: string }[];
  targets: TargetRow[];
  observations: ObservationRow[];
  activityLinks: ActivityLinkRow[];
  projectLinks: ProjectLinkRow[];
  executionGoals: ExecutionGoalRow[];
  pillarRefs: PillarRef[];
};

/**
 * The statements of one plan's current version for a page's batch: the plan, its goals with status, indicator and
 * baseline, their pillars, neighbourhoods, partners, targets, the indicator values of the plan's area, the current
 * activities and the projects serving each goal (for an agenda goal also through the execution-plan goals under it).
 */
export function planStatements(d1: D1Database, planId: SQL, today: string, levels: readonly IndicatorVisibility[]): D1PreparedStatement[] {
  const v = currentVersionOf(planId);
  const goalIds = goalsOfVersion(v);
  // Execution-plan goals (in their plans' current versions) under a goal of this version.
  const under = sql`SELECT e.goal_id, e.agenda_goal_id FROM plan_goals e WHERE e.agenda_goal_id IN (${goalIds}) AND e.plan_version_id IN (${CURRENT_VERSIONS})`;
  const served = (table: string, column: string) => sql`
    SELECT l.goal_id AS goalId, l.${sql.raw(column)} AS id FROM ${sql.raw(table)} l WHERE l.goal_id IN (${goalIds})
    UNION SELECT u.agenda_goal_id, l.${sql.raw(column)} FROM (${under}) u JOIN ${sql.raw(table)} l ON l.goal_id = u.goal_id`;
  return [
    statement(
      d1,
      sql`SELECT p.id AS planId, p.slug, p.kind, p.is_demo AS isDemo, n.slug AS neighbourhoodSlug, n.name AS neighbourhoodName,
            v.id AS versionId, v.number, v.status, v.title, v.summary, v.period_start AS periodStart, v.period_end AS periodEnd,
            v.adopted_on AS adoptedOn, v.adopted_by AS adoptedBy
          FROM plan_versions v JOIN plans p ON p.id = v.plan_id LEFT JOIN neighbourhoods n ON n.id = p.neighbourhood_id
         WHERE v.id = ${v}`,
    ),
    statement(
      d1,
      sql`SELECT g.goal_id AS goalId, g.parent_goal_id AS parentGoalId, g.depth, g.sort_order AS sortOrder, g.title, g.description, g.weight,
            g.agenda_goal_id AS agendaGoalId,
            (SELECT a.title FROM plan_goals a WHERE a.goal_id = g.agenda_goal_id AND a.plan_version_id IN (${CURRENT_VERSIONS})) AS agendaGoalTitle,
            s.status, s.progress, s.progress_note AS progressNote,
            i.code AS indicatorCode, i.name_nl AS indicatorNameNl, i.name_en AS indicatorNameEn, i.unit, i.direction, i.min_count AS minCount,
            i.source AS indicatorSource, i.is_demo AS indicatorIsDemo,
            bw.name AS baselineWaveName, bw.year AS baselineYear, CASE WHEN i.code IS NOT NULL THEN g.baseline_value END AS baselineValue
          FROM plan_goals g JOIN goals s ON s.id = g.goal_id
          LEFT JOIN monitor_indicators i ON i.code = g.indicator_code AND i.${visibleIn(levels)}
          LEFT JOIN monitor_waves bw ON bw.code = g.baseline_wave_code
         WHERE g.plan_version_id = ${v}
         ORDER BY g.depth, g.sort_order, g.goal_id`,
    ),
    statement(d1, sql`SELECT goal_id AS goalId, pillar_id AS pillarId FROM plan_goal_pillars WHERE plan_version_id = ${v}`),
    statement(
      d1,
      sql`SELECT gn.goal_id AS goalId, n.id, n.slug, n.name FROM plan_goal_neighbourhoods gn JOIN neighbourhoods n ON n.id = gn.neighbourhood_id
           WHERE gn.plan_version_id = ${v} ORDER BY n.sort_order, n.name`,
    ),
    statement(
      d1,
      sql`SELECT gp.goal_id AS goalId, o.name, o.slug FROM plan_goal_partners gp JOIN organisations o ON o.id = gp.organisation_id
           WHERE gp.plan_version_id = ${v} AND o.status = 'approved' ORDER BY o.name`,
    ),
    statement(
      d1,
      sql`SELECT t.goal_id AS goalId, coalesce(t.year, w.year) AS year, coalesce(w.name, t.year) AS label, t.value
            FROM plan_goal_targets t LEFT JOIN monitor_waves w ON w.code = t.wave_code
           WHERE t.plan_version_id = ${v} ORDER BY year, t.id`,
    ),
    statement(
      d1,
      sql`SELECT o.indicator_code AS indicatorCode, o.wave_code AS waveCode, w.name AS waveName, w.year, o.value, o.count, o.is_demo AS isDemo
            FROM monitor_observations o JOIN monitor_waves w ON w.code = o.wave_code
           WHERE o.area_code = ${areaOfPlan(planId)}
             AND o.indicator_code IN (SELECT indicator_code FROM plan_goals WHERE plan_version_id = ${v} AND indicator_code IS NOT NULL)
           ORDER BY w.year, w.code`,
    ),
    statement(
      d1,
      sql`SELECT x.goalId, x.id, a.title FROM (${served('activity_goals', 'activity_id')}) x JOIN activities a ON a.id = x.id
           WHERE ${isCurrentActivity(sql.raw('x.id'), today)} ORDER BY a.title, a.id`,
    ),
    statement(
      d1,
      sql`SELECT x.goalId, x.id, pr.slug, pr.title, pr.is_demo AS isDemo FROM (${served('project_goals', 'project_id')}) x
            JOIN projects pr ON pr.id = x.id ORDER BY pr.title`,
    ),
    statement(
      d1,
      sql`SELECT u.goal_id AS goalId, u.agenda_goal_id AS agendaGoalId, e.title, s.status, n.name AS neighbourhoodName, n.slug AS neighbourhoodSlug
            FROM (${under}) u JOIN plan_goals e ON e.goal_id = u.goal_id AND e.plan_version_id IN (${CURRENT_VERSIONS})
            JOIN goals s ON s.id = u.goal_id JOIN plans p ON p.id = s.plan_id LEFT JOIN neighbourhoods n ON n.id = p.neighbourhood_id
           ORDER BY n.sort_order, e.depth, e.sort_order`,
    ),
    statement(d1, pillarsQuery),
  ];
}

export const PLAN_STATEMENT_COUNT = 11;

/** The rows of `planStatements`, or null when there is no such plan (or it has no current version). */
export function planRowsFrom(results: D1Result[]): PlanRows | null {
  const [version, goals, pillars, neighbourhoods, partners, targets, observations, activityLinks, projectLinks, executionGoals, pillarRefs] = results;
  const found = rowsOf<VersionRow>(version)[0];
  if (!found) return null;
  return {
    version: found,
    goals: rowsOf<GoalRow>(goals),
    pillars: rowsOf(pillars),
    neighbourhoods: rowsOf(neighbourhoods),
    partners: rowsOf(partners),
    targets: rowsOf<TargetRow>(targets).map((t) => ({ ...t, label: String(t.label) })),
    observations: rowsOf<ObservationRow>(observations),
    activityLinks: rowsOf<ActivityLinkRow>(activityLinks),
    projectLinks: rowsOf<ProjectLinkRow>(projectLinks),
    executionGoals: rowsOf<ExecutionGoalRow>(executionGoals),
    pillarRefs: rowsOf<PillarRef>(pillarRefs),
  };
}
