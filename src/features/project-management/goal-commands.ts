import { sql } from 'drizzle-orm';
import * as z from 'zod';
import { canLinkProjectGoals } from '../../auth/policy';
import { type CommandContext, localeOf } from '../../commands/context';
import { forbidden, invalid, type CommandResult } from '../../commands/result';
import { projectGoals } from '../../db/schema';
import type { CurrentUser } from '../../env';
import { parseWith } from '../../validation/form';
import { goalChoice } from '../plan-links/goal-choice';
import { writePlanChange } from './plan-change';
import type { ProjectGoalsForEdit } from './goal-queries';
import { managementTexts } from './texts';

const projectGoalsSchema = (offered: ProjectGoalsForEdit['goals']) =>
  z.object({ goals: goalChoice(offered).transform((v) => v.map(Number).sort((a, b) => a - b)) });

/**
 * The programme team chooses the goals a project serves, from the goals of the plans' current versions. One guarded
 * batch (the project's version, as every project-management command): the links to the offered goals are replaced,
 * a link to a goal no longer in a current plan stays as it is, the audit row, the version bump.
 */
export async function linkProjectGoals(
  ctx: CommandContext,
  actor: CurrentUser,
  current: ProjectGoalsForEdit,
  version: number | null,
  input: unknown,
): Promise<CommandResult> {
  if (!canLinkProjectGoals(actor)) return forbidden;
  const parsed = parseWith(projectGoalsSchema(current.goals), input, localeOf(ctx), managementTexts);
  if (!parsed.ok) return invalid(parsed.errors);
  const chosen = parsed.data.goals;
  const offered = current.goals.map((g) => g.id);
  return writePlanChange(ctx, actor, current, version, ({ projectId, guard }) => ({
    statements: [
      sql`delete from ${projectGoals} where project_id = ${projectId} and goal_id in (select value from json_each(${JSON.stringify(offered)})) and ${guard}`,
      sql`insert into ${projectGoals} (project_id, goal_id) select ${projectId}, value from json_each(${JSON.stringify(chosen)}) where ${guard}`,
    ],
    audit: { action: 'project.link-goals', detail: { before: current.goalIds, after: chosen } },
  }));
}
