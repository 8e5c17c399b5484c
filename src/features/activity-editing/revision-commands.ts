// Changes to a published activity: saved as a revision (the live row stays as it is until the programme team
// approves it), submitted for review, or withdrawn.
import { and, eq, exists, inArray, not, sql, type SQL } from 'drizzle-orm';
import { commandBatch } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import type { ReviewStatus } from '../../db/enums';
import { insertSelect } from '../../db/insert-select';
import { activities, activityRevisions } from '../../db/schema';
import {
  activityAudit,
  actorContext,
  commitGuarded,
  draftRemoval,
  notifyReviewers,
  prepare,
  REVISION_EDITABLE,
  REVISION_SUBMITTABLE,
  withAllowedCoOrganisers,
  type Actor,
  type CommandResult,
} from './command-support';
import { parseStoredData, type ActivityData } from './model';
import { OPEN_REVISION_STATUSES, type LoadedActivity, type RevisionRow } from './queries';
import { activityIs, newestRevisionId, previousStatementWrote, revisionIs, whileActivity, whileRevision, type Statement } from './statements';

export type RevisionExpectation = { version: number; revisionId: number | null; revisionVersion: number | null };

/**
 * Saves a change to a published activity as a revision (the live row stays as it is). Updates the open revision, or
 * starts one from the live version the user saw.
 */
export async function saveRevision(
  actor: Actor,
  id: number,
  expected: RevisionExpectation,
  input: ActivityData,
  opts: { submit: boolean; savedDraftId?: string | null },
): Promise<CommandResult> {
  const prepared = await prepare(actor, id, ['published']);
  if (!prepared.ok) return prepared;
  const { loaded } = prepared;
  const ctx = actorContext(actor);
  const { db, now } = ctx;
  const revision = loaded.revision;
  const baseCoOrganisers = revision ? parseStoredData(revision.data).coOrganiserIds : loaded.links.coOrganiserIds;
  const data = withAllowedCoOrganisers(actor.user, loaded, input, baseCoOrganisers);
  const stored = JSON.stringify(data);

  if (revision) {
    if (expected.revisionId !== revision.id || expected.revisionVersion !== revision.version) {
      return { ok: false, problem: 'conflict', current: loaded };
    }
    const stillPublished = whileActivity(db, and(eq(activities.id, id), eq(activities.status, 'published'))!);
    const guard = and(revisionIs(revision.id, [revision.status], revision.version), stillPublished)!;
    const batch = commandBatch(ctx).guard(whileRevision(db, guard));
    const submitting = opts.submit && revision.status !== 'submitted';
    batch.audit(activityAudit(actor, submitting ? 'activity-revision.submit' : 'activity-revision.save', id, { revisionId: revision.id }));
    if (submitting) {
      const item = { kind: 'activity-revision' as const, title: data.title, id: revision.id, again: revision.status === 'changes-requested' };
      batch.add(notifyReviewers(ctx, loaded.organisation.name, item, batch.while));
    }
    batch.add(...draftRemoval(db, opts.savedDraftId)).change(
      db
        .update(activityRevisions)
        .set({
          data: stored,
          version: sql`${activityRevisions.version} + 1`,
          updatedAt: now,
          ...(submitting ? { status: 'submitted' as const, submittedAt: now, reviewComment: null } : {}),
        })
        .where(guard)
        .returning({ id: activityRevisions.id }),
    );
    return commitGuarded(ctx, id, batch);
  }

  if (expected.version !== loaded.row.version || expected.revisionId !== null) {
    return { ok: false, problem: 'conflict', current: loaded };
  }
  const noOpenRevision = not(
    exists(
      db
        .select({ one: sql`1` })
        .from(activityRevisions)
        .where(and(eq(activityRevisions.activityId, id), inArray(activityRevisions.status, OPEN_REVISION_STATUSES))),
    ),
  );
  const batch = commandBatch(ctx).guard(and(whileActivity(db, activityIs(id, ['published'], loaded.row.version)), noOpenRevision)!);
  batch
    .audit(activityAudit(actor, opts.submit ? 'activity-revision.submit' : 'activity-revision.save', id))
    .add(...draftRemoval(db, opts.savedDraftId))
    .change(
      insertSelect(
        db,
        activityRevisions,
        {
          activityId: id,
          data: stored,
          status: opts.submit ? 'submitted' : 'draft',
          version: 1,
          createdByUserId: actor.user.id,
          createdAt: now,
          updatedAt: now,
          submittedAt: opts.submit ? now : null,
        },
        sql`WHERE ${batch.while}`,
      ).returning({ id: activityRevisions.id }),
    );
  if (opts.submit) {
    // Behind the insert, so the mail can link to the new revision; its guard is "that insert wrote the row".
    const item = { kind: 'activity-revision' as const, title: data.title, id: newestRevisionId(id), again: false };
    batch.afterChange(notifyReviewers(ctx, loaded.organisation.name, item, previousStatementWrote));
  }
  return commitGuarded(ctx, id, batch);
}

/** A status change of the open revision: its audit row, then the guarded UPDATE, in one batch. */
async function revisionTransition(
  actor: Actor,
  id: number,
  revisionId: number,
  revisionVersion: number,
  from: readonly ReviewStatus[],
  action: string,
  changes: (now: Date) => Partial<typeof activityRevisions.$inferInsert>,
  alongside: (ctx: CommandContext, loaded: LoadedActivity, revision: RevisionRow, condition: SQL) => Statement[] = () => [],
): Promise<CommandResult> {
  const prepared = await prepare(actor, id, ['published']);
  if (!prepared.ok) return prepared;
  const { loaded } = prepared;
  const revision = loaded.revision;
  if (!revision || revision.id !== revisionId || revision.version !== revisionVersion) {
    return { ok: false, problem: 'conflict', current: loaded };
  }
  if (!from.includes(revision.status)) return { ok: false, problem: 'state', current: loaded };
  const ctx = actorContext(actor);
  const { db, now } = ctx;
  const guard = revisionIs(revisionId, [revision.status], revisionVersion);
  const batch = commandBatch(ctx).guard(whileRevision(db, guard));
  batch
    .audit(activityAudit(actor, action, id, { revisionId }))
    .add(...alongside(ctx, loaded, revision, batch.while))
    .change(
      db
        .update(activityRevisions)
        .set({ ...changes(now), version: sql`${activityRevisions.version} + 1`, updatedAt: now })
        .where(guard)
        .returning({ id: activityRevisions.id }),
    );
  return commitGuarded(ctx, id, batch);
}

export function submitRevision(actor: Actor, id: number, revisionId: number, revisionVersion: number) {
  return revisionTransition(
    actor,
    id,
    revisionId,
    revisionVersion,
    REVISION_SUBMITTABLE,
    'activity-revision.submit',
    (now) => ({ status: 'submitted', submittedAt: now, reviewComment: null }),
    (ctx, loaded, revision, condition) => [
      notifyReviewers(
        ctx,
        loaded.organisation.name,
        { kind: 'activity-revision', title: parseStoredData(revision.data).title, id: revisionId, again: revision.status === 'changes-requested' },
        condition,
      ),
    ],
  );
}

export function withdrawRevision(actor: Actor, id: number, revisionId: number, revisionVersion: number) {
  return revisionTransition(actor, id, revisionId, revisionVersion, REVISION_EDITABLE, 'activity-revision.withdraw', (now) => ({
    status: 'withdrawn',
    decidedAt: now,
  }));
}
