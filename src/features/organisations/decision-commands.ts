import { and, eq, sql } from 'drizzle-orm';
import { auditStatement } from '../../audit';
import { canDecideOrganisations } from '../../auth/policy';
import { organisationRevisions, organisations } from '../../db/schema';
import type { CurrentUser } from '../../env';
import { abortUnlessChanged, isTransitionConflict, isUniqueViolation, runBatch } from '../../security/transition-guard';
import type { CommandContext } from '../../commands/context';
import { queueMailToUsersStatement } from '../../mail/compose';
import { organisationApprovedMail, organisationRejectedMail, revisionDecidedMail } from './mail-texts';
import { parseStoredProfile } from './schemas';
import { profileColumns, replaceNeighbourhoodsStatements } from './statements';

export type DecisionResult =
  | { kind: 'forbidden' }
  | { kind: 'not-found' }
  | { kind: 'conflict' }
  | { kind: 'name-taken' }
  | { kind: 'decided'; organisationName: string };

/** Every member of the organisation hears about the decision, each in their own language. */
const membersOf = (organisationId: number) =>
  sql`u.id IN (SELECT m.user_id FROM memberships m WHERE m.organisation_id = ${organisationId}) AND u.disabled_at IS NULL`;

async function organisationName(ctx: CommandContext, organisationId: number) {
  const [row] = await ctx.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
  return row?.name ?? null;
}

type Decision = { approve: true } | { approve: false; reason: string };

/**
 * Approves or rejects a pending registration. Guarded on status and version, so of two reviewers deciding at the
 * same moment exactly one succeeds; the other gets `conflict` and nothing of theirs is written (no audit row, no mail).
 */
async function decideOrganisation(
  ctx: CommandContext,
  actor: CurrentUser,
  organisationId: number,
  version: number,
  decision: Decision,
): Promise<DecisionResult> {
  if (!canDecideOrganisations(actor)) return { kind: 'forbidden' };
  const { db, now } = ctx;
  const name = await organisationName(ctx, organisationId);
  if (name === null) return { kind: 'not-found' };
  const link = `${ctx.origin}/portaal/organisaties/${organisationId}/profiel`;
  const mail = decision.approve ? organisationApprovedMail(name, link) : organisationRejectedMail(name, decision.reason, link);
  try {
    await runBatch(db, [
      db
        .update(organisations)
        .set({
          status: decision.approve ? 'approved' : 'rejected',
          decisionReason: decision.approve ? null : decision.reason,
          decidedAt: now,
          version: sql`${organisations.version} + 1`,
          updatedAt: now,
        })
        .where(and(eq(organisations.id, organisationId), eq(organisations.status, 'pending'), eq(organisations.version, version))),
      abortUnlessChanged(),
      auditStatement(
        db,
        {
          actorUserId: actor.id,
          action: decision.approve ? 'organisation.approve' : 'organisation.reject',
          objectType: 'organisation',
          objectId: organisationId,
          ip: ctx.ip,
          detail: decision.approve ? undefined : { reason: decision.reason },
        },
        now.getTime(),
      ),
      queueMailToUsersStatement(db, decision.approve ? 'organisation-approved' : 'organisation-rejected', mail, membersOf(organisationId)),
    ]);
  } catch (error) {
    if (isTransitionConflict(error)) return { kind: 'conflict' };
    throw error;
  }
  return { kind: 'decided', organisationName: name };
}

export function approveOrganisation(ctx: CommandContext, actor: CurrentUser, organisationId: number, version: number) {
  return decideOrganisation(ctx, actor, organisationId, version, { approve: true });
}

export function rejectOrganisation(ctx: CommandContext, actor: CurrentUser, organisationId: number, version: number, reason: string) {
  return decideOrganisation(ctx, actor, organisationId, version, { approve: false, reason });
}

/**
 * Approves or rejects a submitted profile change. On approval the proposed profile replaces the live one (and its
 * neighbourhoods) in the same batch; the organisation must still be approved.
 */
async function decideRevision(
  ctx: CommandContext,
  actor: CurrentUser,
  revisionId: number,
  version: number,
  decision: Decision,
): Promise<DecisionResult> {
  if (!canDecideOrganisations(actor)) return { kind: 'forbidden' };
  const { db, now } = ctx;
  const [row] = await db
    .select({ organisationId: organisationRevisions.organisationId, data: organisationRevisions.data, name: organisations.name })
    .from(organisationRevisions)
    .innerJoin(organisations, eq(organisations.id, organisationRevisions.organisationId))
    .where(eq(organisationRevisions.id, revisionId));
  if (!row) return { kind: 'not-found' };
  const proposed = parseStoredProfile(row.data);
  if (!proposed) return { kind: 'not-found' };
  const { organisationId } = row;
  const link = `${ctx.origin}/portaal/organisaties/${organisationId}/profiel`;
  const finalName = decision.approve ? proposed.name : row.name;
  const apply = decision.approve
    ? [
        db
          .update(organisations)
          .set({ ...profileColumns(proposed), version: sql`${organisations.version} + 1`, updatedAt: now })
          .where(and(eq(organisations.id, organisationId), eq(organisations.status, 'approved'))),
        abortUnlessChanged(),
        ...replaceNeighbourhoodsStatements(db, organisationId, proposed.neighbourhoodIds),
      ]
    : [];
  try {
    await runBatch(db, [
      db
        .update(organisationRevisions)
        .set({
          status: decision.approve ? 'approved' : 'rejected',
          reviewComment: decision.approve ? null : decision.reason,
          decidedAt: now,
          version: sql`${organisationRevisions.version} + 1`,
        })
        .where(and(eq(organisationRevisions.id, revisionId), eq(organisationRevisions.status, 'submitted'), eq(organisationRevisions.version, version))),
      abortUnlessChanged(),
      ...apply,
      auditStatement(
        db,
        {
          actorUserId: actor.id,
          action: decision.approve ? 'organisation.revision.approve' : 'organisation.revision.reject',
          objectType: 'organisation',
          objectId: organisationId,
          ip: ctx.ip,
          detail: decision.approve ? { revisionId } : { revisionId, reason: decision.reason },
        },
        now.getTime(),
      ),
      queueMailToUsersStatement(
        db,
        decision.approve ? 'organisation-revision-approved' : 'organisation-revision-rejected',
        revisionDecidedMail(finalName, decision.approve, decision.approve ? null : decision.reason, link),
        membersOf(organisationId),
      ),
    ]);
  } catch (error) {
    if (isTransitionConflict(error)) return { kind: 'conflict' };
    if (isUniqueViolation(error, 'organisations')) return { kind: 'name-taken' };
    throw error;
  }
  return { kind: 'decided', organisationName: finalName };
}

export function approveOrganisationRevision(ctx: CommandContext, actor: CurrentUser, revisionId: number, version: number) {
  return decideRevision(ctx, actor, revisionId, version, { approve: true });
}

export function rejectOrganisationRevision(ctx: CommandContext, actor: CurrentUser, revisionId: number, version: number, reason: string) {
  return decideRevision(ctx, actor, revisionId, version, { approve: false, reason });
}
