import type { SQL } from 'drizzle-orm';
import { commandBatch } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import { conflict, done, type CommandResult } from '../../commands/result';
import type { CurrentUser } from '../../env';
import type { BatchStatement } from '../../security/transition-guard';
import type { ProjectPlan } from './queries';
import { bumpProjectVersion, projectAtVersion } from './statements';

/** What a milestone or budget-line change writes, given the guard that holds only at the version the form was opened at. */
export type PlanChange = {
  statements: BatchStatement[];
  audit: { action: string; detail: Record<string, unknown> };
};

export type PlanWrite = { projectId: number; guard: SQL; now: Date };

/**
 * Writes one change to a project's plan (milestones, budget lines) as ONE guarded batch: the change's own statements,
 * its audit row, and last the version bump, whose changed-row count tells whether the guard held (else 409).
 */
export async function writePlanChange(
  ctx: CommandContext,
  actor: CurrentUser,
  plan: Pick<ProjectPlan, 'project'>,
  version: number | null,
  change: (write: PlanWrite) => PlanChange,
): Promise<CommandResult> {
  if (version === null || version !== plan.project.version) return conflict;
  const projectId = plan.project.id;
  const batch = commandBatch(ctx).guard(projectAtVersion(projectId, version));
  const { statements, audit } = change({ projectId, guard: batch.while, now: ctx.now });
  const committed = await batch
    .add(...statements)
    .audit({ actorUserId: actor.id, action: audit.action, objectType: 'project', objectId: projectId, detail: audit.detail })
    .change(bumpProjectVersion(ctx.db, projectId, version, ctx.now))
    .commit();
  return committed.kind === 'ok' ? done : conflict;
}
