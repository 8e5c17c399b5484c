import { beforeAll, describe, expect, it } from 'vitest';
import { organisationNeighbourhoods } from '../../../src/db/schema';
import { db, request, roundTrips } from '../../helpers';
import { cardTitles, ensureReference, makeActivity, makeOrganisation } from '../activities/fixtures';

beforeAll(async () => {
  const nb = await ensureReference();
  const woon = await makeOrganisation({
    name: 'Woonstichting Test',
    kind: 'alliance',
    website: 'https://woon.example/',
    contactEmail: 'info@woon.example',
    contactPhone: '043 000 00 00',
  });
  const club = await makeOrganisation({ name: 'Buurtclub Test', kind: 'neighbourhood', website: 'javascript:alert(1)', isDemo: true });
  await makeOrganisation({ name: 'Sportbond Test', kind: 'other' });
  await makeOrganisation({ name: 'Aangemeld Niet Goedgekeurd', kind: 'other', status: 'pending' });
  await makeOrganisation({ name: 'Afgewezen Partner', kind: 'alliance', status: 'rejected' });
  await db()
    .insert(organisationNeighbourhoods)
    .values([{ organisationId: woon.id, neighbourhoodId: nb.nazareth! }]);
  await makeActivity({ organisationId: woon.id, title: 'Woonspreekuur', onceIn: 2 });
  await makeActivity({ organisationId: woon.id, title: 'Oud woonspreekuur', onceIn: -5 });
  await makeActivity({ organisationId: woon.id, title: 'Concept woonavond', status: 'draft' });
  await makeActivity({ organisationId: club.id, title: 'Samen met de woonstichting', onceIn: 1, coOrganisers: [woon.id] });
});

describe('/partners', () => {
  it('groups approved partners by kind in a fixed order, with one round trip', async () => {
    const res = await request('/partners');
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    const html = await res.text();
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    const alliance = html.indexOf('id="soort-alliance"');
    const neighbourhood = html.indexOf('id="soort-neighbourhood"');
    const other = html.indexOf('id="soort-other"');
    expect(alliance).toBeGreaterThan(0);
    expect(neighbourhood).toBeGreaterThan(alliance);
    expect(other).toBeGreaterThan(neighbourhood);
    const woon = html.indexOf('Woonstichting Test');
    expect(woon).toBeGreaterThan(alliance);
    expect(woon).toBeLessThan(neighbourhood);
    expect(html.indexOf('Buurtclub Test')).toBeGreaterThan(neighbourhood);
    expect(html.indexOf('Sportbond Test')).toBeGreaterThan(other);
    expect(html).not.toContain('Aangemeld Niet Goedgekeurd');
    expect(html).not.toContain('Afgewezen Partner');
    expect(html).toContain('Alliantiepartners');
    expect(html).toContain('Wijkpartners');
    expect(html).toContain('Overige partners');
  });

  it('counts the public activities of each partner, co-organised ones included', async () => {
    const html = await (await request('/partners')).text();
    const woon = html.slice(html.indexOf('Woonstichting Test'));
    expect(woon.slice(0, woon.indexOf('</li>'))).toContain('2 activiteiten');
    const sport = html.slice(html.indexOf('Sportbond Test'));
    expect(sport.slice(0, sport.indexOf('</li>'))).toContain('Nu geen activiteiten');
  });

  it('renders in English', async () => {
    const html = await (await request('/partners', { cookie: 'taal=en' })).text();
    expect(html).toContain('Alliance partners');
    expect(html).toContain('Neighbourhood partners');
  });
});

describe('/partners/:slug', () => {
  it('shows the profile with its public activities (also co-organised), with one round trip', async () => {
    const res = await request('/partners/woonstichting-test');
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    const html = await res.text();
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('<h1 class="utrecht-heading-1">Woonstichting Test</h1>');
    expect(html).toContain('Alliantiepartner');
    expect(html).toContain('<a class="utrecht-link" href="https://woon.example/" rel="noopener noreferrer">https://woon.example/</a>');
    expect(html).toContain('href="mailto:info@woon.example"');
    expect(html).toContain('href="tel:0430000000"');
    expect(html).toContain('<a class="utrecht-link" href="/wijken/nazareth">Nazareth</a>');
    expect(cardTitles(html)).toEqual(['Samen met de woonstichting', 'Woonspreekuur']);
  });

  it('never links an unsafe website and marks demo partners', async () => {
    const html = await (await request('/partners/buurtclub-test')).text();
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('<dd>javascript:alert(1)</dd>');
    expect(html).toContain('<span class="vw-demo-badge">Demo</span>');
  });

  it('says so when a partner has no activities', async () => {
    const html = await (await request('/partners/sportbond-test')).text();
    expect(html).toContain('Deze partner heeft op dit moment geen activiteiten op het portaal.');
  });

  it.each(['bestaat-niet', 'aangemeld-niet-goedgekeurd', 'afgewezen-partner', 'Hoofdletters', '%3Cscript%3E', 'a'.repeat(300)])(
    'is a Dutch 404 for %s',
    async (slug) => {
      const res = await request(`/partners/${slug}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('Pagina niet gevonden');
    },
  );
});
