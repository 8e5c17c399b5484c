import type { BudgetTotals } from '../projects/budget';

/** What a quarterly report freezes. Stored as JSON in project_snapshots.data and never changed afterwards. */
export type SnapshotData = {
  format: 1;
  frozenAt: string; // ISO timestamp
  frozenOn: string; // calendar date in Maastricht; overdue flags are as of this date
  period: { label: string; start: string; end: string };
  project: {
    slug: string;
    title: string;
    summary: string;
    fundingProgramme: string;
    phase: number;
    health: string;
    healthExplanation: string | null;
  };
  progress: number | null;
  overdueMilestones: number;
  milestones: { title: string; plannedDate: string; actualDate: string | null; status: string; weight: number; overdue: boolean }[];
  budget: {
    lines: { fundingSource: string; allocatedCents: number; committedCents: number; spentCents: number }[];
    totals: BudgetTotals;
  };
  updates: { id: number; title: string; body: string; publishedOn: string; organisationName: string | null }[];
  events: { id: number; at: string; kind: string; detail: Record<string, unknown> }[];
};
