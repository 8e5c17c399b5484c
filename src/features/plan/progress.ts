import { effectiveWeight } from '../projects/progress';

/** What the roll-up needs of a goal: its id, parent (null at the top), weight and reported progress. */
export type ProgressNode = { goalId: number; parentGoalId: number | null; weight: number | null; progress: number | null };

/**
 * Progress per goal in whole percent (rounded down, so 100 means every sub-goal is achieved). A goal without
 * sub-goals has its reported progress (none reported counts 0); a goal with sub-goals the weighted mean of its
 * children, by the same weight rule as milestones (`effectiveWeight`: no weight counts 1, so all-null means equal);
 * children whose weights add up to 0 count equally (the commands refuse to store that, the roll-up never divides by 0).
 */
export function rollUpProgress(nodes: readonly ProgressNode[]): Map<number, number> {
  const children = new Map<number | null, ProgressNode[]>();
  for (const node of nodes) children.set(node.parentGoalId, [...(children.get(node.parentGoalId) ?? []), node]);
  const exact = new Map<number, number>();
  const visit = (node: ProgressNode, seen: Set<number>): number => {
    const known = exact.get(node.goalId);
    if (known !== undefined) return known;
    const kids = seen.has(node.goalId) ? [] : (children.get(node.goalId) ?? []);
    let value: number;
    if (kids.length === 0) value = Math.min(100, Math.max(0, node.progress ?? 0));
    else {
      const next = new Set(seen).add(node.goalId);
      const values = kids.map((kid) => visit(kid, next));
      const weights = kids.map((kid) => effectiveWeight(kid.weight));
      const total = weights.reduce((sum, w) => sum + w, 0);
      value = total === 0 ? values.reduce((sum, v) => sum + v, 0) / kids.length : values.reduce((sum, v, i) => sum + v * weights[i]!, 0) / total;
    }
    exact.set(node.goalId, value);
    return value;
  };
  const result = new Map<number, number>();
  for (const node of nodes) result.set(node.goalId, Math.floor(visit(node, new Set()) + 1e-9));
  return result;
}
