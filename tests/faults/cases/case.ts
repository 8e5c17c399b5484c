import type { Sent } from '../d1-faults';

/**
 * One fault case per state-changing route: `route` is the method and pattern exactly as Hono registers it (see
 * `route-coverage.test.ts`), `prepare` builds fresh data and returns a request that succeeds when nothing fails.
 * `every: true` fails D1 at every position of the request; otherwise one position per fault kind, chosen from the
 * route's name (see `sampledPositions`).
 */
export type RouteCase = { route: string; every?: true; prepare: () => Promise<Sent> };

/** A urlencoded form as a browser posts it (repeated keys for arrays). */
export function form(fields: Record<string, string | string[]>, cookie?: string): Sent {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  return { path: '', body, cookie, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } };
}

/** `form()` posted to `path`. */
export const post = (path: string, fields: Record<string, string | string[]>, cookie?: string): Sent => ({ ...form(fields, cookie), path });

let counter = 0;
/** A unique suffix for names and addresses within a test file. */
export const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;
