import { and, eq, sql } from 'drizzle-orm';
import { canDecideOrganisations } from '../../auth/policy';
import { commandBatch } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import { conflict, conflictWith, forbidden, notFound, ok, type CommandResult } from '../../commands/result';
import { organisationRevisions, organisations } from '../../db/schema';
import type { CurrentUser } from '../../env';
import { abortUnlessChanged, isUniqueViolation } from '../../security/transition-guard';
import { organisationApprovedMail, organisationRejectedMail, revisionDecidedMail } from './mail-texts';
import { parseStoredProfile } from './schemas';
import { profileColumns, replaceNeighbourhoodsStatements } from './statements';

/** Decided, or why not; a conflict says whether the proposed name became another organisation's meanwhile. */
export type DecisionResult = CommandResult<{ organisationName: string }, { nameTaken: true }>;

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
  if (!canDecideOrganisations(actor)) return forbidden;
  const { db, now } = ctx;
  const name = await organisationName(ctx, organisationId);
  if (name === null) return notFound;
  const link = `${ctx.origin}/portaal/organisaties/${organisationId}/profiel`;
  const mail = decision.approve ? organisationApprovedMail(name, link) : organisationRejectedMail(name, decision.reason, link);
  const committed = await commandBatch(ctx)
    .change(
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
    )
    .audit({
      actorUserId: actor.id,
      action: decision.approve ? 'organisation.approve' : 'organisation.reject',
      objectType: 'organisation',
      objectId: organisationId,
      detail: decision.approve ? undefined : { reason: decision.reason },
    })
    .mailToUsers(decision.approve ? 'organisation-approved' : 'organisation-rejected', mail, membersOf(organisationId))
    .commit();
  return committed.kind === 'ok' ? ok({ organisationName: name }) : conflict;
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
  if (!canDecideOrganisations(actor)) return forbidden;
  const { db, now } = ctx;
  const [row] = await db
    .select({ organisationId: organisationRevisions.organisationId, data: organisationRevisions.data, name: organisations.name })
    .from(organisationRevisions)
    .innerJoin(organisations, eq(organisations.id, organisationRevisions.organisationId))
    .where(eq(organisationRevisions.id, revisionId));
  if (!row) return notFound;
  const proposed = parseStoredProfile(row.data);
  if (!proposed) return notFound;
  const { organisationId } = row;
  const link = `${ctx.origin}/portaal/organisaties/${organisationId}/profiel`;
  const finalName = decision.approve ? proposed.name : row.name;
  const batch = commandBatch(ctx).change(
    db
      .update(organisationRevisions)
      .set({
        status: decision.approve ? 'approved' : 'rejected',
        reviewComment: decision.approve ? null : decision.reason,
        decidedAt: now,
        version: sql`${organisationRevisions.version} + 1`,
      })
      .where(
        and(eq(organisationRevisions.id, revisionId), eq(organisationRevisions.status, 'submitted'), eq(organisationRevisions.version, version)),
      ),
  );
  if (decision.approve) {
    // The organisation must still be approved: this second guard aborts the batch too when it matched nothing.
    batch.add(
      db
        .update(organisations)
        .set({ ...profileColumns(proposed), version: sql`${organisations.version} + 1`, updatedAt: now })
        .where(and(eq(organisations.id, organisationId), eq(organisations.status, 'approved'))),
      abortUnlessChanged(),
      ...replaceNeighbourhoodsStatements(db, organisationId, proposed.neighbourhoodIds),
    );
  }
  batch
    .audit({
      actorUserId: actor.id,
      action: decision.approve ? 'organisation.revision.approve' : 'organisation.revision.reject',
      objectType: 'organisation',
      objectId: organisationId,
      detail: decision.approve ? { revisionId } : { revisionId, reason: decision.reason },
    })
    .mailToUsers(
      decision.approve ? 'organisation-revision-approved' : 'organisation-revision-rejected',
      revisionDecidedMail(finalName, decision.approve, decision.approve ? null : decision.reason, link),
      membersOf(organisationId),
    );
  try {
    if ((await batch.commit()).kind === 'conflict') return conflict;
  } catch (error) {
    if (isUniqueViolation(error, 'organisations')) return conflictWith({ nameTaken: true as const });
    throw error;
  }
  return ok({ organisationName: finalName });
}

export function approveOrganisationRevision(ctx: CommandContext, actor: CurrentUser, revisionId: number, version: number) {
  return decideRevision(ctx, actor, revisionId, version, { approve: true });
}

export function rejectOrganisationRevision(ctx: CommandContext, actor: CurrentUser, revisionId: number, version: number, reason: string) {
  return decideRevision(ctx, actor, revisionId, version, { approve: false, reason });
}
