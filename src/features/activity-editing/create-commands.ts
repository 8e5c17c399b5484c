import { canCreateActivityFor, membershipOf } from '../../auth/policy';
import { commandBatch } from '../../commands/batch';
import type { ActivityStatus } from '../../db/enums';
import { activities } from '../../db/schema';
import { localDate } from '../../dates';
import { occurrenceContext } from '../activities/occurrences';
import { activityAudit, actorContext, draftRemoval, notifyReviewers, type Actor, type CommandResult } from './command-support';
import { activityColumns } from './model';
import type { ValidActivity } from './schemas';
import { newestActivityId, replaceLinks } from './statements';

/** A new activity, saved as draft or submitted at once. */
export async function createActivity(
  actor: Actor,
  data: ValidActivity & { organisationId: number },
  opts: { submit: boolean; savedDraftId?: string | null },
): Promise<CommandResult> {
  if (!canCreateActivityFor(actor.user, data.organisationId)) return { ok: false, problem: 'forbidden' };
  const ctx = actorContext(actor);
  const { db, now } = ctx;
  const status: ActivityStatus = opts.submit ? 'submitted' : 'draft';
  const batch = commandBatch(ctx)
    .add(
      db
        .insert(activities)
        .values({
          ...activityColumns(data),
          organisationId: data.organisationId,
          status,
          createdByUserId: actor.user.id,
          createdAt: now,
          updatedAt: now,
          submittedAt: opts.submit ? now : null,
        })
        .returning({ id: activities.id }),
      ...replaceLinks(db, newestActivityId, data, await occurrenceContext(db, localDate(now))),
    )
    .audit(activityAudit(actor, 'activity.create', newestActivityId, { organisationId: data.organisationId }));
  if (opts.submit) {
    batch.audit(activityAudit(actor, 'activity.submit', newestActivityId)).add(
      notifyReviewers(ctx, membershipOf(actor.user, data.organisationId)!.organisationName, {
        kind: 'activity',
        title: data.title,
        id: newestActivityId,
        again: false,
      }),
    );
  }
  const committed = await batch.add(...draftRemoval(db, opts.savedDraftId)).commit();
  // Nothing guards a new row, so the batch always commits; the insert's RETURNING is its first result.
  const [inserted] = (committed.kind === 'ok' ? committed.results[0]!.results : []) as { id: number }[];
  return { ok: true, activityId: inserted!.id };
}
