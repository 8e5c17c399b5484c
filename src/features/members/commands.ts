import { and, eq, sql, type SQL } from 'drizzle-orm';
import { canLeaveOrganisation, canManageMember, canManageMembers } from '../../auth/policy';
import type { MembershipRole } from '../../db/enums';
import { memberships, users } from '../../db/schema';
import type { CurrentUser } from '../../env';
import type { Locale } from '../../i18n';
import { accountSubject, hitRateLimits, RATE_LIMITS } from '../../security/rate-limit';
import { isUniqueViolation } from '../../security/transition-guard';
import { commandBatch } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import { invitedAccountStatements, resendInvitation } from '../accounts/invitations';
import { queueMailTo } from '../../mail/compose';
import { addedToOrganisationMail } from '../accounts/mail-texts';
import { organisationMembers } from './queries';

export type MemberResult =
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  | { kind: 'rate-limited'; retryAt: Date }
  | { kind: 'already-member' }
  | { kind: 'not-partner-account' }
  | { kind: 'not-a-member' }
  | { kind: 'last-owner' }
  | { kind: 'invited' }
  | { kind: 'added' }
  | { kind: 'done' };

const invitedFor = (organisation: string) => ({ nl: `voor de organisatie ${organisation}`, en: `for the organisation ${organisation}` });

/**
 * An owner invites a colleague as owner or editor. A new address gets an account without password and an invitation
 * link; an existing partner account is added at once and told by mail.
 */
export async function inviteMember(
  ctx: CommandContext,
  actor: CurrentUser,
  organisationId: number,
  input: { name: string; email: string; role: MembershipRole; locale: Locale },
): Promise<MemberResult> {
  if (!canManageMembers(actor, organisationId)) return { kind: 'forbidden' };
  const { db, now } = ctx;
  const limit = await hitRateLimits(db, [{ rule: RATE_LIMITS.invitationsPerAccount, subject: await accountSubject(actor.id) }], now);
  if (limit.limited) return { kind: 'rate-limited', retryAt: limit.retryAt };
  const [current, [existing]] = await Promise.all([
    organisationMembers(db, organisationId),
    db.select({ id: users.id, name: users.name, role: users.role, locale: users.locale }).from(users).where(eq(users.email, input.email)),
  ]);
  if (!current) return { kind: 'not-found' };
  const organisationName = current.organisation.name;
  if (existing && current.members.some((m) => m.userId === existing.id)) return { kind: 'already-member' };
  if (existing && existing.role !== 'partner') return { kind: 'not-partner-account' };
  const audit = (userId: number | SQL<number>, action: string) =>
    ({ actorUserId: actor.id, action, objectType: 'organisation', objectId: organisationId, detail: { userId, role: input.role } }) as const;
  try {
    if (existing) {
      await commandBatch(ctx)
        .add(
          db.insert(memberships).values({ userId: existing.id, organisationId, role: input.role, createdAt: now }),
          queueMailTo(
            db,
            { email: input.email, locale: existing.locale },
            'membership-added',
            addedToOrganisationMail(existing.name, organisationName, `${ctx.origin}/inloggen`),
          ),
        )
        .audit(audit(existing.id, 'membership.add'))
        .commit();
      return { kind: 'added' };
    }
    const invitation = await invitedAccountStatements(
      db,
      {
        email: input.email,
        name: input.name,
        role: 'partner',
        locale: input.locale,
        invitedByUserId: actor.id,
        invitedFor: invitedFor(organisationName),
      },
      ctx,
    );
    await commandBatch(ctx)
      .add(...invitation.statements, db.insert(memberships).values({ userId: invitation.userId, organisationId, role: input.role, createdAt: now }))
      .audit(audit(invitation.userId, 'membership.invite'))
      .commit();
    return { kind: 'invited' };
  } catch (error) {
    // Someone else added the same address a moment earlier.
    if (isUniqueViolation(error)) return { kind: 'already-member' };
    throw error;
  }
}

/** Keeps at least one owner: the statement only matches while another owner remains (or the member is an editor). */
const anotherOwnerRemains = (organisationId: number, userId: number) =>
  sql`(${memberships.role} = 'editor' OR (SELECT count(*) FROM memberships o WHERE o.organisation_id = ${organisationId} AND o.role = 'owner' AND o.user_id != ${userId}) > 0)`;

async function membershipState(ctx: CommandContext, organisationId: number, userId: number) {
  const current = await organisationMembers(ctx.db, organisationId);
  const member = current?.members.find((m) => m.userId === userId) ?? null;
  const otherOwners = current?.members.filter((m) => m.role === 'owner' && m.userId !== userId).length ?? 0;
  return { current, member, otherOwners };
}

async function endMembership(
  ctx: CommandContext,
  actor: CurrentUser,
  organisationId: number,
  userId: number,
  action: 'membership.remove' | 'membership.leave',
): Promise<MemberResult> {
  const { db, now } = ctx;
  const state = await membershipState(ctx, organisationId, userId);
  if (!state.current) return { kind: 'not-found' };
  if (!state.member) return { kind: 'not-a-member' };
  if (state.member.role === 'owner' && state.otherOwners === 0) return { kind: 'last-owner' };
  const committed = await commandBatch(ctx)
    .change(
      db
        .delete(memberships)
        .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId), anotherOwnerRemains(organisationId, userId))),
    )
    .audit({ actorUserId: actor.id, action, objectType: 'organisation', objectId: organisationId, detail: { userId, role: state.member.role } })
    .commit();
  return committed.kind === 'ok' ? { kind: 'done' } : { kind: 'last-owner' };
}

/** An owner removes a colleague (not themselves: they leave instead). */
export function removeMember(ctx: CommandContext, actor: CurrentUser, organisationId: number, userId: number): Promise<MemberResult> {
  if (!canManageMember(actor, organisationId, userId)) return Promise.resolve({ kind: 'forbidden' });
  return endMembership(ctx, actor, organisationId, userId, 'membership.remove');
}

/** A member leaves; the last owner cannot. */
export function leaveOrganisation(ctx: CommandContext, actor: CurrentUser, organisationId: number): Promise<MemberResult> {
  if (!canLeaveOrganisation(actor, organisationId)) return Promise.resolve({ kind: 'not-found' });
  return endMembership(ctx, actor, organisationId, actor.id, 'membership.leave');
}

/** An owner makes a colleague owner or editor; the last owner cannot be made editor. */
export async function changeMemberRole(
  ctx: CommandContext,
  actor: CurrentUser,
  organisationId: number,
  userId: number,
  role: MembershipRole,
): Promise<MemberResult> {
  if (!canManageMember(actor, organisationId, userId)) return { kind: 'forbidden' };
  const { db, now } = ctx;
  const state = await membershipState(ctx, organisationId, userId);
  if (!state.current) return { kind: 'not-found' };
  if (!state.member) return { kind: 'not-a-member' };
  if (state.member.role === role) return { kind: 'done' };
  if (role === 'editor' && state.otherOwners === 0) return { kind: 'last-owner' };
  const committed = await commandBatch(ctx)
    .change(
      db
        .update(memberships)
        .set({ role })
        .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId), anotherOwnerRemains(organisationId, userId))),
    )
    .audit({
      actorUserId: actor.id,
      action: 'membership.role-change',
      objectType: 'organisation',
      objectId: organisationId,
      detail: { userId, from: state.member.role, to: role },
    })
    .commit();
  return committed.kind === 'ok' ? { kind: 'done' } : { kind: 'last-owner' };
}

/** An owner sends a new invitation link to a colleague who has not chosen a password yet. */
export async function resendMemberInvitation(ctx: CommandContext, actor: CurrentUser, organisationId: number, userId: number): Promise<MemberResult> {
  if (!canManageMember(actor, organisationId, userId)) return { kind: 'forbidden' };
  const state = await membershipState(ctx, organisationId, userId);
  if (!state.current) return { kind: 'not-found' };
  if (!state.member) return { kind: 'not-a-member' };
  const result = await resendInvitation(
    ctx,
    actor.id,
    {
      id: userId,
      email: state.member.email,
      name: state.member.name,
      role: state.member.userRole,
      locale: state.member.locale,
      hasPassword: state.member.hasPassword,
    },
    invitedFor(state.current.organisation.name),
  );
  return result.kind === 'sent' ? { kind: 'invited' } : { kind: 'done' };
}
