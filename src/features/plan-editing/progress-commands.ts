import { and, eq, sql } from 'drizzle-orm';
import { canEditPlans } from '../../auth/policy';
import { commandBatch } from '../../commands/batch';
import { type CommandContext, localeOf } from '../../commands/context';
import { conflictWith, done, forbidden, invalid, notFound, type CommandResult } from '../../commands/result';
import { goals } from '../../db/schema';
import type { CurrentUser } from '../../env';
import { parseWith } from '../../validation/form';
import type { GoalState, LoadedVersion } from './queries';
import { progressSchema } from './schemas';
import { planEditingTexts } from './texts';

/**
 * Reports a goal's status and progress. That is execution, not a change of the plan: it is stored on the goal's
 * identity (guarded by the goal's own `version`), so it works on an adopted version too. A goal with sub-goals gets
 * a status only; its progress rolls up from the sub-goals.
 */
export async function reportGoalProgress(
  ctx: CommandContext,
  actor: CurrentUser | null,
  loaded: LoadedVersion,
  goalId: number,
  version: number | null,
  input: unknown,
): Promise<CommandResult<undefined, GoalState>> {
  if (!canEditPlans(actor)) return forbidden;
  const state = loaded.states.get(goalId);
  if (!state || !loaded.goals.some((g) => g.goalId === goalId)) return notFound;
  const locale = localeOf(ctx);
  const parsed = parseWith(progressSchema, input, locale, planEditingTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const data = parsed.data;
  if (data.progress !== null && loaded.goals.some((g) => g.parentGoalId === goalId))
    return invalid({ progress: planEditingTexts[locale].progressOnParent });
  if (version === null || version !== state.version) return conflictWith(state);
  const committed = await commandBatch(ctx)
    .change(
      ctx.db
        .update(goals)
        .set({
          status: data.status,
          progress: data.progress,
          progressNote: data.note || null,
          progressUpdatedAt: ctx.now,
          progressUpdatedByUserId: actor.id,
          version: sql`${goals.version} + 1`,
        })
        .where(and(eq(goals.id, goalId), eq(goals.version, version))),
    )
    .audit({
      actorUserId: actor.id,
      action: 'plan.goal.progress',
      objectType: 'goal',
      objectId: goalId,
      detail: { status: data.status, progress: data.progress },
    })
    .commit();
  return committed.kind === 'ok' ? done : conflictWith(state);
}
