import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { organisations, savedDrafts } from '../../src/db/schema';
import { safeReturnPath } from '../../src/i18n/routes';
import { MAX_DRAFTS_PER_IP, MAX_DRAFTS_PER_SESSION } from '../../src/features/activity-editing/saved-drafts';
import {
  activityForm,
  cookieFrom,
  createUser,
  db,
  ensureNeighbourhoods,
  ensureReferenceData,
  expiredSessionCookie,
  latestMailTo,
  partnerWithOrganisation,
  postActivity,
  postForm,
  request,
  reviewer,
  sessionCookie,
  TEST_PASSWORD,
} from '../helpers';

// Regression tests for the defects found when the portal was probed from outside (issue 18).

describe('1–2: return paths never leave the portal and never break the Location header', () => {
  const hostile = [
    '/\t/evil.example/x',
    '/%09/evil',
    '//evil.example',
    '/\\evil.example',
    '/\r\nSet-Cookie: x=1',
    '/\n/evil.example',
    '/..//evil.example',
    'https://evil.example',
    '/\u0000x',
    '/a\u007fb',
  ];

  it('refuses control characters, backslashes and anything resolving to another origin', () => {
    for (const value of hostile) {
      const path = safeReturnPath(value);
      expect(new URL(path, 'https://portaal.test').origin, JSON.stringify(value)).toBe('https://portaal.test');
      expect(path).not.toMatch(/[\u0000-\u001f\u007f\\]/);
      expect(path.startsWith('//')).toBe(false);
    }
    expect(safeReturnPath('/activiteiten?pijler=health#lijst')).toBe('/activiteiten?pijler=health#lijst');
    // %09 stays percent-encoded, so it is a harmless path segment, not a tab.
    expect(safeReturnPath('/%09/x')).toBe('/%09/x');
  });

  it('GET /inloggen logged in with a TAB path redirects on-site', async () => {
    const user = await createUser();
    const res = await request('/inloggen?terug=%2F%09%2Fevil.example%2Fx', { cookie: await sessionCookie(user.id) });
    expect(res.status).toBe(303);
    expect(new URL(res.headers.get('Location')!, 'https://portaal.test').origin).toBe('https://portaal.test');
  });

  it('POST /inloggen with a TAB or CR/LF path: an on-site redirect, never a 500, and the session cookie only on success', async () => {
    for (const terug of ['/\t/evil.example/x', '/\r\nX: y', '/a\rb']) {
      const user = await createUser();
      const res = await postForm(
        '/inloggen',
        { email: user.email, wachtwoord: TEST_PASSWORD, terug },
        { headers: { 'cf-connecting-ip': '192.0.2.77' } },
      );
      expect(res.status, JSON.stringify(terug)).toBe(303);
      expect(new URL(res.headers.get('Location')!, 'https://portaal.test').origin).toBe('https://portaal.test');
      expect(cookieFrom(res)).toBeTruthy();
    }
  });

  it('POST /taal refuses the same', async () => {
    for (const terug of ['/\t/evil.example/x', '/\r\n/evil', '/\\\\evil']) {
      const res = await postForm('/taal', { taal: 'en', terug });
      expect(res.status).toBe(303);
      expect(res.headers.get('Location')).toBe('/');
    }
  });
});

describe('3: malformed bodies answer 400 with the Dutch error page', () => {
  const raw = (path: string, contentType: string, body: BodyInit, cookie?: string) =>
    request(path, { method: 'POST', body, headers: { 'Content-Type': contentType }, cookie });

  const cases: [string, string, BodyInit][] = [
    ['multipart without boundary', 'multipart/form-data', 'a=b'],
    ['multipart with empty boundary', 'multipart/form-data; boundary=', '--\r\n\r\n'],
    ['truncated multipart', 'multipart/form-data; boundary=XYZ', '--XYZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nhal'],
    [
      'multipart part with empty name',
      'multipart/form-data; boundary=XYZ',
      '--XYZ\r\nContent-Disposition: form-data; name=""\r\n\r\nx\r\n--XYZ--\r\n',
    ],
    ['urlencoded in iso-8859-1', 'application/x-www-form-urlencoded; charset=iso-8859-1', 'email=%E9'],
    ['urlencoded in utf-16', 'application/x-www-form-urlencoded; charset=utf-16', 'email=x'],
  ];

  it.each(cases)('%s on the login, language and activity forms', async (_name, contentType, body) => {
    const { cookie } = await partnerWithOrganisation();
    for (const [path, withCookie] of [
      ['/inloggen', undefined],
      ['/taal', undefined],
      ['/portaal/activiteiten', cookie],
      ['/registreren', undefined],
    ] as const) {
      const res = await raw(path, contentType, body, withCookie);
      // A part with an empty name may also simply be ignored by the parser: then the form is answered normally.
      expect(res.status, `${path}`).toBeLessThan(500);
      if (res.status === 400) {
        const html = await res.text();
        expect(html).toContain('Formulier niet leesbaar');
        expect(html).toContain('<html lang="nl">');
        expect(res.headers.getSetCookie().some((c) => c.startsWith('__Host-sessie=') && !c.startsWith('__Host-sessie=;'))).toBe(false);
      }
    }
  });

  it('a body without a boundary and a foreign charset are refused, not half read', async () => {
    for (const [, contentType, body] of [cases[0]!, cases[4]!, cases[5]!]) {
      expect((await raw('/inloggen', contentType, body)).status).toBe(400);
    }
  });
});

describe('4: a 120-character organisation name', () => {
  it('registers without a LIKE pattern over D1’s limit and gets a unique slug', async () => {
    const nb = await ensureNeighbourhoods();
    const name = 'a'.repeat(120);
    const fields = (email: string, organisatie: string) => ({
      organisatie,
      soort: 'neighbourhood',
      beschrijving: 'Een lange naam.',
      wijken: [String(nb.pottenberg)],
      website: '',
      contact_email: 'info@lang.example',
      contact_telefoon: '',
      naam: 'Lange Naam',
      email,
      wachtwoord: 'een lange zin als wachtwoord',
    });
    const first = await postForm('/registreren', fields(`lang-${Date.now()}@voorbeeld.nl`, name), { headers: { 'cf-connecting-ip': '192.0.2.120' } });
    expect(first.status).toBeLessThan(500);
    expect(first.status).toBe(303);
    const second = await postForm('/registreren', fields(`lang2-${Date.now()}@voorbeeld.nl`, `${name.slice(0, 119)}b`), {
      headers: { 'cf-connecting-ip': '192.0.2.121' },
    });
    expect(second.status).toBe(303);
    const rows = await db().select({ slug: organisations.slug }).from(organisations).where(eq(organisations.name, name));
    expect(rows).toHaveLength(1);
  });
});

describe('5: saved drafts only for sessions that existed, bounded', () => {
  it('stores nothing for a forged session cookie', async () => {
    const nb = await ensureReferenceData();
    const before = (await db().select().from(savedDrafts)).length;
    for (let i = 0; i < 5; i++) {
      const res = await postForm(
        '/portaal/activiteiten',
        { ...activityForm(nb.pottenberg!), description: 'x'.repeat(60_000) },
        { cookie: '__Host-sessie=not-a-session-but-long-enough-to-look-like-one' },
      );
      expect(res.status).toBe(303);
      expect(res.headers.getSetCookie().some((c) => c.startsWith('concept='))).toBe(false);
    }
    expect((await db().select().from(savedDrafts)).length).toBe(before);
  });

  it('keeps at most MAX_DRAFTS_PER_SESSION per session and MAX_DRAFTS_PER_IP per address', async () => {
    const nb = await ensureReferenceData();
    const { user } = await partnerWithOrganisation();
    const ip = '192.0.2.55';
    const expired = await expiredSessionCookie(user.id);
    // The session middleware removes an expired session after the first request; posts in parallel all see it.
    await Promise.all(
      Array.from({ length: MAX_DRAFTS_PER_SESSION + 3 }, () =>
        postForm('/portaal/activiteiten', activityForm(nb.pottenberg!), { cookie: expired, headers: { 'cf-connecting-ip': ip } }),
      ),
    );
    const perSession = await db().select().from(savedDrafts).where(eq(savedDrafts.ip, ip));
    expect(perSession.length).toBeGreaterThan(0);
    expect(perSession.length).toBeLessThanOrEqual(MAX_DRAFTS_PER_SESSION);

    const ip2 = '192.0.2.56';
    for (let i = 0; i < MAX_DRAFTS_PER_IP + 3; i++) {
      await postForm('/portaal/activiteiten', activityForm(nb.pottenberg!), {
        cookie: await expiredSessionCookie(user.id),
        headers: { 'cf-connecting-ip': ip2 },
      });
    }
    expect((await db().select().from(savedDrafts).where(eq(savedDrafts.ip, ip2))).length).toBe(MAX_DRAFTS_PER_IP);
  });
});

async function withEnvironment(path: string, bindings: Partial<Env>, init: RequestInit = {}) {
  const app = createApp();
  const ctx = createExecutionContext();
  const headers = new Headers(init.headers);
  if (init.method === 'POST') headers.set('Origin', new URL(path).origin);
  const res = await app.request(path, { ...init, headers, redirect: 'manual' }, { ...env, ...bindings }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe('6 and 9: links in mails and development features fail closed', () => {
  it('mail links use the address in use only in development and tests, PUBLIC_ORIGIN otherwise', async () => {
    for (const [ENVIRONMENT, expected] of [
      ['test', 'http://localhost:8793'],
      ['development', 'http://localhost:8793'],
      ['staging', 'https://portaal.example'],
      ['', 'https://portaal.example'],
      ['production', 'https://portaal.example'],
    ] as const) {
      const user = await createUser();
      const body = new URLSearchParams({ email: user.email });
      const res = await withEnvironment(
        'http://localhost:8793/wachtwoord-vergeten',
        { ENVIRONMENT, PUBLIC_ORIGIN: 'https://portaal.example' },
        {
          method: 'POST',
          body,
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': `192.0.2.${ENVIRONMENT.length + 10}` },
        },
      );
      expect(res.status, ENVIRONMENT).toBeLessThan(400);
      const mail = await latestMailTo(user.email);
      expect(mail?.bodyText, ENVIRONMENT).toContain(`${expected}/wachtwoord-herstellen/`);
    }
  });

  it('a review decision mails a link to the address in use in tests (not PUBLIC_ORIGIN)', async () => {
    const nb = await ensureReferenceData();
    const { organisation, user, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!, { submit: true });
    const team = await reviewer();
    const body = new URLSearchParams({ besluit: 'goedkeuren', opmerking: '', versie: '1' });
    const res = await withEnvironment(
      `http://localhost:8793/beoordelen/activiteiten/${id}`,
      { ENVIRONMENT: 'test', PUBLIC_ORIGIN: 'http://localhost:8787' },
      {
        method: 'POST',
        body,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: team.cookie },
      },
    );
    expect(res.status).toBe(303);
    const mail = await latestMailTo(user.email);
    expect(mail?.bodyText).toContain('http://localhost:8793/');
    expect(mail?.bodyText).not.toContain('http://localhost:8787/');
  });

  it('the development mailbox and X-D1-Round-Trips exist only in development and tests', async () => {
    for (const ENVIRONMENT of ['staging', '', 'Development', 'production']) {
      const mailbox = await withEnvironment('http://localhost/ontwikkeling/postvak', { ENVIRONMENT });
      expect(mailbox.status, ENVIRONMENT).toBe(404);
      expect(mailbox.headers.get('X-D1-Round-Trips')).toBeNull();
    }
    const dev = await withEnvironment('http://localhost/ontwikkeling/postvak', { ENVIRONMENT: 'development' });
    expect(dev.status).toBe(200);
    expect(dev.headers.get('X-D1-Round-Trips')).not.toBeNull();
    // The benchmark runs as "bench": it reads the round trips, but gets no development mailbox.
    const bench = await withEnvironment('http://localhost/ontwikkeling/postvak', { ENVIRONMENT: 'bench' });
    expect(bench.status).toBe(404);
    expect(bench.headers.get('X-D1-Round-Trips')).not.toBeNull();
  });
});

describe('7: bidi controls and NUL are refused at the field', () => {
  it('refuses U+202E and U+0000 in an activity title and keeps what was typed', async () => {
    const nb = await ensureReferenceData();
    const { organisation, cookie } = await partnerWithOrganisation();
    for (const title of ['Koffie \u202Eeiffok', 'Koffie\u0000ochtend', 'Koffie \u2066x\u2069']) {
      const res = await postForm(
        '/portaal/activiteiten',
        { ...activityForm(nb.pottenberg!, { title }), organisationId: String(organisation.id), actie: 'opslaan' },
        { cookie },
      );
      expect(res.status).toBe(422);
      expect(await res.text()).toContain('onzichtbare stuurtekens');
    }
  });

  it('accepts right-to-left text, emoji with zero-width joiners and other Unicode unchanged', async () => {
    const nb = await ensureReferenceData();
    const { organisation, cookie } = await partnerWithOrganisation();
    const title = 'مرحبا 👩‍👩‍👧 Zoë';
    const res = await postForm(
      '/portaal/activiteiten',
      { ...activityForm(nb.pottenberg!, { title }), organisationId: String(organisation.id), actie: 'opslaan' },
      { cookie },
    );
    expect(res.status).toBe(303);
  });

  it('refuses them in the registration form too', async () => {
    const nb = await ensureNeighbourhoods();
    const res = await postForm(
      '/registreren',
      {
        organisatie: 'Buurt\u202Etrats',
        soort: 'neighbourhood',
        beschrijving: 'Beschrijving',
        wijken: [String(nb.pottenberg)],
        website: '',
        contact_email: 'info@bidi.example',
        contact_telefoon: '',
        naam: 'Bidi\u0000',
        email: `bidi-${Date.now()}@voorbeeld.nl`,
        wachtwoord: 'een lange zin als wachtwoord',
      },
      { headers: { 'cf-connecting-ip': '192.0.2.202' } },
    );
    expect(res.status).toBe(422);
    expect((await res.text()).match(/onzichtbare stuurtekens/g)?.length).toBeGreaterThanOrEqual(2);
  });
});

describe('10: wrong passwords by a stranger do not lock the owner out', () => {
  const wrong = (email: string, i: number, cookie?: string) =>
    postForm('/inloggen', { email, wachtwoord: 'fout-wachtwoord-nummer' }, { cookie, headers: { 'cf-connecting-ip': `198.51.100.${i}` } });

  it('a known device (a full login before) still logs in with the right password; a new one waits', async () => {
    const user = await createUser();
    const first = await postForm(
      '/inloggen',
      { email: user.email, wachtwoord: TEST_PASSWORD },
      { headers: { 'cf-connecting-ip': '198.51.100.200' } },
    );
    const device = cookieFrom(first, '__Host-apparaat');
    expect(device).toMatch(/^v1\.\d+\.\d{13}\./);
    for (let i = 0; i < 12; i++) await wrong(user.email, i);
    const stranger = await postForm(
      '/inloggen',
      { email: user.email, wachtwoord: TEST_PASSWORD },
      { headers: { 'cf-connecting-ip': '198.51.100.201' } },
    );
    expect(stranger.status).toBe(429);
    const owner = await postForm(
      '/inloggen',
      { email: user.email, wachtwoord: TEST_PASSWORD },
      { cookie: `__Host-apparaat=${device}`, headers: { 'cf-connecting-ip': '198.51.100.202' } },
    );
    expect(owner.status).toBe(303);
    expect(cookieFrom(owner)).toBeTruthy();
  });

  it('successful logins do not count; a forged or foreign device cookie gives no way round the limit', async () => {
    const user = await createUser();
    const other = await createUser();
    for (let i = 0; i < 12; i++) {
      expect(
        (await postForm('/inloggen', { email: user.email, wachtwoord: TEST_PASSWORD }, { headers: { 'cf-connecting-ip': `198.51.101.${i}` } }))
          .status,
      ).toBe(303);
    }
    const otherLogin = await postForm(
      '/inloggen',
      { email: other.email, wachtwoord: TEST_PASSWORD },
      { headers: { 'cf-connecting-ip': '198.51.101.99' } },
    );
    const otherDevice = cookieFrom(otherLogin, '__Host-apparaat')!;
    for (let i = 0; i < 10; i++) await wrong(user.email, 20 + i);
    for (const cookie of [`__Host-apparaat=${otherDevice}`, `__Host-apparaat=v1.${user.id}.${Date.now()}.${'A'.repeat(43)}`]) {
      const res = await postForm(
        '/inloggen',
        { email: user.email, wachtwoord: TEST_PASSWORD },
        { cookie, headers: { 'cf-connecting-ip': '198.51.101.150' } },
      );
      expect(res.status).toBe(429);
    }
  });

  it('guessing from a known device is limited on that device', async () => {
    const user = await createUser();
    const device = cookieFrom(
      await postForm('/inloggen', { email: user.email, wachtwoord: TEST_PASSWORD }, { headers: { 'cf-connecting-ip': '198.51.102.1' } }),
      '__Host-apparaat',
    );
    const cookie = `__Host-apparaat=${device}`;
    for (let i = 0; i < 10; i++) expect((await wrong(user.email, 100 + i, cookie)).status).toBe(401);
    expect((await wrong(user.email, 120, cookie)).status).toBe(429);
  });

  it('a password reset link makes the browser a known device', async () => {
    const user = await createUser();
    for (let i = 0; i < 12; i++) await wrong(user.email, 150 + i);
    await postForm('/wachtwoord-vergeten', { email: user.email }, { headers: { 'cf-connecting-ip': '198.51.103.1' } });
    const mail = await latestMailTo(user.email);
    const link = /https?:\/\/[^\s/]+(\/wachtwoord-herstellen\/[^\s]+)/.exec(mail!.bodyText)![1]!;
    const reset = await postForm(link, { wachtwoord: 'een gloednieuwe lange zin' });
    expect(reset.status).toBe(303);
    const device = cookieFrom(reset, '__Host-apparaat');
    expect(device).toBeTruthy();
    const res = await postForm(
      '/inloggen',
      { email: user.email, wachtwoord: 'een gloednieuwe lange zin' },
      { cookie: `__Host-apparaat=${device}`, headers: { 'cf-connecting-ip': '198.51.103.2' } },
    );
    expect(res.status).toBe(303);
  });
});

describe('8: static files carry security headers', async () => {
  const headersFile = (await import('../../public/_headers?raw')).default as string;
  it('public/_headers sets nosniff, HSTS and a CSP for every static file', () => {
    const [rule, ...lines] = headersFile.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    expect(rule).toBe('/*');
    const headers = Object.fromEntries(
      lines.map(
        (l) =>
          l
            .trim()
            .split(/:\s(.*)/s)
            .slice(0, 2) as [string, string],
      ),
    );
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(Number(/max-age=(\d+)/.exec(headers['Strict-Transport-Security'] ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(headers['Content-Security-Policy']).toContain("default-src 'none'");
    expect(headers['Content-Security-Policy']).not.toContain('unsafe');
  });
});
