import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/db/seed';
import { db, partnerWithOrganisation, request, roundTrips } from '../../helpers';
import { makeActivity, makeOrganisation } from '../activities/fixtures';

let activityId = 0;
let trickyId = 0;

beforeAll(async () => {
  await seedDemoData(db());
  activityId = (await env.DB.prepare(
    "SELECT id FROM activities WHERE status = 'published' AND schedule_kind = 'weekly' ORDER BY id LIMIT 1",
  ).first<number>('id'))!;
  const org = await makeOrganisation({ name: 'Formule organisatie' });
  trickyId = (
    await makeActivity({
      organisationId: org.id,
      title: '=HYPERLINK("http://kwaad.example")',
      summary: 'Tekst met </script><script>alert(1)</script>',
      weekly: [2],
      costCents: 250,
    })
  ).id;
});

function jsonLd(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]!) as Record<string, unknown>;
}

describe('search engines', () => {
  it('an activity page carries a schema.org Event with eventSchedule, location, organizer and isAccessibleForFree', async () => {
    const html = await (await request(`/activiteiten/${activityId}`)).text();
    const event = jsonLd(html);
    expect(event['@type']).toBe('Event');
    expect(event['@context']).toBe('https://schema.org');
    expect(event.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[12]:00$/);
    expect((event.eventSchedule as Record<string, unknown>)['@type']).toBe('Schedule');
    expect((event.eventSchedule as Record<string, unknown>).repeatFrequency).toBe('P1W');
    expect((event.location as { address: { '@type': string } }).address['@type']).toBe('PostalAddress');
    expect((event.organizer as { '@type': string })['@type']).toBe('Organization');
    expect(typeof event.isAccessibleForFree).toBe('boolean');
    expect(html).toMatch(/<link rel="canonical" href="http:\/\/localhost\/activiteiten\/\d+"/);
    expect(html).toContain('<meta property="og:title"');
    expect(html).toMatch(/<meta property="og:description" content="[^"]+"/);
    expect(html).toContain(`href="/activiteiten/${activityId}.ics"`);
  });

  it('escapes </script> inside the JSON-LD, and the JSON still reads back the same text; a cost makes it not free', async () => {
    const html = await (await request(`/activiteiten/${trickyId}`)).text();
    expect(html).not.toContain('<script>alert(1)');
    const event = jsonLd(html);
    expect(event.description).toBe('Tekst met </script><script>alert(1)</script>');
    expect(event.isAccessibleForFree).toBe(false);
    expect((event.offers as { price: string }).price).toBe('2.50');
  });

  it('sitemap.xml lists every public page in one round trip; robots.txt keeps the portal, review and accounts out', async () => {
    const res = await request('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    const xml = await res.text();
    for (const path of [
      '/activiteiten',
      `/activiteiten/${activityId}`,
      '/partners/trajekt',
      '/wijken/pottenberg',
      '/projecten',
      '/monitor',
      '/monitor/veerkracht',
      '/monitor/dekking',
      '/monitor/buurten/BU09350203',
      '/monitor/buurten/BU09350403',
      '/privacy',
    ])
      expect(xml).toContain(`<loc>http://localhost${path}</loc>`);
    // Every buurt of the monitor has its page in the sitemap, the wijken and the city do not (they have no page).
    expect(xml.match(/\/monitor\/buurten\//g)?.length).toBe(44);
    expect(xml).not.toContain('/monitor/buurten/WK');
    const robots = await (await request('/robots.txt')).text();
    for (const path of ['/portaal', '/beoordelen', '/account', '/beheer']) expect(robots).toContain(`Disallow: ${path}`);
    expect(robots).toContain('Sitemap: http://localhost/sitemap.xml');
  });
});

describe('CSV and Atom of the list', () => {
  it('CSV: BOM, Dutch headers, semicolons, formulas neutralised, the filters applied, one round trip', async () => {
    const res = await request('/activiteiten.csv?pijler=health');
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toMatch(/^Nummer;Titel;Samenvatting;Organisatie;Wanneer/);
    expect(text).toContain(`"'=HYPERLINK(""http://kwaad.example"")"`);
    const all = await (await request('/activiteiten.csv')).text();
    expect(all.split('\r\n').length).toBeGreaterThan(text.split('\r\n').length);
  });

  it('Atom: newly published activities, with the filters', async () => {
    const res = await request('/activiteiten.atom?wijk=nazareth');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toMatch(/<entry>[\s\S]*<link rel="alternate" type="text\/html" href="http:\/\/localhost\/activiteiten\/\d+"\/>/);
    expect((await request('/activiteiten.atom?pijler=%3Cb%3E')).status).toBe(400);
  });

  it('the list page links to the feeds with the current filters', async () => {
    const html = await (await request('/activiteiten?pijler=health&wijk=pottenberg')).text();
    expect(html).toContain('href="webcal://localhost/activiteiten.ics?pijler=health&amp;wijk=pottenberg"');
    expect(html).toContain('href="/activiteiten.ics?pijler=health&amp;wijk=pottenberg" download="activiteiten.ics"');
    expect(html).toContain('href="/activiteiten.csv?pijler=health&amp;wijk=pottenberg"');
    expect(html).toContain('href="/activiteiten.atom?pijler=health&amp;wijk=pottenberg"');
  });
});

describe('any Origin', () => {
  it.each(['/activiteiten.ics', '/activiteiten.csv', '/activiteiten.atom', '/api/hsds/export.json', '/sitemap.xml', '/widget/activiteiten'])(
    '%s answers the same with an Origin from anywhere',
    async (path) => {
      const plain = await request(path);
      const foreign = await request(path, { headers: { Origin: 'https://elders.example' } });
      const opaque = await request(path, { headers: { Origin: 'null' } });
      expect([plain.status, foreign.status, opaque.status]).toEqual([200, 200, 200]);
      expect(foreign.headers.get('ETag') ?? '').toBe(plain.headers.get('ETag') ?? '');
    },
  );
});

describe('the widget', () => {
  it('renders a framable, cookie-free page; every other page refuses framing', async () => {
    const res = await request('/widget/activiteiten?wijk=pottenberg&pijler=health');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
    expect(res.headers.get('X-Frame-Options')).toBeNull();
    expect(res.headers.get('Set-Cookie')).toBeNull();
    const html = await res.text();
    expect(html).toContain('target="_top"');
    expect(html).toContain('<link rel="stylesheet" href="/css/widget.css">');
    expect(html).toContain('class="vw-widget--portal"');
    expect(html).not.toContain('portal.css');
    expect(html).not.toContain('<script');
    for (const path of ['/', '/activiteiten', '/api/v1/docs', `/activiteiten/${activityId}`, '/inloggen']) {
      const page = await request(path);
      expect(page.headers.get('Content-Security-Policy'), path).toContain("frame-ancestors 'none'");
      expect(page.headers.get('X-Frame-Options'), path).toBe('DENY');
    }
  });

  it('says when in words: "Vandaag" or "Morgen" where true, a one-off date once with its times', async () => {
    const organisation = await makeOrganisation({ name: 'Widgetwoorden' });
    await makeActivity({ organisationId: organisation.id, title: 'Morgen eenmalig', onceIn: 1, startTime: '14:00', endTime: '16:00' });
    const html = await (await request(`/widget/activiteiten?organisatie=${organisation.slug}`)).text();
    expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">Morgen<\/time>, 14:00–16:00/);
  });

  it('plain style, new-window links, and a bad or scripted parameter answered in Dutch without reflecting it', async () => {
    const plain = await (await request('/widget/activiteiten?stijl=eenvoudig&doel=nieuw')).text();
    expect(plain).not.toContain('portal.css');
    expect(plain).toContain('<link rel="stylesheet" href="/css/widget.css">');
    expect(plain).toContain('class="vw-widget--plain"');
    expect(plain).toContain('target="_blank" rel="noopener"');
    for (const query of [
      '?wijk=%3Cscript%3Ealert(1)%3C/script%3E',
      '?pijler="><img src=x onerror=alert(1)>',
      '?organisatie=<b>x</b>',
      '?wijk=bestaat-niet',
    ]) {
      const res = await request(`/widget/activiteiten${query}`);
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('Deze widget is niet goed ingesteld');
      expect(html).not.toMatch(/<script|<img|<b>/);
    }
  });

  it('the partner workspace offers the embed code of the organisation', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const html = await (await request('/portaal', { cookie })).text();
    expect(html).toContain('Op uw eigen website');
    expect(html).toContain(`<iframe src="/widget/activiteiten?organisatie=${organisation.slug}"`);
  });

  it('the neighbourhood page offers the embed code with a live preview', async () => {
    const html = await (await request('/wijken/pottenberg')).text();
    expect(html).toContain('Op uw eigen website');
    expect(html).toContain('&lt;iframe src=&quot;http://localhost/widget/activiteiten?wijk=pottenberg&quot;');
    expect(html).toContain('<iframe src="/widget/activiteiten?wijk=pottenberg"');
  });
});
