// Issue 17: the resident's first screen (search, quick links, filter disclosure), the header's person menu per role,
// the footer, where each role lands after login, and Dutch partner content marked on English pages.
import { beforeAll, describe, expect, it } from 'vitest';
import { landingPath } from '../../src/auth/landing';
import { seedDemoData } from '../../src/db/seed';
import { quickLinks, weekendOf } from '../../src/features/home/quick-links';
import { createUser, db, loginWithPassword, partnerWithOrganisation, request, sessionCookie } from '../helpers';

beforeAll(async () => {
  await seedDemoData(db());
});

const personMenu = (html: string) => {
  const start = html.indexOf('<details class="vw-person-menu">');
  return start < 0 ? '' : html.slice(start, html.indexOf('</details>', start));
};

describe('home page first screen', () => {
  it('has a search box for /activiteiten and the quick links before the list of activities', async () => {
    const html = await (await request('/')).text();
    const search = html.indexOf('<input class="utrecht-textbox utrecht-textbox--html-input" id="home-zoek" name="zoek" type="search"');
    expect(search).toBeGreaterThan(0);
    expect(html).toContain('<form class="vw-home-search__form" method="get" action="/activiteiten" role="search"');
    for (const label of ['Vandaag', 'Deze week', 'Dit weekend'])
      expect(html).toMatch(new RegExp(`<a class="utrecht-link" href="/activiteiten\\?[^"]+">${label}</a>`));
    expect(search).toBeLessThan(html.indexOf('id="binnenkort"'));
    expect(html.indexOf('id="binnenkort"')).toBeLessThan(html.indexOf('id="ambitie"'));
  });

  it('computes today, this week and the weekend in the list parameters', () => {
    expect(quickLinks('2026-12-02')).toEqual({
      today: '/activiteiten?van=2026-12-02&tot=2026-12-02',
      thisWeek: '/activiteiten?periode=deze-week',
      thisWeekend: '/activiteiten?van=2026-12-05&tot=2026-12-06',
    });
    expect(weekendOf('2026-12-05')).toEqual(['2026-12-05', '2026-12-06']); // a Saturday
    expect(weekendOf('2026-12-06')).toEqual(['2026-12-06', '2026-12-06']); // a Sunday: what is left of it
    expect(weekendOf('2026-12-07')).toEqual(['2026-12-12', '2026-12-13']); // a Monday
  });
});

describe('/activiteiten filter disclosure', () => {
  it('puts the search field first and the other filters in a closed details that counts the active ones', async () => {
    const plain = await (await request('/activiteiten')).text();
    expect(plain).toContain('<details class="vw-filter-disclosure"><summary class="vw-filter-disclosure__summary">Filters</summary>');
    expect(plain.indexOf('id="filter-zoek"')).toBeLessThan(plain.indexOf('<details class="vw-filter-disclosure"'));
    expect(plain.indexOf('id="filter-pijler"')).toBeGreaterThan(plain.indexOf('<details class="vw-filter-disclosure"'));
    const filtered = await (await request('/activiteiten?pijler=health&wijk=pottenberg&periode=deze-week&zoek=buurt')).text();
    expect(filtered).toContain('<summary class="vw-filter-disclosure__summary">Filters (3 actief)</summary>');
  });

  it('shows compact cards: no summary, organiser or cost on the card, the pillar with its icon', async () => {
    const html = await (await request('/activiteiten')).text();
    const card = html.slice(html.indexOf('<article class="vw-card vw-activity-card"'), html.indexOf('</article>'));
    expect(card).toContain('<dl class="vw-card-facts">');
    expect(card).toMatch(/<ul class="vw-card-pillars"><li><svg class="vw-pillar-icon"[^>]*><use href="#vw-icon-[a-z-]+"><\/use><\/svg>[A-Z]/);
    expect(card).not.toContain('Organisatie');
    expect(card).not.toContain('Kosten');
    expect(html).toContain('<symbol id="vw-icon-health"');
  });

  it('marks the Dutch partner content on an English page and says so once', async () => {
    const html = await (await request('/activiteiten', { cookie: 'taal=en' })).text();
    expect(html).toContain('The activities come from partners and are in Dutch.');
    expect(html).toMatch(/<article class="vw-card vw-activity-card" aria-labelledby="activiteit-\d+" lang="nl">/);
    expect(html).toContain('<span class="vw-visually-hidden" lang="en">When</span>');
    const id = /href="\/activiteiten\/(\d+)"/.exec(html)![1];
    const detail = await (await request(`/activiteiten/${id}`, { cookie: 'taal=en' })).text();
    expect(detail).toMatch(/<h1 class="utrecht-heading-1" id="activiteit-titel"><span lang="nl">/);
    expect(detail).toContain('The activities come from partners and are in Dutch.');
    expect(detail).toContain('<p class="utrecht-paragraph utrecht-paragraph--lead" lang="nl">');
    const dutchDetail = await (await request(`/activiteiten/${id}`)).text();
    expect(dutchDetail).not.toContain('<span lang="nl">');
    const dutch = await (await request('/activiteiten')).text();
    expect(dutch).not.toMatch(/vw-activity-card" aria-labelledby="activiteit-\d+" lang=/);
    expect(dutch).not.toContain('are in Dutch');
  });
});

describe('header and footer', () => {
  it('says Veerkrachtige Wijken on resident pages and Partnerportaal on portal pages, with the wordmark', async () => {
    const home = await (await request('/activiteiten')).text();
    expect(home).toContain('<header class="vw-header" data-area="resident">');
    expect(home).toContain(
      '<span class="vw-brand__name">Veerkrachtige Wijken</span><span class="vw-brand__tagline">Pottenberg en Nazareth · Maastricht</span>',
    );
    const login = await (await request('/inloggen')).text();
    expect(login).toContain('<header class="vw-header" data-area="portal">');
    expect(login).toContain('<span class="vw-brand__tagline">Partnerportaal</span>');
    expect(login).toContain('<svg class="vw-brand__mark"');
  });

  it('has a footer with the contact, the privacy statement, the accessibility statement and a colophon', async () => {
    const html = await (await request('/')).text();
    const footer = html.slice(html.indexOf('<footer'));
    expect(footer).toContain('href="mailto:programmateam@veerkrachtigewijken.example"');
    expect(footer).toContain('href="tel:14043"');
    expect(footer).toContain('<a class="utrecht-link" href="/privacy">Privacy</a>');
    expect(footer).toContain('<a class="utrecht-link" href="/toegankelijkheid">Toegankelijkheidsverklaring</a>');
    expect(footer).toContain('>Colofon</h3>');
  });

  it('names the person with a menu of Mijn account and the areas the policy allows, on every page', async () => {
    const programme = await createUser({ role: 'programme', name: 'Pien Programma' });
    const cookie = await sessionCookie(programme.id);
    for (const path of ['/', '/activiteiten', '/beoordelen', '/account']) {
      const menu = personMenu(await (await request(path, { cookie })).text());
      expect(menu, path).toContain('<span class="vw-person-menu__name">Pien Programma</span>');
      expect(menu, path).toContain('<a class="utrecht-link" href="/account">Mijn account</a>');
      expect(menu, path).toContain('href="/beoordelen"');
      expect(menu, path).toContain('href="/projectbeheer"');
      expect(menu, path).toContain('href="/financier"');
      expect(menu, path).not.toContain('href="/portaal"');
      expect(menu, path).not.toContain('href="/beheer"');
    }
    const partner = await partnerWithOrganisation();
    const partnerMenu = personMenu(await (await request('/', { cookie: partner.cookie })).text());
    expect(partnerMenu).toContain('href="/portaal"');
    for (const area of ['/beoordelen', '/projectbeheer', '/financier', '/beheer']) expect(partnerMenu).not.toContain(`href="${area}"`);
    const funder = await createUser({ role: 'funder' });
    const funderMenu = personMenu(await (await request('/', { cookie: await sessionCookie(funder.id) })).text());
    expect(funderMenu).toContain('href="/financier"');
    expect(funderMenu).not.toContain('href="/portaal"');
    expect(personMenu(await (await request('/')).text())).toBe('');
  });

  it('does not tell the programme team or a funder to register an organisation on Mijn portaal', async () => {
    for (const role of ['programme', 'funder'] as const) {
      const user = await createUser({ role });
      const html = await (await request('/portaal', { cookie: await sessionCookie(user.id) })).text();
      expect(html, role).not.toContain('Meld uw organisatie aan');
      expect(html, role).toContain('Mijn portaal is de werkplek van partnerorganisaties.');
      expect(html, role).toContain(`href="${role === 'programme' ? '/beoordelen' : '/financier'}">Naar uw werkplek</a>`);
    }
  });
});

describe('where each role lands after logging in', () => {
  it('sends the programme team to /beoordelen, the funder to /financier, the admin to /beheer and partners to /portaal', () => {
    expect(landingPath('programme', [])).toBe('/beoordelen');
    expect(landingPath('funder', [])).toBe('/financier');
    expect(landingPath('admin', [])).toBe('/beheer');
    expect(landingPath('partner', [{ organisationId: 1, organisationStatus: 'approved' }])).toBe('/portaal');
  });

  it('redirects a funder and a partner there from the login form', async () => {
    const funder = await createUser({ role: 'funder' });
    expect((await loginWithPassword(funder.email)).res.headers.get('Location')).toBe('/financier');
    const partner = await partnerWithOrganisation();
    expect((await loginWithPassword(partner.user.email)).res.headers.get('Location')).toBe('/portaal');
  });
});
