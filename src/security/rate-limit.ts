import { and, eq, lt, sql } from 'drizzle-orm';
import { clientIp } from '../audit';
import { sha256Hex } from '../auth/crypto';
import type { Db } from '../db/client';
import { rateLimits } from '../db/schema';
import type { AppContext } from '../env';
import type { Locale } from '../i18n';
import { securityTexts } from './texts';
import { PROGRAMME_TIME_ZONE } from '../dates';

export type RateLimitRule = { name: string; limit: number; windowMs: number };

const MINUTE = 60 * 1000;

/** Fixed windows, counted exactly in D1. Per-IP limits are higher: offices and schools share one address. */
export const RATE_LIMITS = {
  // Failed logins only, per account; a known device has its own counter (src/auth/known-device.ts).
  loginPerAccount: { name: 'login:account', limit: 10, windowMs: 15 * MINUTE },
  loginPerDevice: { name: 'login:device', limit: 10, windowMs: 15 * MINUTE },
  loginPerIp: { name: 'login:ip', limit: 100, windowMs: 15 * MINUTE },
  secondFactorPerAccount: { name: 'mfa:account', limit: 5, windowMs: 15 * MINUTE },
  resetPerAccount: { name: 'reset:account', limit: 3, windowMs: 60 * MINUTE },
  resetPerIp: { name: 'reset:ip', limit: 20, windowMs: 60 * MINUTE },
  registrationPerAccount: { name: 'register:account', limit: 5, windowMs: 60 * MINUTE },
  registrationPerIp: { name: 'register:ip', limit: 20, windowMs: 60 * MINUTE },
  passwordChangePerAccount: { name: 'password-change:account', limit: 10, windowMs: 15 * MINUTE },
  invitationsPerAccount: { name: 'invite:account', limit: 30, windowMs: 60 * MINUTE },
  verificationMailPerAccount: { name: 'verify-mail:account', limit: 5, windowMs: 60 * MINUTE },
} satisfies Record<string, RateLimitRule>;

/** One counter to bump: a rule and whom it counts (an IP address, or an account by e-mail address or id). */
export type RateLimitHit = { rule: RateLimitRule; subject: string };

export type RateLimitOutcome = { limited: false } | { limited: true; retryAt: Date };

const windowStartOf = (rule: RateLimitRule, now: Date) => Math.floor(now.getTime() / rule.windowMs) * rule.windowMs;

/** E-mail addresses are counted by hash, so typos of strangers' addresses are not stored in the clear. */
export async function accountSubject(emailOrId: string | number): Promise<string> {
  return typeof emailOrId === 'number' ? `user:${emailOrId}` : `email:${(await sha256Hex(emailOrId.trim().toLowerCase())).slice(0, 32)}`;
}

export function ipSubject(c: AppContext): string {
  return `ip:${clientIp(c) ?? 'unknown'}`;
}

/**
 * The statements that count the hits: per counter, old windows are removed and the current one is incremented
 * (`RETURNING count`). Read the outcome from their results with `rateLimitOutcome`.
 */
export function rateLimitStatements(db: Db, hits: RateLimitHit[], now: Date) {
  return hits.flatMap((hit) => {
    const key = `${hit.rule.name}|${hit.subject}`;
    const windowStart = windowStartOf(hit.rule, now);
    return [
      db.delete(rateLimits).where(and(eq(rateLimits.key, key), lt(rateLimits.windowStart, windowStart))),
      db
        .insert(rateLimits)
        .values({ key, windowStart, count: 1 })
        .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
        .returning({ count: rateLimits.count }),
    ];
  });
}

/** `results` are the batch results of exactly the statements `rateLimitStatements` returned, in order. */
export function rateLimitOutcome(hits: RateLimitHit[], results: unknown[], now: Date): RateLimitOutcome {
  let retryAt: number | null = null;
  hits.forEach((hit, i) => {
    const rows = results[i * 2 + 1] as { count: number }[];
    const count = rows[0]?.count ?? 0;
    if (count > hit.rule.limit) {
      const end = windowStartOf(hit.rule, now) + hit.rule.windowMs;
      retryAt = Math.max(retryAt ?? 0, end);
    }
  });
  return retryAt === null ? { limited: false } : { limited: true, retryAt: new Date(retryAt) };
}

/** Reads the count of the current window without adding to it (for limits that count only failures). */
export function rateLimitCountQuery(db: Db, hit: RateLimitHit, now: Date) {
  return db
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, `${hit.rule.name}|${hit.subject}`), eq(rateLimits.windowStart, windowStartOf(hit.rule, now))));
}

/** The outcome for a limit that counts failures: refused once `limit` failures are in the current window. */
export function failureLimitOutcome(hit: RateLimitHit, rows: { count: number }[], now: Date): RateLimitOutcome {
  const count = rows[0]?.count ?? 0;
  return count >= hit.rule.limit ? { limited: true, retryAt: new Date(windowStartOf(hit.rule, now) + hit.rule.windowMs) } : { limited: false };
}

/** Counts the hits in one round trip and tells whether any limit is exceeded (the attempt is then refused). */
export async function hitRateLimits(db: Db, hits: RateLimitHit[], now: Date): Promise<RateLimitOutcome> {
  const statements = rateLimitStatements(db, hits, now);
  const results = await db.batch(statements as [(typeof statements)[number], ...(typeof statements)[number][]]);
  return rateLimitOutcome(hits, results as unknown[], now);
}

const clock = (date: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: PROGRAMME_TIME_ZONE }).format(date);

/** "Too many attempts, try again at 14:35 (in about 12 minutes)", in the visitor's language. */
export function tooManyAttemptsMessage(retryAt: Date, now: Date, locale: Locale): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / MINUTE));
  return securityTexts[locale].tooManyAttempts(clock(retryAt, locale), minutes);
}

/** Sets `Retry-After` and the 429 status on the response being built. */
export function markTooManyRequests(c: AppContext, retryAt: Date, now: Date) {
  c.header('Retry-After', String(Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000))));
  c.status(429);
}
