import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { countingD1, RoundTripCounter } from '../src/db/client';
import worker from '../src/index';
import { ORIGIN } from './helpers';

export type DeployedCall = (
  path: string,
  init?: { cookie?: string; form?: Record<string, string> },
) => Promise<{ res: Response; html: string; cache: string | null; trips: number }>;

/**
 * The real worker with the edge cache switched on (as in any deployed environment), on a cache origin of its own
 * (`name`), so invalidations elsewhere in the suite never touch its entries. Waits for the work a request leaves
 * behind (cache writes) before answering.
 */
export function deployedWorker(name: string): DeployedCall & { origin: string } {
  const deployedEnv = { ...env, ENVIRONMENT: 'staging', PUBLIC_ORIGIN: `https://${name}-${crypto.randomUUID()}.test` };
  const call: DeployedCall = async (path, init = {}) => {
    const headers = new Headers();
    if (init.cookie) headers.set('Cookie', init.cookie);
    let body: URLSearchParams | undefined;
    if (init.form) {
      headers.set('Origin', ORIGIN);
      headers.set('Content-Type', 'application/x-www-form-urlencoded');
      body = new URLSearchParams(init.form);
    }
    const ctx = createExecutionContext();
    const request = new Request(new URL(path, ORIGIN), { method: init.form ? 'POST' : 'GET', headers, body, redirect: 'manual' });
    // Outside development and tests the worker sends no X-D1-Round-Trips header, so the binding itself is counted.
    const counter = new RoundTripCounter();
    const res = await worker.fetch(request, { ...deployedEnv, DB: countingD1(env.DB, counter) }, ctx);
    const trips = counter.count;
    const html = await res.text();
    await waitOnExecutionContext(ctx);
    return { res, html, cache: res.headers.get('X-Cache'), trips };
  };
  // The cache origin, for a test that invalidates it directly (`invalidatePublicPages({ PUBLIC_ORIGIN: call.origin })`).
  return Object.assign(call, { origin: deployedEnv.PUBLIC_ORIGIN });
}
