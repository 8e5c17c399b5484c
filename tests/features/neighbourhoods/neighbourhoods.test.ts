import { beforeAll, describe, expect, it } from 'vitest';
import { neighbourhoods, projectNeighbourhoods, projects } from '../../../src/db/schema';
import { NEIGHBOURHOOD_PAGE_SIZE } from '../../../src/features/neighbourhoods/queries';
import { db, request, roundTrips } from '../../helpers';
import { cardTitles, ensureReference, resultCount, makeActivity, makeOrganisation } from '../activities/fixtures';

/** The page's activities section. */
function activitiesSection(html: string): string {
  const start = html.indexOf('aria-labelledby="activiteiten"');
  return html.slice(start, html.indexOf('</section>', start));
}

/** One pillar's filter link (or its "none" line) in the activities section. */
function pillarFilter(html: string, pillar: string): string {
  const start = html.indexOf(`<li data-pillar="${pillar}">`);
  return html.slice(start, html.indexOf('</li>', start));
}

/** The card of the activity with this title. */
function cardOf(html: string, title: string): string {
  const start = html.lastIndexOf('<article', html.indexOf(`>${title}</a>`));
  return html.slice(start, html.indexOf('</article>', start));
}

beforeAll(async () => {
  const nb = await ensureReference();
  const org = await makeOrganisation({ name: 'Wijkpartner Test' });
  for (let i = 1; i <= NEIGHBOURHOOD_PAGE_SIZE + 2; i++) {
    await makeActivity({ organisationId: org.id, title: `Gezond ${i}`, pillars: ['health'], neighbourhoods: ['nazareth'], onceIn: i });
  }
  await makeActivity({
    organisationId: org.id,
    title: 'Kansrijk samen',
    pillars: ['equal-chances', 'health'],
    neighbourhoods: ['nazareth', 'pottenberg'],
    onceIn: 30,
  });
  await makeActivity({ organisationId: org.id, title: 'Alleen Pottenberg', pillars: ['livelihood'], neighbourhoods: ['pottenberg'], onceIn: 2 });
  await makeActivity({
    organisationId: org.id,
    title: 'Concept in Nazareth',
    pillars: ['livelihood'],
    neighbourhoods: ['nazareth'],
    status: 'draft',
  });
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
    expect(html).toContain(`${NEIGHBOURHOOD_PAGE_SIZE + 3} activiteiten`);
    expect(html).toContain('2 activiteiten');
    expect(html).toContain('<a class="utrecht-link" href="/wijken" aria-current="page">Wijken</a>');
  });
});

describe('/wijken/:slug', () => {
  it('shows each upcoming activity once in date order, filter links per pillar with counts, and the projects, in one round trip', async () => {
    const res = await request('/wijken/nazareth');
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    const html = await res.text();
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('<h1 class="utrecht-heading-1">Nazareth</h1>');
    expect(html).toContain('Miradorplein');

    const section = activitiesSection(html);
    expect(section).toContain('<h2 class="utrecht-heading-2" id="activiteiten">Activiteiten in Nazareth</h2>');
    expect(cardTitles(section)).toEqual(Array.from({ length: NEIGHBOURHOOD_PAGE_SIZE }, (_, i) => `Gezond ${i + 1}`));
    expect(cardTitles(html)).toEqual(cardTitles(section));
    expect(section).toContain(`${NEIGHBOURHOOD_PAGE_SIZE + 3} activiteiten`);
    expect(section).toContain(
      `<a class="utrecht-link" href="/activiteiten?wijk=nazareth">Bekijk alle ${NEIGHBOURHOOD_PAGE_SIZE + 3} activiteiten in Nazareth</a>`,
    );

    const health = pillarFilter(section, 'health');
    expect(health).toContain('href="/activiteiten?pijler=health&amp;wijk=nazareth"');
    expect(health).toContain(`: ${NEIGHBOURHOOD_PAGE_SIZE + 3} activiteiten</a>`);
    expect(pillarFilter(section, 'equal-chances')).toMatch(/href="\/activiteiten\?pijler=equal-chances&amp;wijk=nazareth">[^<]*: 1 activiteit<\/a>/);
    // A draft counts for nothing: the pillar says so and links nowhere.
    const livelihood = pillarFilter(section, 'livelihood');
    expect(livelihood).toContain(': nu geen activiteiten');
    expect(livelihood).not.toContain('<a ');

    expect(html).toContain('<a class="utrecht-link" href="/projecten/miradorplein-test">Miradorplein Test</a>');
    expect(html).toContain('Een nieuw plein voor ontmoeting.');
  });

  it('each pillar link leads to exactly the count it names in the list', async () => {
    const list = await request('/activiteiten?pijler=health&wijk=nazareth');
    expect(resultCount(await list.text())).toBe(NEIGHBOURHOOD_PAGE_SIZE + 3);
    const all = await request('/activiteiten?wijk=nazareth');
    expect(resultCount(await all.text())).toBe(NEIGHBOURHOOD_PAGE_SIZE + 3);
  });

  it('shows an activity of two pillars once, with both pillars on its card', async () => {
    const html = await (await request('/wijken/pottenberg')).text();
    expect(html).toContain('Voor deze wijk staan nog geen projecten op het portaal.');
    const section = activitiesSection(html);
    expect(cardTitles(section)).toEqual(['Alleen Pottenberg', 'Kansrijk samen']);
    expect(cardTitles(html)).toEqual(['Alleen Pottenberg', 'Kansrijk samen']);
    const card = cardOf(section, 'Kansrijk samen');
    expect(card.match(/<use href="#vw-icon-(equal-chances|health)"/g)).toHaveLength(2);
    // All activities fit on the page: no "see all" link that would show the same ones again.
    expect(section).not.toContain('Bekijk alle');
  });

  it('says so when the neighbourhood has no upcoming activities', async () => {
    await db()
      .insert(neighbourhoods)
      .values({ slug: 'stille-buurt', name: 'Stille Buurt', descriptionNl: 'Een rustige buurt.', descriptionEn: 'A quiet neighbourhood.' });
    const res = await request('/wijken/stille-buurt');
    expect(res.status).toBe(200);
    const section = activitiesSection(await res.text());
    expect(section).toContain('Op dit moment staan er geen activiteiten in deze wijk op het portaal.');
    expect(section).not.toContain('data-pillar=');
    expect(cardTitles(section)).toEqual([]);
  });

  it('renders in English', async () => {
    const html = await (await request('/wijken/nazareth', { cookie: 'taal=en' })).text();
    expect(html).toContain('Activities in Nazareth');
    expect(html).toContain('By pillar');
    expect(html).toContain('Projects in Nazareth');
  });

  it.each(['atlantis', 'Nazareth', '%3Cb%3E', '..%2F..%2Fetc'])('is a Dutch 404 for %s', async (slug) => {
    const res = await request(`/wijken/${slug}`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Pagina niet gevonden');
  });
});
