import { beforeAll, describe, expect, it } from 'vitest';
import { daysBetween, endOfWeek, addDays } from '../../../src/dates';
import { postForm, request, roundTrips } from '../../helpers';
import { cardTitles, makeActivity, makeOrganisation, resultCount, today } from './fixtures';

// A small, fully known set: every filter's expected result can be written down exactly.
const A = 'Alpha taalcafé';
const B = 'Bravo wandelgroep';
const C = 'Charlie huiswerkbegeleiding';
const D = 'Delta spreekuur schulden';
const E = 'Echo jongerenavond';

async function page(query: string, init: Parameters<typeof request>[1] = {}) {
  const res = await request(`/activiteiten${query}`, init);
  const html = await res.text();
  return { res, html, titles: cardTitles(html) };
}

beforeAll(async () => {
  const org = await makeOrganisation({ name: 'Filterpartner' });
  const pending = await makeOrganisation({ name: 'Nog niet goedgekeurd', status: 'pending' });
  const nextMonday = daysBetween(today(), endOfWeek(today())) + 1;
  await makeActivity({
    organisationId: org.id,
    title: A,
    pillars: ['livelihood', 'equal-chances'],
    neighbourhoods: ['nazareth'],
    targetGroups: ['newcomers'],
    onceIn: 0,
    startTime: '00:00',
    locationName: 'Trefpunt',
  });
  await makeActivity({
    organisationId: org.id,
    title: B,
    pillars: ['health'],
    neighbourhoods: ['pottenberg'],
    targetGroups: ['seniors'],
    weekly: [0, 1, 2, 3, 4, 5, 6],
    firstIn: -14,
    startTime: '00:01',
  });
  await makeActivity({
    organisationId: org.id,
    title: C,
    pillars: ['equal-chances'],
    neighbourhoods: ['pottenberg'],
    targetGroups: ['children'],
    onceIn: 20,
  });
  await makeActivity({
    organisationId: org.id,
    title: D,
    pillars: ['livelihood'],
    neighbourhoods: ['pottenberg', 'nazareth'],
    targetGroups: ['adults'],
    onceIn: 40,
  });
  await makeActivity({
    organisationId: org.id,
    title: E,
    pillars: ['equal-chances'],
    neighbourhoods: ['nazareth'],
    targetGroups: ['youth'],
    weekly: [0],
    firstIn: nextMonday,
  });
  // Never public: past, draft, hidden as stale, of a pending organisation, recurring series already ended.
  await makeActivity({ organisationId: org.id, title: 'Foxtrot voorbij', onceIn: -2 });
  await makeActivity({ organisationId: org.id, title: 'Golf concept', status: 'draft' });
  await makeActivity({ organisationId: org.id, title: 'Hotel verborgen', staleHidden: true });
  await makeActivity({ organisationId: pending.id, title: 'India wacht op goedkeuring' });
  await makeActivity({ organisationId: org.id, title: 'Juliet afgelopen', weekly: [2], firstIn: -60, lastIn: -1 });
});

describe('/activiteiten without filters', () => {
  it('lists only publicly visible activities, soonest first, with the count and one round trip', async () => {
    const { res, html, titles } = await page('');
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(titles).toEqual([A, B, E, C, D]);
    expect(resultCount(html)).toBe(5);
    expect(html).toContain('Pagina 1 van 1.');
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });
});

describe('each filter alone', () => {
  const cases: [string, string[]][] = [
    ['?pijler=health', [B]],
    ['?pijler=livelihood', [A, D]],
    ['?pijler=equal-chances', [A, E, C]],
    ['?wijk=pottenberg', [B, C, D]],
    ['?wijk=nazareth', [A, E, D]],
    ['?doelgroep=children', [C]],
    ['?doelgroep=seniors', [B]],
    ['?doelgroep=professionals', []],
    [`?van=${addDays(today(), 10)}`, [B, E, C, D]],
    [`?tot=${addDays(today(), 10)}`, [A, B, E]],
    ['?periode=deze-week', [A, B]],
    ['?zoek=taalcafe', [A]],
    ['?zoek=huisw', [C]],
    ['?zoek=Trefpunt', [A]],
    ['?zoek=schulden+spreekuur', [D]],
    ['?zoek=spreekuur+jongeren', []],
  ];
  it.each(cases)('%s', async (query, expected) => {
    const { res, html, titles } = await page(query);
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(titles).toEqual(expected);
    expect(resultCount(html)).toBe(expected.length);
  });
});

describe('filters combined', () => {
  const cases: [string, string[]][] = [
    ['?pijler=equal-chances&wijk=pottenberg', [C]],
    ['?pijler=equal-chances&wijk=nazareth&doelgroep=youth', [E]],
    ['?pijler=livelihood&wijk=nazareth&zoek=taal', [A]],
    ['?wijk=pottenberg&periode=deze-week', [B]],
    [`?van=${addDays(today(), 10)}&tot=${addDays(today(), 30)}`, [B, E, C]],
    [`?periode=deze-week&tot=${addDays(today(), 60)}&pijler=livelihood`, [A]],
    ['?pijler=health&doelgroep=children', []],
  ];
  it.each(cases)('%s', async (query, expected) => {
    const { res, titles } = await page(query);
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(titles).toEqual(expected);
  });

  it('says so when nothing matches', async () => {
    const { html } = await page('?pijler=health&doelgroep=children');
    expect(html).toContain('Geen activiteiten gevonden.');
    expect(html).toContain('Er zijn geen activiteiten die bij uw keuze passen.');
    expect(html).not.toContain('class="vw-pager"');
  });
});

describe('one form for both paths', () => {
  it('is a plain GET form to /activiteiten with a labelled control for every filter, keeping the chosen values', async () => {
    const { html } = await page(`?pijler=health&wijk=pottenberg&doelgroep=seniors&van=${today()}&periode=deze-week&zoek=wandel`);
    const form = /<form class="vw-filter-form"[^>]*>/.exec(html)?.[0] ?? '';
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/activiteiten"');
    expect(form).toContain('hx-get="/activiteiten"');
    expect(form).toContain('hx-target="#resultaten"');
    expect(form).toContain('hx-push-url="true"');
    for (const name of ['zoek', 'pijler', 'wijk', 'doelgroep', 'van', 'tot', 'periode']) {
      expect(html).toContain(`name="${name}"`);
      expect(html).toContain(`for="filter-${name}"`);
      expect(html).toContain(`id="filter-${name}"`);
    }
    expect(html).toContain('<option value="health" selected="">');
    expect(html).toContain('<option value="pottenberg" selected="">');
    expect(html).toContain('<option value="seniors" selected="">');
    expect(html).toMatch(/name="periode" value="deze-week" checked=""/);
    expect(html).toContain('value="wandel"');
    expect(cardTitles(html)).toEqual([B]);
  });

  it('answers an htmx request with only the results fragment', async () => {
    const { res, html, titles } = await page('?pijler=livelihood', { htmx: true });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(false);
    expect(html).not.toContain('<html');
    expect(html).not.toContain('<form');
    expect(html).toContain('id="resultaten-status"');
    expect(html).toContain('aria-live="polite"');
    expect(titles).toEqual([A, D]);
    expect(res.headers.get('Vary')).toContain('HX-Request');
  });

  it('answers a history restore (back button) with the whole page', async () => {
    const { html, titles } = await page('?pijler=livelihood', { htmx: true, headers: { 'HX-History-Restore-Request': 'true' } });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<form class="vw-filter-form"');
    expect(titles).toEqual([A, D]);
  });

  it('gives the same results with and without JavaScript', async () => {
    const query = '?wijk=nazareth&pijler=equal-chances';
    const full = await page(query);
    const fragment = await page(query, { htmx: true });
    expect(fragment.titles).toEqual(full.titles);
    expect(resultCount(fragment.html)).toBe(resultCount(full.html));
  });

  it('puts the result count in a polite live region inside the results landmark', async () => {
    const { html } = await page('');
    expect(html).toMatch(/<section id="resultaten" class="vw-results" aria-labelledby="resultaten-titel">/);
    expect(html).toMatch(
      /<div id="resultaten-status" class="vw-results-status" role="status" aria-live="polite"><p class="utrecht-paragraph"><strong>5 activiteiten gevonden\.<\/strong>/,
    );
  });
});

describe('language', () => {
  it('renders English with the taal=en cookie, keeping the filters', async () => {
    const { res, html, titles } = await page('?pijler=livelihood', { cookie: 'taal=en' });
    expect(res.status).toBe(200);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('2 activities found.');
    expect(html).toContain('<label class="utrecht-form-label" for="filter-pijler">Pillar</label>');
    expect(html).toContain('<option value="livelihood" selected="">Livelihood security</option>');
    expect(titles).toEqual([A, D]);
  });

  it('the switch returns to the list with its filters', async () => {
    const back = `/activiteiten?pijler=livelihood&wijk=nazareth`;
    const res = await postForm('/taal', { taal: 'en', terug: back });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(back);
    const { html, titles } = await page('?pijler=livelihood&wijk=nazareth', { cookie: 'taal=en' });
    expect(html).toContain('name="terug" value="/activiteiten?pijler=livelihood&amp;wijk=nazareth"');
    expect(titles).toEqual([A, D]);
  });
});
