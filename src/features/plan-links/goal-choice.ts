import * as z from 'zod';
import { goalFits, type PlanGoal } from './goals';

/** What a choice of goals is checked against: the goal's id and the pillars and neighbourhoods it belongs to. */
export type GoalScope = Pick<PlanGoal, 'id' | 'pillarIds' | 'neighbourhoodIds'>;

export const MAX_CHOSEN_GOALS = 20;

const asList = (value: unknown) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]);

/** A checkbox group of goal ids: each one of `goals`, at most MAX_CHOSEN_GOALS; duplicates collapse. */
export function goalChoice(goals: readonly Pick<GoalScope, 'id'>[]) {
  const known = new Set(goals.map((g) => String(g.id)));
  return z
    .preprocess(asList, z.array(z.string().max(12)).max(MAX_CHOSEN_GOALS, 'goalsTooMany'))
    .refine((values) => values.every((v) => known.has(v)), 'goalUnknown')
    .transform((values) => [...new Set(values)]);
}

const numbers = (value: unknown) => (Array.isArray(value) ? value.map(Number) : []);
const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

/** The chosen goals that do not fit the chosen pillars and neighbourhoods (the form marks them). */
export function unfittingGoals(
  goals: readonly GoalScope[],
  chosen: readonly number[],
  scope: { pillarIds: readonly string[]; neighbourhoodIds: readonly number[] },
) {
  const byId = new Map(goals.map((g) => [g.id, g]));
  return chosen.filter((id) => {
    const goal = byId.get(id);
    return goal !== undefined && !goalFits(goal, scope);
  });
}

/** The message key when a chosen goal does not fit the activity's pillars and neighbourhoods, from the parsed form. */
export function goalProblem(goals: readonly GoalScope[], value: { goals?: unknown; pillars?: unknown; neighbourhoods?: unknown }): string | null {
  const chosen = numbers(value.goals);
  if (chosen.length === 0) return null;
  const scope = { pillarIds: strings(value.pillars), neighbourhoodIds: numbers(value.neighbourhoods) };
  return unfittingGoals(goals, chosen, scope).length ? 'goalNotFitting' : null;
}
