import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { cacheOrigin, generationKey } from '../../src/cache/keys';
import { tableSnapshot } from '../../src/db/dump';
import type { RouteCase } from './cases/case';
import { type Fault, type Position, positionsOf, requestWithFault, type Trip } from './d1-faults';

/** The edge cache's generation: it changes exactly when a request invalidated the public pages. */
async function cacheGeneration(): Promise<string | null> {
  const stored = await caches.default.match(generationKey(cacheOrigin(env.PUBLIC_ORIGIN)));
  return stored ? stored.text() : null;
}

/**
 * Rate-limit windows count attempts, not changes: an attempt is counted in its own round trip before the command
 * (so a guess is counted whatever happens next) and stays counted when the command then fails. Every other table
 * must be exactly as before.
 */
const ATTEMPT_COUNTERS = new Set(['rate_limits']);

let tableNames: Promise<string[]> | undefined;

/** Every row of every table (as `tableSnapshot` lists them), read in one batch: the comparison runs per request. */
async function snapshot(): Promise<{ name: string; rows: unknown[] }[]> {
  tableNames ??= tableSnapshot(env.DB).then((tables) => tables.map((t) => t.name).filter((n) => n !== 'sqlite_sequence'));
  const names = await tableNames;
  const reads = [
    ...names.map((n) => env.DB.prepare(`SELECT * FROM "${n}" ORDER BY rowid`)),
    env.DB.prepare('SELECT name, seq FROM sqlite_sequence ORDER BY name'),
  ];
  const results = await env.DB.batch(reads);
  return [...names, 'sqlite_sequence'].map((name, i) => ({ name, rows: results[i]!.results }));
}

/** A stable number from a route's name, so the sampled positions are the same on every run. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/**
 * The request without a fault: it must succeed and change the database (so the case really is a change), and it
 * records the round trips the positions are taken from. Also says whether it invalidated the public pages, so the
 * no-invalidation check below is known to be able to fail for that route.
 */
export async function dryRun(c: RouteCase): Promise<{ trips: Trip[]; invalidates: boolean }> {
  const sent = await c.prepare();
  const before = await snapshot();
  const generation = await cacheGeneration();
  const { res, body, state } = await requestWithFault(sent, null, 'error');
  expect(res.status, `${c.route} without a fault: ${body.slice(0, 400)}`).toBeLessThan(400);
  expect(await snapshot(), `${c.route} without a fault changes the database`).not.toEqual(before);
  return { trips: state.trips, invalidates: (await cacheGeneration()) !== generation };
}

/** All positions, or one per fault kind: an error inside the command's batch, a timeout on a read. */
export function positionsFor(c: RouteCase, trips: Trip[], fault: Fault): Position[] {
  const all = positionsOf(trips);
  if (c.every) return all;
  const inBatch = all.filter((p) => p.statement !== undefined);
  const reads = all.filter((p) => p.statement === undefined);
  const pool = fault === 'error' ? (inBatch.length ? inBatch : reads) : reads.length ? reads : inBatch;
  return [pool[hash(c.route) % pool.length]!];
}

/** Fails D1 at `at`: a Dutch 503 with Retry-After and no cookie; every table as before; the public pages not invalidated. */
export async function expectNothingChanged(c: RouteCase, at: Position, fault: Fault) {
  const where = `${c.route}, ${fault} at round trip ${at.trip}${at.statement === undefined ? '' : ` statement ${at.statement}`}`;
  const sent = await c.prepare();
  const before = await snapshot();
  const generation = await cacheGeneration();
  const { res, body, state } = await requestWithFault(sent, at, fault);
  expect(state.failed, `${where}: the fault was never met (the route makes fewer round trips than its dry run)`).toBe(true);
  expect(res.status, `${where}: ${body.slice(0, 300)}`).toBe(503);
  expect(Number(res.headers.get('Retry-After')), where).toBeGreaterThan(0);
  expect(body, where).toContain('Tijdelijk niet beschikbaar');
  expect(body, where).toContain('Er is niets gewijzigd');
  expect(
    res.headers.getSetCookie().filter((cookie) => !cookie.includes('=;')),
    where,
  ).toEqual([]);
  const after = await snapshot();
  for (const [i, table] of before.entries())
    if (!ATTEMPT_COUNTERS.has(table.name)) expect(after[i]!.rows, `${where}, table ${table.name}`).toEqual(table.rows);
  expect(await cacheGeneration(), `${where}: the public pages were invalidated for a change that did not happen`).toBe(generation);
}

/**
 * A case failing at every position sends two requests per statement of the route (plus their preparation), so it is
 * given the time of the longest such route on a slow 2-core CI machine; the sampled cases keep the default.
 */
const EVERY_POSITION_TIMEOUT_MS = 120_000;

/**
 * For each case: one run without a fault records the request's round trips and shows it changes the database; then D1
 * fails (an error, then a timeout) at every position (`every: true`) or at one position chosen from the route's name.
 */
export function faultSuite(name: string, cases: RouteCase[]) {
  describe.each(cases)(`D1 fails (${name}): $route`, (c) => {
    it(
      'answers 503 in Dutch with Retry-After; every table as before; no invalidation',
      async () => {
        const { trips } = await dryRun(c);
        for (const fault of ['error', 'timeout'] as Fault[]) for (const at of positionsFor(c, trips, fault)) await expectNothingChanged(c, at, fault);
      },
      c.every ? EVERY_POSITION_TIMEOUT_MS : undefined,
    );
  });
}
