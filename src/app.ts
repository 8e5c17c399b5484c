import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { sessionMiddleware } from './auth/session';
import { publicPageCache } from './cache';
import { afterCommands } from './commands/effects';
import { countingD1, createDb, RoundTripCounter } from './db/client';
import { rememberBookmark, requestSessionStart } from './db/replication';
import type { AppEnv } from './env';
import { localeMiddleware } from './i18n/middleware';
import { renderer } from './layout/renderer';
import { renderNotFound, renderProblem } from './layout/status-pages';
import { mountRoutes } from './routes';
import { requestLog } from './operations/request-log';
import { securityHeaders } from './security/headers';
import { retriesD1Reads, sendsDiagnosticHeaders } from './security/environment';
import { isDatabaseUnavailable } from './operations/database-unavailable';

/** An error page never carries a cookie set before the error (e.g. a new session cookie behind a failed redirect). */
function withoutCookies(res: Response): Response {
  res.headers.delete('Set-Cookie');
  return res;
}

export function createApp(options: { log?: (line: string) => void } = {}) {
  const app = new Hono<AppEnv>();

  app.use(requestLog(options.log));
  app.use(securityHeaders());
  app.use(async (c, next) => {
    const counter = new RoundTripCounter();
    const start = requestSessionStart(c);
    const session = c.env.DB.withSession(start);
    const d1 = countingD1(c.env.DB, counter, session, { retryReads: retriesD1Reads(c.env.ENVIRONMENT) });
    c.set('d1RoundTrips', counter);
    c.set('d1', d1);
    c.set('db', createDb(d1));
    await next();
    rememberBookmark(c, session);
    if (sendsDiagnosticHeaders(c.env.ENVIRONMENT)) {
      // Lets the tests and the benchmark check the one-round-trip budget per page, and where the D1 session started.
      c.header('X-D1-Round-Trips', String(counter.count));
      c.header('X-D1-Session-Start', start === 'first-unconstrained' ? start : 'bookmark');
    }
  });
  app.use(publicPageCache());
  app.use(sessionMiddleware());
  app.use(localeMiddleware());
  app.use(renderer);
  app.use(csrf());
  app.use(afterCommands());

  mountRoutes(app);

  app.notFound((c) => renderNotFound(c));
  app.onError(async (err, c) => {
    if (err instanceof HTTPException) {
      if (err.status === 404) return renderNotFound(c);
      if (err.status === 403) return renderProblem(c, c.req.method === 'GET' ? 'forbidden' : 'csrf', 403);
      if (err.status === 400) return withoutCookies(await renderProblem(c, 'bad-request', 400));
      if (err.status < 500) return renderProblem(c, 'error', err.status);
    }
    console.error(
      JSON.stringify({ type: 'error', requestId: c.var.requestId, error: err instanceof Error ? `${err.name}: ${err.message}` : 'unknown' }),
    );
    if (isDatabaseUnavailable(err)) {
      // Every command is one atomic batch, so nothing was changed: say so, and when to try again.
      c.header('Retry-After', '30');
      c.header('Cache-Control', 'no-store');
      return withoutCookies(await renderProblem(c, 'unavailable', 503));
    }
    return withoutCookies(await renderProblem(c, 'error', 500));
  });
  return app;
}
