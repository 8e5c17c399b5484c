import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { canInviteAccount } from '../../auth/policy';
import { newUserToken } from '../../auth/tokens';
import type { Db } from '../../db/client';
import type { UserRole } from '../../db/enums';
import { userTokens, users } from '../../db/schema';
import type { CurrentUser } from '../../env';
import type { Locale } from '../../i18n';
import { isUniqueViolation, type BatchStatement } from '../../security/transition-guard';
import { auditRow, commandBatch } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import { queueMailTo } from '../../mail/compose';
import { invitationMail } from './mail-texts';
import { userIdByEmail } from './verification-commands';

export const invitationLink = (origin: string, token: string) => `${origin}/uitnodiging/${token}`;

export type AccountInvitation = {
  email: string;
  name: string;
  role: UserRole;
  locale: Locale;
  invitedByUserId: number;
  /** What the invitation is for, completing "You have been invited to the partner portal …". */
  invitedFor?: { nl: string; en: string };
};

const INVITED_FOR: Record<UserRole, { nl: string; en: string }> = {
  partner: { nl: 'als partnerlid', en: 'as a partner member' },
  programme: { nl: 'als lid van het programmateam', en: 'as a member of the programme team' },
  funder: { nl: 'als financier', en: 'as a funder' },
  admin: { nl: 'als beheerder', en: 'as an administrator' },
};

/**
 * The statements that create an invited account — no password yet — with a single-use link, valid for seven days, to
 * choose one, and the invitation mail. `userId` is the new account's id as a sub-select, for further statements in
 * the same batch (a membership, funder programmes). The caller checks permission and that the address is free.
 */
export async function invitedAccountStatements(
  db: Db,
  invitation: AccountInvitation,
  ctx: Pick<CommandContext, 'now' | 'ip' | 'origin'>,
): Promise<{ statements: BatchStatement[]; userId: SQL<number> }> {
  const email = invitation.email.trim().toLowerCase();
  const userId = userIdByEmail(email);
  const token = await newUserToken('invite', ctx.now);
  return {
    userId,
    statements: [
      db.insert(users).values({ email, name: invitation.name, role: invitation.role, locale: invitation.locale, passwordHash: null }),
      db.insert(userTokens).values({ tokenHash: token.tokenHash, userId, purpose: 'invite', expiresAt: token.expiresAt, createdAt: ctx.now }),
      queueMailTo(
        db,
        { email, locale: invitation.locale },
        'invitation',
        invitationMail(invitation.name, invitation.invitedFor ?? INVITED_FOR[invitation.role], invitationLink(ctx.origin, token.token)),
      ),
      sql`INSERT INTO audit_log (at, actor_user_id, action, object_type, object_id, result, ip, detail)
                 VALUES (${ctx.now.getTime()}, ${invitation.invitedByUserId}, 'user.invite', 'user', CAST(${userId} AS TEXT),
                         'success', ${ctx.ip}, ${JSON.stringify({ role: invitation.role })})`,
    ],
  };
}

export type InviteAccountResult = { kind: 'invited' } | { kind: 'forbidden' } | { kind: 'email-taken' };

/**
 * Invites an account without an organisation (programme team, funder, admin), e.g. the programme team inviting a
 * funder. `extra` adds statements to the same batch, given the new account's id (e.g. its funder programmes).
 * The request's afterCommands() delivers the mail.
 */
export async function inviteAccount(
  ctx: CommandContext,
  actor: CurrentUser,
  input: { email: string; name: string; role: UserRole; locale: Locale },
  extra: (userId: SQL<number>) => BatchStatement[] = () => [],
): Promise<InviteAccountResult> {
  if (!canInviteAccount(actor, input.role)) return { kind: 'forbidden' };
  const { db } = ctx;
  const email = input.email.trim().toLowerCase();
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (taken) return { kind: 'email-taken' };
  const invitation = await invitedAccountStatements(db, { ...input, email, invitedByUserId: actor.id }, ctx);
  const statements = [...invitation.statements, ...extra(invitation.userId)];
  try {
    await commandBatch(ctx)
      .add(...statements)
      .commit();
  } catch (error) {
    if (isUniqueViolation(error, 'users.email')) return { kind: 'email-taken' };
    throw error;
  }
  return { kind: 'invited' };
}

export type ResendInvitationResult = { kind: 'sent' } | { kind: 'not-pending' };

/**
 * Sends a new invitation link to an account that has not chosen a password yet; earlier links stop working.
 * The caller checks permission (an owner for a member of their organisation, an admin for anyone).
 */
export async function resendInvitation(
  ctx: CommandContext,
  actorUserId: number,
  target: { id: number; email: string; name: string; role: UserRole; locale: Locale; hasPassword: boolean },
  invitedFor?: { nl: string; en: string },
): Promise<ResendInvitationResult> {
  if (target.hasPassword) return { kind: 'not-pending' };
  const { db, now } = ctx;
  const token = await newUserToken('invite', now);
  await commandBatch(ctx)
    .add(
      db
        .update(userTokens)
        .set({ usedAt: now })
        .where(and(eq(userTokens.userId, target.id), eq(userTokens.purpose, 'invite'), isNull(userTokens.usedAt))),
      db.insert(userTokens).values({ tokenHash: token.tokenHash, userId: target.id, purpose: 'invite', expiresAt: token.expiresAt, createdAt: now }),
      queueMailTo(
        db,
        target,
        'invitation',
        invitationMail(target.name, invitedFor ?? INVITED_FOR[target.role], invitationLink(ctx.origin, token.token)),
      ),
      auditRow(ctx, { actorUserId, action: 'user.invite.resend', objectType: 'user', objectId: target.id, ip: ctx.ip }),
    )
    .commit();
  return { kind: 'sent' };
}
