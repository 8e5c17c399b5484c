import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organisationNeighbourhoods, organisationRevisions, organisations, outbox } from '../../../src/db/schema';
import { pendingOrganisationRevisionsQuery } from '../../../src/features/organisations/queries';
import { createOrganisation, createUser, db, ensureNeighbourhoods, postForm, request, roundTrips, sessionCookie } from '../../helpers';

let nb: { pottenberg: number; nazareth: number };
let programmeCookie: string;

beforeAll(async () => {
  nb = await ensureNeighbourhoods();
  programmeCookie = await sessionCookie((await createUser({ role: 'programme' })).id);
});

async function approvedWithMember(role: 'owner' | 'editor' = 'editor') {
  const org = await createOrganisation({ status: 'approved' });
  await db().update(organisations).set({ contactEmail: 'info@live.example', website: 'https://live.example' }).where(eq(organisations.id, org.id));
  await db().insert(organisationNeighbourhoods).values({ organisationId: org.id, neighbourhoodId: nb.pottenberg });
  const member = await createUser({ memberOf: [{ organisationId: org.id, role }] });
  return { org, member, cookie: await sessionCookie(member.id) };
}

const profileForm = (name: string, overrides: Record<string, string | string[]> = {}) => ({
  versie: '1',
  organisatie: name,
  soort: 'other',
  beschrijving: 'Een nieuwe beschrijving die eerst beoordeeld wordt.',
  wijken: [String(nb.nazareth), String(nb.pottenberg)],
  website: 'https://nieuw.example',
  contact_email: 'nieuw@live.example',
  contact_telefoon: '',
  ...overrides,
});

const live = async (id: number) => (await db().select().from(organisations).where(eq(organisations.id, id)))[0]!;
const openRevisions = (id: number) =>
  db()
    .select()
    .from(organisationRevisions)
    .where(and(eq(organisationRevisions.organisationId, id), eq(organisationRevisions.status, 'submitted')));

describe('profile changes of an approved organisation', () => {
  it('become a submitted revision; the live profile stays as it is until approved', async () => {
    const { org, member, cookie } = await approvedWithMember();
    const page = await request(`/portaal/organisaties/${org.id}/profiel`, { cookie });
    expect(page.status).toBe(200);
    expect(roundTrips(page)).toBeLessThanOrEqual(2);
    const res = await postForm(`/portaal/organisaties/${org.id}/profiel`, profileForm(`${org.name} Nieuw`), { cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toContain('melding=wijziging-ingediend');
    expect(await live(org.id)).toMatchObject({ name: org.name, description: org.description, website: 'https://live.example' });
    const [revision] = await openRevisions(org.id);
    expect(revision!.createdByUserId).toBe(member.id);
    expect(JSON.parse(revision!.data)).toMatchObject({ name: `${org.name} Nieuw`, kind: 'other', neighbourhoodIds: [nb.nazareth, nb.pottenberg] });
    const html = await (await request(`/portaal/organisaties/${org.id}/profiel`, { cookie })).text();
    expect(html).toContain('wacht op beoordeling');
    expect(html).toContain(`value="${org.name} Nieuw"`);
    expect((await request('/partners')).status).toBe(200);
  });

  it('keeps one open revision per organisation: saving again replaces it', async () => {
    const { org, cookie } = await approvedWithMember();
    await postForm(`/portaal/organisaties/${org.id}/profiel`, profileForm('Eerste versie'), { cookie });
    await postForm(`/portaal/organisaties/${org.id}/profiel`, profileForm('Tweede versie'), { cookie });
    const open = await openRevisions(org.id);
    expect(open).toHaveLength(1);
    expect(JSON.parse(open[0]!.data).name).toBe('Tweede versie');
    const queue = (await pendingOrganisationRevisionsQuery(db())).filter((r) => r.organisationId === org.id);
    expect(queue).toHaveLength(1);
    const list = await (await request('/beoordelen/organisaties', { cookie: programmeCookie })).text();
    expect(list).toContain(`href="/beoordelen/organisaties/wijzigingen/${open[0]!.id}">${org.name}</a>`);
  });

  it('submits nothing when nothing changed', async () => {
    const { org, cookie } = await approvedWithMember();
    const same = {
      versie: '1',
      organisatie: org.name,
      soort: org.kind,
      beschrijving: org.description,
      wijken: [String(nb.pottenberg)],
      website: 'https://live.example',
      contact_email: 'info@live.example',
    };
    const res = await postForm(`/portaal/organisaties/${org.id}/profiel`, same, { cookie });
    expect(res.status).toBe(303);
    expect(await openRevisions(org.id)).toHaveLength(0);
  });

  it('replaces the live profile and its neighbourhoods when the programme team approves', async () => {
    const { org, member, cookie } = await approvedWithMember();
    await postForm(`/portaal/organisaties/${org.id}/profiel`, profileForm('Goedgekeurde Naam'), { cookie });
    const [revision] = await openRevisions(org.id);
    const page = await request(`/beoordelen/organisaties/wijzigingen/${revision!.id}`, { cookie: programmeCookie });
    expect(page.status).toBe(200);
    expect(roundTrips(page)).toBeLessThanOrEqual(2);
    const html = await page.text();
    expect(html).toContain('Goedgekeurde Naam');
    expect(html).toContain(org.name);
    expect(html).toContain('(gewijzigd)');
    const res = await postForm(
      `/beoordelen/organisaties/wijzigingen/${revision!.id}/goedkeuren`,
      { versie: String(revision!.version) },
      { cookie: programmeCookie },
    );
    expect(res.status).toBe(303);
    expect(await live(org.id)).toMatchObject({
      name: 'Goedgekeurde Naam',
      kind: 'other',
      website: 'https://nieuw.example',
      contactEmail: 'nieuw@live.example',
      slug: org.slug,
    });
    const nbs = await db().select().from(organisationNeighbourhoods).where(eq(organisationNeighbourhoods.organisationId, org.id));
    expect(nbs.map((n) => n.neighbourhoodId).sort()).toEqual([nb.pottenberg, nb.nazareth].sort());
    expect(await openRevisions(org.id)).toHaveLength(0);
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'organisation.revision.approve'), eq(auditLog.objectId, String(org.id)))),
    ).toHaveLength(1);
    const mails = await db().select().from(outbox).where(eq(outbox.toAddress, member.email));
    expect(mails.map((m) => m.subject)).toEqual(['Profielwijziging van Goedgekeurde Naam overgenomen']);
    // A second approval of the same revision is a conflict, not a second change.
    const again = await postForm(
      `/beoordelen/organisaties/wijzigingen/${revision!.id}/goedkeuren`,
      { versie: String(revision!.version) },
      { cookie: programmeCookie },
    );
    expect(again.status).toBe(409);
  });

  it('keeps the live profile when the programme team rejects, and shows the member the reason', async () => {
    const { org, cookie } = await approvedWithMember();
    await postForm(`/portaal/organisaties/${org.id}/profiel`, profileForm('Afgewezen Naam'), { cookie });
    const [revision] = await openRevisions(org.id);
    const noReason = await postForm(
      `/beoordelen/organisaties/wijzigingen/${revision!.id}/afwijzen`,
      { versie: '1', reden: '' },
      { cookie: programmeCookie },
    );
    expect(noReason.status).toBe(422);
    const res = await postForm(
      `/beoordelen/organisaties/wijzigingen/${revision!.id}/afwijzen`,
      { versie: '1', reden: 'De naam klopt niet met de KvK.' },
      { cookie: programmeCookie },
    );
    expect(res.status).toBe(303);
    expect((await live(org.id)).name).toBe(org.name);
    const html = await (await request(`/portaal/organisaties/${org.id}/profiel`, { cookie })).text();
    expect(html).toContain('De naam klopt niet met de KvK.');
  });

  it('can be withdrawn by the member', async () => {
    const { org, cookie } = await approvedWithMember();
    await postForm(`/portaal/organisaties/${org.id}/profiel`, profileForm('Ingetrokken Naam'), { cookie });
    const res = await postForm(`/portaal/organisaties/${org.id}/profiel/intrekken`, {}, { cookie });
    expect(res.status).toBe(303);
    expect(await openRevisions(org.id)).toHaveLength(0);
  });
});

describe('IDOR and mass assignment on the profile', () => {
  it('gives a member of A a 404 for every page and action of B, and changes nothing', async () => {
    const a = await approvedWithMember('owner');
    const b = await approvedWithMember('owner');
    const pendingB = await createOrganisation({ status: 'pending' });
    for (const target of [b.org, pendingB]) {
      expect((await request(`/portaal/organisaties/${target.id}/profiel`, { cookie: a.cookie })).status).toBe(404);
      const res = await postForm(`/portaal/organisaties/${target.id}/profiel`, profileForm('Gekaapt'), { cookie: a.cookie });
      expect(res.status).toBe(404);
      expect((await postForm(`/portaal/organisaties/${target.id}/profiel/intrekken`, {}, { cookie: a.cookie })).status).toBe(404);
    }
    expect(await openRevisions(b.org.id)).toHaveLength(0);
    expect((await live(pendingB.id)).name).toBe(pendingB.name);
  });

  it('ignores status, ids and other unknown fields posted with the profile', async () => {
    const org = await createOrganisation({ status: 'pending' });
    const other = await createOrganisation({ status: 'pending' });
    const owner = await createUser({ memberOf: [{ organisationId: org.id }] });
    const cookie = await sessionCookie(owner.id);
    const res = await postForm(
      `/portaal/organisaties/${org.id}/profiel`,
      profileForm(`${org.name} bijgewerkt`, {
        status: 'approved',
        organisation_id: String(other.id),
        id: String(other.id),
        slug: 'eigen-slug',
        is_demo: '1',
      }),
      { cookie },
    );
    expect(res.status).toBe(303);
    const after = await live(org.id);
    expect(after.status).toBe('pending');
    expect(after.isDemo).toBe(false);
    expect(after.name).toBe(`${org.name} bijgewerkt`);
    expect(after.slug).not.toBe('eigen-slug');
    expect((await live(other.id)).name).toBe(other.name);
  });

  it('answers a stale version of a pending application with 409 and the current data', async () => {
    const org = await createOrganisation({ status: 'pending' });
    const owner = await createUser({ memberOf: [{ organisationId: org.id }] });
    const cookie = await sessionCookie(owner.id);
    expect((await postForm(`/portaal/organisaties/${org.id}/profiel`, profileForm('Versie een'), { cookie })).status).toBe(303);
    const stale = await postForm(`/portaal/organisaties/${org.id}/profiel`, profileForm('Versie twee'), { cookie });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('value="Versie een"');
  });

  it('redirects visitors to the login page', async () => {
    const org = await createOrganisation();
    const res = await request(`/portaal/organisaties/${org.id}/profiel`);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/inloggen?terug=%2Fportaal%2Forganisaties%2F${org.id}%2Fprofiel`);
  });
});
