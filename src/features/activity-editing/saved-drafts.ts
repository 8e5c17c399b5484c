import { lt } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { randomToken } from '../../auth/crypto';
import { SESSION_COOKIE } from '../../auth/session';
import type { Db } from '../../db/client';
import { savedDrafts } from '../../db/schema';
import type { AppEnv } from '../../env';
import type { FormInput } from '../../validation/form';

/*
 * Nothing typed is lost: when a form is posted after the session expired, the input is kept server-side under a
 * random id, the id goes into a short-lived cookie, and the form page restores it after the next login.
 */

export const DRAFT_COOKIE = 'concept';
const DRAFT_TTL_SECONDS = 24 * 60 * 60;
const MAX_DRAFT_BYTES = 64 * 1024;
const cookieOptions = { path: '/portaal', httpOnly: true, secure: true, sameSite: 'Lax' as const };

/**
 * Keeps the posted form for `formPath`. Only for a browser that had a session (an expired one), and only up to a
 * sane size, so anonymous posts cannot fill the table.
 */
export async function keepDraft(c: Context<AppEnv>, formPath: string, input: FormInput, now = new Date()): Promise<void> {
  if (!getCookie(c, SESSION_COOKIE)) return;
  const data = JSON.stringify(input);
  if (data.length > MAX_DRAFT_BYTES) return;
  const id = randomToken();
  await c.var.db.insert(savedDrafts).values({ id, path: formPath, data, expiresAt: new Date(now.getTime() + DRAFT_TTL_SECONDS * 1000) });
  setCookie(c, DRAFT_COOKIE, id, { ...cookieOptions, maxAge: DRAFT_TTL_SECONDS });
}

export function draftIdFrom(c: Context<AppEnv>): string | null {
  const id = getCookie(c, DRAFT_COOKIE);
  return id && /^[A-Za-z0-9_-]{20,64}$/.test(id) ? id : null;
}

export function forgetDraftCookie(c: Context<AppEnv>) {
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
