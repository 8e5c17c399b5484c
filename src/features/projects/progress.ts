import type { MilestoneStatus } from '../../db/enums';

export type WeightedMilestone = { status: MilestoneStatus | string; weight: number | null | undefined };

/**
 * The weight a milestone counts with in the progress roll-up. A missing weight (null, undefined, not a number)
 * counts as 1, the default weight of a new milestone; a negative weight counts as 0.
 */
export function effectiveWeight(weight: number | null | undefined): number {
  if (weight === null || weight === undefined || !Number.isFinite(weight)) return 1;
  return Math.max(0, weight);
}

/**
 * Progress in whole percent: the weight of the done milestones divided by the weight of all milestones, rounded
 * down (so 100 % means everything is done). Rules for the edge cases:
 * - no milestones: `null` (progress unknown, shown as a dash);
 * - milestones whose weights add up to 0: every milestone counts equally (the commands refuse to store such a set,
 *   but the roll-up never divides by zero).
 */
export function progressPercent(milestones: readonly WeightedMilestone[]): number | null {
  if (milestones.length === 0) return null;
  const total = milestones.reduce((sum, m) => sum + effectiveWeight(m.weight), 0);
  const done = milestones.filter((m) => m.status === 'done');
  if (total === 0) return Math.floor((100 * done.length) / milestones.length);
  const doneWeight = done.reduce((sum, m) => sum + effectiveWeight(m.weight), 0);
  return Math.floor((100 * doneWeight) / total);
}

/** Total weight of a set of milestones as the roll-up counts it. */
export function totalWeight(milestones: readonly WeightedMilestone[]): number {
  return milestones.reduce((sum, m) => sum + effectiveWeight(m.weight), 0);
}

/** A milestone is overdue when its planned date lies before today and it is not done. */
export function isOverdue(milestone: { plannedDate: string; status: string }, today: string): boolean {
  return milestone.status !== 'done' && milestone.plannedDate < today;
}

export function overdueCount(milestones: readonly { plannedDate: string; status: string }[], today: string): number {
  return milestones.filter((m) => isOverdue(m, today)).length;
}
