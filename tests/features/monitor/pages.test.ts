import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../../src/dates';
import { seedDemoData } from '../../../src/db/seed';
import { createUser, db, request, roundTrips, sessionCookie } from '../../helpers';

beforeAll(async () => {
  await seedDemoData(db());
});

describe('monitor pages', () => {
  it('a buurt page: indicators with value, city value, a trend chart with its numbers in text, class per wave', async () => {
    const res = await request('/monitor/buurten/BU09350203');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(html).toContain('<h1 class="utrecht-heading-1">Pottenberg</h1>');
    expect(html).toContain('Buurt in Buitenwijk West');
    expect(html).toMatch(/<svg class="vw-trend"[^>]*role="img"/);
    expect(html).toMatch(
      /<desc id="trend-lage-inkomens-d">Lijn van de buurt en gestippelde lijn van Maastricht\. Circusvis 2021: [\d,]+% \(Maastricht [\d,]+%\)/,
    );
    expect(html).toMatch(/Kaarten 2025: klasse \d: /);
    expect(html).toContain('href="/wijken/pottenberg"');
    expect(html).not.toContain('Problematische schulden');
    expect((await request('/monitor/buurten/BU09359999')).status).toBe(404);
    expect((await request('/monitor/buurten/pottenberg')).status).toBe(404);
  });

  it('the programme neighbourhood page shows its monitor figures in the same round trip', async () => {
    const res = await request('/wijken/pottenberg');
    const html = await res.text();
    expect(roundTrips(res)).toBe(1);
    expect(html).toContain('Cijfers uit de monitor');
    expect(html).toContain('href="/monitor/buurten/BU09350203"');
    expect(html).toContain('Verloop van Huishoudens met een laag inkomen per meting');
    expect(html).toContain('Voorbeeldcijfers (demo)');
  });

  it('compares two to four areas, or a buurt and the city, on every indicator', async () => {
    const res = await request(
      '/monitor/vergelijken?gebied=BU09350203&gebied=BU09350403&gebied=GM0935&gebied=bu09350100&gebied=BU09350006&meting=circusvis-2023',
    );
    const html = await res.text();
    expect(roundTrips(res)).toBe(1);
    expect(html).toContain('Vergelijking per indicator, Circusvis 2023');
    expect(html).toMatch(/<th class="utrecht-table__header-cell" scope="col">Villapark<\/th><\/tr>/);
    expect(html).not.toMatch(/scope="col">Wyck</);
    const one = await (await request('/monitor/vergelijken?gebied=BU09350203&gebied=BU09350203')).text();
    expect(one).toContain('Kies ten minste twee verschillende gebieden.');
  });

  it('coverage: pillar × buurt with activity counts linking to the filtered list, empty cells flagged, class next to the count', async () => {
    const res = await request('/monitor/dekking');
    const html = await res.text();
    expect(roundTrips(res)).toBe(1);
    expect(html).toMatch(/href="\/activiteiten\?pijler=health&amp;wijk=pottenberg">\d+ activiteiten, \d+ in de komende 4 weken/);
    expect(html).toContain('vw-coverage-empty');
    expect(html).toContain('hoge klasse, weinig activiteiten');
    // Programme neighbourhoods first.
    expect(html.indexOf('>Pottenberg<')).toBeLessThan(html.indexOf('>Amby<'));
  });

  it('coverage counts how often the public activities take place in the next 4 weeks, from the stored occurrences', async () => {
    const today = localDate(new Date());
    const { results } = await env.DB.prepare(
      `SELECT count(*) AS n FROM activity_occurrences o JOIN activities a ON a.id = o.activity_id
        JOIN organisations g ON g.id = a.organisation_id AND g.status = 'approved'
       WHERE o.date BETWEEN ? AND ? AND instr(o.pillar_keys, '|health|') > 0
         AND instr(o.neighbourhood_keys, '|' || (SELECT id FROM neighbourhoods WHERE slug = 'pottenberg') || '|') > 0
         AND a.status = 'published' AND a.stale_hidden_at IS NULL AND a.last_date >= ?`,
    )
      .bind(today, addDays(today, 27), today)
      .all<{ n: number }>();
    const times = results[0]!.n;
    expect(times).toBeGreaterThan(0);
    const html = await (await request('/monitor/dekking')).text();
    expect(html).toMatch(
      new RegExp(`href="/activiteiten\\?pijler=health&amp;wijk=pottenberg">\\d+ activiteiten, \\d+ in de komende 4 weken \\(${times} keer\\)`),
    );
  });

  it('the import is for the programme team: visitors go to login, others get 403', async () => {
    expect((await request('/monitor/import')).status).toBe(303);
    const funder = await sessionCookie((await createUser({ role: 'funder' })).id);
    expect((await request('/monitor/import', { cookie: funder })).status).toBe(403);
    const programme = await sessionCookie((await createUser({ role: 'programme' })).id);
    const page = await request('/monitor/import', { cookie: programme });
    expect(page.status).toBe(200);
    expect(roundTrips(page)).toBeLessThanOrEqual(2);
  });
});
