import type { PillarId } from '../../db/enums';
import { goalOrder } from '../plan-links/goal-node';
import { rollUpProgress } from './progress';
import type { ExecutionGoalRow, GoalRow, ObservationRow, PlanRows, ProjectLinkRow, TargetRow, VersionRow } from './queries';

export type Goal = GoalRow & {
  /** Rolled-up progress in whole percent (see progress.ts). */
  percent: number;
  pillarIds: PillarId[];
  neighbourhoods: { id: number; slug: string; name: string }[];
  partners: { name: string; slug: string }[];
  targets: TargetRow[];
  observations: ObservationRow[];
  /** Current activities serving the goal, one of its sub-goals, or an execution-plan goal under it. */
  activityIds: number[];
  activities: { id: number; title: string }[];
  projects: ProjectLinkRow[];
  executionGoals: ExecutionGoalRow[];
  children: Goal[];
};

export type PlanTree = {
  version: VersionRow;
  roots: Goal[];
  byId: Map<number, Goal>;
  pillarRefs: PlanRows['pillarRefs'];
  /** Any demo row on the page: the plan itself, an indicator, a value or a project. */
  isDemo: boolean;
};

const unique = <T>(values: T[]) => [...new Set(values)];

/** The goal tree of a plan version, each goal with its sub rows, roll-up and (sub-tree) counts. */
export function buildTree(rows: PlanRows): PlanTree {
  const percent = rollUpProgress(rows.goals);
  const byId = new Map<number, Goal>();
  for (const row of rows.goals) {
    byId.set(row.goalId, {
      ...row,
      percent: percent.get(row.goalId) ?? 0,
      pillarIds: rows.pillars.filter((p) => p.goalId === row.goalId).map((p) => p.pillarId as PillarId),
      neighbourhoods: rows.neighbourhoods.filter((n) => n.goalId === row.goalId),
      partners: rows.partners.filter((p) => p.goalId === row.goalId),
      targets: rows.targets.filter((t) => t.goalId === row.goalId),
      observations: row.indicatorCode ? rows.observations.filter((o) => o.indicatorCode === row.indicatorCode) : [],
      activityIds: rows.activityLinks.filter((l) => l.goalId === row.goalId).map((l) => l.id),
      activities: [],
      projects: rows.projectLinks.filter((l) => l.goalId === row.goalId),
      executionGoals: rows.executionGoals.filter((e) => e.agendaGoalId === row.goalId),
      children: [],
    });
  }
  const roots: Goal[] = [];
  for (const goal of byId.values()) {
    const parent = goal.parentGoalId === null ? undefined : byId.get(goal.parentGoalId);
    if (parent) parent.children.push(goal);
    else roots.push(goal);
  }
  const sortTree = (goals: Goal[]) => goals.sort(goalOrder);
  // Counts take in the sub-goals: children first (deepest level first), then their parent.
  const bottomUp = [...byId.values()].sort((a, b) => b.depth - a.depth);
  for (const goal of bottomUp) {
    sortTree(goal.children);
    goal.activityIds = unique([...goal.activityIds, ...goal.children.flatMap((c) => c.activityIds)]);
    goal.activities = rows.activityLinks.filter((l, i, all) => goal.activityIds.includes(l.id) && all.findIndex((m) => m.id === l.id) === i);
    const projects = [...goal.projects, ...goal.children.flatMap((c) => c.projects)];
    goal.projects = projects.filter((p, i) => projects.findIndex((q) => q.id === p.id) === i);
  }
  sortTree(roots);
  const isDemo =
    rows.version.isDemo === 1 ||
    rows.goals.some((g) => g.indicatorIsDemo === 1) ||
    rows.observations.some((o) => o.isDemo === 1) ||
    rows.projectLinks.some((p) => p.isDemo === 1);
  return { version: rows.version, roots, byId, pillarRefs: rows.pillarRefs, isDemo };
}

/** The goal and its ancestors, top first (for the breadcrumb). */
export function pathTo(tree: PlanTree, goalId: number): Goal[] {
  const path: Goal[] = [];
  let goal = tree.byId.get(goalId);
  while (goal && !path.includes(goal)) {
    path.unshift(goal);
    goal = goal.parentGoalId === null ? undefined : tree.byId.get(goal.parentGoalId);
  }
  return path;
}

/** Every goal of the tree in reading order (depth first). */
export function inReadingOrder(goals: readonly Goal[]): Goal[] {
  return goals.flatMap((g) => [g, ...inReadingOrder(g.children)]);
}

/** The top goals grouped by pillar, in the pillars' order; a goal in two pillars appears under both. */
export function byPillar(tree: PlanTree): { pillar: PlanRows['pillarRefs'][number]; goals: Goal[] }[] {
  const groups = tree.pillarRefs.map((pillar) => ({ pillar, goals: tree.roots.filter((g) => g.pillarIds.includes(pillar.id as PillarId)) }));
  return groups.filter((g) => g.goals.length > 0);
}

/** Top goals without any pillar (shown after the pillars, so nothing of the plan is left out). */
export const withoutPillar = (tree: PlanTree) => tree.roots.filter((g) => g.pillarIds.length === 0);
