import { and, eq, gte, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { PENDING_MFA_MS, SESSION_IDLE_MS } from '../auth/session';
import type { Db } from '../db/client';
import { outbox, rateLimits, sessions, userTokens } from '../db/schema';
import { RATE_LIMITS } from './rate-limit';

export type PurgeCounts = { sessions: number; rateLimits: number; userTokens: number; outbox: number };

const DAY_MS = 24 * 60 * 60 * 1000;
/** Retention (the privacy statement, src/features/privacy/statement.tsx, names the same periods). */
export const PURGE_PERIODS = {
  /** A used e-mail link is kept a day (so "this link was already used" can be told), then removed. */
  usedTokenMs: DAY_MS,
  /** Delivered mail: 30 days after it was sent. */
  deliveredMailMs: 30 * DAY_MS,
  /** Mail given up on (5 failed attempts): 90 days after it was queued. */
  failedMailMs: 90 * DAY_MS,
} as const;
const MAX_MAIL_ATTEMPTS = 5;

const RULES = Object.values(RATE_LIMITS);
const LONGEST_WINDOW_MS = Math.max(...RULES.map((rule) => rule.windowMs));

/**
 * A session is over once its absolute expiry has come, or once it was idle for as long as the session middleware
 * allows (shorter for a session still waiting for its second factor): the same rule that refuses it on a request.
 */
function expiredSession(now: Date) {
  const at = now.getTime();
  return or(
    lte(sessions.expiresAt, now),
    and(eq(sessions.stage, 'pending-mfa'), lte(sessions.lastSeenAt, new Date(at - PENDING_MFA_MS))),
    and(eq(sessions.stage, 'active'), lte(sessions.lastSeenAt, new Date(at - SESSION_IDLE_MS))),
  );
}

/**
 * Rows store only the key (`rule name|subject`) and the window start, so the window's length comes from the rule
 * named in the key; a rule that no longer exists gets the longest window, so nothing is removed too early.
 */
function endedRateLimitWindow(now: Date) {
  const ruleName = sql`substr(${rateLimits.key}, 1, instr(${rateLimits.key}, '|') - 1)`;
  const windowLength = sql.join(
    [sql`case ${ruleName}`, ...RULES.map((rule) => sql`when ${rule.name} then ${rule.windowMs}`), sql`else ${LONGEST_WINDOW_MS} end`],
    sql` `,
  );
  return sql`${rateLimits.windowStart} + (${windowLength}) <= ${now.getTime()}`;
}

/**
 * Deletes what can never be used again: sessions past their absolute or idle expiry, rate-limit windows that have
 * ended, and e-mail link tokens (verification, password reset, invitation) past their expiry, used or not. One
 * round trip; meant for the daily scheduled job.
 */
export async function purgeExpiredRecords(db: Db, now: Date): Promise<PurgeCounts> {
  const at = now.getTime();
  const [sessionResult, rateLimitResult, tokenResult, outboxResult] = await db.batch([
    db.delete(sessions).where(expiredSession(now)),
    db.delete(rateLimits).where(endedRateLimitWindow(now)),
    db
      .delete(userTokens)
      .where(or(lte(userTokens.expiresAt, now), and(isNotNull(userTokens.usedAt), lte(userTokens.usedAt, new Date(at - PURGE_PERIODS.usedTokenMs))))),
    db
      .delete(outbox)
      .where(
        or(
          and(isNotNull(outbox.sentAt), lte(outbox.sentAt, new Date(at - PURGE_PERIODS.deliveredMailMs))),
          and(isNull(outbox.sentAt), gte(outbox.attempts, MAX_MAIL_ATTEMPTS), lt(outbox.createdAt, new Date(at - PURGE_PERIODS.failedMailMs))),
        ),
      ),
  ]);
  return {
    sessions: sessionResult.meta.changes,
    rateLimits: rateLimitResult.meta.changes,
    userTokens: tokenResult.meta.changes,
    outbox: outboxResult.meta.changes,
  };
}
