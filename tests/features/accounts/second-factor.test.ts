import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/auth/crypto';
import { SESSION_COOKIE } from '../../../src/auth/session';
import { TOTP_PERIOD_SECONDS, totpCode } from '../../../src/auth/totp';
import { developmentTotpSecretBox } from '../../../src/auth/totp-secrets';
import { auditLog, recoveryCodes, sessions, users } from '../../../src/db/schema';
import { cookieFrom, createUser, db, loginWithPassword, postForm, request, sessionCookie, TEST_PASSWORD } from '../../helpers';

const secretIn = (html: string) => /name="geheim" value="([A-Z2-7]+)"/.exec(html)![1]!;
const codesIn = (html: string) => [...html.matchAll(/<code class="utrecht-code">([a-z2-9]{5}-[a-z2-9]{5})<\/code>/g)].map((m) => m[1]!);
const cookieOf = (res: Response) => `${SESSION_COOKIE}=${cookieFrom(res)}`;

/**
 * The code of the step after the current one. Verification accepts one step of drift either way, so it is accepted
 * now and still accepted if a 30-second boundary passes before the request arrives, and it is newer than any step used
 * before. A code that must be refused as used again is kept in a variable and re-sent, never recomputed from a later
 * `Date.now()`: past a boundary that gives the code of a new, unused step, which is accepted.
 */
const nextStepCode = (secret: string) => totpCode(secret, Date.now() + TOTP_PERIOD_SECONDS * 1000);

/** A six-digit code that matches none of the steps verification may accept now or after the next boundary. */
async function certainlyWrongCode(secret: string) {
  const now = Date.now();
  const nearby = new Set(await Promise.all([-1, 0, 1, 2].map((steps) => totpCode(secret, now + steps * TOTP_PERIOD_SECONDS * 1000))));
  return ['000000', '111111', '222222', '333333', '444444'].find((code) => !nearby.has(code))!;
}

/** Logs in a programme user for the first time and enrols TOTP; returns the secret, recovery codes and cookie. */
async function enrolProgrammeUser(role: 'programme' | 'admin' = 'programme') {
  const user = await createUser({ role });
  const { res, cookie } = await loginWithPassword(user.email);
  expect(res.headers.get('Location')).toBe('/inloggen/tweestapsverificatie-instellen');
  const page = await request('/inloggen/tweestapsverificatie-instellen', { cookie });
  const secret = secretIn(await page.text());
  const enrolmentCode = await totpCode(secret);
  const done = await postForm('/inloggen/tweestapsverificatie-instellen', { geheim: secret, code: enrolmentCode }, { cookie });
  expect(done.status).toBe(200);
  return { user, secret, enrolmentCode, codes: codesIn(await done.text()), pendingCookie: cookie, cookie: cookieOf(done) };
}

describe('second factor required for programme team and admins', () => {
  it('sends a programme team member without TOTP to enrolment; the pending session opens nothing else', async () => {
    const user = await createUser({ role: 'programme' });
    const { res, cookie } = await loginWithPassword(user.email, TEST_PASSWORD);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/inloggen/tweestapsverificatie-instellen');
    const [session] = await db().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(session!.stage).toBe('pending-mfa');
    expect(session!.expiresAt.getTime() - session!.createdAt.getTime()).toBeLessThanOrEqual(10 * 60 * 1000);
    expect((await request('/account', { cookie })).status).toBe(303);
    expect((await request('/beoordelen/organisaties', { cookie })).status).toBe(303);
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'login.success'), eq(auditLog.objectId, String(user.id))));
    expect(audit).toHaveLength(0);
  });

  it('enrols with a code from the app, shows ten recovery codes once and starts a new session', async () => {
    const { user, secret, codes, pendingCookie, cookie } = await enrolProgrammeUser();
    expect(codes).toHaveLength(10);
    expect(cookie).not.toBe(pendingCookie);
    expect((await request('/account', { cookie })).status).toBe(200);
    expect((await request('/account', { cookie: pendingCookie })).status).toBe(303);
    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect(row!.totpSecret).toMatch(/^v1:/);
    expect(row!.totpSecret).not.toContain(secret);
    expect((await developmentTotpSecretBox().decrypt(row!.totpSecret!, user.id)).secret).toBe(secret);
    expect(row!.totpEnabledAt).not.toBeNull();
    const stored = await db().select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored).toHaveLength(10);
    for (const code of codes) expect(stored.map((s) => s.codeHash)).not.toContain(code);
    const actions = (
      await db()
        .select()
        .from(auditLog)
        .where(eq(auditLog.objectId, String(user.id)))
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['mfa.enable', 'login.success']));
    const everything = JSON.stringify(await db().select().from(auditLog));
    expect(everything).not.toContain(secret);
    for (const code of codes) expect(everything).not.toContain(code);
  });

  it('refuses a wrong code at enrolment with 422 and keeps the same secret on the page', async () => {
    const user = await createUser({ role: 'admin' });
    const { cookie } = await loginWithPassword(user.email);
    const secret = secretIn(await (await request('/inloggen/tweestapsverificatie-instellen', { cookie })).text());
    const wrong = await postForm('/inloggen/tweestapsverificatie-instellen', { geheim: secret, code: await certainlyWrongCode(secret) }, { cookie });
    expect(wrong.status).toBe(422);
    const html = await wrong.text();
    expect(html).toContain('Deze code klopt niet');
    expect(secretIn(html)).toBe(secret);
  });

  it('asks enrolled users for a code; a code is single use, the next one works', async () => {
    const { user, secret, enrolmentCode } = await enrolProgrammeUser();
    const { res, cookie } = await loginWithPassword(user.email);
    expect(res.headers.get('Location')).toBe('/inloggen/tweede-stap');
    const page = await request('/inloggen/tweede-stap', { cookie });
    expect(page.status).toBe(200);
    // The code used for enrolment cannot be used again.
    const replay = await postForm('/inloggen/tweede-stap', { code: enrolmentCode }, { cookie });
    expect(replay.status).toBe(422);
    const ok = await postForm('/inloggen/tweede-stap', { code: await nextStepCode(secret) }, { cookie });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('Location')).toBe('/beoordelen');
    const full = cookieOf(ok);
    expect(full).not.toBe(cookie);
    expect((await request('/beoordelen/organisaties', { cookie: full })).status).toBe(200);
    const left = await db()
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, await sha256Hex(cookie.split('=')[1]!)));
    expect(left).toHaveLength(0);
  });

  it('keeps ?terug through the second step', async () => {
    const { user, secret } = await enrolProgrammeUser();
    const res = await postForm(
      '/inloggen',
      { email: user.email, wachtwoord: TEST_PASSWORD, terug: '/beoordelen/organisaties' },
      { headers: { 'cf-connecting-ip': '10.3.3.3' } },
    );
    expect(res.headers.get('Location')).toBe('/inloggen/tweede-stap?terug=%2Fbeoordelen%2Forganisaties');
    const ok = await postForm(
      '/inloggen/tweede-stap',
      { code: await nextStepCode(secret), terug: '/beoordelen/organisaties' },
      { cookie: cookieOf(res) },
    );
    expect(ok.headers.get('Location')).toBe('/beoordelen/organisaties');
  });

  it('accepts each recovery code once', async () => {
    const { user, codes } = await enrolProgrammeUser();
    const first = await loginWithPassword(user.email);
    const ok = await postForm('/inloggen/tweede-stap', { code: codes[3]!.toUpperCase() }, { cookie: first.cookie });
    expect(ok.status).toBe(303);
    const again = await loginWithPassword(user.email);
    const reused = await postForm('/inloggen/tweede-stap', { code: codes[3]! }, { cookie: again.cookie });
    expect(reused.status).toBe(422);
    const unused = await db()
      .select()
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)));
    expect(unused).toHaveLength(9);
    const log = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'mfa.recovery-code.use'), eq(auditLog.objectId, String(user.id))));
    expect(log).toHaveLength(1);
  });

  it('does not let a password alone replace an existing second factor', async () => {
    const { user, secret } = await enrolProgrammeUser();
    const [before] = await db().select().from(users).where(eq(users.id, user.id));
    const { cookie } = await loginWithPassword(user.email);
    const attackerSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const res = await postForm(
      '/inloggen/tweestapsverificatie-instellen',
      { geheim: attackerSecret, code: await totpCode(attackerSecret) },
      { cookie },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/inloggen/tweede-stap');
    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect(row!.totpSecret).toBe(before!.totpSecret);
    expect((await developmentTotpSecretBox().decrypt(row!.totpSecret!, user.id)).secret).toBe(secret);
  });

  it('limits wrong codes per account (429 with a Dutch message)', async () => {
    const { user, secret } = await enrolProgrammeUser();
    const { cookie } = await loginWithPassword(user.email);
    const good = await nextStepCode(secret);
    const wrong = await certainlyWrongCode(secret);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await postForm('/inloggen/tweede-stap', { code: wrong }, { cookie })).status);
    // Five attempts per 15 minutes, and enrolment was the first.
    expect(statuses).toEqual([422, 422, 422, 422, 429]);
    const limited = await postForm('/inloggen/tweede-stap', { code: good }, { cookie });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(await limited.text()).toContain('Te veel pogingen');
  });

  it('sends an expired pending login back to the login page', async () => {
    const user = await createUser({ role: 'programme' });
    const { cookie } = await loginWithPassword(user.email);
    await db()
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, user.id));
    const res = await request('/inloggen/tweestapsverificatie-instellen', { cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/inloggen');
  });
});

describe('second factor on the account page', () => {
  it('lets a partner switch TOTP on, make new recovery codes and switch it off again', async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    const page = await request('/account/tweestapsverificatie', { cookie });
    expect(page.status).toBe(200);
    const secret = secretIn(await page.text());
    const enabled = await postForm('/account/tweestapsverificatie', { geheim: secret, code: await totpCode(secret) }, { cookie });
    expect(enabled.status).toBe(200);
    const firstCodes = codesIn(await enabled.text());
    expect(firstCodes).toHaveLength(10);

    const regenerationCode = await nextStepCode(secret);
    const regenerated = await postForm('/account/tweestapsverificatie/herstelcodes', { code: regenerationCode }, { cookie });
    expect(regenerated.status).toBe(200);
    const newCodes = codesIn(await regenerated.text());
    expect(newCodes).toHaveLength(10);
    expect(newCodes.some((c) => firstCodes.includes(c))).toBe(false);

    const wrongPassword = await postForm(
      '/account/tweestapsverificatie/uitschakelen',
      { wachtwoord: 'niet-mijn-wachtwoord', bevestigingscode: await totpCode(secret) },
      { cookie },
    );
    expect(wrongPassword.status).toBe(422);
    expect(await wrongPassword.text()).toContain('Uw huidige wachtwoord klopt niet.');
    // The code used for the new recovery codes cannot also switch the second factor off.
    const replay = await postForm(
      '/account/tweestapsverificatie/uitschakelen',
      { wachtwoord: TEST_PASSWORD, bevestigingscode: regenerationCode },
      { cookie },
    );
    expect(replay.status).toBe(422);
    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect(row!.totpEnabledAt).not.toBeNull();
    const actions = (
      await db()
        .select()
        .from(auditLog)
        .where(eq(auditLog.objectId, String(user.id)))
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['mfa.enable', 'mfa.recovery-codes.regenerate']));
  });

  it('switches optional TOTP off with password and a fresh code', async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    const secret = secretIn(await (await request('/account/tweestapsverificatie', { cookie })).text());
    const on = await postForm('/account/tweestapsverificatie', { geheim: secret, code: await totpCode(secret) }, { cookie });
    expect(on.status).toBe(200);
    const off = await postForm(
      '/account/tweestapsverificatie/uitschakelen',
      { wachtwoord: TEST_PASSWORD, bevestigingscode: await nextStepCode(secret) },
      { cookie },
    );
    expect(off.status).toBe(303);
    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect(row!.totpEnabledAt).toBeNull();
    expect(row!.totpSecret).toBeNull();
    expect(await db().select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).toHaveLength(0);
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'mfa.disable'), eq(auditLog.objectId, String(user.id)))),
    ).toHaveLength(1);
  });

  it('does not let the programme team switch the required second factor off', async () => {
    const { user, secret, cookie } = await enrolProgrammeUser();
    const res = await postForm(
      '/account/tweestapsverificatie/uitschakelen',
      { wachtwoord: TEST_PASSWORD, bevestigingscode: await nextStepCode(secret) },
      { cookie },
    );
    expect(res.status).toBe(403);
    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect(row!.totpEnabledAt).not.toBeNull();
  });

  it('reads the database at most twice for the page', async () => {
    const user = await createUser();
    const res = await request('/account/tweestapsverificatie', { cookie: await sessionCookie(user.id) });
    expect(Number(res.headers.get('X-D1-Round-Trips'))).toBeLessThanOrEqual(2);
  });
});
