// Status changes of the activity row itself: submit, withdraw, archive, and confirm that it is still current.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { commandBatch } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import type { ActivityStatus } from '../../db/enums';
import { activities, activityRevisions } from '../../db/schema';
import {
  activityAudit,
  actorContext,
  ARCHIVABLE_STATUSES,
  commitGuarded,
  notifyReviewers,
  prepare,
  SUBMITTABLE_STATUSES,
  WITHDRAWABLE_STATUSES,
  type Actor,
  type CommandResult,
} from './command-support';
import { OPEN_REVISION_STATUSES, type LoadedActivity } from './queries';
import { activityIs, whileActivity, type Statement } from './statements';

/** A status transition of the activity row: its audit row, then the guarded UPDATE, in one batch. */
async function transition(
  actor: Actor,
  id: number,
  version: number,
  from: readonly ActivityStatus[],
  action: string,
  changes: (now: Date) => Partial<typeof activities.$inferInsert>,
  opts: { closeOpenRevision?: boolean; alongside?: (ctx: CommandContext, loaded: LoadedActivity, condition: SQL) => Statement[] } = {},
): Promise<CommandResult> {
  const prepared = await prepare(actor, id, from, version);
  if (!prepared.ok) return prepared;
  const ctx = actorContext(actor);
  const { db, now } = ctx;
  const guard = activityIs(id, [prepared.loaded.row.status], version);
  const batch = commandBatch(ctx).guard(whileActivity(db, guard));
  batch.audit(activityAudit(actor, action, id, { from: prepared.loaded.row.status }));
  if (opts.closeOpenRevision) {
    batch.add(
      db
        .update(activityRevisions)
        .set({ status: 'withdrawn', version: sql`${activityRevisions.version} + 1`, updatedAt: now, decidedAt: now })
        .where(and(eq(activityRevisions.activityId, id), inArray(activityRevisions.status, OPEN_REVISION_STATUSES), batch.while)),
    );
  }
  batch.add(...(opts.alongside?.(ctx, prepared.loaded, batch.while) ?? []));
  batch.change(
    db
      .update(activities)
      .set({ ...changes(now), version: sql`${activities.version} + 1`, updatedAt: now })
      .where(guard)
      .returning({ id: activities.id }),
  );
  return commitGuarded(ctx, id, batch);
}

export function submitActivity(actor: Actor, id: number, version: number) {
  return transition(
    actor,
    id,
    version,
    SUBMITTABLE_STATUSES,
    'activity.submit',
    (now) => ({ status: 'submitted', submittedAt: now, reviewComment: null }),
    {
      alongside: (ctx, loaded, condition) => [
        notifyReviewers(
          ctx,
          loaded.organisation.name,
          { kind: 'activity', title: loaded.row.title, id, again: loaded.row.status === 'changes-requested' },
          condition,
        ),
      ],
    },
  );
}

/** Takes the activity off the website and out of review; an open revision is withdrawn with it. */
export function withdrawActivity(actor: Actor, id: number, version: number) {
  return transition(actor, id, version, WITHDRAWABLE_STATUSES, 'activity.withdraw', () => ({ status: 'withdrawn' }), { closeOpenRevision: true });
}

export function archiveActivity(actor: Actor, id: number, version: number) {
  return transition(actor, id, version, ARCHIVABLE_STATUSES, 'activity.archive', () => ({ status: 'archived' }), { closeOpenRevision: true });
}

/** "Still current": resets the freshness clock and shows a hidden stale activity again. */
export function confirmActivity(actor: Actor, id: number, version: number) {
  return transition(actor, id, version, ['published'], 'activity.confirm', (now) => ({
    confirmedAt: now,
    reminderSentAt: null,
    staleHiddenAt: null,
  }));
}
