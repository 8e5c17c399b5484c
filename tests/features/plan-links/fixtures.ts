import { eq } from 'drizzle-orm';
import type { PlanKind } from '../../../src/db/enums';
import { goals, planGoalNeighbourhoods, planGoalPillars, planGoals, plans, planVersions, projects } from '../../../src/db/schema';
import { db } from '../../helpers';

/** Test rows for plans, written directly (the plan editor is another feature); titles make them easy to find. */
export type GoalSpec = { title: string; depth?: number; parent?: string; pillars?: string[]; neighbourhoods?: number[]; goalId?: number };

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Writes a concept version's goals (a version is written as concept, the only state that takes rows). */
async function writeGoals(planId: number, versionId: number, specs: GoalSpec[], known: Record<string, number> = {}) {
  const ids: Record<string, number> = { ...known };
  for (const [i, spec] of specs.entries()) {
    const goalId = spec.goalId ?? ids[spec.title] ?? (await db().insert(goals).values({ planId }).returning())[0]!.id;
    ids[spec.title] = goalId;
    await db()
      .insert(planGoals)
      .values({
        planVersionId: versionId,
        goalId,
        parentGoalId: spec.parent ? ids[spec.parent]! : null,
        depth: spec.depth ?? 1,
        sortOrder: i,
        title: spec.title,
      });
    for (const pillarId of spec.pillars ?? []) await db().insert(planGoalPillars).values({ planVersionId: versionId, goalId, pillarId });
    for (const neighbourhoodId of spec.neighbourhoods ?? [])
      await db().insert(planGoalNeighbourhoods).values({ planVersionId: versionId, goalId, neighbourhoodId });
  }
  return ids;
}

/** A plan with one version (adopted unless `adopted: false`) and its goals; returns the goal ids by title. */
export async function makePlan(opts: {
  title: string;
  goals: GoalSpec[];
  kind?: PlanKind;
  neighbourhoodId?: number | null;
  adopted?: boolean;
  periodStart?: number;
  periodEnd?: number;
}) {
  const [plan] = await db()
    .insert(plans)
    .values({ slug: `plan-${unique()}`, kind: opts.kind ?? 'execution-plan', neighbourhoodId: opts.neighbourhoodId ?? null })
    .returning();
  const [version] = await db()
    .insert(planVersions)
    .values({ planId: plan!.id, number: 1, title: opts.title, periodStart: opts.periodStart ?? 2026, periodEnd: opts.periodEnd ?? 2027 })
    .returning();
  const ids = await writeGoals(plan!.id, version!.id, opts.goals);
  if (opts.adopted !== false) await adopt(version!.id);
  return { planId: plan!.id, versionId: version!.id, goalIds: ids };
}

export const adopt = (versionId: number) =>
  db()
    .update(planVersions)
    .set({ status: 'adopted', adoptedOn: '2026-01-15', adoptedBy: 'Stuurgroep Veerkrachtige Wijken' })
    .where(eq(planVersions.id, versionId));

/** A new concept version of a plan with the given goals (reuse a goal by passing its `goalId`). */
export async function addConcept(planId: number, number: number, title: string, specs: GoalSpec[], known: Record<string, number> = {}) {
  const [version] = await db().insert(planVersions).values({ planId, number, title, periodStart: 2026, periodEnd: 2027 }).returning();
  return { versionId: version!.id, goalIds: await writeGoals(planId, version!.id, specs, known) };
}

export async function makeProject(title = 'Project met doelen') {
  const [project] = await db()
    .insert(projects)
    .values({ slug: `project-${unique()}`, title, summary: 'Een project voor deze test.', fundingProgramme: 'regio-deal-4' })
    .returning();
  return project!;
}
