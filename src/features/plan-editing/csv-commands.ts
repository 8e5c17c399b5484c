import { and, eq, sql, type SQL } from 'drizzle-orm';
import { canEditPlans } from '../../auth/policy';
import { type CommandContext, localeOf } from '../../commands/context';
import { conflict, forbidden, invalid, type CommandResult } from '../../commands/result';
import { goals, planGoals } from '../../db/schema';
import type { CurrentUser } from '../../env';
import { isFrozen, writeConceptChange } from './concept-change';
import { checkGoalsCsv } from './csv';
import type { VersionContent } from './model';
import type { GoalOptions } from './queries';
import { deleteVersionDetails, insertGoalContent } from './statements';
import { planEditingTexts } from './texts';

/**
 * Replaces every goal of a concept with the goals of a CSV file, all or nothing, in one guarded batch. A reference
 * that is a goal of this concept keeps that goal (its links and reported progress); other rows become new goals.
 * The errors of a refused file are keyed by their order, each message starting with its line.
 */
export async function importGoals(
  ctx: CommandContext,
  actor: CurrentUser | null,
  content: VersionContent,
  options: GoalOptions,
  version: number | null,
  text: string,
): Promise<CommandResult> {
  if (!canEditPlans(actor)) return forbidden;
  if (isFrozen(content)) return conflict;
  const locale = localeOf(ctx);
  const check = checkGoalsCsv(text, content, options, locale);
  if (check.errors.length)
    return invalid(Object.fromEntries(check.errors.map((e, i) => [`regel-${i}`, `${planEditingTexts[locale].csvLine(e.line)}: ${e.message}`])));
  const planId = content.plan.id;
  const versionId = content.version.id;
  const fresh = check.goals.filter((g) => g.existingGoalId === null);
  const newest = sql`(select max(${goals.id}) from ${goals} where ${goals.planId} = ${planId})`;
  const idOf = new Map<string, number | SQL>(
    check.goals.map((g) => [g.ref, g.existingGoalId ?? sql`(${newest} - ${fresh.length - 1 - fresh.indexOf(g)})`]),
  );
  return writeConceptChange(ctx, actor, content, version, (guard) => ({
    statements: [
      ...deleteVersionDetails(ctx.db, versionId, guard),
      ctx.db.delete(planGoals).where(and(eq(planGoals.planVersionId, versionId), guard)),
      ...fresh.map(
        () =>
          sql`insert into ${goals} (plan_id, status, version, created_at) select ${planId}, 'not-started', 1, ${ctx.now.getTime()} where ${guard}`,
      ),
      ...check.goals.flatMap((g) =>
        insertGoalContent(ctx.db, versionId, idOf.get(g.ref)!, { ...g, parentGoalId: g.parentRef === null ? null : idOf.get(g.parentRef)! }, guard),
      ),
      sql`delete from ${goals} where ${goals.planId} = ${planId} and ${guard}
        and ${goals.id} not in (select goal_id from ${planGoals})
        and ${goals.id} not in (select agenda_goal_id from ${planGoals} where agenda_goal_id is not null)`,
    ],
    audit: { action: 'plan.goals.import', detail: { goals: check.goals.length, new: fresh.length } },
  }));
}
