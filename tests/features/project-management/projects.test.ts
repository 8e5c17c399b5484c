import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, neighbourhoods, projectActivities, projectEvents, projectPartners, projectPillars, projects } from '../../../src/db/schema';
import { db, postForm, request, roundTrips } from '../../helpers';
import { asFunder, asMemberOf, asRole, auditRows, organisationId, projectRow, seedOnce } from '../projects/support';

let cookie: string;
let nazareth: number;
let gemeente: number;

beforeAll(async () => {
  await seedOnce();
  cookie = (await asRole('programme')).cookie;
  const [nb] = await db().select().from(neighbourhoods).where(eq(neighbourhoods.slug, 'nazareth'));
  nazareth = nb!.id;
  gemeente = await organisationId('gemeente-maastricht');
});

function projectForm(overrides: Record<string, string | string[]> = {}) {
  return {
    title: 'Buurthuis De Brug',
    slug: '',
    summary: 'Een nieuw buurthuis in Nazareth.',
    description: 'Eerste alinea.\n\nTweede alinea.',
    neighbourhoods: [String(nazareth)],
    pillars: ['health', 'livelihood'],
    fundingProgramme: 'limburg-wijkenaanpak',
    phase: '1',
    health: 'on-track',
    healthExplanation: '',
    partners: [`${gemeente}:lead`, `${gemeente}:funding`],
    activities: [],
    ...overrides,
  };
}

describe('access to project management', () => {
  it('sends visitors to the login page and refuses partners and funders', async () => {
    const anonymous = await request('/projectbeheer');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('Location')).toBe('/inloggen?terug=%2Fprojectbeheer');
    expect((await request('/projectbeheer', { cookie: (await asMemberOf('woonpunt')).cookie })).status).toBe(403);
    const funder = (await asFunder()).cookie;
    expect((await request('/projectbeheer/nieuw', { cookie: funder })).status).toBe(403);
    const before = await db().select().from(projects);
    expect((await postForm('/projectbeheer/nieuw', projectForm({ title: 'Van een financier' }), { cookie: funder })).status).toBe(403);
    expect(await db().select().from(projects)).toHaveLength(before.length);
  });

  it('shows the programme team the list and forms within two round trips', async () => {
    for (const path of [
      '/projectbeheer',
      '/projectbeheer/nieuw',
      '/projectbeheer/miradorplein-nazareth',
      '/projectbeheer/miradorplein-nazareth/mijlpalen',
      '/projectbeheer/miradorplein-nazareth/begroting',
    ]) {
      const res = await request(path, { cookie });
      expect(res.status, path).toBe(200);
      expect(roundTrips(res), path).toBeLessThanOrEqual(2);
    }
    expect((await request('/projectbeheer/bestaat-niet', { cookie })).status).toBe(404);
  });
});

describe('creating a project', () => {
  it('creates it with its links, derives the slug from the title and writes the audit row', async () => {
    const res = await postForm('/projectbeheer/nieuw', projectForm(), { cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/projectbeheer/buurthuis-de-brug?melding=aangemaakt');
    const project = await projectRow('buurthuis-de-brug');
    expect(project).toMatchObject({ title: 'Buurthuis De Brug', fundingProgramme: 'limburg-wijkenaanpak', phase: 1, health: 'on-track', version: 1 });
    const partners = await db().select().from(projectPartners).where(eq(projectPartners.projectId, project.id));
    expect(partners.map((p) => p.role).sort()).toEqual(['funding', 'lead']);
    const pillars = await db().select().from(projectPillars).where(eq(projectPillars.projectId, project.id));
    expect(pillars.map((p) => p.pillarId).sort()).toEqual(['health', 'livelihood']);
    expect(await auditRows('project.create', project.id)).toHaveLength(1);
    const page = await (await request('/projecten/buurthuis-de-brug')).text();
    expect(page).toContain('Een nieuw buurthuis in Nazareth.');
  });

  it('refuses bad input with Dutch messages, keeps what was typed and creates nothing', async () => {
    const before = (await db().select().from(projects)).length;
    const res = await postForm(
      '/projectbeheer/nieuw',
      projectForm({
        title: '',
        slug: 'Niet Goed!',
        health: 'off-track',
        healthExplanation: '',
        neighbourhoods: [],
        fundingProgramme: 'onbekend',
        summary: 'Mijn <b>samenvatting</b>',
      }),
      { cookie },
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Vul de titel van het project in.');
    expect(html).toContain('Gebruik alleen kleine letters, cijfers en koppeltekens');
    expect(html).toContain('Leg uit waarom het project niet op koers is');
    expect(html).toContain('Kies minstens één wijk.');
    expect(html).toContain('Kies het financieringsprogramma.');
    expect(html).toContain('Mijn &lt;b&gt;samenvatting&lt;/b&gt;');
    expect((await db().select().from(projects)).length).toBe(before);
  });

  it('refuses an address that is taken or reserved, and partners that do not exist', async () => {
    const taken = await postForm('/projectbeheer/nieuw', projectForm({ slug: 'miradorplein-nazareth' }), { cookie });
    expect(taken.status).toBe(422);
    expect(await taken.text()).toContain('Dit adres is al in gebruik');
    expect((await postForm('/projectbeheer/nieuw', projectForm({ slug: 'financiers' }), { cookie })).status).toBe(422);
    const ghost = await postForm('/projectbeheer/nieuw', projectForm({ title: 'Spook', partners: ['999999:lead'] }), { cookie });
    expect(ghost.status).toBe(422);
    expect(await ghost.text()).toContain('Kies partners en rollen uit de lijst.');
    const badRole = await postForm('/projectbeheer/nieuw', projectForm({ title: 'Spook 2', partners: [`${gemeente}:boss`] }), { cookie });
    expect(badRole.status).toBe(422);
  });
});

describe('editing a project', () => {
  it('writes phase and health events and the audit row in the same change, and bumps the version', async () => {
    const before = await projectRow('buurthuis-de-brug');
    const res = await postForm(
      '/projectbeheer/buurthuis-de-brug',
      projectForm({ version: String(before.version), phase: '2', health: 'off-track', healthExplanation: 'De vergunning is geweigerd.' }),
      { cookie },
    );
    expect(res.status).toBe(303);
    const after = await projectRow('buurthuis-de-brug');
    expect(after).toMatchObject({ phase: 2, health: 'off-track', healthExplanation: 'De vergunning is geweigerd.', version: before.version + 1 });
    const events = await db().select().from(projectEvents).where(eq(projectEvents.projectId, after.id));
    expect(events.map((e) => [e.kind, JSON.parse(e.detail)])).toEqual([
      ['phase', { from: 1, to: 2 }],
      ['health', { from: 'on-track', to: 'off-track', explanation: 'De vergunning is geweigerd.' }],
    ]);
    const audit = await auditRows('project.update', after.id);
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail!).changed).toEqual(expect.arrayContaining(['phase', 'health', 'healthExplanation']));
  });

  it('refuses "off track" without explanation: 422, nothing changed', async () => {
    const before = await projectRow('buurthuis-de-brug');
    const res = await postForm(
      '/projectbeheer/buurthuis-de-brug',
      projectForm({ version: String(before.version), health: 'at-risk', healthExplanation: '  ' }),
      { cookie },
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('bij ‘Risico’ en ‘Uit koers’ is een toelichting verplicht');
    expect(await projectRow('buurthuis-de-brug')).toEqual(before);
  });

  it('replaces only the links the form offers: a linked activity archived since stays linked', async () => {
    const project = await projectRow('buurthuis-de-brug');
    const published = await db().select({ id: activities.id }).from(activities).where(eq(activities.status, 'published')).limit(2);
    const [kept, unticked] = published.map((a) => a.id) as [number, number];
    const [archived] = await db().select({ id: activities.id }).from(activities).where(eq(activities.status, 'published')).limit(1).offset(5);
    await db().update(activities).set({ status: 'archived' }).where(eq(activities.id, archived!.id));
    await db()
      .insert(projectActivities)
      .values([kept, unticked, archived!.id].map((activityId) => ({ projectId: project.id, activityId })));

    const res = await postForm('/projectbeheer/buurthuis-de-brug', projectForm({ version: String(project.version), activities: [String(kept)] }), {
      cookie,
    });
    expect(res.status).toBe(303);
    const links = await db().select({ id: projectActivities.activityId }).from(projectActivities).where(eq(projectActivities.projectId, project.id));
    expect(links.map((l) => l.id).sort((a, b) => a - b)).toEqual([kept, archived!.id].sort((a, b) => a - b));
  });

  it('answers a stale form with 409 and the current state, changing nothing', async () => {
    const before = await projectRow('buurthuis-de-brug');
    const eventsBefore = await db().select().from(projectEvents).where(eq(projectEvents.projectId, before.id));
    const res = await postForm(
      '/projectbeheer/buurthuis-de-brug',
      projectForm({ version: String(before.version - 1), phase: '3', title: 'Oude versie' }),
      { cookie },
    );
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('Intussen gewijzigd');
    expect(html).toContain('value="Buurthuis De Brug"');
    expect(await projectRow('buurthuis-de-brug')).toEqual(before);
    expect(await db().select().from(projectEvents).where(eq(projectEvents.projectId, before.id))).toEqual(eventsBefore);
  });
});
