import { and, eq, sql } from 'drizzle-orm';
import { canManageProjects } from '../../auth/policy';
import { type CommandContext, localeOf } from '../../commands/context';
import { forbidden, invalid, notFound, type CommandResult } from '../../commands/result';
import type { CurrentUser } from '../../env';
import { budgetLines } from '../../db/schema';
import { parseWith } from '../../validation/form';
import { writePlanChange } from './plan-change';
import type { ProjectPlan } from './queries';
import { budgetLineSchema, type BudgetLineInput } from './schemas';
import { managementTexts } from './texts';

const amountsInCents = (data: BudgetLineInput) => ({ allocatedCents: data.allocated, committedCents: data.committed, spentCents: data.spent });

export async function addBudgetLine(
  ctx: CommandContext,
  actor: CurrentUser,
  plan: ProjectPlan,
  version: number | null,
  input: unknown,
): Promise<CommandResult> {
  if (!canManageProjects(actor)) return forbidden;
  const parsed = parseWith(budgetLineSchema, input, localeOf(ctx), managementTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const data = parsed.data;
  return writePlanChange(ctx, actor, plan, version, ({ projectId, guard, now }) => ({
    statements: [
      sql`insert into ${budgetLines} (project_id, funding_source, allocated_cents, committed_cents, spent_cents, created_at, updated_at)
        select ${projectId}, ${data.fundingSource}, ${data.allocated}, ${data.committed}, ${data.spent}, ${now.getTime()}, ${now.getTime()}
        where ${guard}`,
    ],
    audit: { action: 'budget-line.add', detail: { fundingSource: data.fundingSource, ...amountsInCents(data) } },
  }));
}

export async function updateBudgetLine(
  ctx: CommandContext,
  actor: CurrentUser,
  plan: ProjectPlan,
  lineId: number,
  version: number | null,
  input: unknown,
): Promise<CommandResult> {
  if (!canManageProjects(actor)) return forbidden;
  const before = plan.budgetLines.find((l) => l.id === lineId);
  if (!before) return notFound;
  const parsed = parseWith(budgetLineSchema, input, localeOf(ctx), managementTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const data = parsed.data;
  return writePlanChange(ctx, actor, plan, version, ({ projectId, guard, now }) => ({
    statements: [
      ctx.db
        .update(budgetLines)
        .set({ fundingSource: data.fundingSource, ...amountsInCents(data), updatedAt: now })
        .where(and(eq(budgetLines.id, lineId), eq(budgetLines.projectId, projectId), guard)),
    ],
    audit: {
      action: 'budget-line.update',
      detail: {
        budgetLineId: lineId,
        before: { allocatedCents: before.allocatedCents, committedCents: before.committedCents, spentCents: before.spentCents },
        after: amountsInCents(data),
      },
    },
  }));
}

export async function removeBudgetLine(
  ctx: CommandContext,
  actor: CurrentUser,
  plan: ProjectPlan,
  lineId: number,
  version: number | null,
): Promise<CommandResult> {
  if (!canManageProjects(actor)) return forbidden;
  const before = plan.budgetLines.find((l) => l.id === lineId);
  if (!before) return notFound;
  return writePlanChange(ctx, actor, plan, version, ({ projectId, guard }) => ({
    statements: [ctx.db.delete(budgetLines).where(and(eq(budgetLines.id, lineId), eq(budgetLines.projectId, projectId), guard))],
    audit: { action: 'budget-line.remove', detail: { budgetLineId: lineId, fundingSource: before.fundingSource } },
  }));
}
