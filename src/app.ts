import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { sessionMiddleware } from './auth/session';
import { publicPageCache } from './cache';
import { afterCommands } from './commands/effects';
import { countingD1, createDb, RoundTripCounter } from './db/client';
import type { AppEnv } from './env';
import { localeMiddleware } from './i18n/middleware';
import { renderer } from './layout/renderer';
import { renderNotFound, renderProblem } from './layout/status-pages';
import { mountRoutes } from './routes';
import { securityHeaders } from './security/headers';

export function createApp() {
  const app = new Hono<AppEnv>();

  app.use(securityHeaders());
  app.use(async (c, next) => {
    const counter = new RoundTripCounter();
    const d1 = countingD1(c.env.DB, counter);
    c.set('d1RoundTrips', counter);
    c.set('d1', d1);
    c.set('db', createDb(d1));
    await next();
    // Lets the tests and the benchmark check the one-round-trip budget per page.
    if (c.env.ENVIRONMENT !== 'production') c.header('X-D1-Round-Trips', String(counter.count));
  });
  app.use(publicPageCache());
  app.use(sessionMiddleware());
  app.use(localeMiddleware());
  app.use(renderer);
  app.use(csrf());
  app.use(afterCommands());

  mountRoutes(app);

  app.notFound((c) => renderNotFound(c));
  app.onError((err, c) => {
    if (err instanceof HTTPException) {
      if (err.status === 404) return renderNotFound(c);
      if (err.status === 403) return renderProblem(c, c.req.method === 'GET' ? 'forbidden' : 'csrf', 403);
      if (err.status < 500) return renderProblem(c, 'error', err.status);
    }
    console.error(err);
    return renderProblem(c, 'error', 500);
  });
  return app;
}
