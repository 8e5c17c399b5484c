import { and, eq, inArray, sql } from 'drizzle-orm';
import { canEditPlans } from '../../auth/policy';
import { type CommandContext, localeOf } from '../../commands/context';
import { conflict, done, forbidden, invalid, notFound, type CommandResult } from '../../commands/result';
import { goals, planGoals } from '../../db/schema';
import { MAX_GOAL_DEPTH } from '../../db/enums';
import type { CurrentUser } from '../../env';
import { parseWith } from '../../validation/form';
import { isFrozen, writeConceptChange } from './concept-change';
import { checkGoalFields, siblingWeightsAllZero } from './goal-check';
import { childrenOf, moveProblem, subtree, type VersionContent } from './model';
import type { GoalOptions } from './queries';
import { goalSchema, moveSchema } from './schemas';
import { deleteGoalDetails, insertGoalContent, insertGoalDetails } from './statements';
import { planEditingTexts } from './texts';

const nextSortOrder = (content: VersionContent, parentId: number | null) =>
  Math.max(-1, ...childrenOf(content.goals, parentId).map((g) => g.sortOrder)) + 1;

/** A new goal (ambition, goal or sub-goal) in a concept: a new goal identity and its content in this version. */
export async function addGoal(
  ctx: CommandContext,
  actor: CurrentUser | null,
  content: VersionContent,
  options: GoalOptions,
  version: number | null,
  input: unknown,
): Promise<CommandResult> {
  if (!canEditPlans(actor)) return forbidden;
  if (isFrozen(content)) return conflict;
  const locale = localeOf(ctx);
  const t = planEditingTexts[locale];
  const parsed = parseWith(goalSchema, input, locale, planEditingTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const data = parsed.data;
  const checked = checkGoalFields(data, content, options, locale);
  const errors = 'errors' in checked ? { ...checked.errors } : {};
  const parent = data.parent === null ? null : content.goals.find((g) => g.goalId === data.parent);
  if (parent === undefined) errors.parent = t.parentUnknown;
  else if (parent && parent.depth >= MAX_GOAL_DEPTH) errors.parent = t.tooDeep;
  if (!errors.weight && parent !== undefined && siblingWeightsAllZero(content.goals, parent?.goalId ?? null, { goalId: null, weight: data.weight }))
    errors.weight = t.weightsAllZero;
  if (Object.keys(errors).length > 0 || 'errors' in checked || parent === undefined) return invalid(errors);
  const parentGoalId = parent?.goalId ?? null;
  const planId = content.plan.id;
  const newGoal = sql`(select max(${goals.id}) from ${goals} where ${goals.planId} = ${planId})`;
  return writeConceptChange(ctx, actor, content, version, (guard) => ({
    statements: [
      sql`insert into ${goals} (plan_id, status, version, created_at) select ${planId}, 'not-started', 1, ${ctx.now.getTime()} where ${guard}`,
      ...insertGoalContent(
        ctx.db,
        content.version.id,
        newGoal,
        { ...checked.fields, parentGoalId, depth: (parent?.depth ?? 0) + 1, sortOrder: nextSortOrder(content, parentGoalId) },
        guard,
      ),
    ],
    audit: { action: 'plan.goal.add', detail: { title: data.title, parentGoalId } },
  }));
}

/** The content of a goal in a concept: texts, pillars, neighbourhoods, partners, weight, indicator, baseline, targets. */
export async function updateGoal(
  ctx: CommandContext,
  actor: CurrentUser | null,
  content: VersionContent,
  options: GoalOptions,
  goalId: number,
  version: number | null,
  input: unknown,
): Promise<CommandResult> {
  if (!canEditPlans(actor)) return forbidden;
  if (isFrozen(content)) return conflict;
  const before = content.goals.find((g) => g.goalId === goalId);
  if (!before) return notFound;
  const locale = localeOf(ctx);
  const parsed = parseWith(goalSchema, input, locale, planEditingTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const checked = checkGoalFields(parsed.data, content, options, locale);
  const errors = 'errors' in checked ? { ...checked.errors } : {};
  if (siblingWeightsAllZero(content.goals, before.parentGoalId, { goalId, weight: parsed.data.weight }))
    errors.weight = planEditingTexts[locale].weightsAllZero;
  if (Object.keys(errors).length > 0 || 'errors' in checked) return invalid(errors);
  const f = checked.fields;
  const versionId = content.version.id;
  return writeConceptChange(ctx, actor, content, version, (guard) => ({
    statements: [
      ctx.db
        .update(planGoals)
        .set({
          title: f.title,
          description: f.description,
          weight: f.weight,
          indicatorCode: f.indicatorCode,
          baselineWaveCode: f.baselineWaveCode,
          baselineValue: f.baselineValue,
          agendaGoalId: f.agendaGoalId,
        })
        .where(and(eq(planGoals.planVersionId, versionId), eq(planGoals.goalId, goalId), guard)),
      ...deleteGoalDetails(ctx.db, versionId, goalId, guard),
      ...insertGoalDetails(ctx.db, versionId, goalId, f, guard),
    ],
    audit: { action: 'plan.goal.update', detail: { goalId, title: f.title } },
  }));
}

/** Moves a goal (with its sub-goals) under another parent, or to the top; never under itself, never a fourth level. */
export async function moveGoal(
  ctx: CommandContext,
  actor: CurrentUser | null,
  content: VersionContent,
  goalId: number,
  version: number | null,
  input: unknown,
): Promise<CommandResult> {
  if (!canEditPlans(actor)) return forbidden;
  if (isFrozen(content)) return conflict;
  const moved = content.goals.find((g) => g.goalId === goalId);
  if (!moved) return notFound;
  const locale = localeOf(ctx);
  const t = planEditingTexts[locale];
  const parsed = parseWith(moveSchema, input, locale, planEditingTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const newParentId = parsed.data.parent;
  const problem = moveProblem(content.goals, goalId, newParentId);
  if (problem) return invalid({ parent: { cycle: t.cycle, 'too-deep': t.tooDeep, 'parent-unknown': t.parentUnknown }[problem] });
  if (newParentId === moved.parentGoalId) return done;
  if (siblingWeightsAllZero(content.goals, newParentId, { goalId, weight: moved.weight })) return invalid({ parent: t.weightsAllZero });
  if (siblingWeightsAllZero(content.goals, moved.parentGoalId, { goalId })) return invalid({ parent: t.weightsAllZeroRemove });
  const newDepth = newParentId === null ? 1 : content.goals.find((g) => g.goalId === newParentId)!.depth + 1;
  const ids = subtree(content.goals, goalId).map((g) => g.goalId);
  const versionId = content.version.id;
  return writeConceptChange(ctx, actor, content, version, (guard) => ({
    statements: [
      ctx.db
        .update(planGoals)
        .set({ depth: sql`${planGoals.depth} + ${newDepth - moved.depth}` })
        .where(and(eq(planGoals.planVersionId, versionId), inArray(planGoals.goalId, ids), guard)),
      ctx.db
        .update(planGoals)
        .set({ parentGoalId: newParentId, sortOrder: nextSortOrder(content, newParentId) })
        .where(and(eq(planGoals.planVersionId, versionId), eq(planGoals.goalId, goalId), guard)),
    ],
    audit: { action: 'plan.goal.move', detail: { goalId, from: moved.parentGoalId, to: newParentId } },
  }));
}

/** One place up or down among its siblings; the siblings are renumbered 0, 1, 2… */
export async function reorderGoal(
  ctx: CommandContext,
  actor: CurrentUser | null,
  content: VersionContent,
  goalId: number,
  direction: 'up' | 'down',
  version: number | null,
): Promise<CommandResult> {
  if (!canEditPlans(actor)) return forbidden;
  if (isFrozen(content)) return conflict;
  const goal = content.goals.find((g) => g.goalId === goalId);
  if (!goal) return notFound;
  const siblings = childrenOf(content.goals, goal.parentGoalId).map((g) => g.goalId);
  const from = siblings.indexOf(goalId);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= siblings.length) return done; // already first or last
  [siblings[from], siblings[to]] = [siblings[to]!, siblings[from]!];
  const versionId = content.version.id;
  return writeConceptChange(ctx, actor, content, version, (guard) => ({
    statements: siblings.map((id, i) =>
      ctx.db
        .update(planGoals)
        .set({ sortOrder: i })
        .where(and(eq(planGoals.planVersionId, versionId), eq(planGoals.goalId, id), guard)),
    ),
    audit: { action: 'plan.goal.reorder', detail: { goalId, direction } },
  }));
}

/** Removes a goal without sub-goals from a concept; a goal that exists only in this concept loses its identity too. */
export async function removeGoal(
  ctx: CommandContext,
  actor: CurrentUser | null,
  content: VersionContent,
  goalId: number,
  version: number | null,
): Promise<CommandResult> {
  if (!canEditPlans(actor)) return forbidden;
  if (isFrozen(content)) return conflict;
  const goal = content.goals.find((g) => g.goalId === goalId);
  if (!goal) return notFound;
  const t = planEditingTexts[localeOf(ctx)];
  if (content.goals.some((g) => g.parentGoalId === goalId)) return invalid({ _form: t.hasChildren });
  if (siblingWeightsAllZero(content.goals, goal.parentGoalId, { goalId })) return invalid({ _form: t.weightsAllZeroRemove });
  const versionId = content.version.id;
  return writeConceptChange(ctx, actor, content, version, (guard) => ({
    statements: [
      ...deleteGoalDetails(ctx.db, versionId, goalId, guard),
      ctx.db.delete(planGoals).where(and(eq(planGoals.planVersionId, versionId), eq(planGoals.goalId, goalId), guard)),
      sql`delete from ${goals} where ${goals.id} = ${goalId} and ${guard}
        and not exists (select 1 from ${planGoals} where ${planGoals.goalId} = ${goalId} or ${planGoals.agendaGoalId} = ${goalId})`,
    ],
    audit: { action: 'plan.goal.remove', detail: { goalId, title: goal.title } },
  }));
}
