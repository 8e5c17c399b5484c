import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { currentGeneration } from './generation';
import { pageMemory, type MemoryPage } from './memory';
import {
  cacheOrigin,
  isAnonymousPublicGet,
  PAGE_TTL_SECONDS,
  pageKey,
  STORED_CACHE_CONTROL_HEADER,
  STORED_NONCE_HEADER,
  STALE_TTL_SECONDS,
  staleKey,
  STORABLE_TYPES,
} from './keys';
import { isDatabaseUnavailable } from '../operations/database-unavailable';

/** Local development and the test suite see every change at once; every deployed environment caches. */
function cacheEnabled(env: Partial<Pick<Env, 'ENVIRONMENT'>>): boolean {
  return env.ENVIRONMENT !== 'development' && env.ENVIRONMENT !== 'test';
}

function storable(res: Response): boolean {
  if (res.status !== 200 || res.headers.has('Set-Cookie')) return false;
  const type = res.headers.get('Content-Type') ?? '';
  if (!STORABLE_TYPES.some((storable) => type.startsWith(storable))) return false;
  return !/no-store|private/i.test(res.headers.get('Cache-Control') ?? '');
}

function later(c: Context<AppEnv>, work: Promise<unknown>) {
  const logged = work.catch((err) => console.error('page cache write failed', err));
  try {
    c.executionCtx.waitUntil(logged);
  } catch {
    // No execution context (a plain app.request in a script): the write simply runs on its own.
  }
}

function storedCopy(res: Response, body: ArrayBuffer, nonce: string | undefined, ttlSeconds = PAGE_TTL_SECONDS): Response {
  const headers = new Headers(res.headers);
  // The CSP header is per response; the security-headers middleware sets a fresh one on every hit.
  headers.delete('Content-Security-Policy');
  const original = headers.get('Cache-Control');
  if (original) headers.set(STORED_CACHE_CONTROL_HEADER, original);
  headers.set('Cache-Control', `public, max-age=${ttlSeconds}`);
  if (nonce) headers.set(STORED_NONCE_HEADER, nonce);
  return new Response(body, { status: 200, headers });
}

/** A hit, with the stored CSP nonce swapped for this response's own, so no two visitors share a nonce. */
function servedCopy(stored: MemoryPage, nonce: string | undefined, state: 'HIT' | 'STALE' = 'HIT'): Response {
  const headers = new Headers(stored.headers);
  const storedNonce = headers.get(STORED_NONCE_HEADER);
  const original = headers.get(STORED_CACHE_CONTROL_HEADER);
  for (const name of [STORED_NONCE_HEADER, STORED_CACHE_CONTROL_HEADER, 'Cache-Control', 'Age', 'CF-Cache-Status']) headers.delete(name);
  if (original) headers.set('Cache-Control', original);
  headers.set('X-Cache', state);
  const body = storedNonce && nonce ? stored.body.replaceAll(`nonce="${storedNonce}"`, `nonce="${nonce}"`) : stored.body;
  return new Response(body, { status: 200, headers });
}

async function memoryCopy(stored: Response, now: number): Promise<MemoryPage> {
  return { body: await stored.text(), headers: [...stored.headers], expiresAt: now + PAGE_TTL_SECONDS * 1000 };
}

/** The generation: remembered in this isolate for a moment, else read from the Cache API (and remembered). */
async function generationFor(cache: Cache, origin: string, now: number): Promise<string> {
  const remembered = pageMemory.currentGeneration(origin, now);
  if (remembered) return remembered;
  const generation = await currentGeneration(cache, origin);
  pageMemory.rememberGeneration(origin, generation, now);
  return generation;
}

/**
 * Edge cache for anonymous GETs of the public site: this isolate's memory first (`memory.ts`), then the Workers Cache
 * API (per data centre). Skips requests with any
 * cookie but the language cookie (so never a session), stores only 200 HTML responses that set no cookie, keys on
 * path + query, language and htmx variant, and lives PAGE_TTL_SECONDS or until `invalidatePublicPages`. A second,
 * stale copy per page lives STALE_TTL_SECONDS and answers only when D1 fails (instead of the 503 page).
 */
export function publicPageCache(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!cacheEnabled(c.env) || !isAnonymousPublicGet(c.req.raw)) return next();
    const cache = caches.default;
    const now = Date.now();
    let key: string;
    try {
      const origin = cacheOrigin(c.env.PUBLIC_ORIGIN);
      key = pageKey(origin, await generationFor(cache, origin, now), c.req.raw);
      const remembered = pageMemory.get(key, now);
      if (remembered) return servedCopy(remembered, c.var.secureHeadersNonce);
      const hit = await cache.match(key);
      if (hit) {
        const copy = await memoryCopy(hit, now);
        pageMemory.put(key, copy);
        return servedCopy(copy, c.var.secureHeadersNonce);
      }
    } catch (err) {
      // A cache that fails must never take the page down with it: render as if there were no cache.
      console.error('page cache lookup failed', err);
      return next();
    }

    await next();
    if (c.res.status === 503 && isDatabaseUnavailable(c.error)) {
      // D1 failed: the last copy of this page (up to STALE_TTL_SECONDS old) beats the 503 page, if there is one.
      const stale = await cache.match(staleKey(cacheOrigin(c.env.PUBLIC_ORIGIN), c.req.raw)).catch(() => undefined);
      if (stale) c.res = servedCopy(await memoryCopy(stale, now), c.var.secureHeadersNonce, 'STALE');
      return;
    }
    if (!storable(c.res)) return;
    const body = await c.res.arrayBuffer();
    const stored = storedCopy(c.res, body, c.var.secureHeadersNonce);
    pageMemory.put(key, await memoryCopy(stored.clone(), now));
    later(c, cache.put(key, stored));
    later(c, cache.put(staleKey(cacheOrigin(c.env.PUBLIC_ORIGIN), c.req.raw), storedCopy(c.res, body, c.var.secureHeadersNonce, STALE_TTL_SECONDS)));
    const res = new Response(body, c.res);
    res.headers.set('X-Cache', 'MISS');
    c.res = res;
  };
}
