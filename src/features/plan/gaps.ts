import { movesAwayFromTarget } from './indicator';
import type { CellRow, GapGoalRow, GapObservationRow, GapRows, UnlinkedActivity } from './gap-queries';
import type { TargetRow } from './queries';

export type AwayGoal = GapGoalRow & { previous: number; latest: number; target: TargetRow };

export type Gaps = {
  withoutActivity: GapGoalRow[];
  unlinked: UnlinkedActivity[];
  unlinkedCut: boolean;
  emptyCells: CellRow[];
  cells: CellRow[];
  movingAway: AwayGoal[];
};

/**
 * The gaps of the current plans. A goal counts as served when a current activity serves it, one of its sub-goals,
 * or an execution-plan goal under it (the same counts as the plan pages); a pillar × neighbourhood cell is covered by a
 * goal with that pillar in that neighbourhood's execution plan or naming that neighbourhood.
 */
export function findGaps(rows: GapRows, unlinkedLimit: number): Gaps {
  const below = new Map<number, number[]>();
  for (const g of rows.goals) {
    for (const up of [g.parentGoalId, g.agendaGoalId]) if (up !== null) below.set(up, [...(below.get(up) ?? []), g.goalId]);
  }
  const direct = new Set(rows.activityLinks.map((l) => l.goalId));
  const served = new Map<number, boolean>();
  const isServed = (goalId: number, seen: Set<number>): boolean => {
    const known = served.get(goalId);
    if (known !== undefined) return known;
    if (seen.has(goalId)) return false;
    seen.add(goalId);
    const value = direct.has(goalId) || (below.get(goalId) ?? []).some((child) => isServed(child, seen));
    served.set(goalId, value);
    return value;
  };
  const movingAway: AwayGoal[] = [];
  for (const g of rows.goals) {
    if (!g.indicatorCode || !g.direction || !g.areaCode) continue;
    const observations = rows.observations.filter((o: GapObservationRow) => o.indicatorCode === g.indicatorCode && o.areaCode === g.areaCode);
    const targets = rows.targets.filter((t) => t.goalId === g.goalId);
    const measured = {
      direction: g.direction,
      minCount: g.minCount ?? 10,
      baselineValue: g.baselineValue,
      baselineYear: g.baselineYear,
      observations,
      targets,
    };
    if (!movesAwayFromTarget(measured)) continue;
    const latest = observations[observations.length - 1]!;
    const previous = observations.length >= 2 ? observations[observations.length - 2]!.value : g.baselineValue!;
    movingAway.push({ ...g, previous, latest: latest.value, target: targets[targets.length - 1]! });
  }
  return {
    withoutActivity: rows.goals.filter((g) => !isServed(g.goalId, new Set())),
    unlinked: rows.unlinked.slice(0, unlinkedLimit),
    unlinkedCut: rows.unlinked.length > unlinkedLimit,
    emptyCells: rows.cells.filter((c) => c.covered === 0),
    cells: rows.cells,
    movingAway,
  };
}
