import { describe, expect, it } from 'vitest';
import { unfittingGoals } from '../../../src/features/plan-links/goal-choice';
import { goalFits, planName, toPlanGoals, type PlanGoalRow } from '../../../src/features/plan-links/goals';

const row = (id: number, over: Partial<PlanGoalRow> = {}): PlanGoalRow => ({
  id,
  title: `Doel ${id}`,
  depth: 1,
  sortOrder: 0,
  parentId: null,
  parentTitle: null,
  planVersionId: 1,
  planTitle: 'Uitvoeringsplan Pottenberg',
  periodStart: 2026,
  periodEnd: 2027,
  versionStatus: 'adopted',
  planKind: 'execution-plan',
  planNeighbourhoodId: 7,
  pillarIds: '["health"]',
  neighbourhoodIds: '[]',
  ...over,
});

describe('the goals of the current plan versions', () => {
  it('puts each plan’s goals in tree order, and gives an execution-plan goal its plan’s neighbourhood', () => {
    // As the query sorts them: by depth, then order; the tree puts children under their parent.
    const goals = toPlanGoals([
      row(1, { sortOrder: 0 }),
      row(2, { sortOrder: 1 }),
      row(3, { depth: 2, parentId: 2, sortOrder: 0 }),
      row(4, { depth: 2, parentId: 1, sortOrder: 0, neighbourhoodIds: '[8]' }),
      row(5, { depth: 3, parentId: 4, sortOrder: 0 }),
    ]);
    expect(goals.map((g) => g.id)).toEqual([1, 4, 5, 2, 3]);
    expect(goals.find((g) => g.id === 1)!.neighbourhoodIds).toEqual([7]);
    expect(goals.find((g) => g.id === 4)!.neighbourhoodIds).toEqual([8]);
    expect(toPlanGoals([row(9, { planNeighbourhoodId: null })])[0]!.neighbourhoodIds).toEqual([]);
  });

  it('a goal fits when it shares a pillar and a neighbourhood; a goal without either is not limited by it', () => {
    const scope = { pillarIds: ['health'], neighbourhoodIds: [7] };
    expect(goalFits({ pillarIds: ['health', 'livelihood'], neighbourhoodIds: [7] }, scope)).toBe(true);
    expect(goalFits({ pillarIds: ['livelihood'], neighbourhoodIds: [7] }, scope)).toBe(false);
    expect(goalFits({ pillarIds: ['health'], neighbourhoodIds: [8] }, scope)).toBe(false);
    expect(goalFits({ pillarIds: [], neighbourhoodIds: [] }, scope)).toBe(true);
    expect(goalFits({ pillarIds: ['health'], neighbourhoodIds: [7] }, { pillarIds: [], neighbourhoodIds: [] })).toBe(false);
    const goals = [
      { id: 1, pillarIds: ['health'], neighbourhoodIds: [7] },
      { id: 2, pillarIds: ['livelihood'], neighbourhoodIds: [7] },
    ];
    expect(unfittingGoals(goals, [1, 2, 99], scope)).toEqual([2]);
  });

  it('names a plan with its period unless the title already has it', () => {
    expect(planName({ planTitle: 'Uitvoeringsplan Pottenberg', periodStart: 2026, periodEnd: 2027 })).toBe('Uitvoeringsplan Pottenberg 2026–2027');
    expect(planName({ planTitle: 'Uitvoeringsplan Pottenberg 2026–2027', periodStart: 2026, periodEnd: 2027 })).toBe(
      'Uitvoeringsplan Pottenberg 2026–2027',
    );
    expect(planName({ planTitle: 'Jaarplan', periodStart: 2026, periodEnd: 2026 })).toBe('Jaarplan 2026');
  });
});
