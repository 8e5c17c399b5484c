import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, memberships, users } from '../../../src/db/schema';
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

async function organisationWithOwner() {
  const org = await createOrganisation();
  const owner = await createUser({ memberOf: [{ organisationId: org.id, role: 'owner' }] });
  return { org, owner, cookie: await sessionCookie(owner.id) };
}

const membersOf = (organisationId: number) => db().select().from(memberships).where(eq(memberships.organisationId, organisationId));
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;

describe('inviting a colleague', () => {
  it('creates an account without password and mails a link; the colleague sets a password and logs in', async () => {
    const { org, owner, cookie } = await organisationWithOwner();
    const email = `collega-${unique()}@voorbeeld.nl`;
    const res = await postForm(
      `/portaal/organisaties/${org.id}/leden`,
      { naam: 'Cor Collega', email: email.toUpperCase(), rol: 'editor', taal: 'nl' },
      { cookie },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/portaal/organisaties/${org.id}/leden?melding=uitgenodigd`);
    const [invited] = await db().select().from(users).where(eq(users.email, email));
    expect(invited).toMatchObject({ name: 'Cor Collega', role: 'partner', passwordHash: null });
    expect((await membersOf(org.id)).find((m) => m.userId === invited!.id)?.role).toBe('editor');
    const log = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'membership.invite'), eq(auditLog.objectId, String(org.id))));
    expect(log).toHaveLength(1);
    expect(log[0]!.actorUserId).toBe(owner.id);

    const mail = await latestMailTo(email);
    expect(mail!.subject).toBe('Uitnodiging voor het partnerportaal Veerkrachtige Wijken');
    expect(mail!.bodyText).toContain(`voor de organisatie ${org.name}`);
    const path = linkPathIn(mail!.bodyText, '/uitnodiging/')!;
    const page = await request(path);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(org.name);
    const weak = await postForm(path, { wachtwoord: 'qwertyuiop123' });
    expect(weak.status).toBe(422);
    const set = await postForm(path, { wachtwoord: 'mijn eigen lange wachtwoordzin' });
    expect(set.status).toBe(303);
    expect(set.headers.get('Location')).toBe('/inloggen?melding=wachtwoord-ingesteld');
    expect((await request(path)).status).toBe(410);
    const login = await loginWithPassword(email, 'mijn eigen lange wachtwoordzin');
    expect(login.res.status).toBe(303);
    const workspace = await request(`/portaal/organisaties/${org.id}/profiel`, { cookie: login.cookie });
    expect(workspace.status).toBe(200);
    const [after] = await db().select().from(users).where(eq(users.id, invited!.id));
    expect(after!.emailVerifiedAt).not.toBeNull();
  });

  it('adds an existing partner account directly and tells them by mail (in their language)', async () => {
    const { org, cookie } = await organisationWithOwner();
    const other = await createOrganisation();
    const colleague = await createUser({ memberOf: [{ organisationId: other.id }] });
    await db().update(users).set({ locale: 'en' }).where(eq(users.id, colleague.id));
    const res = await postForm(
      `/portaal/organisaties/${org.id}/leden`,
      { naam: 'wordt genegeerd', email: colleague.email, rol: 'owner', taal: 'nl' },
      { cookie },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toContain('melding=toegevoegd');
    expect((await membersOf(org.id)).find((m) => m.userId === colleague.id)?.role).toBe('owner');
    expect((await latestMailTo(colleague.email))!.subject).toBe(`You have been added to ${org.name}`);
    // Belonging to several organisations at once.
    expect(await db().select().from(memberships).where(eq(memberships.userId, colleague.id))).toHaveLength(2);
  });

  it('refuses a second membership, programme/funder/admin accounts and bad input with clear messages', async () => {
    const { org, owner, cookie } = await organisationWithOwner();
    const again = await postForm(`/portaal/organisaties/${org.id}/leden`, { naam: 'x', email: owner.email, rol: 'editor', taal: 'nl' }, { cookie });
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('Deze persoon is al lid van de organisatie.');
    const funder = await createUser({ role: 'funder' });
    const wrongRole = await postForm(
      `/portaal/organisaties/${org.id}/leden`,
      { naam: 'x', email: funder.email, rol: 'editor', taal: 'nl' },
      { cookie },
    );
    expect(wrongRole.status).toBe(422);
    const bad = await postForm(`/portaal/organisaties/${org.id}/leden`, { naam: '', email: 'geen-adres', rol: 'baas', taal: 'fr' }, { cookie });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Vul de naam van uw collega in.');
    expect(html).toContain('value="geen-adres"');
    expect(await membersOf(org.id)).toHaveLength(1);
  });

  it('is only for owners: an editor sees the members but cannot invite', async () => {
    const { org } = await organisationWithOwner();
    const editor = await createUser({ memberOf: [{ organisationId: org.id, role: 'editor' }] });
    const cookie = await sessionCookie(editor.id);
    const page = await request(`/portaal/organisaties/${org.id}/leden`, { cookie });
    expect(page.status).toBe(200);
    expect(roundTrips(page)).toBeLessThanOrEqual(2);
    expect(await page.text()).not.toContain('Uitnodiging versturen');
    const res = await postForm(
      `/portaal/organisaties/${org.id}/leden`,
      { naam: 'x', email: `x-${unique()}@voorbeeld.nl`, rol: 'owner', taal: 'nl' },
      { cookie },
    );
    expect(res.status).toBe(403);
    expect(await membersOf(org.id)).toHaveLength(2);
  });
});

describe('changing, removing and leaving', () => {
  it('lets an owner change a role and remove a member, with audit rows', async () => {
    const { org, cookie } = await organisationWithOwner();
    const member = await createUser({ memberOf: [{ organisationId: org.id, role: 'editor' }] });
    const promote = await postForm(`/portaal/organisaties/${org.id}/leden/${member.id}/rol`, { rol: 'owner' }, { cookie });
    expect(promote.status).toBe(303);
    expect((await membersOf(org.id)).find((m) => m.userId === member.id)?.role).toBe('owner');
    const remove = await postForm(`/portaal/organisaties/${org.id}/leden/${member.id}/verwijderen`, {}, { cookie });
    expect(remove.status).toBe(303);
    expect((await membersOf(org.id)).map((m) => m.userId)).not.toContain(member.id);
    const actions = (
      await db()
        .select()
        .from(auditLog)
        .where(eq(auditLog.objectId, String(org.id)))
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['membership.role-change', 'membership.remove']));
    // The removed member has no access any more.
    expect((await request(`/portaal/organisaties/${org.id}/profiel`, { cookie: await sessionCookie(member.id) })).status).toBe(404);
  });

  it('never leaves an organisation without an owner', async () => {
    const { org, owner, cookie } = await organisationWithOwner();
    const leave = await postForm(`/portaal/organisaties/${org.id}/leden/verlaten`, {}, { cookie });
    expect(leave.status).toBe(409);
    expect(await leave.text()).toContain('Een organisatie heeft altijd minstens één eigenaar.');
    const second = await createUser({ memberOf: [{ organisationId: org.id, role: 'owner' }] });
    const secondCookie = await sessionCookie(second.id);
    // The other owner cannot demote the first either once they are the last: first demote works...
    expect((await postForm(`/portaal/organisaties/${org.id}/leden/${owner.id}/rol`, { rol: 'editor' }, { cookie: secondCookie })).status).toBe(303);
    // ...and now the first (an editor) may leave.
    const ok = await postForm(`/portaal/organisaties/${org.id}/leden/verlaten`, {}, { cookie });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('Location')).toBe('/account?melding=organisatie-verlaten');
    expect((await membersOf(org.id)).map((m) => m.userId)).toEqual([second.id]);
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'membership.leave'), eq(auditLog.actorUserId, owner.id))),
    ).toHaveLength(1);
  });

  it('does not let an owner remove or demote themselves through the member actions', async () => {
    const { org, owner, cookie } = await organisationWithOwner();
    expect((await postForm(`/portaal/organisaties/${org.id}/leden/${owner.id}/verwijderen`, {}, { cookie })).status).toBe(403);
    expect((await postForm(`/portaal/organisaties/${org.id}/leden/${owner.id}/rol`, { rol: 'editor' }, { cookie })).status).toBe(403);
    expect(await membersOf(org.id)).toHaveLength(1);
  });

  it('resends an invitation; the old link stops working', async () => {
    const { org, cookie } = await organisationWithOwner();
    const email = `opnieuw-${unique()}@voorbeeld.nl`;
    await postForm(`/portaal/organisaties/${org.id}/leden`, { naam: 'Olga Opnieuw', email, rol: 'editor', taal: 'en' }, { cookie });
    const first = linkPathIn((await latestMailTo(email))!.bodyText, '/uitnodiging/')!;
    expect((await latestMailTo(email))!.subject).toBe('Invitation to the Veerkrachtige Wijken partner portal');
    const [invited] = await db().select().from(users).where(eq(users.email, email));
    const res = await postForm(`/portaal/organisaties/${org.id}/leden/${invited!.id}/opnieuw-uitnodigen`, {}, { cookie });
    expect(res.status).toBe(303);
    const second = linkPathIn((await latestMailTo(email))!.bodyText, '/uitnodiging/')!;
    expect(second).not.toBe(first);
    expect((await request(first)).status).toBe(410);
    expect((await request(second)).status).toBe(200);
  });
});

describe('IDOR on members', () => {
  it('gives an owner of A a 404 on B and changes nothing', async () => {
    const a = await organisationWithOwner();
    const b = await organisationWithOwner();
    const bMember = await createUser({ memberOf: [{ organisationId: b.org.id, role: 'editor' }] });
    expect((await request(`/portaal/organisaties/${b.org.id}/leden`, { cookie: a.cookie })).status).toBe(404);
    expect(
      (
        await postForm(
          `/portaal/organisaties/${b.org.id}/leden`,
          { naam: 'x', email: `x-${unique()}@voorbeeld.nl`, rol: 'owner', taal: 'nl' },
          { cookie: a.cookie },
        )
      ).status,
    ).toBe(404);
    expect((await postForm(`/portaal/organisaties/${b.org.id}/leden/${bMember.id}/verwijderen`, {}, { cookie: a.cookie })).status).toBe(404);
    expect((await postForm(`/portaal/organisaties/${b.org.id}/leden/${bMember.id}/rol`, { rol: 'owner' }, { cookie: a.cookie })).status).toBe(404);
    // A's owner posting B's member id under A's own organisation does not touch B either.
    expect((await postForm(`/portaal/organisaties/${a.org.id}/leden/${bMember.id}/verwijderen`, {}, { cookie: a.cookie })).status).toBe(422);
    expect(await membersOf(b.org.id)).toHaveLength(2);
    expect((await membersOf(b.org.id)).find((m) => m.userId === bMember.id)?.role).toBe('editor');
  });
});
