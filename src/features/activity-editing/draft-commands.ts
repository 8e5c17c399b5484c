import { sql } from 'drizzle-orm';
import { commandBatch } from '../../commands/batch';
import { activities } from '../../db/schema';
import { localDate } from '../../dates';
import { occurrenceContext } from '../activities/occurrences';
import {
  activityAudit,
  actorContext,
  commitGuarded,
  draftRemoval,
  EDITABLE_STATUSES,
  notifyReviewers,
  prepare,
  withAllowedCoOrganisers,
  type Actor,
  type CommandResult,
} from './command-support';
import { activityColumns, type ActivityData } from './model';
import { activityIs, replaceLinks, whileActivity } from './statements';

/**
 * Saves the form onto an unpublished activity (and submits it, when asked), in one batch guarded by the status and
 * version the user saw; the activity row itself changes last.
 */
export async function updateDraft(
  actor: Actor,
  id: number,
  version: number,
  input: ActivityData,
  opts: { submit: boolean; savedDraftId?: string | null },
): Promise<CommandResult> {
  const prepared = await prepare(actor, id, EDITABLE_STATUSES, version);
  if (!prepared.ok) return prepared;
  const { loaded } = prepared;
  const ctx = actorContext(actor);
  const { db, now } = ctx;
  const data = withAllowedCoOrganisers(actor.user, loaded, input, loaded.links.coOrganiserIds);
  const guard = activityIs(id, [loaded.row.status], version);
  const batch = commandBatch(ctx).guard(whileActivity(db, guard));
  const submitting = opts.submit && loaded.row.status !== 'submitted';
  batch
    .add(...replaceLinks(db, id, data, await occurrenceContext(db, localDate(now)), batch.while))
    .audit(activityAudit(actor, 'activity.update', id));
  if (submitting) {
    batch
      .audit(activityAudit(actor, 'activity.submit', id))
      .add(
        notifyReviewers(
          ctx,
          loaded.organisation.name,
          { kind: 'activity', title: data.title, id, again: loaded.row.status === 'changes-requested' },
          batch.while,
        ),
      );
  }
  batch.add(...draftRemoval(db, opts.savedDraftId)).change(
    db
      .update(activities)
      .set({
        ...activityColumns(data),
        version: sql`${activities.version} + 1`,
        updatedAt: now,
        ...(submitting ? { status: 'submitted' as const, submittedAt: now, reviewComment: null } : {}),
      })
      .where(guard)
      .returning({ id: activities.id }),
  );
  return commitGuarded(ctx, id, batch);
}
