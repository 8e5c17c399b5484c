import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  goals,
  monitorIndicators,
  monitorObservations,
  monitorWaves,
  neighbourhoods,
  organisations,
  pillars,
  planGoalNeighbourhoods,
  planGoalPartners,
  planGoalPillars,
  planGoals,
  planGoalTargets,
  plans,
  planVersions,
} from '../../db/schema';
import { treeOrder, type GoalContent, type VersionContent } from './model';

/** Every plan with its versions, newest first, for the list at `/plannen` (one round trip). */
/** The plans with their versions, and the neighbourhoods a new plan can be for: one round trip. */
export async function loadPlanList(db: Db) {
  const [planRows, versionRows, neighbourhoodRows] = await db.batch([
    db
      .select({ plan: plans, neighbourhoodName: neighbourhoods.name })
      .from(plans)
      .leftJoin(neighbourhoods, eq(neighbourhoods.id, plans.neighbourhoodId))
      .orderBy(asc(plans.kind), asc(neighbourhoods.sortOrder)),
    db.select().from(planVersions).orderBy(desc(planVersions.number)),
    db
      .select({ id: neighbourhoods.id, name: neighbourhoods.name, slug: neighbourhoods.slug })
      .from(neighbourhoods)
      .orderBy(asc(neighbourhoods.sortOrder)),
  ]);
  return { plans: planRows.map((p) => ({ ...p, versions: versionRows.filter((v) => v.planId === p.plan.id) })), neighbourhoods: neighbourhoodRows };
}

export type PlanListItem = Awaited<ReturnType<typeof loadPlanList>>['plans'][number];

/** The sub rows of every goal of the given versions, as one batch with the goals themselves. */
function contentStatements(db: Db, versionIds: number[]) {
  return [
    db.select().from(planGoals).where(inArray(planGoals.planVersionId, versionIds)),
    db.select().from(planGoalPillars).where(inArray(planGoalPillars.planVersionId, versionIds)),
    db.select().from(planGoalNeighbourhoods).where(inArray(planGoalNeighbourhoods.planVersionId, versionIds)),
    db.select().from(planGoalPartners).where(inArray(planGoalPartners.planVersionId, versionIds)),
    db.select().from(planGoalTargets).where(inArray(planGoalTargets.planVersionId, versionIds)).orderBy(asc(planGoalTargets.id)),
  ] as const;
}

type ContentRows = {
  [K in keyof ReturnType<typeof contentStatements>]: Awaited<ReturnType<typeof contentStatements>[K]>;
};

function goalsOf(versionId: number, [goalRows, pillarRows, nbRows, partnerRows, targetRows]: ContentRows): GoalContent[] {
  const mine = <R extends { planVersionId: number; goalId: number }>(rows: R[], goalId: number) =>
    rows.filter((r) => r.planVersionId === versionId && r.goalId === goalId);
  return treeOrder(
    goalRows
      .filter((g) => g.planVersionId === versionId)
      .map((g) => ({
        goalId: g.goalId,
        parentGoalId: g.parentGoalId,
        depth: g.depth,
        sortOrder: g.sortOrder,
        title: g.title,
        description: g.description,
        weight: g.weight,
        indicatorCode: g.indicatorCode,
        baselineWaveCode: g.baselineWaveCode,
        baselineValue: g.baselineValue,
        agendaGoalId: g.agendaGoalId,
        pillars: mine(pillarRows, g.goalId)
          .map((r) => r.pillarId)
          .sort(),
        neighbourhoods: mine(nbRows, g.goalId)
          .map((r) => r.neighbourhoodId)
          .sort((a, b) => a - b),
        partners: mine(partnerRows, g.goalId)
          .map((r) => r.organisationId)
          .sort((a, b) => a - b),
        targets: mine(targetRows, g.goalId).map((r) => ({ year: r.year, waveCode: r.waveCode, value: r.value })),
      })),
  );
}

/** One version with its plan and goals, plus the goals' reported state and the plan's versions (two round trips: the version, then its rows). */
export async function loadVersion(db: Db, versionId: number) {
  const [row] = await db
    .select({ plan: plans, version: planVersions })
    .from(planVersions)
    .innerJoin(plans, eq(plans.id, planVersions.planId))
    .where(eq(planVersions.id, versionId));
  if (!row) return null;
  const [states, siblings, ...content] = await db.batch([
    db.select().from(goals).where(eq(goals.planId, row.plan.id)),
    db
      .select({ id: planVersions.id, number: planVersions.number, status: planVersions.status })
      .from(planVersions)
      .where(eq(planVersions.planId, row.plan.id)),
    ...contentStatements(db, [versionId]),
  ]);
  const result: VersionContent = { ...row, goals: goalsOf(versionId, content as unknown as ContentRows) };
  return { ...result, states: new Map(states.map((s) => [s.id, s])), planVersions: siblings };
}

export type LoadedVersion = NonNullable<Awaited<ReturnType<typeof loadVersion>>>;
export type GoalState = LoadedVersion['states'] extends Map<number, infer S> ? S : never;

/** Every version of a plan with its goals, oldest first, for the version history (two round trips). */
export async function loadPlanHistory(db: Db, where: { slug: string } | { neighbourhoodSlug: string }) {
  const condition =
    'slug' in where
      ? eq(plans.slug, where.slug)
      : and(
          eq(plans.kind, 'execution-plan'),
          sql`${plans.neighbourhoodId} = (select ${neighbourhoods.id} from ${neighbourhoods} where ${neighbourhoods.slug} = ${where.neighbourhoodSlug})`,
        );
  const versions = await db
    .select({ plan: plans, version: planVersions })
    .from(planVersions)
    .innerJoin(plans, eq(plans.id, planVersions.planId))
    .where(condition)
    .orderBy(asc(planVersions.number));
  if (versions.length === 0) return [];
  const content = (await db.batch(
    contentStatements(
      db,
      versions.map((v) => v.version.id),
    ),
  )) as unknown as ContentRows;
  return versions.map((v): VersionContent => ({ ...v, goals: goalsOf(v.version.id, content) }));
}

/**
 * What the goal form offers and the goal commands check against: pillars, neighbourhoods, partner organisations,
 * the monitor's indicators and waves (with which indicator was measured in which wave), and the goals of the strategic agenda's current version (for an execution
 * plan's goals). One round trip.
 */
export async function loadGoalOptions(db: Db) {
  const agendaVersion = sql`(select v.id from ${planVersions} v join ${plans} p on p.id = v.plan_id
    where p.kind = 'strategic-agenda' and v.status <> 'superseded' order by (v.status = 'adopted') desc, v.number desc limit 1)`;
  const [pillarRows, nbRows, orgRows, indicatorRows, waveRows, measuredRows, agendaRows] = await db.batch([
    db.select({ id: pillars.id, nameNl: pillars.nameNl, nameEn: pillars.nameEn }).from(pillars).orderBy(asc(pillars.sortOrder)),
    db
      .select({ id: neighbourhoods.id, name: neighbourhoods.name, slug: neighbourhoods.slug })
      .from(neighbourhoods)
      .orderBy(asc(neighbourhoods.sortOrder)),
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.status, 'approved'))
      .orderBy(asc(organisations.name)),
    db
      .select({ code: monitorIndicators.code, nameNl: monitorIndicators.nameNl, nameEn: monitorIndicators.nameEn })
      .from(monitorIndicators)
      .orderBy(asc(monitorIndicators.nameNl)),
    db.select({ code: monitorWaves.code, name: monitorWaves.name, year: monitorWaves.year }).from(monitorWaves).orderBy(asc(monitorWaves.year)),
    db.selectDistinct({ indicatorCode: monitorObservations.indicatorCode, waveCode: monitorObservations.waveCode }).from(monitorObservations),
    db
      .select({
        goalId: planGoals.goalId,
        title: planGoals.title,
        depth: planGoals.depth,
        parentGoalId: planGoals.parentGoalId,
        sortOrder: planGoals.sortOrder,
      })
      .from(planGoals)
      .where(and(sql`${planGoals.planVersionId} = ${agendaVersion}`)),
  ]);
  return {
    pillars: pillarRows,
    neighbourhoods: nbRows,
    organisations: orgRows,
    indicators: indicatorRows,
    waves: waveRows,
    measured: measuredRows,
    agendaGoals: treeOrder(agendaRows),
  };
}

export type GoalOptions = Awaited<ReturnType<typeof loadGoalOptions>>;
