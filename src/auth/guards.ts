import type { Context, MiddlewareHandler } from 'hono';
import type { UserRole } from '../db/enums';
import type { AppContext, AppEnv, CurrentUser, SignedInEnv } from '../env';
import { safeReturnPath } from '../i18n/routes';
import { renderProblem } from '../layout/status-pages';

export const LOGIN_PATH = '/inloggen';

/** Where to come back after logging in: this page, or for a form post the page the form was on. */
function returnPathFor(c: AppContext): string {
  const url = new URL(c.req.url);
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return url.pathname + url.search;
  const referer = c.req.header('Referer');
  if (referer) {
    try {
      const from = new URL(referer);
      if (from.origin === url.origin) return from.pathname + from.search;
    } catch {
      // An unparsable Referer is ignored: fall back to the path itself.
    }
  }
  return url.pathname;
}

export function loginUrl(returnPath: string): string {
  const back = safeReturnPath(returnPath);
  return back === '/' ? LOGIN_PATH : `${LOGIN_PATH}?terug=${encodeURIComponent(back)}`;
}

/** Not logged in: 303 to the login page with `?terug=`; htmx requests get a full-page redirect (HX-Redirect). */
export function redirectToLogin(c: AppContext) {
  const target = loginUrl(returnPathFor(c));
  if (c.req.header('HX-Request') === 'true') {
    c.header('HX-Redirect', target);
    return c.body(null, 401);
  }
  return c.redirect(target, 303);
}

export function forbidden(c: AppContext) {
  return renderProblem(c, 'forbidden', 403);
}

/**
 * Marks a guard's check as one that calls `next()` only with a logged-in user, so that Hono types the handlers after
 * it with `SignedIn`. The check itself is typed with the nullable user it tests; what it guarantees about `next()`
 * is not expressible in Hono's types, hence the one cast.
 */
function signedInGuard(check: MiddlewareHandler<AppEnv>): MiddlewareHandler<SignedInEnv> {
  return check as unknown as MiddlewareHandler<SignedInEnv>;
}

/** Lets only logged-in users through. */
export function requireUser(): MiddlewareHandler<SignedInEnv> {
  return signedInGuard(async (c, next) => {
    if (!c.var.user) return redirectToLogin(c);
    await next();
  });
}

/** Lets only logged-in users with one of the roles through; others get 403. */
export function requireRole(...roles: UserRole[]): MiddlewareHandler<SignedInEnv> {
  return requirePolicy((user) => roles.includes(user.role));
}

/** Lets through the users a policy function (from policy.ts) allows; visitors go to the login page, others get 403. */
export function requirePolicy(allowed: (user: CurrentUser, c: Context<AppEnv>) => boolean): MiddlewareHandler<SignedInEnv> {
  return signedInGuard(async (c, next) => {
    const user = c.var.user;
    if (!user) return redirectToLogin(c);
    if (!allowed(user, c)) return forbidden(c);
    await next();
  });
}
