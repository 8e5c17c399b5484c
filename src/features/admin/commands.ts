import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { auditStatement } from '../../audit';
import { canChangeAccount, canManageUsers } from '../../auth/policy';
import { endAllSessionsStatement } from '../../auth/session';
import type { UserRole } from '../../db/enums';
import { recoveryCodes, users } from '../../db/schema';
import type { CurrentUser } from '../../env';
import { abortUnlessChanged, isTransitionConflict, runBatch, type BatchStatement } from '../../security/transition-guard';
import type { CommandContext } from '../../commands/context';
import { resendInvitation } from '../accounts/invitations';
import { userDetail } from './queries';

export type AdminResult = { kind: 'forbidden' } | { kind: 'not-found' } | { kind: 'invalid' } | { kind: 'conflict' } | { kind: 'done' };

/** Runs a guarded change of one account with its audit row; `conflict` when the guard found the account changed. */
async function guardedChange(ctx: CommandContext, statements: BatchStatement[]): Promise<AdminResult> {
  try {
    await runBatch(ctx.db, statements);
  } catch (error) {
    if (isTransitionConflict(error)) return { kind: 'conflict' };
    throw error;
  }
  return { kind: 'done' };
}

/**
 * Gives an account another role. Guarded on the role the admin saw, so two admins cannot overwrite each other
 * unknowingly. All sessions end: a new programme or admin role must log in again with a second factor.
 */
export async function changeUserRole(ctx: CommandContext, actor: CurrentUser, userId: number, input: { from: UserRole; to: UserRole }): Promise<AdminResult> {
  if (!canChangeAccount(actor, userId)) return { kind: 'forbidden' };
  const { db, now } = ctx;
  if (!(await userDetail(db, userId))) return { kind: 'not-found' };
  if (input.from === input.to) return { kind: 'done' };
  return guardedChange(ctx, [
    db.update(users).set({ role: input.to, updatedAt: now }).where(and(eq(users.id, userId), eq(users.role, input.from))),
    abortUnlessChanged(),
    endAllSessionsStatement(db, userId),
    auditStatement(db, { actorUserId: actor.id, action: 'user.role-change', objectType: 'user', objectId: userId, ip: ctx.ip, detail: { from: input.from, to: input.to } }, now.getTime()),
  ]);
}

/** Blocks an account: it can no longer log in, and every session it has ends now. */
export async function disableUser(ctx: CommandContext, actor: CurrentUser, userId: number): Promise<AdminResult> {
  if (!canChangeAccount(actor, userId)) return { kind: 'forbidden' };
  const { db, now } = ctx;
  if (!(await userDetail(db, userId))) return { kind: 'not-found' };
  return guardedChange(ctx, [
    db.update(users).set({ disabledAt: now, updatedAt: now }).where(and(eq(users.id, userId), isNull(users.disabledAt))),
    abortUnlessChanged(),
    endAllSessionsStatement(db, userId),
    auditStatement(db, { actorUserId: actor.id, action: 'user.disable', objectType: 'user', objectId: userId, ip: ctx.ip }, now.getTime()),
  ]);
}

export async function enableUser(ctx: CommandContext, actor: CurrentUser, userId: number): Promise<AdminResult> {
  if (!canChangeAccount(actor, userId)) return { kind: 'forbidden' };
  const { db, now } = ctx;
  if (!(await userDetail(db, userId))) return { kind: 'not-found' };
  return guardedChange(ctx, [
    db.update(users).set({ disabledAt: null, updatedAt: now }).where(and(eq(users.id, userId), isNotNull(users.disabledAt))),
    abortUnlessChanged(),
    auditStatement(db, { actorUserId: actor.id, action: 'user.enable', objectType: 'user', objectId: userId, ip: ctx.ip }, now.getTime()),
  ]);
}

/** For a user who lost phone and recovery codes: the second factor goes, sessions end, enrolment follows at login. */
export async function resetSecondFactor(ctx: CommandContext, actor: CurrentUser, userId: number): Promise<AdminResult> {
  if (!canChangeAccount(actor, userId)) return { kind: 'forbidden' };
  const { db, now } = ctx;
  if (!(await userDetail(db, userId))) return { kind: 'not-found' };
  return guardedChange(ctx, [
    db.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: now }).where(and(eq(users.id, userId), isNotNull(users.totpEnabledAt))),
    abortUnlessChanged(),
    db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)),
    endAllSessionsStatement(db, userId),
    auditStatement(db, { actorUserId: actor.id, action: 'mfa.reset', objectType: 'user', objectId: userId, ip: ctx.ip }, now.getTime()),
  ]);
}

export async function resendAccountInvitation(ctx: CommandContext, actor: CurrentUser, userId: number): Promise<AdminResult> {
  if (!canManageUsers(actor)) return { kind: 'forbidden' };
  const detail = await userDetail(ctx.db, userId);
  if (!detail) return { kind: 'not-found' };
  const { user } = detail;
  const result = await resendInvitation(ctx, actor.id, { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, hasPassword: !user.invited });
  return result.kind === 'sent' ? { kind: 'done' } : { kind: 'conflict' };
}
