import { and, eq, inArray, not, exists, sql, type SQL } from 'drizzle-orm';
import { canChooseCoOrganisers, canCreateActivityFor, canEditActivity, membershipOf } from '../../auth/policy';
import type { Db } from '../../db/client';
import type { ActivityStatus, ReviewStatus } from '../../db/enums';
import { activities, activityRevisions, savedDrafts } from '../../db/schema';
import type { CurrentUser } from '../../env';
import { calendarDate } from '../activities/dates';
import { occurrenceContext } from '../activities/occurrences';
import { notifyProgrammeTeam, type ReviewItemKind } from '../../mail/programme-team';
import { activityColumns, parseStoredData, type ActivityData } from './model';
import { loadActivity, OPEN_REVISION_STATUSES, type LoadedActivity, type RevisionRow } from './queries';
import { insertSelect } from '../../db/insert-select';
import type { ValidActivity } from './schemas';
import {
  activityIs,
  auditWhen,
  newestActivityId,
  newestRevisionId,
  previousStatementWrote,
  replaceLinks,
  revisionIs,
  whileActivity,
  whileRevision,
  type Statement,
} from './statements';

/** Who acts, and when (tests pass a fixed clock); `origin` is the base of links in the e-mails a command queues. */
export type Actor = { db: Db; user: CurrentUser; now?: Date; ip?: string | null; origin: string };

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

type Prepared = { ok: true; loaded: LoadedActivity } | Failure;

async function prepare(actor: Actor, id: number, statuses: readonly ActivityStatus[], version?: number): Promise<Prepared> {
  const loaded = await loadActivity(actor.db, id);
  if (!loaded) return { ok: false, problem: 'not-found' };
  if (!canEditLoaded(actor.user, loaded)) return { ok: false, problem: 'forbidden' };
  if (version !== undefined && loaded.row.version !== version) return { ok: false, problem: 'conflict', current: loaded };
  if (!statuses.includes(loaded.row.status)) return { ok: false, problem: 'state', current: loaded };
  return { ok: true, loaded };
}

/**
 * Runs a guarded batch whose LAST statement is the guarded change with RETURNING; empty means it lost a race.
 * `after` runs behind it in the same batch: statements about the row the guarded change creates.
 */
async function runGuarded(actor: Actor, id: number, statements: Statement[], after: Statement[] = []): Promise<CommandResult> {
  const results = await actor.db.batch([...statements, ...after] as [Statement, ...Statement[]]);
  const changed = results[statements.length - 1] as unknown[];
  if (changed.length === 1) return { ok: true, activityId: id };
  return { ok: false, problem: 'conflict', current: await loadActivity(actor.db, id) };
}

const draftRemoval = (db: Db, savedDraftId: string | null | undefined) =>
  savedDraftId ? [db.delete(savedDrafts).where(eq(savedDrafts.id, savedDraftId))] : [];

/** Co-organisers chosen by someone who may not choose them are ignored: the list stays as it was. */
function withAllowedCoOrganisers(user: CurrentUser, loaded: LoadedActivity, data: ActivityData, current: number[]): ActivityData {
  return canChooseCoOrganisers(user, loaded.row) ? data : { ...data, coOrganiserIds: current };
}

/** The programme team hears of a submission for review, under the same guard as the submission itself. */
function notifyReviewers(
  actor: Actor,
  organisationName: string,
  item: { kind: ReviewItemKind; title: string; id: number | SQL; again: boolean },
  condition?: SQL,
) {
  return notifyProgrammeTeam(actor.db, actor.origin, { ...item, organisationName }, condition);
}

function audit(actor: Actor, action: string, objectId: number | SQL, condition: SQL, detail?: Record<string, unknown>) {
  return auditWhen(
    actor.db,
    { actorUserId: actor.user.id, action, objectType: 'activity', objectId, ip: actor.ip ?? null, detail },
    condition,
    actor.now ?? new Date(),
  );
}

/** A new activity, saved as draft or submitted at once. */
export async function createActivity(
  actor: Actor,
  data: ValidActivity & { organisationId: number },
  opts: { submit: boolean; savedDraftId?: string | null },
): Promise<CommandResult> {
  if (!canCreateActivityFor(actor.user, data.organisationId)) return { ok: false, problem: 'forbidden' };
  const { db } = actor;
  const now = actor.now ?? new Date();
  const always = sql`1 = 1`;
  const status: ActivityStatus = opts.submit ? 'submitted' : 'draft';
  const statements: Statement[] = [
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
    ...replaceLinks(db, newestActivityId, data, await occurrenceContext(db, calendarDate(now))),
    audit(actor, 'activity.create', newestActivityId, always, { organisationId: data.organisationId }),
    ...(opts.submit
      ? [
          audit(actor, 'activity.submit', newestActivityId, always),
          notifyReviewers(actor, membershipOf(actor.user, data.organisationId)!.organisationName, {
            kind: 'activity',
            title: data.title,
            id: newestActivityId,
            again: false,
          }),
        ]
      : []),
    ...draftRemoval(db, opts.savedDraftId),
  ];
  const results = await db.batch(statements as [Statement, ...Statement[]]);
  const [inserted] = results[0] as { id: number }[];
  return { ok: true, activityId: inserted!.id };
}

/** Saves the form onto an unpublished activity (and submits it, when asked), in one guarded batch. */
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
  const { db } = actor;
  const now = actor.now ?? new Date();
  const data = withAllowedCoOrganisers(actor.user, loaded, input, loaded.links.coOrganiserIds);
  const guard = activityIs(id, [loaded.row.status], version);
  const condition = whileActivity(db, guard);
  const submitting = opts.submit && loaded.row.status !== 'submitted';
  return runGuarded(actor, id, [
    ...replaceLinks(db, id, data, await occurrenceContext(db, calendarDate(now)), condition),
    audit(actor, 'activity.update', id, condition),
    ...(submitting
      ? [
          audit(actor, 'activity.submit', id, condition),
          notifyReviewers(actor, loaded.organisation.name, { kind: 'activity', title: data.title, id, again: loaded.row.status === 'changes-requested' }, condition),
        ]
      : []),
    ...draftRemoval(db, opts.savedDraftId),
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
  ]);
}

/** Simple status transitions of the activity row: one guarded UPDATE plus its audit row. */
async function transition(
  actor: Actor,
  id: number,
  version: number,
  from: readonly ActivityStatus[],
  action: string,
  changes: (now: Date) => Partial<typeof activities.$inferInsert>,
  opts: { closeOpenRevision?: boolean; alongside?: (loaded: LoadedActivity, condition: SQL) => Statement[] } = {},
): Promise<CommandResult> {
  const prepared = await prepare(actor, id, from, version);
  if (!prepared.ok) return prepared;
  const { db } = actor;
  const now = actor.now ?? new Date();
  const guard = activityIs(id, [prepared.loaded.row.status], version);
  const condition = whileActivity(db, guard);
  const closeRevision = opts.closeOpenRevision
    ? [
        db
          .update(activityRevisions)
          .set({ status: 'withdrawn', version: sql`${activityRevisions.version} + 1`, updatedAt: now, decidedAt: now })
          .where(and(eq(activityRevisions.activityId, id), inArray(activityRevisions.status, OPEN_REVISION_STATUSES), condition)),
      ]
    : [];
  return runGuarded(actor, id, [
    audit(actor, action, id, condition, { from: prepared.loaded.row.status }),
    ...closeRevision,
    ...(opts.alongside?.(prepared.loaded, condition) ?? []),
    db
      .update(activities)
      .set({ ...changes(now), version: sql`${activities.version} + 1`, updatedAt: now })
      .where(guard)
      .returning({ id: activities.id }),
  ]);
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
      alongside: (loaded, condition) => [
        notifyReviewers(actor, loaded.organisation.name, { kind: 'activity', title: loaded.row.title, id, again: loaded.row.status === 'changes-requested' }, condition),
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
  const { db } = actor;
  const now = actor.now ?? new Date();
  const revision = loaded.revision;
  const baseCoOrganisers = revision ? parseStoredData(revision.data).coOrganiserIds : loaded.links.coOrganiserIds;
  const data = withAllowedCoOrganisers(actor.user, loaded, input, baseCoOrganisers);
  const stored = JSON.stringify(data);
  const stillPublished = whileActivity(db, and(eq(activities.id, id), eq(activities.status, 'published'))!);

  if (revision) {
    if (expected.revisionId !== revision.id || expected.revisionVersion !== revision.version) {
      return { ok: false, problem: 'conflict', current: loaded };
    }
    const guard = and(revisionIs(revision.id, [revision.status], revision.version), stillPublished)!;
    const condition = whileRevision(db, guard);
    const submitting = opts.submit && revision.status !== 'submitted';
    return runGuarded(actor, id, [
      audit(actor, submitting ? 'activity-revision.submit' : 'activity-revision.save', id, condition, { revisionId: revision.id }),
      ...(submitting
        ? [
            notifyReviewers(
              actor,
              loaded.organisation.name,
              { kind: 'activity-revision', title: data.title, id: revision.id, again: revision.status === 'changes-requested' },
              condition,
            ),
          ]
        : []),
      ...draftRemoval(db, opts.savedDraftId),
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
    ]);
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
  const condition = and(whileActivity(db, activityIs(id, ['published'], loaded.row.version)), noOpenRevision)!;
  // Behind the insert, so the mail can link to the new revision; its guard is "that insert wrote the row".
  const notification = opts.submit
    ? [notifyReviewers(actor, loaded.organisation.name, { kind: 'activity-revision', title: data.title, id: newestRevisionId(id), again: false }, previousStatementWrote)]
    : [];
  return runGuarded(
    actor,
    id,
    [
      audit(actor, opts.submit ? 'activity-revision.submit' : 'activity-revision.save', id, condition),
      ...draftRemoval(db, opts.savedDraftId),
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
        sql`WHERE ${condition}`,
      ).returning({ id: activityRevisions.id }),
    ],
    notification,
  );
}

async function revisionTransition(
  actor: Actor,
  id: number,
  revisionId: number,
  revisionVersion: number,
  from: readonly ReviewStatus[],
  action: string,
  changes: (now: Date) => Partial<typeof activityRevisions.$inferInsert>,
  alongside: (loaded: LoadedActivity, revision: RevisionRow, condition: SQL) => Statement[] = () => [],
): Promise<CommandResult> {
  const prepared = await prepare(actor, id, ['published']);
  if (!prepared.ok) return prepared;
  const { loaded } = prepared;
  const revision = loaded.revision;
  if (!revision || revision.id !== revisionId || revision.version !== revisionVersion) {
    return { ok: false, problem: 'conflict', current: loaded };
  }
  if (!from.includes(revision.status)) return { ok: false, problem: 'state', current: loaded };
  const { db } = actor;
  const now = actor.now ?? new Date();
  const guard = revisionIs(revisionId, [revision.status], revisionVersion);
  const condition = whileRevision(db, guard);
  return runGuarded(actor, id, [
    audit(actor, action, id, condition, { revisionId }),
    ...alongside(loaded, revision, condition),
    db
      .update(activityRevisions)
      .set({ ...changes(now), version: sql`${activityRevisions.version} + 1`, updatedAt: now })
      .where(guard)
      .returning({ id: activityRevisions.id }),
  ]);
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
    (loaded, revision, condition) => [
      notifyReviewers(
        actor,
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
