// What the activity-editing commands share: who acts, what they answer, the statuses each command applies to, and
// the steps every command takes (load and check, then commit one guarded batch on the command kernel).
import { eq, type SQL } from 'drizzle-orm';
import { canChooseCoOrganisers, canEditActivity } from '../../auth/policy';
import type { CommandBatch } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import type { EffectLog } from '../../commands/effect-log';
import type { Db } from '../../db/client';
import type { ActivityStatus, ReviewStatus } from '../../db/enums';
import { savedDrafts } from '../../db/schema';
import type { CurrentUser } from '../../env';
import { notifyProgrammeTeam, type ReviewItemKind } from '../../mail/programme-team';
import type { ActivityData } from './model';
import { loadActivity, type LoadedActivity } from './queries';

/**
 * Who acts, and when (tests pass a fixed clock); `origin` is the base of links in the e-mails a command queues. With
 * `effects` (the request's log) a committed command notes the mail it queued and the public pages it changed.
 */
export type Actor = { db: Db; user: CurrentUser; now?: Date; ip?: string | null; origin: string; effects?: EffectLog };

export type Failure =
  | { ok: false; problem: 'not-found' }
  | { ok: false; problem: 'forbidden' }
  /** The command does not apply to the activity's current status. */
  | { ok: false; problem: 'state'; current: LoadedActivity }
  /** Someone changed or reviewed the activity since the user loaded it (stale version, or lost the race). */
  | { ok: false; problem: 'conflict'; current: LoadedActivity | null };

export type CommandResult = { ok: true; activityId: number } | Failure;

/** Statuses in which the partner edits the activity itself (a published one is changed through a revision). */
export const EDITABLE_STATUSES: ActivityStatus[] = ['draft', 'submitted', 'changes-requested', 'withdrawn'];
export const SUBMITTABLE_STATUSES: ActivityStatus[] = ['draft', 'changes-requested', 'withdrawn'];
export const WITHDRAWABLE_STATUSES: ActivityStatus[] = ['submitted', 'changes-requested', 'published'];
export const ARCHIVABLE_STATUSES: ActivityStatus[] = ['draft', 'submitted', 'changes-requested', 'published', 'rejected', 'withdrawn'];
export const REVISION_EDITABLE: ReviewStatus[] = ['draft', 'submitted', 'changes-requested'];
export const REVISION_SUBMITTABLE: ReviewStatus[] = ['draft', 'changes-requested'];

export const canEditLoaded = (user: CurrentUser, loaded: LoadedActivity) =>
  canEditActivity(user, { organisationId: loaded.row.organisationId, coOrganiserIds: loaded.links.coOrganiserIds });

/** The kernel's context for the actor's command; the clock is read once, so every row of the batch has the same time. */
export function actorContext(actor: Actor): CommandContext {
  return { db: actor.db, now: actor.now ?? new Date(), ip: actor.ip ?? null, origin: actor.origin, effects: actor.effects };
}

type Prepared = { ok: true; loaded: LoadedActivity } | Failure;

/** Loads the activity and checks that the actor may edit it, at the version they saw, in one of `statuses`. */
export async function prepare(actor: Actor, id: number, statuses: readonly ActivityStatus[], version?: number): Promise<Prepared> {
  const loaded = await loadActivity(actor.db, id);
  if (!loaded) return { ok: false, problem: 'not-found' };
  if (!canEditLoaded(actor.user, loaded)) return { ok: false, problem: 'forbidden' };
  if (version !== undefined && loaded.row.version !== version) return { ok: false, problem: 'conflict', current: loaded };
  if (!statuses.includes(loaded.row.status)) return { ok: false, problem: 'state', current: loaded };
  return { ok: true, loaded };
}

/** Commits a guarded batch; when its guard no longer held, answers `conflict` with the activity as it is now. */
export async function commitGuarded(ctx: CommandContext, id: number, batch: CommandBatch): Promise<CommandResult> {
  if ((await batch.commit()).kind === 'ok') return { ok: true, activityId: id };
  return { ok: false, problem: 'conflict', current: await loadActivity(ctx.db, id) };
}

/** The audit row of a command on an activity. */
export const activityAudit = (actor: Actor, action: string, objectId: number | SQL, detail?: Record<string, unknown>) => ({
  actorUserId: actor.user.id,
  action,
  objectType: 'activity',
  objectId,
  detail,
});

/** Removes the saved form the user worked from. */
export const draftRemoval = (db: Db, savedDraftId: string | null | undefined) =>
  savedDraftId ? [db.delete(savedDrafts).where(eq(savedDrafts.id, savedDraftId))] : [];

/** Co-organisers chosen by someone who may not choose them are ignored: the list stays as it was. */
export function withAllowedCoOrganisers(user: CurrentUser, loaded: LoadedActivity, data: ActivityData, current: number[]): ActivityData {
  return canChooseCoOrganisers(user, loaded.row) ? data : { ...data, coOrganiserIds: current };
}

/** The programme team hears of a submission for review, under the same guard as the submission itself. */
export function notifyReviewers(
  ctx: CommandContext,
  organisationName: string,
  item: { kind: ReviewItemKind; title: string; id: number | SQL; again: boolean },
  condition?: SQL,
) {
  return notifyProgrammeTeam(ctx.db, ctx.origin, { ...item, organisationName }, condition);
}
