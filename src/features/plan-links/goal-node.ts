/** A goal's place in its plan version's tree and its own text: what the plan pages and the plan editor both read. */
export type GoalNode = {
  goalId: number;
  parentGoalId: number | null;
  depth: number;
  sortOrder: number;
  title: string;
  description: string;
  weight: number | null;
};

/** Siblings in the order the plan states them; the id settles equal sort orders, so the order never varies. */
export const goalOrder = (a: Pick<GoalNode, 'sortOrder' | 'goalId'>, b: Pick<GoalNode, 'sortOrder' | 'goalId'>) =>
  a.sortOrder - b.sortOrder || a.goalId - b.goalId;
