import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from '../env';

/** A request id a person can quote: Cloudflare's ray id when there is one, otherwise a fresh random id. */
function requestIdOf(rayHeader: string | undefined): string {
  const ray = rayHeader?.split('-')[0];
  return ray && /^[0-9a-f]{8,32}$/i.test(ray) ? ray.toLowerCase() : crypto.randomUUID().replaceAll('-', '').slice(0, 16);
}

export type RequestLogLine = {
  type: 'request';
  requestId: string;
  method: string;
  /** The route pattern (`/portaal/activiteiten/:id`), never the path itself: paths can hold tokens. */
  route: string;
  status: number;
  durationMs: number;
  d1RoundTrips: number;
};

/**
 * One structured JSON line per request (Workers Logs indexes its fields). It holds no personal data and no secrets:
 * no path (reset and invitation links carry tokens), no query, no IP, no user, no headers, no body.
 */
export function requestLog(write?: (line: string) => void): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = Date.now();
    const requestId = requestIdOf(c.req.header('cf-ray'));
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
    try {
      await next();
    } finally {
      const line: RequestLogLine = {
        type: 'request',
        requestId,
        method: c.req.method,
        route: matchedRoute(c),
        status: c.res?.status ?? 500,
        durationMs: Date.now() - started,
        d1RoundTrips: c.var.d1RoundTrips?.count ?? 0,
      };
      // The test suite makes thousands of requests: its lines go only to a writer a test passes in.
      if (write) write(JSON.stringify(line));
      else if (c.env.ENVIRONMENT !== 'test') console.log(JSON.stringify(line));
    }
  };
}

function matchedRoute(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  try {
    const route = routePath(c, -1);
    return route && route !== '/*' && route !== '*' ? route : 'unmatched';
  } catch {
    return 'unmatched';
  }
}
