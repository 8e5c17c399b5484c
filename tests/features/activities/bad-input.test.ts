import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/db/seed';
import { db, request, roundTrips } from '../../helpers';
import { cardTitles, resultCount } from './fixtures';

let allCount = 0;

async function page(query: string) {
  const res = await request(`/activiteiten${query}`);
  const html = await res.text();
  return { res, html, titles: cardTitles(html) };
}

beforeAll(async () => {
  await seedDemoData(db());
  allCount = resultCount((await page('')).html);
});

describe('bad filter values: the page renders, says what was ignored, and shows the unfiltered results', () => {
  const cases: [string, string][] = [
    ['?pijler=onbekend', 'De pijler “onbekend” bestaat niet. We tonen de activiteiten van alle pijlers.'],
    ['?wijk=atlantis', 'De wijk “atlantis” kennen we niet. We tonen de activiteiten in alle wijken.'],
    ['?wijk=Pottenberg%20Oost!', 'De wijk “Pottenberg Oost!” kennen we niet.'],
    ['?doelgroep=marsbewoners', 'De doelgroep “marsbewoners” kennen we niet.'],
    ['?van=2026-02-30', '“2026-02-30” is geen geldige vanaf-datum.'],
    ['?tot=morgen', '“morgen” is geen geldige tot-datum.'],
    ['?periode=volgend-jaar', 'De periode “volgend-jaar” kennen we niet. We tonen alle datums.'],
  ];
  it.each(cases)('%s', async (query, message) => {
    const { res, html } = await page(query);
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(html).toContain(message);
    expect(resultCount(html)).toBe(allCount);
  });

  it('ignores an until date before the from date', async () => {
    const { res, html } = await page('?van=2030-01-10&tot=2030-01-01');
    expect(res.status).toBe(200);
    expect(html).toContain('De tot-datum ligt vóór de vanaf-datum. We hebben de tot-datum niet gebruikt.');
  });

  it('shows the messages in English too', async () => {
    const res = await request('/activiteiten?pijler=onbekend', { cookie: 'taal=en' });
    expect(await res.text()).toContain('The pillar “onbekend” does not exist.');
  });

  it('takes the first of repeated parameters', async () => {
    const { res, html } = await page('?pijler=health&pijler=nonsense');
    expect(res.status).toBe(200);
    expect(html).toContain('<option value="health" selected="">');
  });

  it('survives malformed percent-encoding', async () => {
    const { res } = await page('?zoek=%E0%A4%A&wijk=%');
    expect(res.status).toBe(200);
  });
});

describe('the search box treats everything as data', () => {
  it('handles a 10,000-character search text', async () => {
    const { res, html } = await page(`?zoek=${'taal '.repeat(2000)}`);
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(html).toContain('Uw zoektekst is erg lang. We zoeken alleen op de eerste 200 tekens.');
    expect(resultCount(html)).toBeGreaterThan(0);
  });

  it('handles 10,000 characters without any spaces', async () => {
    const { res } = await page(`?zoek=${'x'.repeat(10_000)}`);
    expect(res.status).toBe(200);
  });

  it.each([
    "'; DROP TABLE activities; --",
    '" OR 1=1 --',
    "taal' UNION SELECT password_hash FROM users --",
    'taal" OR "x',
    'NEAR(taal cafe, 2)',
    'title:taal',
    'taal AND NOT cafe OR *',
    '^taal* - (cafe)',
    '{title summary}: taal',
  ])('SQL and FTS syntax are plain words: %s', async (input) => {
    const { res, html } = await page(`?zoek=${encodeURIComponent(input)}`);
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(html).toContain('gevonden.');
    const { results } = await env.DB.prepare('SELECT count(*) AS n FROM activities').all<{ n: number }>();
    expect(results[0]!.n).toBeGreaterThan(40);
  });

  it('an FTS operator as a word finds nothing unexpected', async () => {
    const { titles } = await page('?zoek=NEAR');
    expect(titles).toEqual([]);
  });

  it('escapes HTML in the search box and in messages', async () => {
    const input = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const { res, html } = await page(`?zoek=${encodeURIComponent(input)}&wijk=${encodeURIComponent('<b>x</b>')}`);
    expect(res.status).toBe(200);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>x</b>');
    expect(html).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"');
    expect(html).toContain('De wijk “&lt;b&gt;x&lt;/b&gt;” kennen we niet.');
  });

  it('explains a search text without letters or digits', async () => {
    const { res, html } = await page(`?zoek=${encodeURIComponent('"*"() -')}`);
    expect(res.status).toBe(200);
    expect(html).toContain('Uw zoektekst bevat geen letters of cijfers om op te zoeken. We tonen alle activiteiten.');
    expect(resultCount(html)).toBe(allCount);
  });
});

describe('activity ids', () => {
  it.each(['abc', '0', '-1', '1e3', '99999999', '9'.repeat(40), "1'%20OR%20'1'='1", '%3Cscript%3E'])(
    'answers /activiteiten/%s with a Dutch 404',
    async (id) => {
      const res = await request(`/activiteiten/${id}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('Pagina niet gevonden');
    },
  );
});
