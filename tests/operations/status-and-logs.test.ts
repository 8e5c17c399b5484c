import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import type { RequestLogLine } from '../../src/operations/request-log';
import { createUser, postForm, request, sessionCookie } from '../helpers';

/** A D1 binding whose every call fails, as when the database is unreachable. */
function brokenD1(): D1Database {
  const fail = () => Promise.reject(new Error('D1_ERROR: network connection lost'));
  const statement = { bind: () => statement, first: fail, all: fail, run: fail, raw: fail };
  return { prepare: () => statement, batch: fail, exec: fail, dump: fail, withSession: () => ({}) } as unknown as D1Database;
}

async function call(path: string, bindings: Partial<Env> = {}, log?: (line: string) => void, headers: Record<string, string> = {}) {
  const ctx = createExecutionContext();
  const res = await createApp({ log }).request(path, { headers }, { ...env, ...bindings }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe('/status', () => {
  it('answers 200 after one cheap D1 query, with nothing secret in it', async () => {
    const res = await request('/status');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(Number(res.headers.get('X-D1-Round-Trips'))).toBe(1);
    const body = await res.text();
    expect(JSON.parse(body)).toMatchObject({ status: 'ok', database: 'ok' });
    for (const secret of [env.TOTP_ENCRYPTION_KEY, env.PUBLIC_ORIGIN, env.MAIL_FROM]) expect(body).not.toContain(secret);
  });

  it('answers 503 with Retry-After when D1 fails, without the error text', async () => {
    const res = await call('/status', { DB: brokenD1() });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0);
    const body = await res.text();
    expect(JSON.parse(body)).toMatchObject({ status: 'unavailable' });
    expect(body).not.toContain('network');
  });
});

describe('structured request log', () => {
  it('writes one JSON line per request: id, route pattern, status, duration, round trips; never the path or the person', async () => {
    const lines: string[] = [];
    const token = 'GEHEIM-TOKEN-IN-HET-PAD-0123456789';
    const res = await call(`/wachtwoord-herstellen/${token}?email=iemand@voorbeeld.nl`, {}, (line) => lines.push(line));
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as RequestLogLine;
    expect(line).toMatchObject({ type: 'request', method: 'GET', route: '/wachtwoord-herstellen/:token', status: res.status });
    expect(line.requestId).toBe(res.headers.get('X-Request-Id'));
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
    expect(typeof line.d1RoundTrips).toBe('number');
    expect(lines[0]).not.toContain(token);
    expect(lines[0]).not.toContain('iemand');
    await call('/status', {}, (l) => lines.push(l));
    expect(JSON.parse(lines[1]!)).toMatchObject({ route: '/status', status: 200, d1RoundTrips: 1 });
  });

  it('logs a logged-in request without the user, cookie or IP', async () => {
    const user = await createUser({ name: 'Persoon Die Niet In Het Log Hoort' });
    const cookie = await sessionCookie(user.id);
    const lines: string[] = [];
    const ctx = createExecutionContext();
    await createApp({ log: (l) => lines.push(l) }).request('/account', { headers: { Cookie: cookie, 'cf-connecting-ip': '203.0.113.9' } }, env, ctx);
    await waitOnExecutionContext(ctx);
    expect(lines[0]).not.toContain(user.email);
    expect(lines[0]).not.toContain('Persoon');
    expect(lines[0]).not.toContain(cookie.split('=')[1]!);
    expect(lines[0]).not.toContain('203.0.113.9');
  });
});

describe('request id on error pages', () => {
  it('shows the id on a 400, a 404 and a 500 page, equal to the X-Request-Id header', async () => {
    const bad = await request('/inloggen', { method: 'POST', body: 'x', headers: { 'Content-Type': 'multipart/form-data' } });
    const missing = await request('/bestaat-niet');
    const broken = await call('/account', { DB: brokenD1() }, undefined, { Cookie: `__Host-sessie=${'x'.repeat(43)}` });
    for (const res of [bad, missing]) {
      const id = res.headers.get('X-Request-Id')!;
      expect(id).toMatch(/^[0-9a-f]{8,32}$/);
      expect(await res.text()).toContain(`<code>${id}</code>`);
    }
    expect(broken.status).toBeGreaterThanOrEqual(500);
    expect(await broken.text()).toContain(`<code>${broken.headers.get('X-Request-Id')}</code>`);
  });

  it('takes the id from Cloudflare’s ray id when there is one', async () => {
    const res = await request('/bestaat-niet', { headers: { 'cf-ray': '8f1e2d3c4b5a6978-AMS' } });
    expect(res.headers.get('X-Request-Id')).toBe('8f1e2d3c4b5a6978');
  });
});

describe('form posts that fail to parse never leave a session cookie behind', () => {
  it('400 on an unreadable login form sets no cookie', async () => {
    const res = await postForm('/inloggen', {}, { headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-16' } });
    expect(res.status).toBe(400);
    expect(res.headers.getSetCookie()).toEqual([]);
  });
});
