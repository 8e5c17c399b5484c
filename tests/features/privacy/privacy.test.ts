import { eq, or } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, auditLog, memberships, outbox, sessions, users } from '../../../src/db/schema';
import {
  createOrganisation,
  createUser,
  db,
  ensureReferenceData,
  loginWithPassword,
  partnerWithOrganisation,
  postActivity,
  postForm,
  request,
  sessionCookie,
} from '../../helpers';

describe('AVG: download your data', () => {
  it('gives JSON and a readable page with account, memberships, activities, audit rows and mails — no secrets', async () => {
    const nb = await ensureReferenceData();
    const { organisation, user } = await partnerWithOrganisation();
    await loginWithPassword(user.email);
    const cookie = await sessionCookie(user.id);
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!, { overrides: { title: 'Mijn eigen koffieochtend' } });
    await db().insert(outbox).values({ toAddress: user.email, subject: 'Welkom bij het portaal', bodyText: 'Hallo', kind: 'test' });

    const account = await (await request('/account', { cookie })).text();
    expect(account).toContain('href="/account/gegevens.json"');
    expect(account).toContain('href="/account/verwijderen"');

    const res = await request('/account/gegevens.json', { cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Disposition')).toContain('attachment');
    const text = await res.text();
    const data = JSON.parse(text);
    expect(data.account).toMatchObject({ id: user.id, email: user.email });
    expect(data.memberships).toEqual([expect.objectContaining({ organisationId: organisation.id, role: 'owner' })]);
    expect(data.activities.map((a: { id: number }) => a.id)).toContain(id);
    expect(data.auditLog.map((a: { action: string }) => a.action)).toContain('login.success');
    expect(data.mails.map((m: { subject: string }) => m.subject)).toContain('Welkom bij het portaal');
    expect(text).not.toMatch(/passwordHash|totpSecret|pbkdf2/i);

    const page = await request('/account/gegevens', { cookie });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Mijn eigen koffieochtend');
    expect(html).toContain('Welkom bij het portaal');
  });
});

describe('AVG: delete your account', () => {
  it('refuses while the person is the only owner, and says what to do', async () => {
    const { organisation, cookie } = await partnerWithOrganisation({ name: `Enige Eigenaar ${Date.now()}` });
    const res = await postForm('/account/verwijderen', { bevestiging: 'VERWIJDEREN' }, { cookie });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain(`enige eigenaar van ${organisation.name}`);
  });

  it('asks to type the confirmation word', async () => {
    const user = await createUser();
    const res = await postForm('/account/verwijderen', { bevestiging: 'ja' }, { cookie: await sessionCookie(user.id) });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Typ het woord VERWIJDEREN');
  });

  it('replaces the person by a pseudonym, keeps the records, ends sessions and removes personal data', async () => {
    const nb = await ensureReferenceData();
    const organisation = await createOrganisation();
    const owner = await createUser({ memberOf: [{ organisationId: organisation.id, role: 'owner' }] });
    const user = await createUser({ name: 'Fatima de Vries', memberOf: [{ organisationId: organisation.id, role: 'owner' }] });
    await loginWithPassword(user.email, 'fout-wachtwoord-hier');
    await loginWithPassword(user.email);
    const cookie = await sessionCookie(user.id);
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!);
    await db().insert(outbox).values({ toAddress: user.email, subject: 'Aan Fatima', bodyText: 'Hallo Fatima', kind: 'test' });

    const res = await postForm('/account/verwijderen', { bevestiging: 'VERWIJDEREN' }, { cookie, headers: { 'cf-connecting-ip': '192.0.2.90' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Uw account is verwijderd');
    expect(res.headers.getSetCookie().some((c) => c.startsWith('__Host-sessie=;'))).toBe(true);

    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect(row!.name).toMatch(/^Verwijderd account [0-9a-f]{8}$/);
    expect(row!.email).toMatch(/@verwijderd\.invalid$/);
    expect(row!.passwordHash).toBeNull();
    expect(row!.disabledAt).not.toBeNull();
    expect(await db().select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    expect(await db().select().from(memberships).where(eq(memberships.userId, user.id))).toEqual([]);
    expect(await db().select().from(outbox).where(eq(outbox.toAddress, user.email))).toEqual([]);
    // The records stay, now pointing at the pseudonym; nothing in the audit log names the address or keeps the IP.
    const [activity] = await db().select().from(activities).where(eq(activities.id, id));
    expect(activity!.createdByUserId).toBe(user.id);
    const rows = await db()
      .select()
      .from(auditLog)
      .where(or(eq(auditLog.actorUserId, user.id), eq(auditLog.objectId, String(user.id))));
    expect(rows.length).toBeGreaterThan(2);
    for (const r of rows.filter((r) => r.actorUserId === user.id && r.action !== 'account.delete')) expect(r.ip).toBeNull();
    expect(JSON.stringify(rows)).not.toContain(user.email);
    expect(rows.some((r) => r.action === 'account.delete')).toBe(true);
    // The old session no longer works and the other owner keeps the organisation.
    expect((await request('/account', { cookie })).status).toBe(303);
    expect(await db().select().from(memberships).where(eq(memberships.userId, owner.id))).toHaveLength(1);
    // Logging in with the old address fails like any unknown address.
    expect((await loginWithPassword(user.email)).res.status).toBe(401);
  });

  it('an admin deletes an account on request; others may not', async () => {
    const admin = await createUser({ role: 'admin' });
    const target = await createUser();
    const partner = await createUser();
    expect((await postForm(`/beheer/gebruikers/${target.id}/verwijderen`, {}, { cookie: await sessionCookie(partner.id) })).status).toBe(403);
    const res = await postForm(`/beheer/gebruikers/${target.id}/verwijderen`, {}, { cookie: await sessionCookie(admin.id) });
    expect(res.status).toBe(303);
    const [row] = await db().select().from(users).where(eq(users.id, target.id));
    expect(row!.name).toMatch(/^Verwijderd account /);
    const [audit] = await db().select().from(auditLog).where(eq(auditLog.action, 'account.delete'));
    expect(audit).toBeDefined();
    expect((await postForm(`/beheer/gebruikers/${admin.id}/verwijderen`, {}, { cookie: await sessionCookie(admin.id) })).status).toBe(403);
  });

  it('the privacy statement lists the retention periods and is linked from the footer', async () => {
    const res = await request('/privacy');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Bewaartermijnen');
    expect(html).toContain('30 dagen na verzending');
    expect(html).toContain('Archiefwet');
    expect(await (await request('/toegankelijkheid')).text()).toContain('href="/privacy"');
  });
});
