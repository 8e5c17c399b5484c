import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SESSION_COOKIE } from '../../../src/auth/session';
import { TOTP_PERIOD_SECONDS, totpCode } from '../../../src/auth/totp';
import { DEVELOPMENT_TOTP_ENCRYPTION_KEY, developmentTotpSecretBox } from '../../../src/auth/totp-secrets';
import { createApp } from '../../../src/app';
import { sessions, users } from '../../../src/db/schema';
import { cookieFrom, createUser, db, loginWithPassword, ORIGIN, postForm, request, sessionCookie } from '../../helpers';

const LEGACY_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const secretIn = (html: string) => /name="geheim" value="([A-Z2-7]+)"/.exec(html)![1]!;
const cookieOf = (res: Response) => `${SESSION_COOKIE}=${cookieFrom(res)}`;
const nextStepCode = (secret: string) => totpCode(secret, Date.now() + TOTP_PERIOD_SECONDS * 1000);
const storedSecret = async (userId: number) => (await db().select({ s: users.totpSecret }).from(users).where(eq(users.id, userId)))[0]!.s;

/** A six-digit code that matches none of the steps verification may accept now or after the next boundary. */
async function certainlyWrongCode(secret: string) {
  const now = Date.now();
  const nearby = new Set(await Promise.all([-1, 0, 1, 2].map((steps) => totpCode(secret, now + steps * TOTP_PERIOD_SECONDS * 1000))));
  return ['000000', '111111', '222222', '333333', '444444'].find((code) => !nearby.has(code))!;
}

/** An admin whose second factor is on, with the secret stored as given (plain text, or encrypted for `encryptFor`). */
async function adminWithSecret(opts: { encryptFor?: 'self' | number } = {}) {
  const user = await createUser({ role: 'admin' });
  const owner = opts.encryptFor === 'self' ? user.id : opts.encryptFor;
  const stored = owner === undefined ? LEGACY_SECRET : await developmentTotpSecretBox().encrypt(LEGACY_SECRET, owner);
  await db().update(users).set({ totpSecret: stored, totpEnabledAt: new Date() }).where(eq(users.id, user.id));
  return user;
}

/** The stored value holds no plain secret, and decrypts to `secret` for this user only. */
async function expectEncryptedFor(userId: number, secret: string) {
  const stored = await storedSecret(userId);
  expect(stored).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
  expect(stored).not.toContain(secret);
  expect(await developmentTotpSecretBox().decrypt(stored!, userId)).toEqual({ secret, legacyPlainText: false });
  await expect(developmentTotpSecretBox().decrypt(stored!, userId + 1)).rejects.toThrow(/does not decrypt/);
}

/** The portal as deployed with other Worker settings (e.g. without the key). */
async function portalWith(settings: Partial<Env> & Record<string, unknown>, path: string, form: Record<string, string>, cookie: string) {
  const ctx = createExecutionContext();
  const body = new URLSearchParams(form);
  const headers = { Cookie: cookie, Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded' };
  const res = await createApp().fetch(
    new Request(new URL(path, ORIGIN), { method: 'POST', headers, body, redirect: 'manual' }),
    { ...env, ...settings } as Env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('TOTP secrets are stored encrypted', () => {
  it('after enrolment at the first login the row holds no plain secret, and logging in with a code still works', async () => {
    const user = await createUser({ role: 'programme' });
    const first = await loginWithPassword(user.email);
    const secret = secretIn(await (await request('/inloggen/tweestapsverificatie-instellen', { cookie: first.cookie })).text());
    const enrolled = await postForm(
      '/inloggen/tweestapsverificatie-instellen',
      { geheim: secret, code: await totpCode(secret) },
      { cookie: first.cookie },
    );
    expect(enrolled.status).toBe(200);
    await expectEncryptedFor(user.id, secret);

    const again = await loginWithPassword(user.email);
    expect(again.res.headers.get('Location')).toBe('/inloggen/tweede-stap');
    const done = await postForm('/inloggen/tweede-stap', { code: await nextStepCode(secret) }, { cookie: again.cookie });
    expect(done.status).toBe(303);
    expect((await request('/beoordelen/organisaties', { cookie: cookieOf(done) })).status).toBe(200);
  });

  it('after switching TOTP on from the account page too, and the code from the app then logs in', async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    const secret = secretIn(await (await request('/account/tweestapsverificatie', { cookie })).text());
    expect((await postForm('/account/tweestapsverificatie', { geheim: secret, code: await totpCode(secret) }, { cookie })).status).toBe(200);
    await expectEncryptedFor(user.id, secret);

    const login = await loginWithPassword(user.email);
    const done = await postForm('/inloggen/tweede-stap', { code: await nextStepCode(secret) }, { cookie: login.cookie });
    expect(done.status).toBe(303);
    expect((await request('/account', { cookie: cookieOf(done) })).status).toBe(200);
  });
});

describe('secrets stored in plain text before encryption', () => {
  it('still verify, and are encrypted by the next successful login', async () => {
    const user = await adminWithSecret();
    const { cookie } = await loginWithPassword(user.email);
    const wrong = await postForm('/inloggen/tweede-stap', { code: await certainlyWrongCode(LEGACY_SECRET) }, { cookie });
    expect(wrong.status).toBe(422);
    // A failed attempt changes nothing.
    expect(await storedSecret(user.id)).toBe(LEGACY_SECRET);

    const done = await postForm('/inloggen/tweede-stap', { code: await totpCode(LEGACY_SECRET) }, { cookie });
    expect(done.status).toBe(303);
    expect(done.headers.get('Location')).toBe('/beheer');
    await expectEncryptedFor(user.id, LEGACY_SECRET);

    const again = await loginWithPassword(user.email);
    const next = await postForm('/inloggen/tweede-stap', { code: await nextStepCode(LEGACY_SECRET) }, { cookie: again.cookie });
    expect(next.status).toBe(303);
  });
});

describe('without a usable key', () => {
  it('answers 500 on the TOTP step with a clear error in the log, and makes no session', async () => {
    const user = await adminWithSecret({ encryptFor: 'self' });
    const { cookie } = await loginWithPassword(user.email);
    const secret = LEGACY_SECRET;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await portalWith({ TOTP_ENCRYPTION_KEY: undefined }, '/inloggen/tweede-stap', { code: await totpCode(secret) }, cookie);
    expect(res.status).toBe(500);
    expect(await res.text()).toContain('<h1');
    expect(String(logged.mock.calls.flat().join(' '))).toMatch(/TOTP_ENCRYPTION_KEY is not configured/);
    expect(cookieFrom(res)).toBeNull();
    const active = await db().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(active.every((s) => s.stage === 'pending-mfa')).toBe(true);

    // The development key is refused outside development and tests.
    const production = await portalWith(
      { ENVIRONMENT: 'production', TOTP_ENCRYPTION_KEY: DEVELOPMENT_TOTP_ENCRYPTION_KEY },
      '/inloggen/tweede-stap',
      { code: await totpCode(secret) },
      cookie,
    );
    expect(production.status).toBe(500);
    expect(String(logged.mock.calls.flat().join(' '))).toMatch(/public development key/);
  });

  it('never stores a new secret in plain text: enrolment answers 500 and leaves the account as it was', async () => {
    const user = await createUser({ role: 'programme' });
    const { cookie } = await loginWithPassword(user.email);
    const secret = secretIn(await (await request('/inloggen/tweestapsverificatie-instellen', { cookie })).text());
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await portalWith(
      { TOTP_ENCRYPTION_KEY: undefined },
      '/inloggen/tweestapsverificatie-instellen',
      { geheim: secret, code: await totpCode(secret) },
      cookie,
    );
    expect(res.status).toBe(500);
    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect(row!.totpSecret).toBeNull();
    expect(row!.totpEnabledAt).toBeNull();
  });

  it('refuses a secret copied from another user’s row (it does not decrypt there)', async () => {
    const owner = await adminWithSecret({ encryptFor: 'self' });
    const other = await adminWithSecret({ encryptFor: owner.id });
    const { cookie } = await loginWithPassword(other.email);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await postForm('/inloggen/tweede-stap', { code: await totpCode(LEGACY_SECRET) }, { cookie });
    expect(res.status).toBe(500);
    expect(cookieFrom(res)).toBeNull();
    expect(String(logged.mock.calls.flat().join(' '))).toMatch(new RegExp(`TOTP secret of user ${other.id} does not decrypt`));
  });
});
