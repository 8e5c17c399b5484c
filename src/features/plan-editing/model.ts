import { MAX_GOAL_DEPTH } from '../../db/enums';
import type { planVersions, plans } from '../../db/schema';
import { parseDecimal } from '../../formats/csv-parse';
import { goalOrder, type GoalNode } from '../plan-links/goal-node';

/** Pure shapes and rules of a plan version's goal tree; no database here. */

export type Target = { year: number | null; waveCode: string | null; value: number };

/** One goal as a plan version states it, with its sub rows. */
export type GoalContent = GoalNode & {
  indicatorCode: string | null;
  baselineWaveCode: string | null;
  baselineValue: number | null;
  agendaGoalId: number | null;
  pillars: string[];
  neighbourhoods: number[];
  partners: number[];
  targets: Target[];
};

export type PlanRow = typeof plans.$inferSelect;
export type VersionRow = typeof planVersions.$inferSelect;

/** A version with its goals in tree order (each parent directly before its children, siblings by sort order). */
export type VersionContent = { plan: PlanRow; version: VersionRow; goals: GoalContent[] };

export function treeOrder<G extends Pick<GoalContent, 'goalId' | 'parentGoalId' | 'sortOrder'>>(goals: readonly G[]): G[] {
  const byParent = new Map<number | null, G[]>();
  for (const g of goals) byParent.set(g.parentGoalId, [...(byParent.get(g.parentGoalId) ?? []), g]);
  for (const list of byParent.values()) list.sort(goalOrder);
  const ordered: G[] = [];
  const visit = (parent: number | null) => {
    for (const g of byParent.get(parent) ?? []) {
      ordered.push(g);
      visit(g.goalId);
    }
  };
  visit(null);
  return ordered;
}

export const childrenOf = <G extends Pick<GoalContent, 'parentGoalId' | 'sortOrder' | 'goalId'>>(goals: readonly G[], parentId: number | null) =>
  goals.filter((g) => g.parentGoalId === parentId).sort(goalOrder);

/** The goal and everything under it. */
export function subtree(goals: readonly GoalContent[], goalId: number): GoalContent[] {
  const result: GoalContent[] = [];
  const visit = (id: number) => {
    const goal = goals.find((g) => g.goalId === id);
    if (!goal) return;
    result.push(goal);
    for (const child of goals.filter((g) => g.parentGoalId === id)) visit(child.goalId);
  };
  visit(goalId);
  return result;
}

export type MoveProblem = 'cycle' | 'too-deep' | 'parent-unknown' | null;

/** Whether `goalId` may move under `newParentId` (null: the top): never under itself or its own sub-goals, never deeper than three levels. */
export function moveProblem(goals: readonly GoalContent[], goalId: number, newParentId: number | null): MoveProblem {
  // A subtree is never more than three levels high, so it always fits at the top.
  if (newParentId === null) return null;
  const moved = subtree(goals, goalId);
  const parent = goals.find((g) => g.goalId === newParentId);
  if (!parent) return 'parent-unknown';
  if (moved.some((g) => g.goalId === newParentId)) return 'cycle';
  const height = 1 + Math.max(...moved.map((g) => g.depth)) - moved[0]!.depth;
  return parent.depth + height > MAX_GOAL_DEPTH ? 'too-deep' : null;
}

/** Siblings whose weights are all given and all 0 would make the parent's roll-up meaningless: refused. */
export function weightsAllZero(weights: readonly (number | null)[]): boolean {
  return weights.length > 0 && weights.every((w) => w === 0);
}

/** A decimal as a Dutch reader types it back: `52,5`. */
export const decimalText = (n: number) => String(n).replace('.', ',');

export const targetPeriod = (t: Pick<Target, 'year' | 'waveCode'>) => (t.year !== null ? String(t.year) : (t.waveCode ?? ''));

/** Targets as the form and the CSV write them: `2027: 60`, one per line (the CSV joins them with ` | `). */
export function targetsText(targets: readonly Target[], separator = '\n'): string {
  return targets.map((t) => `${targetPeriod(t)}: ${decimalText(t.value)}`).join(separator);
}

export type TargetProblem =
  | { kind: 'line'; line: string }
  | { kind: 'year-outside'; year: number }
  | { kind: 'wave-unknown'; code: string }
  | { kind: 'wave-outside'; code: string; year: number }
  | { kind: 'wave-not-measured'; code: string }
  | { kind: 'duplicate'; period: string };

/**
 * The monitor's waves as a target is checked against them: every wave's year, and the waves in which the chosen
 * indicator was measured (null when no known indicator is chosen; the form then reports the indicator itself).
 */
export type TargetWaves = { years: ReadonlyMap<string, number>; measured: ReadonlySet<string> | null };

/**
 * Reads targets typed as `2027: 60` or `kaarten-2025 = 55,5`, separated by line breaks or `|`. A year must lie in the
 * plan's period; a wave must exist in the monitor, fall in the plan's period and have values of the goal's indicator:
 * a target the plan can never be measured against is refused.
 */
export function parseTargets(
  text: string,
  period: { start: number; end: number },
  waves: TargetWaves,
): { targets: Target[] } | { problem: TargetProblem } {
  const targets: Target[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/\r?\n|\|/)) {
    const line = raw.trim();
    if (line === '') continue;
    const match = /^([^:=]+?)\s*[:=]\s*(.+)$/.exec(line);
    const value = match ? parseDecimal(match[2]!) : null;
    if (!match || value === null) return { problem: { kind: 'line', line: line.slice(0, 60) } };
    const key = match[1]!.trim().toLowerCase();
    let target: Target;
    if (/^\d{4}$/.test(key)) {
      const year = Number(key);
      if (year < period.start || year > period.end) return { problem: { kind: 'year-outside', year } };
      target = { year, waveCode: null, value };
    } else {
      const year = waves.years.get(key);
      if (year === undefined) return { problem: { kind: 'wave-unknown', code: key.slice(0, 40) } };
      if (year < period.start || year > period.end) return { problem: { kind: 'wave-outside', code: key, year } };
      if (waves.measured !== null && !waves.measured.has(key)) return { problem: { kind: 'wave-not-measured', code: key } };
      target = { year: null, waveCode: key, value };
    }
    if (seen.has(key)) return { problem: { kind: 'duplicate', period: key } };
    seen.add(key);
    targets.push(target);
  }
  return { targets };
}
