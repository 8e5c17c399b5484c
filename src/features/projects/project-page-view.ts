import type { BudgetTotals } from './budget';
import type { Quarter } from './dates';
import type { ProjectPageData } from './queries';
import type { TimelineEntry } from './timeline';

/** What the project page shows, and to whom: the status sections only to those who may see the status. */
export type ProjectPageView = {
  data: ProjectPageData;
  showStatus: boolean;
  canManage: boolean;
  canPostUpdate: boolean;
  isLeadMember: boolean;
  today: string;
  progress: number | null;
  overdue: number;
  totals: BudgetTotals;
  timeline: TimelineEntry[];
  quarters: Quarter[];
  /** After posting an update: published at once, or submitted for review. */
  notice: 'published' | 'submitted' | null;
};
