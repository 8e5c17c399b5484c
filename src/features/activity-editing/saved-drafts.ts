import { lt } from 'drizzle-orm';
import { clientIp } from '../../audit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { randomToken } from '../../auth/crypto';
import type { Db } from '../../db/client';
import { savedDrafts } from '../../db/schema';
import type { AppContext } from '../../env';
import type { FormInput } from '../../validation/form';

/*
 * Nothing typed is lost: when a form is posted after the session expired, the input is kept server-side under a
 * random id, the id goes into a short-lived cookie, and the form page restores it after the next login.
 */

export const DRAFT_COOKIE = 'concept';
const DRAFT_TTL_SECONDS = 24 * 60 * 60;
const MAX_DRAFT_BYTES = 64 * 1024;
/** At most this many live drafts per expired session and per IP address (offices share one address). */
export const MAX_DRAFTS_PER_SESSION = 3;
export const MAX_DRAFTS_PER_IP = 20;
const cookieOptions = { path: '/portaal', httpOnly: true, secure: true, sameSite: 'Lax' as const };

/**
 * Keeps the posted form for `formPath`. Only for a browser whose cookie matched a real session that has expired (the
 * session middleware tells; a made-up cookie matches nothing), up to a sane size, and at most
 * MAX_DRAFTS_PER_SESSION / MAX_DRAFTS_PER_IP live drafts, counted in the INSERT itself so parallel posts cannot
 * exceed them.
 */
export async function keepDraft(c: AppContext, formPath: string, input: FormInput, now = new Date()): Promise<void> {
  const sessionHash = c.var.expiredSessionHash;
  if (!sessionHash) return;
  const data = JSON.stringify(input);
  if (new TextEncoder().encode(data).length > MAX_DRAFT_BYTES) return;
  const id = randomToken();
  const ip = clientIp(c) ?? 'unknown';
  const at = now.getTime();
  const result = await c.var.d1
    .prepare(
      `INSERT INTO saved_drafts (id, path, data, expires_at, created_at, session_hash, ip)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7
        WHERE (SELECT count(*) FROM saved_drafts WHERE session_hash = ?6 AND expires_at > ?5) < ?8
          AND (SELECT count(*) FROM saved_drafts WHERE ip = ?7 AND expires_at > ?5) < ?9`,
    )
    .bind(id, formPath, data, at + DRAFT_TTL_SECONDS * 1000, at, sessionHash, ip, MAX_DRAFTS_PER_SESSION, MAX_DRAFTS_PER_IP)
    .run();
  if (result.meta.changes === 1) setCookie(c, DRAFT_COOKIE, id, { ...cookieOptions, maxAge: DRAFT_TTL_SECONDS });
}

export function draftIdFrom(c: AppContext): string | null {
  const id = getCookie(c, DRAFT_COOKIE);
  return id && /^[A-Za-z0-9_-]{20,64}$/.test(id) ? id : null;
}

export function forgetDraftCookie(c: AppContext) {
  if (getCookie(c, DRAFT_COOKIE)) deleteCookie(c, DRAFT_COOKIE, cookieOptions);
}

export function parseDraft(json: string | undefined): FormInput | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
    const input: FormInput = {};
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string') input[key] = v;
      else if (Array.isArray(v)) input[key] = v.filter((x): x is string => typeof x === 'string');
    }
    return input;
  } catch {
    return null;
  }
}

/** Removes drafts nobody came back for (run by the daily job). */
export function purgeExpiredDraftsStatement(db: Db, now: Date) {
  return db.delete(savedDrafts).where(lt(savedDrafts.expiresAt, now));
}
