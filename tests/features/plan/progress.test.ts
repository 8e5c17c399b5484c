import { describe, expect, it } from 'vitest';
import { rollUpProgress, type ProgressNode } from '../../../src/features/plan/progress';

const node = (goalId: number, parentGoalId: number | null, progress: number | null, weight: number | null = null): ProgressNode => ({
  goalId,
  parentGoalId,
  progress,
  weight,
});

describe('goal progress roll-up', () => {
  it('gives a leaf its reported progress and counts an unreported leaf as 0', () => {
    const result = rollUpProgress([node(1, null, 40), node(2, null, null)]);
    expect(result.get(1)).toBe(40);
    expect(result.get(2)).toBe(0);
  });

  it('weighs children equally when every weight is null', () => {
    const result = rollUpProgress([node(1, null, 90), node(2, 1, 100), node(3, 1, 50), node(4, 1, null)]);
    expect(result.get(1)).toBe(50); // (100 + 50 + 0) / 3; the parent's own reported 90 does not count
  });

  it('weighs children by weight, a missing weight counting 1 (mixed)', () => {
    const result = rollUpProgress([node(1, null, null), node(2, 1, 100, 3), node(3, 1, 0, null)]);
    expect(result.get(1)).toBe(75); // (3·100 + 1·0) / 4
  });

  it('ignores a child with weight 0 but counts all equally when every weight is 0', () => {
    expect(rollUpProgress([node(1, null, null), node(2, 1, 100, 0), node(3, 1, 20, 2)]).get(1)).toBe(20);
    expect(rollUpProgress([node(1, null, null), node(2, 1, 100, 0), node(3, 1, 20, 0)]).get(1)).toBe(60);
  });

  it('rolls up over three levels and rounds down', () => {
    const result = rollUpProgress([node(1, null, null), node(2, 1, null), node(3, 2, 100), node(4, 2, 0), node(5, 2, 0), node(6, 1, 100)]);
    expect(result.get(2)).toBe(33); // 100/3 rounded down
    expect(result.get(1)).toBe(66); // (33.3… + 100) / 2
  });
});
