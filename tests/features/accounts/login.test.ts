import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/auth/crypto';
import { SESSION_COOKIE } from '../../../src/auth/session';
import { auditLog, sessions, users } from '../../../src/db/schema';
import {
  cookieFrom,
  createOrganisation,
  createUser,
  db,
  loginWithPassword,
  postForm,
  request,
  roundTrips,
  sessionCookie,
  TEST_PASSWORD,
} from '../../helpers';

const tokenOf = (cookie: string) => cookie.split('=')[1]!;
/** Pages differ only in the per-request CSP nonce; strip it to compare answers. */
const comparable = (html: string) => html.replace(/nonce="[^"]+"/g, '');

describe('login page', () => {
  it('has the labels E-mailadres and Wachtwoord and the button Inloggen', async () => {
    const res = await request('/inloggen');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<label[^>]*for="veld-email"[^>]*>E-mailadres<\/label>/);
    expect(html).toMatch(/<label[^>]*for="veld-wachtwoord"[^>]*>Wachtwoord<\/label>/);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Inloggen<\/button>/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it('re-renders with Dutch messages and keeps the e-mail address when fields are empty (422)', async () => {
    const res = await postForm('/inloggen', { email: 'iemand@voorbeeld.nl', wachtwoord: '' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Vul uw wachtwoord in.');
    expect(html).toContain('value="iemand@voorbeeld.nl"');
    expect(html).toContain('aria-describedby="veld-wachtwoord-fout"');
  });

  it('refuses an absurdly long password without a 5xx', async () => {
    const res = await postForm('/inloggen', { email: 'x@voorbeeld.nl', wachtwoord: 'a'.repeat(100_000) });
    expect(res.status).toBe(422);
  });
});

describe('logging in with a password', () => {
  it('starts a new session with a __Host- cookie that is HttpOnly, Secure and SameSite=Lax', async () => {
    const org = await createOrganisation();
    const user = await createUser({ memberOf: [{ organisationId: org.id }] });
    const { res, cookie } = await loginWithPassword(user.email);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/portaal');
    const header = res.headers.getSetCookie().find((h) => h.startsWith(`${SESSION_COOKIE}=`))!;
    expect(header).toMatch(/^__Host-/);
    expect(header).toContain('HttpOnly');
    expect(header).toContain('Secure');
    expect(header).toContain('SameSite=Lax');
    expect(header).toContain('Path=/');
    expect(header).not.toMatch(/Domain=/i);
    // At least 128 bits of randomness: 32 random bytes, base64url.
    const token = tokenOf(cookie);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the SHA-256 of the token is stored.
    const stored = await db().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(stored.map((s) => s.tokenHash)).toEqual([await sha256Hex(token)]);
    expect(stored.map((s) => s.tokenHash)).not.toContain(token);
  });

  it('gives a new token at every login and ends the session the browser had before', async () => {
    const user = await createUser();
    const before = await sessionCookie(user.id);
    const res = await postForm(
      '/inloggen',
      { email: user.email, wachtwoord: TEST_PASSWORD },
      { cookie: before, headers: { 'cf-connecting-ip': '10.9.0.1' } },
    );
    const after = cookieFrom(res)!;
    expect(after).not.toBe(tokenOf(before));
    const rows = await db().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows.map((r) => r.tokenHash)).toEqual([await sha256Hex(after)]);
    expect((await request('/account', { cookie: before })).status).toBe(303);
    expect((await request('/account', { cookie: `${SESSION_COOKIE}=${after}` })).status).toBe(200);
  });

  it('issues unique tokens', async () => {
    const user = await createUser();
    const tokens = new Set<string>();
    for (let i = 0; i < 5; i++) tokens.add(tokenOf((await loginWithPassword(user.email)).cookie));
    expect(tokens.size).toBe(5);
  });

  it('returns to ?terug after login, but never to another site', async () => {
    const user = await createUser();
    const back = await postForm('/inloggen', { email: user.email, wachtwoord: TEST_PASSWORD, terug: '/activiteiten/nieuw?concept=abc' });
    expect(back.headers.get('Location')).toBe('/activiteiten/nieuw?concept=abc');
    const evil = await postForm('/inloggen', { email: user.email, wachtwoord: TEST_PASSWORD, terug: '//evil.example/x' });
    expect(evil.headers.get('Location')).toBe('/portaal');
  });

  it('keeps ?terug in the login form', async () => {
    const html = await (await request('/inloggen?terug=%2Factiviteiten%2Fnieuw')).text();
    expect(html).toContain('name="terug" value="/activiteiten/nieuw"');
  });

  it('sends a pending applicant to their application', async () => {
    const org = await createOrganisation({ status: 'pending' });
    const user = await createUser({ memberOf: [{ organisationId: org.id }] });
    const { res } = await loginWithPassword(user.email);
    expect(res.headers.get('Location')).toBe(`/portaal/organisaties/${org.id}/profiel`);
  });

  it('answers unknown e-mail and wrong password identically and logs both', async () => {
    const user = await createUser();
    const wrong = await postForm('/inloggen', { email: user.email, wachtwoord: 'niet-het-goede-wachtwoord' });
    const unknown = await postForm('/inloggen', { email: 'niemand-hier@voorbeeld.nl', wachtwoord: 'niet-het-goede-wachtwoord' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(cookieFrom(wrong)).toBeNull();
    const [a, b] = [comparable(await wrong.text()), comparable(await unknown.text())];
    expect(a).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(a.replace(user.email, 'X')).toBe(b.replace('niemand-hier@voorbeeld.nl', 'X'));
    const failures = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'login.failure')));
    const reasons = failures.map((f) => JSON.parse(f.detail!).reason);
    expect(reasons).toEqual(expect.arrayContaining(['wrong-password', 'unknown-email']));
    for (const f of failures) expect(f.detail).not.toContain('niet-het-goede-wachtwoord');
  });

  it('spends a full password check on an unknown e-mail address too (same timing class)', async () => {
    const user = await createUser();
    const time = async (email: string) => {
      const start = performance.now();
      await postForm('/inloggen', { email, wachtwoord: 'niet-het-goede-wachtwoord' }, { headers: { 'cf-connecting-ip': '10.7.0.1' } });
      return performance.now() - start;
    };
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time(user.email));
      unknown.push(await time(`onbekend-${i}@voorbeeld.nl`));
    }
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it('refuses a disabled account with the same message', async () => {
    const user = await createUser();
    await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    const res = await postForm('/inloggen', { email: user.email, wachtwoord: TEST_PASSWORD });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('Het e-mailadres of het wachtwoord klopt niet.');
  });

  it('writes login.success to the audit log without any secret', async () => {
    const user = await createUser();
    const { cookie } = await loginWithPassword(user.email);
    const rows = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'login.success'), eq(auditLog.objectId, String(user.id))));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actorUserId).toBe(user.id);
    expect(JSON.stringify(rows[0])).not.toContain(TEST_PASSWORD);
    expect(JSON.stringify(rows[0])).not.toContain(tokenOf(cookie));
  });
});

describe('pages behind login', () => {
  it('redirects visitors to /inloggen with the page to return to', async () => {
    const res = await request('/account?tab=1');
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/inloggen?terug=%2Faccount%3Ftab%3D1');
  });

  it('asks htmx requests for a full-page redirect instead', async () => {
    const res = await request('/account', { htmx: true });
    expect(res.status).toBe(401);
    expect(res.headers.get('HX-Redirect')).toBe('/inloggen?terug=%2Faccount');
  });

  it('are never cached and read the database at most twice', async () => {
    const user = await createUser();
    const res = await request('/account', { cookie: await sessionCookie(user.id) });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
  });
});

describe('logging out', () => {
  it('ends the session in the database and clears the cookie', async () => {
    const user = await createUser();
    const { cookie } = await loginWithPassword(user.email);
    const res = await postForm('/uitloggen', {}, { cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/inloggen?melding=uitgelogd');
    expect(cookieFrom(res)).toBe('');
    expect(
      await db()
        .select()
        .from(sessions)
        .where(eq(sessions.tokenHash, await sha256Hex(tokenOf(cookie)))),
    ).toHaveLength(0);
    expect((await request('/account', { cookie })).status).toBe(303);
    const log = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'logout'), eq(auditLog.actorUserId, user.id)));
    expect(log).toHaveLength(1);
  });

  it('refuses a cross-site logout post', async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    const res = await postForm('/uitloggen', {}, { cookie, headers: { Origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect((await request('/account', { cookie })).status).toBe(200);
  });
});
