import { and, eq, sql, type SQL } from 'drizzle-orm';
import { canReviewActivities } from '../../auth/policy';
import { auditRow, commandBatch, mailRow, type AuditRow } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import type { ActivityStatus, ReviewStatus } from '../../db/enums';
import { activities, activityRevisions } from '../../db/schema';
import { actorContext, type Actor } from '../activity-editing/command-support';
import { activityColumns, parseStoredData } from '../activity-editing/model';
import {
  activityQuery,
  openRevisionQuery,
  organisationMembersQuery,
  toLoadedActivity,
  type LoadedActivity,
  type Recipient,
  type RevisionRow,
} from '../activity-editing/queries';
import { localDate } from '../../dates';
import { occurrenceContext, type OccurrenceContext } from '../activities/occurrences';
import { activityIs, replaceLinks, revisionIs, whileActivity, whileRevision, type Statement } from '../activity-editing/statements';
import type { OutgoingMail } from '../../mail/outbox';
import { activityOfRevision, organisationOfActivity, revisionQuery } from './queries';
import { reviewTexts } from './texts';

/** A reviewer, plus the site's address for the links in the partner's e-mail. */
export type ReviewActor = Actor & { origin: string };

export type Decision = 'approve' | 'request-changes' | 'reject';

export type ReviewFailure =
  | { ok: false; problem: 'forbidden' }
  | { ok: false; problem: 'not-found' }
  /** Changes or a rejection without a comment. */
  | { ok: false; problem: 'comment-required' }
  /** Not (or no longer) waiting for a decision. */
  | { ok: false; problem: 'decided'; current: LoadedActivity; revision: RevisionRow | null }
  /** Someone else decided, or the partner changed it, after the reviewer loaded it. */
  | { ok: false; problem: 'conflict'; current: LoadedActivity | null; revision: RevisionRow | null };

export type ReviewResult = { ok: true; activityId: number } | ReviewFailure;

const ACTIVITY_OUTCOME: Record<Decision, ActivityStatus> = { approve: 'published', 'request-changes': 'changes-requested', reject: 'rejected' };
const REVISION_OUTCOME: Record<Decision, ReviewStatus> = { approve: 'approved', 'request-changes': 'changes-requested', reject: 'rejected' };
const AUDIT_VERB: Record<Decision, string> = { approve: 'approve', 'request-changes': 'request-changes', reject: 'reject' };

function partnerMail(
  actor: ReviewActor,
  decision: Decision,
  revision: boolean,
  to: Recipient,
  title: string,
  activityId: number,
  note: string | null,
) {
  const t = reviewTexts[to.locale];
  const publicUrl = `${actor.origin}/activiteiten/${activityId}`;
  const portalUrl = `${actor.origin}/portaal/activiteiten/${activityId}`;
  const [subject, body] =
    decision === 'approve'
      ? revision
        ? [t.mailRevisionApprovedSubject(title), t.mailRevisionApprovedBody(to.name, title, publicUrl, note)]
        : [t.mailApprovedSubject(title), t.mailApprovedBody(to.name, title, publicUrl, note)]
      : decision === 'request-changes'
        ? revision
          ? [t.mailRevisionChangesSubject(title), t.mailRevisionChangesBody(to.name, title, portalUrl, note)]
          : [t.mailChangesSubject(title), t.mailChangesBody(to.name, title, portalUrl, note)]
        : revision
          ? [t.mailRevisionRejectedSubject(title), t.mailRevisionRejectedBody(to.name, title, portalUrl, note)]
          : [t.mailRejectedSubject(title), t.mailRejectedBody(to.name, title, portalUrl, note)];
  return { to: to.email, subject, body, kind: `activity.${revision ? 'revision-' : ''}${AUDIT_VERB[decision]}` };
}

/**
 * One decision, under the guard `condition`: `apply` (an approved revision's copy onto the live row), the audit row
 * and the partner's mail, then the guarded `change` with RETURNING.
 */
type DecisionParts = { condition: SQL; apply: Statement[]; audit: AuditRow; mails: OutgoingMail[]; change: Statement };

function activityDecision(
  actor: ReviewActor,
  ctx: CommandContext,
  loaded: LoadedActivity,
  recipients: Recipient[],
  decision: Decision,
  comment: string,
): DecisionParts {
  const { db, now } = ctx;
  const { id, version, title } = loaded.row;
  const note = comment.trim() || null;
  const guard = activityIs(id, ['submitted'], version);
  const publishing = decision === 'approve' ? { publishedAt: now, confirmedAt: now, reminderSentAt: null, staleHiddenAt: null } : {};
  return {
    condition: whileActivity(db, guard),
    apply: [],
    audit: {
      actorUserId: actor.user.id,
      action: `activity.${AUDIT_VERB[decision]}`,
      objectType: 'activity',
      objectId: id,
      detail: { version, comment: note },
    },
    mails: recipients.map((r) => partnerMail(actor, decision, false, r, title, id, note)),
    change: db
      .update(activities)
      .set({ status: ACTIVITY_OUTCOME[decision], reviewComment: note, version: sql`${activities.version} + 1`, updatedAt: now, ...publishing })
      .where(guard)
      .returning({ id: activities.id }),
  };
}

/**
 * The decision on a revision. Approval copies the revision onto the live row and replaces its link rows, all in the
 * same batch as the revision's own status change, so the public never sees half of a change.
 */
function revisionDecision(
  actor: ReviewActor,
  ctx: CommandContext,
  loaded: LoadedActivity,
  revision: RevisionRow,
  recipients: Recipient[],
  decision: Decision,
  comment: string,
  occurrences: OccurrenceContext,
): DecisionParts {
  const { db, now } = ctx;
  const activityId = loaded.row.id;
  const note = comment.trim() || null;
  const guard = and(
    revisionIs(revision.id, ['submitted'], revision.version),
    whileActivity(db, and(eq(activities.id, activityId), eq(activities.status, 'published'))!),
  )!;
  const condition = whileRevision(db, guard);
  const data = parseStoredData(revision.data);
  const apply: Statement[] =
    decision === 'approve'
      ? [
          ...replaceLinks(db, activityId, data, occurrences, condition),
          db
            .update(activities)
            .set({
              ...activityColumns(data),
              version: sql`${activities.version} + 1`,
              updatedAt: now,
              confirmedAt: now,
              reminderSentAt: null,
              staleHiddenAt: null,
            })
            .where(and(eq(activities.id, activityId), condition)),
        ]
      : [];
  return {
    condition,
    apply,
    audit: {
      actorUserId: actor.user.id,
      action: `activity-revision.${AUDIT_VERB[decision]}`,
      objectType: 'activity',
      objectId: activityId,
      detail: { revisionId: revision.id, version: revision.version, comment: note },
    },
    mails: recipients.map((r) => partnerMail(actor, decision, true, r, data.title, activityId, note)),
    change: db
      .update(activityRevisions)
      .set({
        status: REVISION_OUTCOME[decision],
        reviewComment: note,
        version: sql`${activityRevisions.version} + 1`,
        updatedAt: now,
        decidedAt: now,
      })
      .where(guard)
      .returning({ id: activityRevisions.id }),
  };
}

/** A decision as statements that each carry its own guard, the guarded change last: for a batch of several decisions. */
function decisionStatements(ctx: CommandContext, parts: DecisionParts): Statement[] {
  return [...parts.apply, auditRow(ctx, parts.audit, parts.condition), ...parts.mails.map((m) => mailRow(ctx, m, parts.condition)), parts.change];
}

/** One decision as one kernel batch under its guard; `ok` when the guarded change won. */
async function commitDecision(ctx: CommandContext, parts: DecisionParts): Promise<boolean> {
  const batch = commandBatch(ctx)
    .guard(parts.condition)
    .add(...parts.apply)
    .audit(parts.audit);
  for (const mail of parts.mails) batch.mail(mail);
  return (await batch.change(parts.change).commit()).kind === 'ok';
}

/** The decision on a new activity as guarded statements; the last one is the guarded change (RETURNING). */
export function activityDecisionStatements(
  actor: ReviewActor,
  loaded: LoadedActivity,
  recipients: Recipient[],
  decision: Decision,
  comment: string,
): Statement[] {
  const ctx = actorContext(actor);
  return decisionStatements(ctx, activityDecision(actor, ctx, loaded, recipients, decision, comment));
}

function precheck(actor: ReviewActor, decision: Decision, comment: string): ReviewFailure | null {
  if (!canReviewActivities(actor.user)) return { ok: false, problem: 'forbidden' };
  if (decision !== 'approve' && !comment.trim()) return { ok: false, problem: 'comment-required' };
  return null;
}

async function readActivity(actor: ReviewActor, id: number) {
  const { db } = actor;
  const [rows, revisions, recipients] = await db.batch([
    activityQuery(db, id),
    openRevisionQuery(db, id),
    organisationMembersQuery(db, organisationOfActivity(id)),
  ]);
  return { loaded: toLoadedActivity(rows[0], revisions[0]), recipients };
}

async function readRevision(actor: ReviewActor, revisionId: number) {
  const { db } = actor;
  const activityId = activityOfRevision(revisionId);
  const [revisionRows, rows, openRevisions, recipients] = await db.batch([
    revisionQuery(db, revisionId),
    activityQuery(db, activityId),
    openRevisionQuery(db, activityId),
    organisationMembersQuery(db, organisationOfActivity(activityId)),
  ]);
  return { revision: revisionRows[0] ?? null, loaded: toLoadedActivity(rows[0], openRevisions[0]), recipients };
}

/** Approve, request changes on, or reject a submitted activity at the version the reviewer saw. */
export async function decideActivity(actor: ReviewActor, id: number, version: number, decision: Decision, comment: string): Promise<ReviewResult> {
  const refused = precheck(actor, decision, comment);
  if (refused) return refused;
  const { loaded, recipients } = await readActivity(actor, id);
  if (!loaded) return { ok: false, problem: 'not-found' };
  if (loaded.row.status !== 'submitted') return { ok: false, problem: 'decided', current: loaded, revision: loaded.revision };
  if (loaded.row.version !== version) return { ok: false, problem: 'conflict', current: loaded, revision: loaded.revision };
  const ctx = actorContext(actor);
  if (await commitDecision(ctx, activityDecision(actor, ctx, loaded, recipients, decision, comment))) return { ok: true, activityId: id };
  const now = await readActivity(actor, id);
  return { ok: false, problem: 'conflict', current: now.loaded, revision: now.loaded?.revision ?? null };
}

/** Approve, request changes on, or reject a submitted revision of a published activity. */
export async function decideRevision(
  actor: ReviewActor,
  revisionId: number,
  revisionVersion: number,
  decision: Decision,
  comment: string,
): Promise<ReviewResult> {
  const refused = precheck(actor, decision, comment);
  if (refused) return refused;
  const { revision, loaded, recipients } = await readRevision(actor, revisionId);
  if (!revision || !loaded) return { ok: false, problem: 'not-found' };
  if (revision.status !== 'submitted' || loaded.row.status !== 'published') return { ok: false, problem: 'decided', current: loaded, revision };
  if (revision.version !== revisionVersion) return { ok: false, problem: 'conflict', current: loaded, revision };
  const ctx = actorContext(actor);
  const occurrences = await occurrenceContext(ctx.db, localDate(ctx.now));
  if (await commitDecision(ctx, revisionDecision(actor, ctx, loaded, revision, recipients, decision, comment, occurrences))) {
    return { ok: true, activityId: loaded.row.id };
  }
  const now = await readRevision(actor, revisionId);
  return { ok: false, problem: 'conflict', current: now.loaded, revision: now.revision };
}

export const approveActivity = (actor: ReviewActor, id: number, version: number, comment = '') =>
  decideActivity(actor, id, version, 'approve', comment);
export const requestActivityChanges = (actor: ReviewActor, id: number, version: number, comment: string) =>
  decideActivity(actor, id, version, 'request-changes', comment);
export const rejectActivity = (actor: ReviewActor, id: number, version: number, comment: string) =>
  decideActivity(actor, id, version, 'reject', comment);
export const approveRevision = (actor: ReviewActor, revisionId: number, version: number, comment = '') =>
  decideRevision(actor, revisionId, version, 'approve', comment);
export const requestRevisionChanges = (actor: ReviewActor, revisionId: number, version: number, comment: string) =>
  decideRevision(actor, revisionId, version, 'request-changes', comment);
export const rejectRevision = (actor: ReviewActor, revisionId: number, version: number, comment: string) =>
  decideRevision(actor, revisionId, version, 'reject', comment);

export type BulkItem = { kind: 'activity' | 'revision'; id: number; version: number };
export const MAX_BULK_ITEMS = 50;

/**
 * Approves several entries at once: one read batch, then ONE write batch in which every entry carries its own guard.
 * An entry someone else decided or changed meanwhile is skipped; the others still go through.
 */
export async function approveMany(
  actor: ReviewActor,
  items: BulkItem[],
): Promise<{ ok: true; approved: number; skipped: number; approvedTitles: string[]; approvedActivityIds: number[] } | ReviewFailure> {
  if (!canReviewActivities(actor.user)) return { ok: false, problem: 'forbidden' };
  const unique = [...new Map(items.map((i) => [`${i.kind}:${i.id}`, i])).values()].slice(0, MAX_BULK_ITEMS);
  if (!unique.length) return { ok: true, approved: 0, skipped: 0, approvedTitles: [], approvedActivityIds: [] };
  const { db } = actor;
  // Per entry: its activity and the people to tell, plus the revision itself for a revision.
  const reads: Statement[] = [];
  for (const item of unique) {
    const activityId = item.kind === 'activity' ? item.id : activityOfRevision(item.id);
    reads.push(activityQuery(db, activityId), organisationMembersQuery(db, organisationOfActivity(activityId)));
    if (item.kind === 'revision') reads.push(revisionQuery(db, item.id));
  }
  const read = await db.batch(reads as [Statement, ...Statement[]]);
  const ctx = actorContext(actor);
  const occurrences = await occurrenceContext(db, localDate(ctx.now));
  const statements: Statement[] = [];
  const guardIndexes: number[] = [];
  const titles: string[] = [];
  const activityIds: number[] = [];
  let offset = 0;
  for (const item of unique) {
    const activityRows = read[offset] as Parameters<typeof toLoadedActivity>[0][];
    const recipients = read[offset + 1] as Recipient[];
    const revision = item.kind === 'revision' ? (read[offset + 2] as RevisionRow[])[0] : undefined;
    offset += item.kind === 'revision' ? 3 : 2;
    const loaded = toLoadedActivity(activityRows[0], undefined);
    if (!loaded) continue;
    if (item.kind === 'activity') {
      if (loaded.row.status !== 'submitted' || loaded.row.version !== item.version) continue;
      statements.push(...decisionStatements(ctx, activityDecision(actor, ctx, loaded, recipients, 'approve', '')));
    } else {
      if (!revision || revision.status !== 'submitted' || revision.version !== item.version || loaded.row.status !== 'published') continue;
      statements.push(...decisionStatements(ctx, revisionDecision(actor, ctx, loaded, revision, recipients, 'approve', '', occurrences)));
    }
    guardIndexes.push(statements.length - 1);
    titles.push(item.kind === 'revision' && revision ? revisionTitle(revision, loaded.row.title) : loaded.row.title);
    activityIds.push(loaded.row.id);
  }
  if (!statements.length) return { ok: true, approved: 0, skipped: unique.length, approvedTitles: [], approvedActivityIds: [] };
  // Every entry carries its own guard, so the batch has no single guarded change: each entry's RETURNING says if it won.
  const committed = await commandBatch(ctx)
    .add(...statements)
    .commit();
  const results = committed.kind === 'ok' ? committed.results : [];
  const wonAt = guardIndexes.map((index) => results[index]?.results.length === 1);
  const approvedTitles = titles.filter((_, i) => wonAt[i]);
  const approvedActivityIds = activityIds.filter((_, i) => wonAt[i]);
  return { ok: true, approved: approvedTitles.length, skipped: unique.length - approvedTitles.length, approvedTitles, approvedActivityIds };
}

/** The title a revision publishes (its form data), or the live title when the data has none. */
function revisionTitle(revision: RevisionRow, liveTitle: string): string {
  try {
    const data = JSON.parse(revision.data) as { title?: unknown };
    return typeof data.title === 'string' && data.title.trim() ? data.title : liveTitle;
  } catch {
    return liveTitle;
  }
}
