import { Hono, type Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { sessionMiddleware, SESSION_COOKIE } from '../../src/auth/session';
import { invalidatePublicPages, publicPageCache } from '../../src/cache';
import { countingD1, createDb, RoundTripCounter } from '../../src/db/client';
import type { AppEnv } from '../../src/env';
import { localeMiddleware } from '../../src/i18n/middleware';
import { renderer } from '../../src/layout/renderer';
import { securityHeaders } from '../../src/security/headers';
import { createUser, sessionCookie } from '../helpers';

// The middleware in the same order as src/app.ts, in front of pages that count how often they really render.
let renders = 0;
function pageApp() {
  const app = new Hono<AppEnv>();
  app.use(securityHeaders());
  app.use(async (c, next) => {
    const counter = new RoundTripCounter();
    c.set('d1RoundTrips', counter);
    c.set('d1', countingD1(c.env.DB, counter));
    c.set('db', createDb(c.var.d1));
    await next();
    c.header('X-D1-Round-Trips', String(counter.count));
  });
  app.use(publicPageCache());
  app.use(sessionMiddleware());
  app.use(localeMiddleware());
  app.use(renderer);
  const page = async (c: Context<AppEnv>) => {
    renders++;
    await c.var.d1.prepare('SELECT 1').first();
    const text = `${c.var.locale === 'en' ? 'Activities' : 'Activiteiten'} ${c.req.query('pijler') ?? ''}`;
    if (c.req.header('HX-Request') === 'true') return c.html(<p id="fragment">{text}</p>);
    return c.render(<h1 class="utrecht-heading-1">{text}</h1>, { title: text });
  };
  app.get('/activiteiten', page);
  app.get('/portaal', page);
  app.get('/partners/met-cookie', async (c) => {
    setCookie(c, 'melding', 'opgeslagen');
    return page(c);
  });
  app.get('/partners/prive', async (c) => {
    c.header('Cache-Control', 'private');
    return page(c);
  });
  app.get('/partners/weg', (c) => {
    renders++;
    return c.text('weg', 404);
  });
  return app;
}

const app = pageApp();
// A private origin per test file, so invalidations elsewhere in the suite never touch these entries.
const testEnv = { ...env, ENVIRONMENT: 'staging', PUBLIC_ORIGIN: `https://cache-${crypto.randomUUID()}.test` };

async function get(path: string, headers: Record<string, string> = {}, bindings: Partial<Env> = testEnv) {
  const ctx = createExecutionContext();
  const res = await app.request(path, { headers }, bindings, ctx);
  const body = await res.text();
  await waitOnExecutionContext(ctx);
  return { res, body, cache: res.headers.get('X-Cache'), trips: Number(res.headers.get('X-D1-Round-Trips')) };
}

const cspNonce = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get('Content-Security-Policy') ?? '')?.[1];
let n = 0;
const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}t=${++n}`;

describe('edge cache for anonymous public pages', () => {
  beforeEach(() => {
    renders = 0;
  });

  it('serves the second anonymous GET from the cache without touching D1', async () => {
    const path = fresh('/activiteiten?pijler=health');
    const first = await get(path);
    const second = await get(path);
    expect(first.res.status).toBe(200);
    expect([first.cache, first.trips]).toEqual(['MISS', 1]);
    expect([second.cache, second.trips]).toEqual(['HIT', 0]);
    expect(renders).toBe(1);
    expect(second.res.headers.get('Content-Type')).toContain('text/html');
    expect(second.res.headers.get('Cache-Control')).toBeNull();
    expect(second.body).toContain('Activiteiten health');
  });

  it('gives every hit its own CSP nonce, matching the one in the HTML', async () => {
    const path = fresh('/activiteiten');
    const first = await get(path);
    const second = await get(path);
    expect(second.cache).toBe('HIT');
    const nonce = cspNonce(second.res);
    expect(nonce).toBeTruthy();
    expect(nonce).not.toBe(cspNonce(first.res));
    expect(second.body).toContain(`nonce="${nonce}"`);
    expect(second.body).not.toContain(`nonce="${cspNonce(first.res)}"`);
  });

  it('keeps the languages and the htmx fragment apart from the full page', async () => {
    const path = fresh('/activiteiten');
    await get(path);
    const english = await get(path, { Cookie: 'taal=en' });
    expect(english.cache).toBe('MISS');
    expect(english.body).toContain('<html lang="en">');
    expect((await get(path, { Cookie: 'taal=en' })).cache).toBe('HIT');
    const fragment = await get(path, { 'HX-Request': 'true' });
    expect(fragment.cache).toBe('MISS');
    expect(fragment.body).toBe('<p id="fragment">Activiteiten </p>');
    expect((await get(path, { 'HX-Request': 'true' })).body).toBe(fragment.body);
    const full = await get(path);
    expect(full.cache).toBe('HIT');
    expect(full.body).toContain('<!DOCTYPE html>');
    expect(renders).toBe(3);
  });

  it('never caches a request with a session cookie, nor one with an unknown cookie', async () => {
    const path = fresh('/activiteiten');
    await get(path);
    const user = await createUser({ role: 'programme' });
    const cookie = await sessionCookie(user.id);
    expect(cookie.startsWith(`${SESSION_COOKIE}=`)).toBe(true);
    for (let i = 0; i < 2; i++) {
      const loggedIn = await get(path, { Cookie: `taal=nl; ${cookie}` });
      expect(loggedIn.cache).toBeNull();
      expect(loggedIn.res.headers.get('Cache-Control')).toBe('no-store');
      expect(loggedIn.trips).toBe(2);
    }
    expect((await get(path, { Cookie: 'iets=anders' })).cache).toBeNull();
    expect(renders).toBe(4);
  });

  it('does not store pages behind login, pages that set a cookie or say private, or anything but a 200', async () => {
    for (const path of ['/portaal', '/partners/met-cookie', '/partners/prive', '/partners/weg']) {
      const url = fresh(path);
      await get(url);
      const again = await get(url);
      expect(again.cache, path).not.toBe('HIT');
    }
    expect(renders).toBe(8);
  });

  it('makes the next GET a miss after invalidatePublicPages, then caches again', async () => {
    const path = fresh('/activiteiten');
    await get(path);
    expect((await get(path)).cache).toBe('HIT');
    await invalidatePublicPages({ env: testEnv });
    const afterChange = await get(path);
    expect([afterChange.cache, afterChange.trips]).toEqual(['MISS', 1]);
    expect((await get(path)).cache).toBe('HIT');
    expect(renders).toBe(2);
  });

  it('is off in local development and in the test suite, where data changes must show at once', async () => {
    for (const ENVIRONMENT of ['development', 'test']) {
      const path = fresh('/activiteiten');
      await get(path, {}, { ...testEnv, ENVIRONMENT });
      const again = await get(path, {}, { ...testEnv, ENVIRONMENT });
      expect(again.cache).toBeNull();
      expect(again.trips).toBe(1);
    }
    expect(renders).toBe(4);
  });
});
