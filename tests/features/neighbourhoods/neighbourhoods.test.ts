import { beforeAll, describe, expect, it } from 'vitest';
import { projectNeighbourhoods, projects } from '../../../src/db/schema';
import { PER_PILLAR } from '../../../src/features/neighbourhoods/queries';
import { db, request, roundTrips } from '../../helpers';
import { cardTitles, ensureReference, makeActivity, makeOrganisation } from '../activities/fixtures';

/** The part of the page inside one pillar's section. */
function pillarSection(html: string, pillar: string): string {
  const start = html.indexOf(`data-pillar="${pillar}"`);
  return html.slice(start, html.indexOf('</section>', start));
}

beforeAll(async () => {
  const nb = await ensureReference();
  const org = await makeOrganisation({ name: 'Wijkpartner Test' });
  for (let i = 1; i <= PER_PILLAR + 2; i++) {
    await makeActivity({ organisationId: org.id, title: `Gezond ${i}`, pillars: ['health'], neighbourhoods: ['nazareth'], onceIn: i });
  }
  await makeActivity({ organisationId: org.id, title: 'Kansrijk samen', pillars: ['equal-chances', 'health'], neighbourhoods: ['nazareth', 'pottenberg'], onceIn: 30 });
  await makeActivity({ organisationId: org.id, title: 'Alleen Pottenberg', pillars: ['livelihood'], neighbourhoods: ['pottenberg'], onceIn: 2 });
  await makeActivity({ organisationId: org.id, title: 'Concept in Nazareth', pillars: ['livelihood'], neighbourhoods: ['nazareth'], status: 'draft' });
  const [project] = await db()
    .insert(projects)
    .values({ slug: 'miradorplein-test', title: 'Miradorplein Test', summary: 'Een nieuw plein voor ontmoeting.', fundingProgramme: 'regio-deal-4' })
    .returning();
  await db().insert(projectNeighbourhoods).values({ projectId: project!.id, neighbourhoodId: nb.nazareth! });
});

describe('/wijken', () => {
  it('lists both neighbourhoods with their activity counts, with one round trip', async () => {
    const res = await request('/wijken');
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    const html = await res.text();
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('<a class="utrecht-link" href="/wijken/pottenberg">Pottenberg</a>');
    expect(html).toContain('<a class="utrecht-link" href="/wijken/nazareth">Nazareth</a>');
    expect(html).toContain(`${PER_PILLAR + 3} activiteiten`);
    expect(html).toContain('2 activiteiten');
    expect(html).toContain('<a class="utrecht-link" href="/wijken" aria-current="page">Wijken</a>');
  });
});

describe('/wijken/:slug', () => {
  it('shows the activities per pillar and the projects, with one round trip', async () => {
    const res = await request('/wijken/nazareth');
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    const html = await res.text();
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('<h1 class="utrecht-heading-1">Nazareth</h1>');
    expect(html).toContain('Miradorplein');

    const health = pillarSection(html, 'health');
    expect(cardTitles(health)).toEqual(Array.from({ length: PER_PILLAR }, (_, i) => `Gezond ${i + 1}`));
    expect(health).toContain(`${PER_PILLAR + 3} activiteiten in deze wijk.`);
    expect(health).toContain(`href="/activiteiten?pijler=health&amp;wijk=nazareth"`);
    expect(health).toContain(`Bekijk alle ${PER_PILLAR + 3} activiteiten voor positieve gezondheid in Nazareth`);

    expect(cardTitles(pillarSection(html, 'equal-chances'))).toEqual(['Kansrijk samen']);
    const livelihood = pillarSection(html, 'livelihood');
    expect(cardTitles(livelihood)).toEqual([]);
    expect(livelihood).toContain('Op dit moment geen activiteiten voor deze pijler in deze wijk.');

    expect(html).toContain('<a class="utrecht-link" href="/projecten/miradorplein-test">Miradorplein Test</a>');
    expect(html).toContain('Een nieuw plein voor ontmoeting.');
  });

  it('the "all" link of a pillar leads to exactly that many activities in the list', async () => {
    const list = await request('/activiteiten?pijler=health&wijk=nazareth');
    expect(cardTitles(await list.text())).toHaveLength(PER_PILLAR + 3);
  });

  it('handles a neighbourhood without projects', async () => {
    const html = await (await request('/wijken/pottenberg')).text();
    expect(html).toContain('Voor deze wijk staan nog geen projecten op het portaal.');
    expect(cardTitles(pillarSection(html, 'livelihood'))).toEqual(['Alleen Pottenberg']);
    expect(cardTitles(pillarSection(html, 'equal-chances'))).toEqual(['Kansrijk samen']);
  });

  it('renders in English', async () => {
    const html = await (await request('/wijken/nazareth', { cookie: 'taal=en' })).text();
    expect(html).toContain('Activities per pillar');
    expect(html).toContain('Projects in Nazareth');
  });

  it.each(['atlantis', 'Nazareth', '%3Cb%3E', '..%2F..%2Fetc'])('is a Dutch 404 for %s', async (slug) => {
    const res = await request(`/wijken/${slug}`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Pagina niet gevonden');
  });
});
