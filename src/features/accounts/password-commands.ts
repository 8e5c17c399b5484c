import { and, eq, isNull, sql } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../../auth/password';
import { endAllSessionsStatement, newSession } from '../../auth/session';
import { consumeTokenStatement, newUserToken } from '../../auth/tokens';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import type { CurrentUser } from '../../env';
import { accountSubject, RATE_LIMITS, hitRateLimits } from '../../security/rate-limit';
import { abortUnlessChanged } from '../../security/transition-guard';
import { auditRow, commandBatch } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import { queueMailTo, queueMailToUsersStatement } from '../../mail/compose';
import { passwordChangedMail, resetPasswordMail } from './mail-texts';
import type { UsableToken } from './token-queries';

export const FORGOT_PASSWORD_PATH = '/wachtwoord-vergeten';
export const resetLink = (origin: string, token: string) => `${origin}/wachtwoord-herstellen/${token}`;

export type ResetRequestResult = { kind: 'rate-limited'; retryAt: Date } | { kind: 'sent' };

/**
 * Sends a reset link if the address belongs to an active account. Known and unknown addresses run exactly the same
 * statements (the token and the mail are inserted `SELECT … FROM users WHERE email = ?`), so the answer and its timing
 * do not tell whether an account exists. Earlier unused reset links of the account stop working.
 */
export async function requestPasswordReset(ctx: CommandContext, email: string, ipSubject: string): Promise<ResetRequestResult> {
  const { db, now } = ctx;
  const limit = await hitRateLimits(
    db,
    [
      { rule: RATE_LIMITS.resetPerIp, subject: ipSubject },
      { rule: RATE_LIMITS.resetPerAccount, subject: await accountSubject(email) },
    ],
    now,
  );
  if (limit.limited) return { kind: 'rate-limited', retryAt: limit.retryAt };

  const token = await newUserToken('reset-password', now);
  const activeAccount = sql`u.email = ${email} AND u.disabled_at IS NULL`;
  await commandBatch(ctx)
    .add(
      sql`UPDATE user_tokens SET used_at = ${now.getTime()}
                WHERE purpose = 'reset-password' AND used_at IS NULL
                  AND user_id IN (SELECT u.id FROM users u WHERE ${activeAccount})`,
      sql`INSERT INTO user_tokens (token_hash, user_id, purpose, expires_at, created_at)
               SELECT ${token.tokenHash}, u.id, 'reset-password', ${token.expiresAt.getTime()}, ${now.getTime()}
                 FROM users u WHERE ${activeAccount}`,
      queueMailToUsersStatement(db, 'password-reset', resetPasswordMail(resetLink(ctx.origin, token.token)), activeAccount),
      sql`INSERT INTO audit_log (at, actor_user_id, action, object_type, object_id, result, ip, detail)
               VALUES (${now.getTime()}, NULL, 'password.reset.request', 'user',
                       (SELECT CAST(u.id AS TEXT) FROM users u WHERE u.email = ${email}), 'success', ${ctx.ip},
                       json_object('accountFound', EXISTS (SELECT 1 FROM users u WHERE ${activeAccount})))`,
    )
    .commit();
  return { kind: 'sent' };
}

export type TokenPasswordResult = { kind: 'done' } | { kind: 'link-invalid' };

/** Sets the new password from a reset link: the link is used up, every session of the account ends. */
export async function resetPassword(ctx: CommandContext, token: UsableToken, password: string): Promise<TokenPasswordResult> {
  const { db, now } = ctx;
  const passwordHash = await hashPassword(password);
  const committed = await commandBatch(ctx)
    .add(
      consumeTokenStatement(db, token.tokenHash, 'reset-password', now),
      abortUnlessChanged(),
      db
        .update(users)
        .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.getTime()})`, updatedAt: now })
        .where(eq(users.id, token.userId)),
      endAllSessionsStatement(db, token.userId),
      auditRow(ctx, { actorUserId: token.userId, action: 'password.reset', objectType: 'user', objectId: token.userId, ip: ctx.ip }),
      queueMailTo(db, token, 'password-changed', passwordChangedMail(token.name, `${ctx.origin}/wachtwoord-vergeten`)),
    )
    .commit();
  if (committed.kind !== 'ok') return { kind: 'link-invalid' };
  return { kind: 'done' };
}

/** An invited account chooses its first password; following the mailed link also confirms the address. */
export async function acceptInvitation(ctx: CommandContext, token: UsableToken, password: string): Promise<TokenPasswordResult> {
  const { db, now } = ctx;
  const passwordHash = await hashPassword(password);
  const committed = await commandBatch(ctx)
    .add(
      consumeTokenStatement(db, token.tokenHash, 'invite', now),
      abortUnlessChanged(),
      db
        .update(users)
        .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.getTime()})`, updatedAt: now })
        .where(and(eq(users.id, token.userId), isNull(users.passwordHash))),
      abortUnlessChanged(),
      auditRow(ctx, { actorUserId: token.userId, action: 'invitation.accept', objectType: 'user', objectId: token.userId, ip: ctx.ip }),
    )
    .commit();
  if (committed.kind !== 'ok') return { kind: 'link-invalid' };
  return { kind: 'done' };
}

export type ChangePasswordResult = { kind: 'rate-limited'; retryAt: Date } | { kind: 'wrong-current' } | { kind: 'changed'; token: string };

async function currentPasswordHash(db: Db, userId: number) {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.passwordHash ?? null;
}

/**
 * Changes the password after checking the current one. Every session of the account ends, including this one,
 * which is replaced by a new session (new token) returned to the caller.
 */
export async function changePassword(
  ctx: CommandContext,
  user: CurrentUser,
  input: { currentPassword: string; newPassword: string },
): Promise<ChangePasswordResult> {
  const { db, now } = ctx;
  const limit = await hitRateLimits(db, [{ rule: RATE_LIMITS.passwordChangePerAccount, subject: await accountSubject(user.id) }], now);
  if (limit.limited) return { kind: 'rate-limited', retryAt: limit.retryAt };
  const stored = await currentPasswordHash(db, user.id);
  const check = stored ? await verifyPassword(input.currentPassword, stored) : { ok: false };
  if (!check.ok) {
    await commandBatch(ctx)
      .audit({
        actorUserId: user.id,
        action: 'password.change',
        objectType: 'user',
        objectId: user.id,
        result: 'failure',
        ip: ctx.ip,
        detail: { reason: 'wrong-current-password' },
      })
      .commit();
    return { kind: 'wrong-current' };
  }
  const passwordHash = await hashPassword(input.newPassword);
  const session = await newSession(db, user.id, 'active', now.getTime());
  await commandBatch(ctx)
    .add(
      db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, user.id)),
      endAllSessionsStatement(db, user.id),
      session.insert,
      auditRow(ctx, { actorUserId: user.id, action: 'password.change', objectType: 'user', objectId: user.id, ip: ctx.ip }),
      queueMailTo(db, user, 'password-changed', passwordChangedMail(user.name, `${ctx.origin}${FORGOT_PASSWORD_PATH}`)),
    )
    .commit();
  return { kind: 'changed', token: session.token };
}
