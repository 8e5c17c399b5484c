import { eq, sql, type SQL } from 'drizzle-orm';
import { consumeTokenStatement, newUserToken } from '../../auth/tokens';
import type { Db } from '../../db/client';
import { userTokens, users } from '../../db/schema';
import type { CurrentUser } from '../../env';
import type { Locale } from '../../i18n';
import { accountSubject, hitRateLimits, RATE_LIMITS } from '../../security/rate-limit';
import { abortUnlessChanged } from '../../security/transition-guard';
import { auditRow, commandBatch } from '../../commands/batch';
import type { CommandContext } from '../../commands/context';
import { queueMailTo } from '../../mail/compose';
import { verifyEmailMail } from './mail-texts';
import type { UsableToken } from './token-queries';

export const verifyLink = (origin: string, token: string) => `${origin}/e-mailadres-bevestigen/${token}`;

/** The statements that send a fresh confirmation link (for a new account, or again on request). */
export async function verificationMailStatements(
  db: Db,
  account: { userId: number | SQL<number>; name: string; email: string; locale: Locale },
  origin: string,
  now: Date,
) {
  const token = await newUserToken('verify-email', now);
  return [
    db
      .insert(userTokens)
      .values({ tokenHash: token.tokenHash, userId: account.userId, purpose: 'verify-email', expiresAt: token.expiresAt, createdAt: now }),
    queueMailTo(db, account, 'verify-email', verifyEmailMail(account.name, verifyLink(origin, token.token))),
  ];
}

/** A user id looked up inside the same batch, for statements about an account that batch creates. */
export const userIdByEmail = (email: string) => sql<number>`(SELECT id FROM users WHERE email = ${email})`;

export type VerifyResult = { kind: 'verified' } | { kind: 'link-invalid' };

export async function verifyEmail(ctx: CommandContext, token: UsableToken): Promise<VerifyResult> {
  const { db, now } = ctx;
  const committed = await commandBatch(ctx)
    .add(
      consumeTokenStatement(db, token.tokenHash, 'verify-email', now),
      abortUnlessChanged(),
      db.update(users).set({ emailVerifiedAt: now, updatedAt: now }).where(eq(users.id, token.userId)),
      auditRow(ctx, { actorUserId: token.userId, action: 'email.verify', objectType: 'user', objectId: token.userId, ip: ctx.ip }),
    )
    .commit();
  if (committed.kind !== 'ok') return { kind: 'link-invalid' };
  return { kind: 'verified' };
}

export type ResendResult = { kind: 'rate-limited'; retryAt: Date } | { kind: 'already-verified' } | { kind: 'sent' };

export async function resendVerificationMail(ctx: CommandContext, user: CurrentUser): Promise<ResendResult> {
  const { db, now } = ctx;
  if (user.emailVerified) return { kind: 'already-verified' };
  const limit = await hitRateLimits(db, [{ rule: RATE_LIMITS.verificationMailPerAccount, subject: await accountSubject(user.id) }], now);
  if (limit.limited) return { kind: 'rate-limited', retryAt: limit.retryAt };
  const statements = await verificationMailStatements(
    db,
    { userId: user.id, name: user.name, email: user.email, locale: user.locale },
    ctx.origin,
    now,
  );
  await commandBatch(ctx)
    .add(...statements)
    .commit();
  return { kind: 'sent' };
}
