import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { canChangeAccount, canManageUsers } from '../../auth/policy';
import { endAllSessionsStatement } from '../../auth/session';
import { type AuditRow, commandBatch } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import { conflict, done, forbidden, notFound, type CommandResult } from '../../commands/result';
import type { UserRole } from '../../db/enums';
import { recoveryCodes, users } from '../../db/schema';
import type { CurrentUser } from '../../env';
import type { BatchStatement } from '../../security/transition-guard';
import { resendInvitation } from '../accounts/invitations';
import { userDetail } from './queries';

export type AdminResult = CommandResult;

/** One guarded change of one account (first), what goes with it, and its audit row; `conflict` when the account changed. */
async function guardedChange(ctx: CommandContext, change: BatchStatement, rest: BatchStatement[], audit: AuditRow): Promise<AdminResult> {
  const committed = await commandBatch(ctx)
    .change(change)
    .add(...rest)
    .audit(audit)
    .commit();
  return committed.kind === 'ok' ? done : conflict;
}

/**
 * Gives an account another role. Guarded on the role the admin saw, so two admins cannot overwrite each other
 * unknowingly. All sessions end: a new programme or admin role must log in again with a second factor.
 */
export async function changeUserRole(
  ctx: CommandContext,
  actor: CurrentUser,
  userId: number,
  input: { from: UserRole; to: UserRole },
): Promise<AdminResult> {
  if (!canChangeAccount(actor, userId)) return forbidden;
  const { db, now } = ctx;
  if (!(await userDetail(db, userId))) return notFound;
  if (input.from === input.to) return done;
  return guardedChange(
    ctx,
    db
      .update(users)
      .set({ role: input.to, updatedAt: now })
      .where(and(eq(users.id, userId), eq(users.role, input.from))),
    [endAllSessionsStatement(db, userId)],
    { actorUserId: actor.id, action: 'user.role-change', objectType: 'user', objectId: userId, detail: { from: input.from, to: input.to } },
  );
}

/** Blocks an account: it can no longer log in, and every session it has ends now. */
export async function disableUser(ctx: CommandContext, actor: CurrentUser, userId: number): Promise<AdminResult> {
  if (!canChangeAccount(actor, userId)) return forbidden;
  const { db, now } = ctx;
  if (!(await userDetail(db, userId))) return notFound;
  return guardedChange(
    ctx,
    db
      .update(users)
      .set({ disabledAt: now, updatedAt: now })
      .where(and(eq(users.id, userId), isNull(users.disabledAt))),
    [endAllSessionsStatement(db, userId)],
    { actorUserId: actor.id, action: 'user.disable', objectType: 'user', objectId: userId },
  );
}

export async function enableUser(ctx: CommandContext, actor: CurrentUser, userId: number): Promise<AdminResult> {
  if (!canChangeAccount(actor, userId)) return forbidden;
  const { db, now } = ctx;
  if (!(await userDetail(db, userId))) return notFound;
  return guardedChange(
    ctx,
    db
      .update(users)
      .set({ disabledAt: null, updatedAt: now })
      .where(and(eq(users.id, userId), isNotNull(users.disabledAt))),
    [],
    { actorUserId: actor.id, action: 'user.enable', objectType: 'user', objectId: userId },
  );
}

/** For a user who lost phone and recovery codes: the second factor goes, sessions end, enrolment follows at login. */
export async function resetSecondFactor(ctx: CommandContext, actor: CurrentUser, userId: number): Promise<AdminResult> {
  if (!canChangeAccount(actor, userId)) return forbidden;
  const { db, now } = ctx;
  if (!(await userDetail(db, userId))) return notFound;
  return guardedChange(
    ctx,
    db
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: now })
      .where(and(eq(users.id, userId), isNotNull(users.totpEnabledAt))),
    [db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)), endAllSessionsStatement(db, userId)],
    { actorUserId: actor.id, action: 'mfa.reset', objectType: 'user', objectId: userId },
  );
}

export async function resendAccountInvitation(ctx: CommandContext, actor: CurrentUser, userId: number): Promise<AdminResult> {
  if (!canManageUsers(actor)) return forbidden;
  const detail = await userDetail(ctx.db, userId);
  if (!detail) return notFound;
  const { user } = detail;
  const result = await resendInvitation(ctx, actor.id, {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    hasPassword: !user.invited,
  });
  if (result.kind !== 'sent') return conflict;
  // The accounts feature's invitation batch queued the mail.
  ctx.effects?.record({ mail: true, publicPages: false });
  return done;
}
