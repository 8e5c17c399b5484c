import { and, eq, lte, or, sql } from 'drizzle-orm';
import { PENDING_MFA_MS, SESSION_IDLE_MS } from '../auth/session';
import type { Db } from '../db/client';
import { rateLimits, sessions, userTokens } from '../db/schema';
import { RATE_LIMITS } from './rate-limit';

export type PurgeCounts = { sessions: number; rateLimits: number; userTokens: number };

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
  const [sessionResult, rateLimitResult, tokenResult] = await db.batch([
    db.delete(sessions).where(expiredSession(now)),
    db.delete(rateLimits).where(endedRateLimitWindow(now)),
    db.delete(userTokens).where(lte(userTokens.expiresAt, now)),
  ]);
  return {
    sessions: sessionResult.meta.changes,
    rateLimits: rateLimitResult.meta.changes,
    userTokens: tokenResult.meta.changes,
  };
}
