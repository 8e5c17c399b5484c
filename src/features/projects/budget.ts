import { percentOf } from './money';

export type BudgetAmounts = { allocatedCents: number; committedCents: number; spentCents: number };

export type BudgetTotals = BudgetAmounts & {
  /** Spent as a share of allocated, whole percent; null without an allocated amount. */
  utilisation: number | null;
  /** Committed as a share of allocated, whole percent; null without an allocated amount. */
  commitment: number | null;
};

export function budgetTotals(lines: readonly BudgetAmounts[]): BudgetTotals {
  const sum = (pick: (l: BudgetAmounts) => number) => lines.reduce((total, l) => total + pick(l), 0);
  const allocatedCents = sum((l) => l.allocatedCents);
  const committedCents = sum((l) => l.committedCents);
  const spentCents = sum((l) => l.spentCents);
  return {
    allocatedCents,
    committedCents,
    spentCents,
    utilisation: percentOf(spentCents, allocatedCents),
    commitment: percentOf(committedCents, allocatedCents),
  };
}
