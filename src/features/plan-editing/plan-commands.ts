import { and, eq, sql } from 'drizzle-orm';
import { canEditPlans } from '../../auth/policy';
import { commandBatch } from '../../commands/batch';
import { type CommandContext, localeOf } from '../../commands/context';
import { conflict, forbidden, invalid, ok, type CommandResult } from '../../commands/result';
import { plans, planVersions } from '../../db/schema';
import type { CurrentUser } from '../../env';
import { parseWith } from '../../validation/form';
import { isFrozen, writeConceptChange } from './concept-change';
import type { Target, VersionContent } from './model';
import { adoptSchema, planSchema, versionSchema } from './schemas';
import { copyVersionRows } from './statements';
import { planEditingTexts } from './texts';

/** The address part of a plan: one strategic agenda, one execution plan per neighbourhood. */
export const planSlug = (kind: string, neighbourhoodSlug: string | null) =>
  kind === 'strategic-agenda' ? 'strategische-agenda' : `uitvoeringsplan-${neighbourhoodSlug}`;

const newVersionId = (result: D1Result | undefined) => Number((result?.results[0] as { id?: number } | undefined)?.id);

/** A new plan with its first concept version (number 1). */
export async function createPlan(
  ctx: CommandContext,
  actor: CurrentUser | null,
  neighbourhoodOptions: readonly { id: number; slug: string }[],
  input: unknown,
): Promise<CommandResult<{ versionId: number }>> {
  if (!canEditPlans(actor)) return forbidden;
  const locale = localeOf(ctx);
  const t = planEditingTexts[locale];
  const parsed = parseWith(planSchema, input, locale, planEditingTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const data = parsed.data;
  const neighbourhood = data.kind === 'execution-plan' ? neighbourhoodOptions.find((n) => n.id === data.neighbourhood) : null;
  if (neighbourhood === undefined) return invalid({ neighbourhood: t.neighbourhoodRequired });
  const slug = planSlug(data.kind, neighbourhood?.slug ?? null);
  const planId = sql`(select ${plans.id} from ${plans} where ${plans.slug} = ${slug})`;
  const now = ctx.now.getTime();
  const committed = await commandBatch(ctx)
    .change(
      sql`insert into ${plans} (slug, kind, neighbourhood_id, is_demo, created_at)
        select ${slug}, ${data.kind}, ${neighbourhood?.id ?? null}, 0, ${now} where not exists (select 1 from ${plans} where ${plans.slug} = ${slug})`,
    )
    .add(
      sql`insert into ${planVersions} (plan_id, number, status, title, summary, period_start, period_end, version, created_at, updated_at)
        select ${planId}, 1, 'concept', ${data.title}, ${data.summary}, ${data.periodStart}, ${data.periodEnd}, 1, ${now}, ${now}`,
    )
    .audit({ actorUserId: actor.id, action: 'plan.create', objectType: 'plan', objectId: planId, detail: { slug, kind: data.kind } })
    .add(sql`select ${planVersions.id} as id from ${planVersions} where ${planVersions.planId} = ${planId} and ${planVersions.number} = 1`)
    .commit();
  if (committed.kind !== 'ok') return invalid({ kind: t.planExists });
  return ok({ versionId: newVersionId(committed.results.at(-1)) });
}

/**
 * The concept's own fields: title, summary, period. A target the new period no longer covers (a year, or a wave of
 * a year, `waveYears` from the monitor) is refused.
 */
export async function updatePlanVersion(
  ctx: CommandContext,
  actor: CurrentUser | null,
  content: VersionContent,
  waveYears: ReadonlyMap<string, number>,
  version: number | null,
  input: unknown,
): Promise<CommandResult> {
  if (!canEditPlans(actor)) return forbidden;
  if (isFrozen(content)) return conflict;
  const locale = localeOf(ctx);
  const t = planEditingTexts[locale];
  const parsed = parseWith(versionSchema, input, locale, planEditingTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const data = parsed.data;
  const { periodStart: start, periodEnd: end } = data;
  const yearOf = (tg: Target) => (tg.waveCode === null ? tg.year : (waveYears.get(tg.waveCode) ?? null));
  const outside = content.goals
    .flatMap((g) => g.targets)
    .find((tg) => {
      const year = yearOf(tg);
      return year !== null && (year < start || year > end);
    });
  if (outside)
    return invalid({
      periodEnd:
        outside.waveCode === null
          ? t.targetYearOutside(outside.year!, start, end)
          : t.targetWaveOutside(outside.waveCode, yearOf(outside)!, start, end),
    });
  return writeConceptChange(ctx, actor, content, version, () => ({
    statements: [],
    set: { title: data.title, summary: data.summary, periodStart: data.periodStart, periodEnd: data.periodEnd },
    audit: { action: 'plan.version.update', detail: { title: data.title, periodStart: data.periodStart, periodEnd: data.periodEnd } },
  }));
}

/** Adopts the concept (date, body, who recorded it); the previously adopted version becomes superseded in the same batch. */
export async function adoptPlanVersion(
  ctx: CommandContext,
  actor: CurrentUser | null,
  content: VersionContent,
  version: number | null,
  input: unknown,
): Promise<CommandResult> {
  if (!canEditPlans(actor)) return forbidden;
  const locale = localeOf(ctx);
  const parsed = parseWith(adoptSchema, input, locale, planEditingTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  if (content.version.status === 'concept' && content.goals.length === 0) return invalid({ _form: planEditingTexts[locale].nothingToAdopt });
  const { adoptedOn, adoptedBy } = parsed.data;
  return writeConceptChange(ctx, actor, content, version, (guard) => ({
    statements: [
      ctx.db
        .update(planVersions)
        .set({ status: 'superseded', updatedAt: ctx.now })
        .where(and(eq(planVersions.planId, content.plan.id), eq(planVersions.status, 'adopted'), guard)),
    ],
    set: { status: 'adopted', adoptedOn, adoptedBy, adoptedByUserId: actor.id },
    audit: { action: 'plan.version.adopt', detail: { number: content.version.number, adoptedOn, adoptedBy } },
  }));
}

/** A new concept (number + 1) as a copy of the adopted version: every row copied with INSERT … SELECT, goal ids kept. */
export async function startNewConcept(
  ctx: CommandContext,
  actor: CurrentUser | null,
  content: VersionContent,
): Promise<CommandResult<{ versionId: number }>> {
  if (!canEditPlans(actor)) return forbidden;
  if (content.version.status !== 'adopted') return conflict;
  const planId = content.plan.id;
  const from = content.version.id;
  const now = ctx.now.getTime();
  const concept = sql`(select ${planVersions.id} from ${planVersions} where ${planVersions.planId} = ${planId} and ${planVersions.status} = 'concept')`;
  const committed = await commandBatch(ctx)
    .change(
      sql`insert into ${planVersions} (plan_id, number, status, title, summary, period_start, period_end, version, created_at, updated_at)
        select plan_id, (select max(number) + 1 from ${planVersions} where plan_id = ${planId}), 'concept', title, summary, period_start, period_end, 1, ${now}, ${now}
        from ${planVersions} where id = ${from} and status = 'adopted'
          and not exists (select 1 from ${planVersions} where plan_id = ${planId} and status = 'concept')`,
    )
    .add(...copyVersionRows(concept, from))
    .audit({
      actorUserId: actor.id,
      action: 'plan.version.new-concept',
      objectType: 'plan-version',
      objectId: concept,
      detail: { from: content.version.number },
    })
    .add(sql`select ${concept} as id`)
    .commit();
  if (committed.kind !== 'ok') return conflict;
  return ok({ versionId: newVersionId(committed.results.at(-1)) });
}
