import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

/**
 * D1 read replication through the Sessions API.
 *
 * A request without a bookmark starts `first-unconstrained`: its first query may go to the nearest replica, and every
 * later query of the same request sees at least what that one saw. A request that changed something (any unsafe
 * method) hands the session's latest bookmark to the browser in this cookie; the browser's next request starts its
 * session from that bookmark, so whoever just saved, logged in or decided never reads a replica that is behind their
 * own write. Writes always go to the primary.
 */
export const BOOKMARK_COOKIE = '__Host-d1-bookmark';

/** Long enough for any replica to catch up many times over; after that a fresh unconstrained session is as good. */
const BOOKMARK_MAX_AGE_S = 15 * 60;

// D1 bookmarks are hex groups joined by dashes; anything else (tampered, or from an old format) is ignored.
const BOOKMARK_SHAPE = /^[0-9a-f]{1,16}(?:-[0-9a-f]{1,64}){1,6}$/i;

export type SessionStart = D1SessionConstraint | D1SessionBookmark;

/** Where this request's D1 session starts: the visitor's own last write, or anywhere. */
export function sessionStart(bookmark: string | undefined): SessionStart {
  return bookmark && bookmark.length <= 200 && BOOKMARK_SHAPE.test(bookmark) ? bookmark : 'first-unconstrained';
}

export function requestSessionStart(c: Context): SessionStart {
  return sessionStart(getCookie(c, BOOKMARK_COOKIE));
}

const READ_ONLY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** After a request that may have written, remember where the primary stood for the browser's next request. */
export function rememberBookmark(c: Context, session: D1DatabaseSession) {
  if (READ_ONLY_METHODS.has(c.req.method)) return;
  const bookmark = session.getBookmark();
  if (!bookmark || !BOOKMARK_SHAPE.test(bookmark)) return;
  setCookie(c, BOOKMARK_COOKIE, bookmark, { path: '/', httpOnly: true, secure: true, sameSite: 'Lax', maxAge: BOOKMARK_MAX_AGE_S });
}
