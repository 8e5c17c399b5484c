import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, recoveryCodes, sessions, users } from '../../../src/db/schema';
import {
  createOrganisation,
  createUser,
  db,
  latestMailTo,
  linkPathIn,
  loginWithPassword,
  postForm,
  request,
  roundTrips,
  sessionCookie,
} from '../../helpers';

let admin: Awaited<ReturnType<typeof createUser>>;
let adminCookie: string;

beforeAll(async () => {
  admin = await createUser({ role: 'admin', name: 'Ada Admin' });
  adminCookie = await sessionCookie(admin.id);
});

const userRow = async (id: number) => (await db().select().from(users).where(eq(users.id, id)))[0]!;
const sessionsOf = (id: number) => db().select().from(sessions).where(eq(sessions.userId, id));

describe('account management (/beheer)', () => {
  it('lists and searches accounts within the round-trip budget', async () => {
    const target = await createUser({ name: 'Zoekbare Zoë', role: 'funder' });
    const res = await request('/beheer?q=zoekbare', { cookie: adminCookie });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    const html = await res.text();
    expect(html).toContain('Zoekbare Zoë');
    expect(html).toContain(`/beheer/gebruikers/${target.id}`);
    // The header names the person logged in (issue 17); the search result itself does not list the admin.
    expect(html.slice(html.indexOf('<main'))).not.toContain('Ada Admin');
    const byRole = await (await request('/beheer?rol=funder', { cookie: adminCookie })).text();
    expect(byRole).toContain('Zoekbare Zoë');
    // Odd input is treated as data: LIKE wildcards, a role that does not exist, a page out of range.
    for (const query of ['?q=%25', '?q=_', '?rol=keizer', '?pagina=99999', '?pagina=-1', `?q=${'x'.repeat(500)}`]) {
      expect((await request(`/beheer${query}`, { cookie: adminCookie })).status, query).toBe(200);
    }
  });

  it('is for admins only', async () => {
    for (const role of ['partner', 'programme', 'funder'] as const) {
      const cookie = await sessionCookie((await createUser({ role })).id);
      expect((await request('/beheer', { cookie })).status, role).toBe(403);
      expect((await request(`/beheer/gebruikers/${admin.id}`, { cookie })).status, role).toBe(403);
      expect((await postForm(`/beheer/gebruikers/${admin.id}/blokkeren`, {}, { cookie })).status, role).toBe(403);
    }
    expect((await userRow(admin.id)).disabledAt).toBeNull();
  });

  it('changes a role: audited, and the user is logged out everywhere', async () => {
    const target = await createUser();
    await sessionCookie(target.id);
    const page = await request(`/beheer/gebruikers/${target.id}`, { cookie: adminCookie });
    expect(page.status).toBe(200);
    expect(roundTrips(page)).toBeLessThanOrEqual(2);
    const res = await postForm(`/beheer/gebruikers/${target.id}/rol`, { rol: 'programme', huidige_rol: 'partner' }, { cookie: adminCookie });
    expect(res.status).toBe(303);
    expect((await userRow(target.id)).role).toBe('programme');
    expect(await sessionsOf(target.id)).toHaveLength(0);
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.role-change'), eq(auditLog.objectId, String(target.id))));
    expect(JSON.parse(audit!.detail!)).toEqual({ from: 'partner', to: 'programme' });
    // A stale form (the role changed meanwhile) is a conflict, not a silent overwrite.
    const stale = await postForm(`/beheer/gebruikers/${target.id}/rol`, { rol: 'funder', huidige_rol: 'partner' }, { cookie: adminCookie });
    expect(stale.status).toBe(409);
    expect((await userRow(target.id)).role).toBe('programme');
    const invalid = await postForm(`/beheer/gebruikers/${target.id}/rol`, { rol: 'keizer', huidige_rol: 'programme' }, { cookie: adminCookie });
    expect(invalid.status).toBe(422);
  });

  it('disables an account: its sessions end at once and it cannot log in; enabling restores that', async () => {
    const target = await createUser();
    const cookie = await sessionCookie(target.id);
    expect((await request('/account', { cookie })).status).toBe(200);
    const res = await postForm(`/beheer/gebruikers/${target.id}/blokkeren`, {}, { cookie: adminCookie });
    expect(res.status).toBe(303);
    expect(await sessionsOf(target.id)).toHaveLength(0);
    expect((await request('/account', { cookie })).status).toBe(303);
    expect((await loginWithPassword(target.email)).res.status).toBe(401);
    expect((await postForm(`/beheer/gebruikers/${target.id}/blokkeren`, {}, { cookie: adminCookie })).status).toBe(409);
    expect((await postForm(`/beheer/gebruikers/${target.id}/deblokkeren`, {}, { cookie: adminCookie })).status).toBe(303);
    expect((await loginWithPassword(target.email)).res.status).toBe(303);
    const actions = (
      await db()
        .select()
        .from(auditLog)
        .where(eq(auditLog.objectId, String(target.id)))
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['user.disable', 'user.enable']));
  });

  it('does not let an admin disable or demote their own account', async () => {
    expect((await postForm(`/beheer/gebruikers/${admin.id}/blokkeren`, {}, { cookie: adminCookie })).status).toBe(403);
    expect((await postForm(`/beheer/gebruikers/${admin.id}/rol`, { rol: 'partner', huidige_rol: 'admin' }, { cookie: adminCookie })).status).toBe(
      403,
    );
    expect(await userRow(admin.id)).toMatchObject({ role: 'admin', disabledAt: null });
  });

  it('resets a lost second factor', async () => {
    const target = await createUser({ role: 'programme' });
    await db().update(users).set({ totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totpEnabledAt: new Date() }).where(eq(users.id, target.id));
    await db()
      .insert(recoveryCodes)
      .values({ userId: target.id, codeHash: 'x'.repeat(64) });
    const res = await postForm(`/beheer/gebruikers/${target.id}/tweestapsverificatie-resetten`, {}, { cookie: adminCookie });
    expect(res.status).toBe(303);
    expect(await userRow(target.id)).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect(await db().select().from(recoveryCodes).where(eq(recoveryCodes.userId, target.id))).toHaveLength(0);
    // The next login asks for enrolment again.
    expect((await loginWithPassword(target.email)).res.headers.get('Location')).toBe('/inloggen/tweestapsverificatie-instellen');
  });

  it('answers unknown users with 404', async () => {
    expect((await request('/beheer/gebruikers/999999', { cookie: adminCookie })).status).toBe(404);
    expect((await postForm('/beheer/gebruikers/999999/blokkeren', {}, { cookie: adminCookie })).status).toBe(404);
  });

  it('invites a programme team member, who sets a password from the mailed link', async () => {
    const email = `nieuw-team-${Date.now()}@gemeente.example`;
    const res = await postForm('/beheer/uitnodigen', { naam: 'Nina Nieuw', email, rol: 'programme', taal: 'nl' }, { cookie: adminCookie });
    expect(res.status).toBe(303);
    const [invited] = await db().select().from(users).where(eq(users.email, email));
    expect(invited).toMatchObject({ role: 'programme', passwordHash: null });
    const mail = await latestMailTo(email);
    expect(mail!.bodyText).toContain('als lid van het programmateam');
    const path = linkPathIn(mail!.bodyText, '/uitnodiging/')!;
    expect((await postForm(path, { wachtwoord: 'team programma veerkracht' })).status).toBe(303);
    const taken = await postForm('/beheer/uitnodigen', { naam: 'Dubbel', email, rol: 'funder', taal: 'nl' }, { cookie: adminCookie });
    expect(taken.status).toBe(422);
    expect(await taken.text()).toContain('Er is al een account met dit e-mailadres.');
    const partnerRole = await postForm(
      '/beheer/uitnodigen',
      { naam: 'P', email: `p-${Date.now()}@voorbeeld.nl`, rol: 'partner', taal: 'nl' },
      { cookie: adminCookie },
    );
    expect(partnerRole.status).toBe(422);
  });

  it('shows the audit log, also for one user', async () => {
    const org = await createOrganisation();
    const member = await createUser({ memberOf: [{ organisationId: org.id }] });
    await loginWithPassword(member.email);
    const res = await request(`/beheer/auditlog?gebruiker=${member.id}`, { cookie: adminCookie });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    expect(await res.text()).toContain('login.success');
    expect((await request('/beheer/auditlog?gebruiker=abc', { cookie: adminCookie })).status).toBe(200);
  });
});

describe('the audit log for people (issue 17)', () => {
  it('shows actions in Dutch words, the actor by name with a link, local time, and filters by person, action and dates', async () => {
    const member = await createUser({ name: 'Anna Auditlogtest', email: `anna-${Date.now()}@voorbeeld.nl` });
    await loginWithPassword(member.email);
    const res = await request('/beheer/auditlog?persoon=auditlogtest&actie=login', { cookie: adminCookie });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    const html = await res.text();
    expect(html).toContain(`<a class="utrecht-link" href="/beheer/gebruikers/${member.id}">Anna Auditlogtest</a>`);
    expect(html).toMatch(/data-action="login.success">Inloggen gelukt</);
    expect(html).not.toContain('>login.success<');
    expect(html.replace(/<[^>]+>/g, ' ')).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(html).toMatch(/<time datetime="[^"]+">\d{1,2} [a-z]+ \d{4}, \d{2}:\d{2}<\/time>/);
    const nobody = await (await request('/beheer/auditlog?persoon=niemand-heet-zo-xyz', { cookie: adminCookie })).text();
    expect(nobody).toContain('Geen gebeurtenissen gevonden met deze filters.');
    const past = await (await request('/beheer/auditlog?persoon=auditlogtest&van=2020-01-01&tot=2020-01-02', { cookie: adminCookie })).text();
    expect(past).toContain('Geen gebeurtenissen gevonden met deze filters.');
    expect((await request('/beheer/auditlog?van=rommel&actie=%27%3B--', { cookie: adminCookie })).status).toBe(200);
  });

  it('exports the filtered events as CSV with the funder export writer', async () => {
    const member = await createUser({ name: '=Formule Persoon', email: `csv-${Date.now()}@voorbeeld.nl` });
    await loginWithPassword(member.email);
    const res = await request('/beheer/auditlog.csv?persoon=formule', { cookie: adminCookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('Tijd;Door;E-mailadres;Handeling;Code;Over;Resultaat;IP-adres\r\n')).toBe(true);
    expect(text).toContain(";'=Formule Persoon;");
    expect(text).toContain(';Inloggen gelukt;login.success;');
    expect((await request('/beheer/auditlog.csv', { cookie: await sessionCookie(member.id) })).status).toBe(403);
  });
});
