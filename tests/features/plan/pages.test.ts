import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, roundTrips, sessionCookie } from '../../helpers';
import { makePlanFixture } from './fixtures';

let f: Awaited<ReturnType<typeof makePlanFixture>>;
beforeAll(async () => {
  f = await makePlanFixture();
});

/** The text of the goal's article on a plan page, up to the next goal of the same level. */
const goalBlock = (html: string, goalId: number) => {
  const start = html.indexOf(`id="doel-${goalId}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</article>', start));
};

describe('/programma', () => {
  it('shows the adopted agenda (not its newer concept) by pillar, in one round trip', async () => {
    const res = await request('/programma');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(html).toContain('<h1 class="utrecht-heading-1">Strategische agenda 2025–2029</h1>');
    expect(html).toContain('Versie 1 · Vastgesteld');
    expect(html).toContain('Vastgesteld op 14 maart 2025 door Stuurgroep Veerkrachtige Wijken');
    expect(html).not.toContain('Alleen in het concept');
    expect(html).not.toContain('Concept — nog niet vastgesteld');
    expect(html).not.toContain('vw-demo-note');
    expect(html.indexOf('id="pijler-health"')).toBeLessThan(html.indexOf(`id="doel-${f.a1}"`));
    expect(html.indexOf('id="pijler-livelihood"')).toBeLessThan(html.indexOf(`id="doel-${f.a2}"`));
    expect(html).toContain('href="/programma/versies"');
    expect(html).toContain('href="/programma/afdrukken"');
  });

  it('each goal with status, rolled-up progress, indicator against target with a chart, and counts', async () => {
    const html = await (await request('/programma')).text();
    const a1 = goalBlock(html, f.a1);
    expect(a1).toContain('Op koers');
    expect(a1).toContain('value="75"'); // (3·100 + 1·0) / 4
    expect(a1).toContain('75% gerealiseerd (berekend uit de subdoelen)');
    expect(a1).toContain('doel 2027: 60,0% · nu 52,0% (2025)');
    expect(a1).toMatch(/<svg class="vw-plan-chart__svg"[^>]*role="img"/);
    expect(a1).toContain('Metingen: Testmeting 2023: 50,0%; Testmeting 2025: 52,0%. Doelen: 2027: 60,0%.');
    // The current activity of sub-goal A1a and the one of the Pottenberg goal under A1; not the archived or past ones.
    expect(a1).toContain('2 activiteiten en 0 projecten dragen bij');
    expect(goalBlock(html, f.a1a)).toContain('1 activiteit en 0 projecten dragen bij');
    expect(goalBlock(html, f.a1b)).toContain('0 activiteiten en 0 projecten dragen bij');
    const a2 = goalBlock(html, f.a2);
    expect(a2).toContain('Achter op schema');
    expect(a2).toContain('doel 2027: 15,0% · nu 24,0% (2025)');
    expect(a2).toContain('0 activiteiten en 1 project dragen bij');
  });
});

describe('/wijken/:slug/plan', () => {
  it('shows the execution plan with the demo notice, a suppressed small number, and links to its activities', async () => {
    const res = await request('/wijken/pottenberg/plan');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(html).toContain('Uitvoeringsplan Pottenberg 2025–2026');
    expect(html).toContain('vw-demo-note');
    expect(html).toContain('href="/activiteiten?wijk=pottenberg"');
    expect(html).toContain('href="/wijken/pottenberg/plan/versies"');
    const p1 = goalBlock(html, f.p1);
    expect(p1).toContain('doel Testmeting 2025: 55,0% · nu te weinig waarnemingen (2025)');
    expect(p1).toContain('1 activiteit en 0 projecten dragen bij');
    expect(p1).toContain(`href="/activiteiten/${f.activities.inPottenberg.id}">Buurtmaaltijd Pottenberg</a>`);
  });

  it('marks a concept plan clearly', async () => {
    const html = await (await request('/wijken/nazareth/plan')).text();
    expect(html).toContain('Concept — nog niet vastgesteld');
    expect(html).toContain('Versie 1 · Concept');
    expect(goalBlock(html, f.n1)).toContain('0 activiteiten'); // its only activity is over
  });

  it('answers a neighbourhood without a plan with a sentence, an unknown one with 404; linked from the neighbourhood page', async () => {
    const html = await (await request('/wijken/pottenberg')).text();
    expect(html).toContain('href="/wijken/pottenberg/plan"');
    expect((await request('/wijken/bestaat-niet/plan')).status).toBe(404);
  });

  it('shows the small number to the programme team', async () => {
    const user = await createUser({ role: 'programme' });
    const html = await (await request('/wijken/pottenberg/plan', { cookie: await sessionCookie(user.id) })).text();
    expect(goalBlock(html, f.p1)).toContain('nu 45,0% (klein aantal, alleen zichtbaar voor het programmateam) (2025)');
  });
});

describe('/programma/doelen/:id', () => {
  it('an agenda goal: breadcrumb, progress, indicator table, sub-goals, execution goals under it and its activities', async () => {
    const res = await request(`/programma/doelen/${f.a1}`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(html).toContain('<h1 class="utrecht-heading-1">Gezond meedoen</h1>');
    expect(html).toMatch(/<nav class="vw-breadcrumb"[^>]*>.*href="\/programma">Strategische agenda 2025–2029<\/a>/s);
    expect(html).toContain('75% gerealiseerd');
    expect(html).toContain('Nulmeting: 50,0% (Testmeting 2023)');
    expect(html).toMatch(/<th class="utrecht-table__header-cell" scope="row">Testmeting 2025<\/th><td[^>]*>52,0%<\/td>/);
    expect(html).toContain(`href="/programma/doelen/${f.a1a}"`);
    expect(html).toContain(`href="/programma/doelen/${f.p1}"`);
    expect(html).toContain('Activiteiten die bijdragen (2)');
    expect(html).toContain('Koffie voor ontmoeting');
    expect(html).toContain('Buurtmaaltijd Pottenberg');
    expect(html).not.toContain('Gearchiveerde wandeling');
    expect(html).not.toContain('Voorbije markt');
    expect(html).not.toContain('Losse yogales');
    // The draft and the stale-hidden activity serve A1b, but are not public: A1b counts none.
    expect(html).not.toContain('Conceptactiviteit');
    expect(html).not.toContain('Verborgen verouderde les');
  });

  it('a sub-goal shows its place in the tree; a goal with a project lists it', async () => {
    const sub = await (await request(`/programma/doelen/${f.a1a}`)).text();
    expect(sub).toContain(`href="/programma/doelen/${f.a1}">Gezond meedoen</a>`);
    expect(sub).toContain('<span aria-current="page">Meer ontmoeting</span>');
    const a2 = await (await request(`/programma/doelen/${f.a2}`)).text();
    expect(a2).toContain('Projecten die bijdragen (1)');
    expect(a2).toContain('href="/projecten/plan-schuldhulp"');
  });

  it('an execution goal links to its agenda goal and is marked demo; unknown goals are 404', async () => {
    const html = await (await request(`/programma/doelen/${f.p1}`)).text();
    expect(html).toContain(`href="/programma/doelen/${f.a1}">Gezond meedoen</a>`);
    expect(html).toContain('vw-demo-note');
    expect(html).toContain('Plan Partner Stichting');
    expect((await request('/programma/doelen/999999')).status).toBe(404);
    expect((await request('/programma/doelen/abc')).status).toBe(404);
  });
});

describe('print views', () => {
  it('/programma/afdrukken reads as the plan document: title page, contents by pillar, goals, indicators table', async () => {
    const res = await request('/programma/afdrukken');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(html).toContain('class="vw-plan-print__title-page"');
    expect(html).toContain('Periode 2025–2029');
    expect(html).toMatch(
      /<h2 class="utrecht-heading-2" id="inhoud-plan">Inhoud<\/h2><ol[^>]*><li[^>]*><a class="utrecht-link" href="#hoofdstuk-health">Positieve gezondheid<\/a>/,
    );
    expect(html).toContain('Ambitie: Gezond meedoen');
    expect(html).toContain('Doel: Meer ontmoeting');
    expect(html).toMatch(
      /<th class="utrecht-table__header-cell" scope="row">Minder schulden<\/th><td[^>]*>Huishoudens met schulden<\/td><td[^>]*>–<\/td><td[^>]*>24,0% \(2025\)<\/td><td[^>]*>2027: 15,0%<\/td>/,
    );
    expect(html).not.toContain('style=');
  });

  it('/wijken/:slug/plan/afdrukken prints the execution plan, with the concept and demo marks; 404 without a plan', async () => {
    const concept = await (await request('/wijken/nazareth/plan/afdrukken')).text();
    expect(concept).toContain('Concept — nog niet vastgesteld');
    const demo = await (await request('/wijken/pottenberg/plan/afdrukken')).text();
    expect(demo).toContain('vw-demo-note');
    expect(demo).toContain('Verantwoordelijke partners: Plan Partner Stichting');
    expect((await request('/wijken/bestaat-niet/plan/afdrukken')).status).toBe(404);
  });
});

describe('in English', () => {
  it('reads the indicator against target and the counts in English', async () => {
    const html = await (await request('/programma', { cookie: 'taal=en' })).text();
    expect(html).toContain('target 2027: 60.0% · now 52.0% (2025)');
    expect(html).toContain('2 activities and 0 projects contribute');
    expect(html).toContain('Adopted on 14 March 2025 by Stuurgroep Veerkrachtige Wijken');
  });
});
