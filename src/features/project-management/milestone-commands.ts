import { and, eq, sql } from 'drizzle-orm';
import { canManageProjects } from '../../auth/policy';
import { type CommandContext, localeOf } from '../../commands/context';
import { forbidden, invalid, notFound, type CommandResult } from '../../commands/result';
import type { CurrentUser } from '../../env';
import type { Locale } from '../../i18n';
import type { BatchStatement } from '../../security/transition-guard';
import { parseWith } from '../../validation/form';
import { milestones } from '../../db/schema';
import { localDate } from '../../dates';
import { totalWeight } from '../projects/progress';
import { writePlanChange } from './plan-change';
import type { ProjectPlan } from './queries';
import { milestoneSchema, type MilestoneInput } from './schemas';
import { eventWhere } from './statements';
import { managementTexts } from './texts';

type MilestoneRow = ProjectPlan['milestones'][number];

function weightsError(remaining: readonly { status: string; weight: number }[], locale: Locale, key: 'weightsSumZero' | 'weightsSumZeroRemove') {
  return remaining.length > 0 && totalWeight(remaining) === 0 ? managementTexts[locale][key] : null;
}

/** A milestone marked done without a date was achieved today. */
function actualDateFor(data: MilestoneInput, now: Date): string | null {
  if (data.actualDate !== '') return data.actualDate;
  return data.status === 'done' ? localDate(now) : null;
}

export async function addMilestone(
  ctx: CommandContext,
  actor: CurrentUser,
  plan: ProjectPlan,
  version: number | null,
  input: unknown,
): Promise<CommandResult> {
  if (!canManageProjects(actor)) return forbidden;
  const parsed = parseWith(milestoneSchema, input, localeOf(ctx), managementTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const data = parsed.data;
  const zero = weightsError([...plan.milestones, data], localeOf(ctx), 'weightsSumZero');
  if (zero) return invalid({ weight: zero });
  return writePlanChange(ctx, actor, plan, version, ({ projectId, guard, now }) => ({
    statements: [
      sql`insert into ${milestones} (project_id, title, planned_date, actual_date, status, weight, created_at, updated_at)
        select ${projectId}, ${data.title}, ${data.plannedDate}, ${actualDateFor(data, now)}, ${data.status}, ${data.weight}, ${now.getTime()}, ${now.getTime()}
        where ${guard}`,
      eventWhere(projectId, 'milestone', { action: 'added', title: data.title, plannedDate: data.plannedDate, status: data.status }, guard, now),
    ],
    audit: { action: 'milestone.add', detail: { title: data.title } },
  }));
}

export async function updateMilestone(
  ctx: CommandContext,
  actor: CurrentUser,
  plan: ProjectPlan,
  milestoneId: number,
  version: number | null,
  input: unknown,
): Promise<CommandResult> {
  if (!canManageProjects(actor)) return forbidden;
  const before = plan.milestones.find((m) => m.id === milestoneId);
  if (!before) return notFound;
  const parsed = parseWith(milestoneSchema, input, localeOf(ctx), managementTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const data = parsed.data;
  const after = plan.milestones.map((m): Pick<MilestoneRow, 'status' | 'weight'> => (m.id === milestoneId ? data : m));
  const zero = weightsError(after, localeOf(ctx), 'weightsSumZero');
  if (zero) return invalid({ weight: zero });
  return writePlanChange(ctx, actor, plan, version, ({ projectId, guard, now }) => {
    const events: BatchStatement[] = [];
    if (before.status !== data.status) {
      events.push(eventWhere(projectId, 'milestone', { action: 'status', title: data.title, from: before.status, to: data.status }, guard, now));
    }
    if (before.plannedDate !== data.plannedDate) {
      events.push(
        eventWhere(projectId, 'milestone', { action: 'rescheduled', title: data.title, from: before.plannedDate, to: data.plannedDate }, guard, now),
      );
    }
    return {
      statements: [
        ...events,
        ctx.db
          .update(milestones)
          .set({
            title: data.title,
            plannedDate: data.plannedDate,
            actualDate: actualDateFor(data, now),
            status: data.status,
            weight: data.weight,
            updatedAt: now,
          })
          .where(and(eq(milestones.id, milestoneId), eq(milestones.projectId, projectId), guard)),
      ],
      audit: { action: 'milestone.update', detail: { milestoneId, status: data.status } },
    };
  });
}

export async function removeMilestone(
  ctx: CommandContext,
  actor: CurrentUser,
  plan: ProjectPlan,
  milestoneId: number,
  version: number | null,
): Promise<CommandResult> {
  if (!canManageProjects(actor)) return forbidden;
  const before = plan.milestones.find((m) => m.id === milestoneId);
  if (!before) return notFound;
  const zero = weightsError(
    plan.milestones.filter((m) => m.id !== milestoneId),
    localeOf(ctx),
    'weightsSumZeroRemove',
  );
  if (zero) return invalid({ _form: zero });
  return writePlanChange(ctx, actor, plan, version, ({ projectId, guard, now }) => ({
    statements: [
      eventWhere(projectId, 'milestone', { action: 'removed', title: before.title }, guard, now),
      ctx.db.delete(milestones).where(and(eq(milestones.id, milestoneId), eq(milestones.projectId, projectId), guard)),
    ],
    audit: { action: 'milestone.remove', detail: { milestoneId, title: before.title } },
  }));
}
