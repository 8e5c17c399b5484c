import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../src/auth/password';
import { auditLog, outbox, sessions, userTokens, users } from '../../../src/db/schema';
import { requestPasswordReset } from '../../../src/features/accounts/password-commands';
import { findUsableToken } from '../../../src/features/accounts/token-queries';
import { createUser, db, latestMailTo, linkPathIn, loginWithPassword, postForm, request, sessionCookie, TEST_PASSWORD } from '../../helpers';

const NEW_PASSWORD = 'een nieuwe zin voor mijn account';
const comparable = (html: string) => html.replace(/nonce="[^"]+"/g, '');
const ctx = (now: Date) => ({ db: db(), now, ip: '192.0.2.1', origin: 'http://localhost' });

async function requestLink(email: string) {
  const res = await postForm('/wachtwoord-vergeten', { email }, { headers: { 'cf-connecting-ip': `10.1.${Math.floor(Math.random() * 250)}.1` } });
  expect(res.status).toBe(200);
  const mail = await latestMailTo(email);
  return { res, path: mail ? linkPathIn(mail.bodyText, '/wachtwoord-herstellen/') : null };
}

describe('requesting a password reset', () => {
  it('answers known and unknown addresses with the same page, and mails only the known one', async () => {
    const user = await createUser();
    const known = await postForm('/wachtwoord-vergeten', { email: user.email });
    const unknown = await postForm('/wachtwoord-vergeten', { email: 'onbekend-adres@voorbeeld.nl' });
    expect(known.status).toBe(unknown.status);
    expect(comparable(await known.text()).replace(user.email, 'X')).toBe(
      comparable(await unknown.text()).replace('onbekend-adres@voorbeeld.nl', 'X'),
    );
    expect(await latestMailTo(user.email)).toBeDefined();
    expect(await latestMailTo('onbekend-adres@voorbeeld.nl')).toBeUndefined();
    const audits = await db().select().from(auditLog).where(eq(auditLog.action, 'password.reset.request'));
    expect(audits.map((a) => JSON.parse(a.detail!).accountFound).sort()).toEqual([0, 1]);
  });

  it('mails a link with a 256-bit token, stored only as a hash, in the language of the account', async () => {
    const user = await createUser();
    await db().update(users).set({ locale: 'en' }).where(eq(users.id, user.id));
    const { path } = await requestLink(user.email);
    const token = path!.split('/').pop()!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const mail = await latestMailTo(user.email);
    expect(mail!.subject).toBe('Choose a new password for the Veerkrachtige Wijken partner portal');
    const stored = await db().select().from(userTokens).where(eq(userTokens.userId, user.id));
    expect(stored.map((t) => t.tokenHash)).not.toContain(token);
  });

  it('validates the address (422) and never gives a 5xx for nonsense', async () => {
    const res = await postForm('/wachtwoord-vergeten', { email: 'geen-adres' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Vul een geldig e-mailadres in');
    const long = await postForm('/wachtwoord-vergeten', { email: `${'a'.repeat(5000)}@voorbeeld.nl` });
    expect(long.status).toBe(422);
  });

  it('is rate limited per account: the fourth request within the hour gets 429', async () => {
    const user = await createUser();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await postForm('/wachtwoord-vergeten', { email: user.email }, { headers: { 'cf-connecting-ip': `10.2.0.${i}` } })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('choosing a new password from the link', () => {
  it('sets the password, ends every session and makes the link unusable', async () => {
    const user = await createUser();
    const oldCookie = await sessionCookie(user.id);
    const { path } = await requestLink(user.email);
    const page = await request(path!);
    expect(page.status).toBe(200);
    expect(page.headers.get('Cache-Control')).toBe('no-store');
    const weak = await postForm(path!, { wachtwoord: 'wachtwoord123' });
    expect(weak.status).toBe(422);
    expect(await weak.text()).toContain('Dit wachtwoord wordt veel gebruikt');
    const done = await postForm(path!, { wachtwoord: NEW_PASSWORD });
    expect(done.status).toBe(303);
    expect(done.headers.get('Location')).toBe('/inloggen?melding=wachtwoord-hersteld');
    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect((await verifyPassword(NEW_PASSWORD, row!.passwordHash!)).ok).toBe(true);
    expect(await db().select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
    expect((await request('/account', { cookie: oldCookie })).status).toBe(303);
    // Single use: the same link again is refused, and nothing changes.
    expect((await request(path!)).status).toBe(410);
    const again = await postForm(path!, { wachtwoord: 'weer een heel ander wachtwoord' });
    expect(again.status).toBe(410);
    const [after] = await db().select().from(users).where(eq(users.id, user.id));
    expect(after!.passwordHash).toBe(row!.passwordHash);
    expect((await loginWithPassword(user.email, NEW_PASSWORD)).res.status).toBe(303);
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'password.reset'), eq(auditLog.objectId, String(user.id)))),
    ).toHaveLength(1);
  });

  it('expires the link after one hour (controlled clock)', async () => {
    const user = await createUser();
    const t0 = new Date(Date.now() - 2 * 60 * 60 * 1000);
    expect((await requestPasswordReset(ctx(t0), user.email, 'ip:test-expiry')).kind).toBe('sent');
    const [mail] = await db().select().from(outbox).where(eq(outbox.toAddress, user.email));
    const token = linkPathIn(mail!.bodyText, '/wachtwoord-herstellen/')!.split('/').pop()!;
    expect(await findUsableToken(db(), token, 'reset-password', new Date(t0.getTime() + 59 * 60 * 1000))).not.toBeNull();
    expect(await findUsableToken(db(), token, 'reset-password', new Date(t0.getTime() + 61 * 60 * 1000))).toBeNull();
    // Two hours later (the real clock now), the page refuses the link too.
    expect((await request(`/wachtwoord-herstellen/${token}`)).status).toBe(410);
  });

  it('makes an earlier link unusable when a new one is requested', async () => {
    const user = await createUser();
    const first = await requestLink(user.email);
    await requestLink(user.email);
    expect((await request(first.path!)).status).toBe(410);
  });

  it('refuses malformed and unknown tokens without a database error', async () => {
    expect((await request('/wachtwoord-herstellen/kort')).status).toBe(410);
    expect((await request(`/wachtwoord-herstellen/${'A'.repeat(43)}`)).status).toBe(410);
    expect((await postForm(`/wachtwoord-herstellen/${'x'.repeat(3000)}`, { wachtwoord: NEW_PASSWORD })).status).toBe(410);
  });

  it('does not send a reset mail for a disabled account', async () => {
    const user = await createUser();
    await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    await postForm('/wachtwoord-vergeten', { email: user.email });
    expect(await latestMailTo(user.email)).toBeUndefined();
  });
});

describe('changing the password', () => {
  it('needs the current password and rotates the session', async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    const other = await sessionCookie(user.id);
    const wrong = await postForm('/account/wachtwoord', { huidig_wachtwoord: 'niet-het-huidige', wachtwoord: NEW_PASSWORD }, { cookie });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('Uw huidige wachtwoord klopt niet.');
    const short = await postForm('/account/wachtwoord', { huidig_wachtwoord: TEST_PASSWORD, wachtwoord: 'te kort' }, { cookie });
    expect(short.status).toBe(422);
    expect(await short.text()).toContain('Gebruik minstens 12 tekens.');
    const ok = await postForm('/account/wachtwoord', { huidig_wachtwoord: TEST_PASSWORD, wachtwoord: NEW_PASSWORD }, { cookie });
    expect(ok.status).toBe(303);
    const rotated = ok.headers
      .getSetCookie()
      .find((h) => h.startsWith('__Host-sessie='))!
      .split(';')[0]!;
    expect(rotated).not.toBe(cookie);
    expect((await request('/account', { cookie: rotated })).status).toBe(200);
    expect((await request('/account', { cookie })).status).toBe(303);
    expect((await request('/account', { cookie: other })).status).toBe(303);
    const mail = await latestMailTo(user.email);
    expect(mail!.subject).toBe('Uw wachtwoord is gewijzigd');
    const log = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'password.change'), eq(auditLog.objectId, String(user.id))));
    expect(log.map((l) => l.result).sort()).toEqual(['failure', 'success']);
    expect(JSON.stringify(log)).not.toContain(NEW_PASSWORD);
  });
});

describe('confirming the e-mail address', () => {
  it('confirms with a button on the linked page (a GET changes nothing)', async () => {
    const user = await createUser();
    await db().update(users).set({ emailVerifiedAt: null }).where(eq(users.id, user.id));
    const cookie = await sessionCookie(user.id);
    const resend = await postForm('/account/bevestigingsmail', {}, { cookie });
    expect(resend.status).toBe(303);
    const mail = await latestMailTo(user.email);
    const path = linkPathIn(mail!.bodyText, '/e-mailadres-bevestigen/')!;
    expect((await request(path)).status).toBe(200);
    expect((await db().select().from(users).where(eq(users.id, user.id)))[0]!.emailVerifiedAt).toBeNull();
    const confirmed = await postForm(path, {});
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('uw e-mailadres is bevestigd');
    expect((await db().select().from(users).where(eq(users.id, user.id)))[0]!.emailVerifiedAt).not.toBeNull();
    expect((await postForm(path, {})).status).toBe(410);
  });
});
