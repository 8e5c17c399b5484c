import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { organisationNeighbourhoods, organisationRevisions, organisations } from '../../src/db/schema';
import { createOrganisation, createUser, db, ensureNeighbourhoods, postForm, postMultipart, request, sessionCookie } from '../helpers';
import { gif, png } from './images';

let nb: { pottenberg: number; nazareth: number };
beforeAll(async () => {
  nb = await ensureNeighbourhoods();
});

async function approvedWithMember() {
  const org = await createOrganisation({ status: 'approved' });
  await db().update(organisations).set({ contactEmail: 'info@logo.example' }).where(eq(organisations.id, org.id));
  await db().insert(organisationNeighbourhoods).values({ organisationId: org.id, neighbourhoodId: nb.pottenberg });
  const member = await createUser({ memberOf: [{ organisationId: org.id, role: 'owner' }] });
  return { org, cookie: await sessionCookie(member.id) };
}

const profileForm = (name: string, overrides: Record<string, string> = {}) => ({
  versie: '1',
  organisatie: name,
  soort: 'other',
  beschrijving: 'Wij doen veel in de buurt.',
  wijken: [String(nb.pottenberg)],
  website: '',
  contact_email: 'info@logo.example',
  contact_telefoon: '',
  ...overrides,
});

describe('an organisation logo', () => {
  it('is uploaded with the profile, becomes part of the reviewed change and shows old and new side by side', async () => {
    const { org, cookie } = await approvedWithMember();
    const page = await (await request(`/portaal/organisaties/${org.id}/profiel`, { cookie })).text();
    expect(page).toContain('enctype="multipart/form-data"');
    expect(page).toContain('name="logo"');

    const res = await postMultipart(
      `/portaal/organisaties/${org.id}/profiel`,
      profileForm(org.name, { logoAlt: org.name }),
      { logo: new File([png(400, 200, 11)], 'logo.png', { type: 'image/png' }) },
      cookie,
    );
    expect(res.status).toBe(303);
    expect((await db().select().from(organisations).where(eq(organisations.id, org.id)))[0]!.logoKey).toBeNull();
    const [revision] = await db()
      .select()
      .from(organisationRevisions)
      .where(and(eq(organisationRevisions.organisationId, org.id), eq(organisationRevisions.status, 'submitted')));
    const logo = (JSON.parse(revision!.data) as { logo: { key: string; width: number; alt: string } }).logo;
    expect(logo).toMatchObject({ width: 400, height: 200, alt: org.name });

    const team = await sessionCookie((await createUser({ role: 'programme' })).id);
    const review = await (await request(`/beoordelen/organisaties/wijzigingen/${revision!.id}`, { cookie: team })).text();
    expect(review).toContain(`src="/media/${logo.key}" width="400" height="200" alt="${org.name}"`);

    // Approved, the logo is on the public partner page with its size and text, served from R2 to be cached long.
    const partnerPage = `/partners/${encodeURIComponent(org.slug)}`;
    expect(await (await request(partnerPage)).text()).not.toContain(`/media/${logo.key}`);
    const approve = await postForm(
      `/beoordelen/organisaties/wijzigingen/${revision!.id}/goedkeuren`,
      { versie: String(revision!.version) },
      { cookie: team },
    );
    expect(approve.status).toBe(303);
    expect((await db().select().from(organisations).where(eq(organisations.id, org.id)))[0]!.logoKey).toBe(logo.key);
    const html = await (await request(partnerPage, { cookie: 'taal=nl' })).text();
    expect(html).toContain(`src="/media/${logo.key}" width="400" height="200" alt="${org.name}"`);
    const image = await request(`/media/${logo.key}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('Content-Type')).toBe('image/png');
    expect(image.headers.get('Cache-Control')).toContain('immutable');
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(png(400, 200, 11));
  });

  it('is checked like a photo: a GIF is refused at the field, and alt text is asked for', async () => {
    const { org, cookie } = await approvedWithMember();
    const refused = await postMultipart(
      `/portaal/organisaties/${org.id}/profiel`,
      profileForm(org.name, { logoAlt: 'Logo' }),
      { logo: new File([gif(5, 5)], 'logo.gif', { type: 'image/gif' }) },
      cookie,
    );
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('geen JPEG-, PNG- of WebP-afbeelding');
    const noAlt = await postMultipart(
      `/portaal/organisaties/${org.id}/profiel`,
      profileForm(org.name),
      { logo: new File([png(50, 50, 12)], 'logo.png', { type: 'image/png' }) },
      cookie,
    );
    expect(noAlt.status).toBe(422);
    expect(await noAlt.text()).toContain('Beschrijf wat er op de afbeelding staat');
  });
});
