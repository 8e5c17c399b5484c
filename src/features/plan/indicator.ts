import type { IndicatorDirection } from '../../db/enums';
import { shownValue, type Shown } from '../monitor/model';
import type { ObservationRow, TargetRow } from './queries';

export type Measured = {
  direction: IndicatorDirection;
  minCount: number;
  baselineValue: number | null;
  baselineYear: number | null;
  observations: ObservationRow[];
  targets: TargetRow[];
};

/** The target a goal is read against: the first one from this year on, else the last one. */
export function targetFor(targets: readonly TargetRow[], year: number): TargetRow | null {
  return targets.find((t) => t.year >= year) ?? targets[targets.length - 1] ?? null;
}

/** The latest value a reader may see, with its wave (a suppressed small number is "te weinig waarnemingen"). */
export function latestShown(goal: Pick<Measured, 'observations' | 'minCount'>, seesSmall: boolean): { shown: Shown; year: number | null } {
  const latest = goal.observations[goal.observations.length - 1];
  if (!latest) return { shown: { kind: 'missing' }, year: null };
  return { shown: shownValue(latest, goal.minCount, seesSmall), year: latest.year };
}

/** How far a value falls short of the target in the indicator's good direction (0 once the target is reached). */
export function shortfall(direction: IndicatorDirection, value: number, target: number): number {
  return Math.max(0, direction === 'higher-better' ? target - value : value - target);
}

/**
 * Whether the indicator moves away from the target: the latest wave falls further short of the (last) target than
 * the wave before it, or than the baseline when there is only one wave after it. Moving past the target is not away.
 */
export function movesAwayFromTarget(goal: Measured): boolean {
  const target = goal.targets[goal.targets.length - 1];
  const values = goal.observations;
  const latest = values[values.length - 1];
  if (!target || !latest) return false;
  const previous =
    values.length >= 2
      ? values[values.length - 2]!.value
      : goal.baselineValue !== null && (goal.baselineYear ?? 0) < latest.year
        ? goal.baselineValue
        : null;
  if (previous === null) return false;
  return shortfall(goal.direction, latest.value, target.value) > shortfall(goal.direction, previous, target.value) + 1e-9;
}
