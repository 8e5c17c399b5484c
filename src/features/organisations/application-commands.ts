import { and, eq, exists, inArray, sql } from 'drizzle-orm';
import { canEditOrganisation } from '../../auth/policy';
import { commandBatch } from '../../commands/batch';
import { type CommandContext, localeOf } from '../../commands/context';
import { conflict, done, invalid, notFound, ok, type CommandResult } from '../../commands/result';
import { organisationRevisions, organisations } from '../../db/schema';
import type { CurrentUser } from '../../env';
import { notifyProgrammeTeam } from '../../mail/programme-team';
import { isUniqueViolation } from '../../security/transition-guard';
import { organisationWorkspace } from './queries';
import { freeSlug, slugify, type OrganisationProfile } from './schemas';
import { nameAndSlugUseQueries, profileColumns, replaceNeighbourhoodsStatements, sameProfile } from './statements';
import { organisationTexts } from './texts';

/** What saving a profile did: saved (a pending registration, or a rejected one submitted again) or sent for review. */
export type ProfileChange = { outcome: 'saved' | 'resubmitted' | 'unchanged' | 'revision-submitted' };
export type ProfileChangeResult = CommandResult<ProfileChange>;

/** The organisation's name is another organisation's: a field error on the form. */
const nameTakenError = (ctx: CommandContext) => invalid({ organisatie: organisationTexts[localeOf(ctx)].nameTaken });

/** The organisation as its editor sees it; null (answered as not found, IDOR-safe) for anyone else or an unknown id. */
async function editableWorkspace(ctx: CommandContext, actor: CurrentUser, organisationId: number) {
  return canEditOrganisation(actor, organisationId) ? organisationWorkspace(ctx.db, organisationId) : null;
}

/**
 * A member edits their organisation's profile. While the registration is pending (or was rejected) the change is made
 * directly (`updateOrganisationApplication`); for an approved organisation it becomes a revision for review
 * (`submitOrganisationRevision`).
 */
export async function saveOrganisationProfile(
  ctx: CommandContext,
  actor: CurrentUser,
  organisationId: number,
  input: { version: number; profile: OrganisationProfile },
): Promise<ProfileChangeResult> {
  const current = await editableWorkspace(ctx, actor, organisationId);
  if (!current) return notFound;
  return current.organisation.status === 'approved'
    ? submitOrganisationRevision(ctx, actor, organisationId, input)
    : updateOrganisationApplication(ctx, actor, organisationId, input);
}

async function nameTaken(ctx: CommandContext, organisationId: number, profile: OrganisationProfile) {
  const [nameUse, slugUse] = await ctx.db.batch(nameAndSlugUseQueries(ctx.db, profile.name, slugify(profile.name), organisationId));
  return { taken: nameUse.length > 0, slugsInUse: slugUse.map((s) => s.slug) };
}

/** Edits a pending or rejected registration in place; a rejected one goes back to pending (guarded by version). */
export async function updateOrganisationApplication(
  ctx: CommandContext,
  actor: CurrentUser,
  organisationId: number,
  input: { version: number; profile: OrganisationProfile },
): Promise<ProfileChangeResult> {
  const { db, now } = ctx;
  const current = await editableWorkspace(ctx, actor, organisationId);
  if (!current) return notFound;
  const { organisation } = current;
  if (organisation.status === 'approved') return conflict;
  const use = await nameTaken(ctx, organisationId, input.profile);
  if (use.taken) return nameTakenError(ctx);
  const resubmitted = organisation.status === 'rejected';
  // Nothing is public while pending, so the slug may still follow the name.
  const slug = organisation.name === input.profile.name ? organisation.slug : freeSlug(slugify(input.profile.name), use.slugsInUse);
  const batch = commandBatch(ctx)
    .change(
      db
        .update(organisations)
        .set({
          ...profileColumns(input.profile),
          slug,
          status: 'pending',
          decisionReason: null,
          version: sql`${organisations.version} + 1`,
          updatedAt: now,
        })
        .where(
          and(eq(organisations.id, organisationId), eq(organisations.version, input.version), inArray(organisations.status, ['pending', 'rejected'])),
        ),
    )
    .add(...replaceNeighbourhoodsStatements(db, organisationId, input.profile.neighbourhoodIds))
    .audit({
      actorUserId: actor.id,
      action: resubmitted ? 'organisation.resubmit' : 'organisation.update',
      objectType: 'organisation',
      objectId: organisationId,
    });
  if (resubmitted) {
    batch.add(
      notifyProgrammeTeam(db, ctx.origin, {
        kind: 'organisation',
        again: true,
        title: input.profile.name,
        organisationName: input.profile.name,
        id: organisationId,
      }),
    );
  }
  try {
    if ((await batch.commit()).kind === 'conflict') return conflict;
  } catch (error) {
    if (isUniqueViolation(error, 'organisations')) return nameTakenError(ctx);
    throw error;
  }
  return ok({ outcome: resubmitted ? 'resubmitted' : 'saved' });
}

/**
 * Proposes a new profile for an approved organisation: a submitted revision, reviewed by the programme team; the live
 * profile stays until then. One open revision per organisation: saving again replaces it instead of queueing another.
 * Guarded on the organisation's status and the version the member saw; the programme team is told of a new revision
 * (not of a replaced one, which is still waiting in their list under the same link).
 */
export async function submitOrganisationRevision(
  ctx: CommandContext,
  actor: CurrentUser,
  organisationId: number,
  input: { version: number; profile: OrganisationProfile },
): Promise<ProfileChangeResult> {
  const { db, now } = ctx;
  const { profile } = input;
  const current = await editableWorkspace(ctx, actor, organisationId);
  if (!current) return notFound;
  if (current.organisation.status !== 'approved' || current.organisation.version !== input.version) return conflict;
  if (sameProfile(current.profile, profile)) return ok({ outcome: 'unchanged' });
  if ((await nameTaken(ctx, organisationId, profile)).taken) return nameTakenError(ctx);
  const data = JSON.stringify(profile);
  const stillAsSeen = exists(
    db
      .select({ one: sql`1` })
      .from(organisations)
      .where(and(eq(organisations.id, organisationId), eq(organisations.status, 'approved'), eq(organisations.version, input.version))),
  );
  const openRevision = and(eq(organisationRevisions.organisationId, organisationId), eq(organisationRevisions.status, 'submitted'));
  const replacing = current.revision?.status === 'submitted';
  const change = replacing
    ? db
        .update(organisationRevisions)
        .set({ data, createdByUserId: actor.id, version: sql`${organisationRevisions.version} + 1` })
        .where(and(openRevision, stillAsSeen))
    : sql`INSERT INTO organisation_revisions (organisation_id, data, status, created_by_user_id, version, created_at)
               SELECT ${organisationId}, ${data}, 'submitted', ${actor.id}, 1, ${now.getTime()}
                WHERE NOT EXISTS (SELECT 1 FROM organisation_revisions WHERE organisation_id = ${organisationId} AND status = 'submitted')
                  AND ${stillAsSeen}`;
  const newRevisionId = sql`(SELECT id FROM organisation_revisions WHERE organisation_id = ${organisationId} AND status = 'submitted')`;
  const batch = commandBatch(ctx)
    .change(change)
    .audit({ actorUserId: actor.id, action: 'organisation.revision.submit', objectType: 'organisation', objectId: organisationId });
  if (!replacing) {
    batch.add(
      notifyProgrammeTeam(db, ctx.origin, {
        kind: 'organisation-revision',
        title: profile.name,
        organisationName: current.organisation.name,
        id: newRevisionId,
      }),
    );
  }
  return (await batch.commit()).kind === 'ok' ? ok({ outcome: 'revision-submitted' }) : conflict;
}

export async function withdrawOrganisationRevision(ctx: CommandContext, actor: CurrentUser, organisationId: number): Promise<CommandResult> {
  if (!canEditOrganisation(actor, organisationId)) return notFound;
  const { db, now } = ctx;
  const committed = await commandBatch(ctx)
    .change(
      db
        .update(organisationRevisions)
        .set({ status: 'withdrawn', decidedAt: now, version: sql`${organisationRevisions.version} + 1` })
        .where(and(eq(organisationRevisions.organisationId, organisationId), eq(organisationRevisions.status, 'submitted'))),
    )
    .audit({ actorUserId: actor.id, action: 'organisation.revision.withdraw', objectType: 'organisation', objectId: organisationId })
    .commit();
  return committed.kind === 'ok' ? done : conflict;
}
