import { describe, expect, it } from 'vitest';
import { localDate } from '../../../src/dates';
import { effectiveWeight, isOverdue, overdueCount, progressPercent, totalWeight } from '../../../src/features/projects/progress';

describe('progress roll-up from milestone weights', () => {
  it('divides the weight of done milestones by the total weight, rounded down', () => {
    const ms = [
      { status: 'done', weight: 2 },
      { status: 'done', weight: 1 },
      { status: 'delayed', weight: 2 },
      { status: 'planned', weight: 3 },
      { status: 'in-progress', weight: 2 },
    ];
    expect(progressPercent(ms)).toBe(30); // 3 / 10
    expect(
      progressPercent([
        { status: 'done', weight: 1 },
        { status: 'planned', weight: 2 },
      ]),
    ).toBe(33); // 33.3 → 33
    expect(
      progressPercent([
        { status: 'done', weight: 2 },
        { status: 'planned', weight: 1 },
      ]),
    ).toBe(66); // 66.7 → 66, never rounded up
    expect(
      progressPercent([
        { status: 'done', weight: 199 },
        { status: 'planned', weight: 1 },
      ]),
    ).toBe(99); // 100 only when all done
    expect(
      progressPercent([
        { status: 'done', weight: 5 },
        { status: 'done', weight: 0 },
      ]),
    ).toBe(100);
  });

  it('has no progress (null) without milestones', () => {
    expect(progressPercent([])).toBeNull();
  });

  it('counts every milestone equally when the weights add up to zero, without dividing by zero', () => {
    expect(
      progressPercent([
        { status: 'done', weight: 0 },
        { status: 'planned', weight: 0 },
      ]),
    ).toBe(50);
    expect(progressPercent([{ status: 'planned', weight: 0 }])).toBe(0);
    expect(progressPercent([{ status: 'done', weight: 0 }])).toBe(100);
  });

  it('counts a missing weight as the default weight 1 and a negative weight as 0', () => {
    expect(effectiveWeight(null)).toBe(1);
    expect(effectiveWeight(undefined)).toBe(1);
    expect(effectiveWeight(Number.NaN)).toBe(1);
    expect(effectiveWeight(-4)).toBe(0);
    expect(
      progressPercent([
        { status: 'done', weight: null },
        { status: 'planned', weight: 3 },
      ]),
    ).toBe(25);
    expect(
      progressPercent([
        { status: 'done', weight: undefined },
        { status: 'planned', weight: undefined },
      ]),
    ).toBe(50);
    expect(
      progressPercent([
        { status: 'done', weight: -3 },
        { status: 'planned', weight: 1 },
      ]),
    ).toBe(0);
    expect(
      totalWeight([
        { status: 'planned', weight: null },
        { status: 'planned', weight: 0 },
      ]),
    ).toBe(1);
  });
});

describe('overdue milestones with a controlled clock', () => {
  const ms = [
    { title: 'past, planned', plannedDate: '2026-03-31', status: 'planned' },
    { title: 'past, done', plannedDate: '2026-03-01', status: 'done' },
    { title: 'past, delayed', plannedDate: '2026-02-15', status: 'delayed' },
    { title: 'today', plannedDate: '2026-04-01', status: 'in-progress' },
    { title: 'future', plannedDate: '2026-06-01', status: 'planned' },
  ];

  it('flags a milestone planned before today that is not done', () => {
    const today = '2026-04-01';
    expect(ms.filter((m) => isOverdue(m, today)).map((m) => m.title)).toEqual(['past, planned', 'past, delayed']);
    expect(overdueCount(ms, today)).toBe(2);
  });

  it('does not flag a milestone on its planned day, and flags it the day after', () => {
    const m = { plannedDate: '2026-04-01', status: 'planned' };
    expect(isOverdue(m, '2026-04-01')).toBe(false);
    expect(isOverdue(m, '2026-04-02')).toBe(true);
    expect(isOverdue({ ...m, status: 'done' }, '2027-01-01')).toBe(false);
  });

  it('takes "today" in Maastricht time from the given moment', () => {
    // 23:30 UTC on 31 March 2026 is already 1 April in Maastricht (CEST, UTC+2).
    const now = new Date('2026-03-31T23:30:00Z');
    expect(localDate(now)).toBe('2026-04-01');
    expect(overdueCount(ms, localDate(now))).toBe(2);
    // In winter (CET, UTC+1) 22:59 UTC on 14 January is still 14 January... and 23:00 UTC is the 15th.
    expect(localDate(new Date('2026-01-14T22:59:00Z'))).toBe('2026-01-14');
    expect(localDate(new Date('2026-01-14T23:00:00Z'))).toBe('2026-01-15');
  });
});
