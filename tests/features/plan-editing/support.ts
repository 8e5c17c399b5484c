import { and, eq } from 'drizzle-orm';
import { goals, monitorObservations, neighbourhoods, planGoals, plans, planVersions } from '../../../src/db/schema';
import { db, postForm } from '../../helpers';

let n = 0;
const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

/** A fresh concept of a fresh execution plan (its own neighbourhood), so tests do not share a tree. */
export async function freshConcept(opts: { periodStart?: number; periodEnd?: number } = {}) {
  const slug = `testwijk-${unique()}`;
  const [nb] = await db()
    .insert(neighbourhoods)
    .values({ slug, name: `Testwijk ${slug}`, descriptionNl: '', descriptionEn: '' })
    .returning();
  const [plan] = await db()
    .insert(plans)
    .values({ slug: `uitvoeringsplan-${slug}`, kind: 'execution-plan', neighbourhoodId: nb!.id })
    .returning();
  const [version] = await db()
    .insert(planVersions)
    .values({
      planId: plan!.id,
      number: 1,
      title: `Uitvoeringsplan ${slug}`,
      periodStart: opts.periodStart ?? 2026,
      periodEnd: opts.periodEnd ?? 2027,
    })
    .returning();
  return { plan: plan!, version: version!, neighbourhood: nb!, path: `/plannen/${version!.id}` };
}

export async function versionRow(id: number) {
  const [row] = await db().select().from(planVersions).where(eq(planVersions.id, id));
  return row!;
}

export async function goalRows(versionId: number) {
  return db().select().from(planGoals).where(eq(planGoals.planVersionId, versionId));
}

export async function goalState(goalId: number) {
  const [row] = await db().select().from(goals).where(eq(goals.id, goalId));
  return row;
}

/** A wave of the demo monitor in which `indicator` was measured (a baseline must be one). */
export async function aWave(indicator: string) {
  const [row] = await db()
    .selectDistinct({ code: monitorObservations.waveCode })
    .from(monitorObservations)
    .where(eq(monitorObservations.indicatorCode, indicator))
    .orderBy(monitorObservations.waveCode)
    .limit(1);
  return row!.code;
}

export const goalFields = (over: Record<string, string | string[]> = {}): Record<string, string | string[]> => ({
  title: 'Minder eenzaamheid',
  description: '',
  parent: '',
  weight: '',
  indicator: '',
  baselineWave: '',
  baselineValue: '',
  targets: '',
  agendaGoal: '',
  ...over,
});

/** Adds a goal through the form and returns its id (the newest goal of the version with that title). */
export async function addGoalVia(path: string, cookie: string, versionId: number, over: Record<string, string | string[]> = {}) {
  const res = await postForm(`${path}/doelen`, { version: String((await versionRow(versionId)).version), ...goalFields(over) }, { cookie });
  if (res.status !== 303) throw new Error(`add goal: ${res.status} ${/utrecht-form-field-error-message[^>]*>([^<]*)/.exec(await res.text())?.[1]}`);
  const rows = await goalRows(versionId);
  return Math.max(...rows.filter((r) => r.title === (over.title ?? 'Minder eenzaamheid')).map((r) => r.goalId));
}

/** The message a re-rendered form shows at one field (quotes as the HTML escapes them), or undefined. */
export function fieldError(html: string, name: string) {
  return new RegExp(`id="veld-${name}-fout"[^>]*>([^<]*)<`).exec(html)?.[1]?.trim();
}

/** The demo strategic agenda's concept and its goal ids. */
export async function agendaConcept() {
  const [version] = await db()
    .select({ id: planVersions.id })
    .from(planVersions)
    .innerJoin(plans, eq(plans.id, planVersions.planId))
    .where(and(eq(plans.slug, 'strategische-agenda'), eq(planVersions.status, 'concept')));
  const rows = await goalRows(version!.id);
  return { versionId: version!.id, path: `/plannen/${version!.id}`, goalIds: rows.map((r) => r.goalId) };
}
