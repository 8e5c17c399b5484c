import { eq } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Db } from '../db/client';
import { sessions } from '../db/schema';
import type { AppEnv, CurrentUser, Membership } from '../env';
import { randomToken, sha256Hex } from './crypto';

export const SESSION_COOKIE = '__Host-sessie';
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000; // 2 hours without activity
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000; // 12 hours after login at most
export const PENDING_MFA_MS = 10 * 60 * 1000; // the second-factor step must follow within 10 minutes
const TOUCH_AFTER_MS = 5 * 60 * 1000; // refresh last_seen_at at most every 5 minutes

export type SessionStage = 'pending-mfa' | 'active';

export function sessionCookieOptions() {
  return { path: '/', httpOnly: true, secure: true, sameSite: 'Lax' as const };
}

/**
 * Starts a new session (a fresh token every time, so a login never reuses a token an attacker may have planted).
 * Returns the statements to run in the caller's batch, and the cookie token.
 */
export async function newSession(db: Db, userId: number, stage: SessionStage, now = Date.now()) {
  const token = randomToken();
  const tokenHash = await sha256Hex(token);
  const absolute = stage === 'pending-mfa' ? PENDING_MFA_MS : SESSION_ABSOLUTE_MS;
  const insert = db.insert(sessions).values({
    tokenHash,
    userId,
    stage,
    createdAt: new Date(now),
    lastSeenAt: new Date(now),
    expiresAt: new Date(now + absolute),
  });
  return { token, tokenHash, insert };
}

export function setSessionCookie(c: Context, token: string) {
  setCookie(c, SESSION_COOKIE, token, sessionCookieOptions());
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, SESSION_COOKIE, sessionCookieOptions());
}

export function endSessionStatement(db: Db, tokenHash: string) {
  return db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export function endAllSessionsStatement(db: Db, userId: number) {
  return db.delete(sessions).where(eq(sessions.userId, userId));
}

type SessionRow = {
  stage: SessionStage;
  lastSeenAt: number;
  expiresAt: number;
  userId: number;
  name: string;
  email: string;
  role: CurrentUser['role'];
  locale: CurrentUser['locale'];
  emailVerifiedAt: number | null;
  disabledAt: number | null;
  totpEnabledAt: number | null;
  memberships: string;
};

/**
 * One round trip: marks a live, fully logged-in session as seen now when it was last seen over TOUCH_AFTER_MS ago (so
 * the idle limit counts from the last request, without a write of its own), then reads the session, its user and the
 * user's memberships. The SELECT after the UPDATE sees the new time; liveness is judged on it below as before.
 */
async function loadSession(d1: D1Database, tokenHash: string, now: number): Promise<SessionRow | null> {
  const touch = d1
    .prepare(
      `UPDATE sessions SET last_seen_at = ?1
        WHERE token_hash = ?2 AND stage = 'active' AND last_seen_at < ?1 - ?3 AND last_seen_at > ?1 - ?4 AND expires_at > ?1
          AND EXISTS (SELECT 1 FROM users u WHERE u.id = sessions.user_id AND u.disabled_at IS NULL)`,
    )
    .bind(now, tokenHash, TOUCH_AFTER_MS, SESSION_IDLE_MS);
  const read = d1
    .prepare(
      `SELECT s.stage, s.last_seen_at AS lastSeenAt, s.expires_at AS expiresAt, u.id AS userId, u.name, u.email, u.role,
              u.locale, u.email_verified_at AS emailVerifiedAt, u.disabled_at AS disabledAt,
              u.totp_enabled_at AS totpEnabledAt,
              (SELECT json_group_array(json_object('organisationId', o.id, 'organisationName', o.name,
                        'organisationSlug', o.slug, 'organisationStatus', o.status, 'role', m.role))
                 FROM memberships m JOIN organisations o ON o.id = m.organisation_id
                WHERE m.user_id = u.id) AS memberships
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = ?`,
    )
    .bind(tokenHash);
  const [, result] = await d1.batch<SessionRow>([touch, read]);
  return result?.results[0] ?? null;
}

/** Resolves the session cookie into `user` (fully logged in) or `pendingMfaUserId` (second factor still due). */
export function sessionMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', null);
    c.set('sessionHash', null);
    c.set('pendingMfaUserId', null);
    c.set('expiredSessionHash', null);
    const token = getCookie(c, SESSION_COOKIE);
    if (token && token.length >= 32 && token.length <= 64) {
      const tokenHash = await sha256Hex(token);
      const now = Date.now();
      const row = await loadSession(c.var.d1, tokenHash, now);
      const idleLimit = row?.stage === 'pending-mfa' ? PENDING_MFA_MS : SESSION_IDLE_MS;
      const live = row && !row.disabledAt && row.expiresAt > now && now - row.lastSeenAt < idleLimit;
      if (!row || !live) {
        clearSessionCookie(c);
        if (row) {
          c.set('expiredSessionHash', tokenHash);
          c.executionCtx.waitUntil(endSessionStatement(c.var.db, tokenHash).run());
        }
      } else {
        c.set('sessionHash', tokenHash);
        if (row.stage === 'pending-mfa') {
          c.set('pendingMfaUserId', row.userId);
        } else {
          c.set('user', {
            id: row.userId,
            name: row.name,
            email: row.email,
            role: row.role,
            locale: row.locale,
            emailVerified: row.emailVerifiedAt !== null,
            totpEnabled: row.totpEnabledAt !== null,
            memberships: JSON.parse(row.memberships) as Membership[],
          });
        }
      }
    }
    await next();
    if (c.var.sessionHash) {
      // Nothing behind a login may be kept by a browser or a shared cache.
      c.header('Cache-Control', 'no-store');
    }
  };
}
