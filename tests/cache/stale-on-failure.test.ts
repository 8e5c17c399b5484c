import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { invalidatePublicPages } from '../../src/cache';
import { seedDemoData } from '../../src/db/seed';
import worker from '../../src/index';
import { faultyD1 } from '../faults/d1-faults';
import { db, ORIGIN } from '../helpers';

// The real worker with the edge cache on (as deployed), on a cache origin of its own; `failing`: D1's first read fails.
const deployedEnv = { ...env, ENVIRONMENT: 'staging', PUBLIC_ORIGIN: `https://stale-${crypto.randomUUID()}.test` };

async function get(path: string, failing: boolean) {
  const ctx = createExecutionContext();
  const { d1, state } = faultyD1(env.DB, failing ? { trip: 0 } : null, 'timeout');
  const res = await worker.fetch(new Request(new URL(path, ORIGIN), { redirect: 'manual' }), { ...deployedEnv, DB: d1 }, ctx);
  expect(state.failed).toBe(failing);
  const html = await res.text();
  await waitOnExecutionContext(ctx);
  return { res, html };
}

describe('a public page whose D1 read fails', () => {
  beforeAll(() => seedDemoData(db()), 60_000);

  it('is served from its stale copy (kept 24 hours) when the edge cache has one, even after an invalidation', async () => {
    const fresh = await get('/partners', false);
    expect(fresh.res.status).toBe(200);
    // A change elsewhere made the ordinary copy unreachable; only the stale copy is left.
    await invalidatePublicPages({ PUBLIC_ORIGIN: deployedEnv.PUBLIC_ORIGIN });
    const { res, html } = await get('/partners', true);
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Cache')).toBe('STALE');
    const withoutNonces = (page: string) => page.replaceAll(/nonce="[^"]+"/g, 'nonce=""');
    expect(withoutNonces(html)).toBe(withoutNonces(fresh.html));
    expect(html).toContain('<main id="inhoud"');
    // The nonce of the stored page is replaced by this response's own, as on every hit.
    const nonce = /nonce="([^"]+)"/.exec(html)?.[1];
    if (nonce) expect(res.headers.get('Content-Security-Policy')).toContain(`'nonce-${nonce}'`);
  });

  it('answers the Dutch 503 page in the layout with Retry-After when there is no copy', async () => {
    const { res, html } = await get('/partners?nooit-bewaard=1', true);
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBe('30');
    expect(res.headers.get('X-Cache')).toBeNull();
    expect(html).toContain('<main id="inhoud"');
    expect(html).toContain('Tijdelijk niet beschikbaar');
  });
});
