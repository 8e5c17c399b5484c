import { beforeAll, describe, expect, it } from 'vitest';
import { request, roundTrips } from '../../helpers';
import { asFunder, asMemberOf, asRole, MIRADOR, seedOnce, TERRA } from './support';

beforeAll(seedOnce);

/** Things only the programme team and funders of the programme may see on Miradorplein. */
const RESTRICTED = [
  'Regio Deal Zuid-Limburg (Rijk)',
  'Besteed',
  'Mijlpalen',
  'Aanbesteding herinrichting gegund',
  'Risico',
  'Tijdlijn',
  'Aanbesteding vertraagd',
  'Kwartaalrapportages',
];

describe('/projecten (public list)', () => {
  it('lists both demo projects with phase and neighbourhood in one round trip', async () => {
    const res = await request('/projecten');
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    const html = await res.text();
    expect(html).toContain('href="/projecten/miradorplein-nazareth"');
    expect(html).toContain('href="/projecten/terra-cottaplein-pottenberg"');
    expect(html).toContain('Uitvoering');
    expect(html).toContain('Voorbereiding');
    expect(html).toContain('Regio Deal Zuid-Limburg (4e tranche)');
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it('speaks English after the language switch', async () => {
    const html = await (await request('/projecten', { cookie: 'taal=en' })).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Implementation');
  });
});

describe('/projecten/:slug for visitors and partner members: the public part only', () => {
  it('shows summary, phase, partners, linked activities and the total budget to a visitor, in one round trip', async () => {
    const res = await request(`/projecten/${MIRADOR}`);
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    const html = await res.text();
    expect(html).toContain('groene, veilige ontmoetingsplek');
    expect(html).toContain('Uitvoering');
    expect(html).toContain('href="/partners/gemeente-maastricht"');
    expect(html).toContain('Trekkers');
    expect(html).toContain('Financiers');
    expect(html).toContain('Buurtmoestuin Miradorplein');
    expect(html).toContain('Totale begroting');
    expect(html).toContain('€ 2.200.000,00');
    for (const text of RESTRICTED) expect(html).not.toContain(text);
    expect(html).not.toContain('voortgang.atom');
  });

  it('shows a partner member (not of the lead) the same public part, within two round trips', async () => {
    const { cookie } = await asMemberOf('woonpunt');
    const res = await request(`/projecten/${MIRADOR}`, { cookie });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    const html = await res.text();
    expect(html).toContain('€ 2.200.000,00');
    for (const text of RESTRICTED) expect(html).not.toContain(text);
    expect(html).not.toContain('Voortgangsbericht plaatsen');
  });

  it('offers a member of the lead partner to post an update, still without budget detail', async () => {
    const { cookie } = await asMemberOf('gemeente-maastricht');
    const html = await (await request(`/projecten/${MIRADOR}`, { cookie })).text();
    expect(html).toContain(`href="/projecten/${MIRADOR}/voortgang/nieuw"`);
    expect(html).toContain('Voortgangsberichten van uw organisatie');
    for (const text of RESTRICTED) expect(html).not.toContain(text);
  });

  it('answers an unknown project with a Dutch 404', async () => {
    const res = await request('/projecten/bestaat-niet');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Pagina niet gevonden');
  });
});

describe('/projecten/:slug for funders and the programme team: everything', () => {
  it('shows a funder without programme limits health, progress, overdue milestones, budget lines and the timeline', async () => {
    const { cookie } = await asFunder();
    const res = await request(`/projecten/${MIRADOR}`, { cookie });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    const html = await res.text();
    for (const text of RESTRICTED) expect(html).toContain(text);
    expect(html).toContain('30% van de mijlpalen (naar gewicht) gereed'); // (2 + 1) / 10
    expect(html).toContain('vw-project-flag--overdue');
    expect(html).toContain('€ 1.200.000,00');
    expect(html).toContain('€ 182.340,50');
    expect(html).toContain('Fase gewijzigd van Voorbereiding naar Uitvoering.');
    expect(html).toContain('Status gewijzigd van Op koers naar Risico.');
    expect(html).toContain(`href="/projecten/${MIRADOR}/voortgang.atom"`);
    // A partner's update still waiting for review is not on the timeline.
    expect(html).not.toContain('Buurtmoestuin draait al');
    expect(html).not.toContain('Project beheren');
  });

  it('limits a funder to their programmes: outside them only the public part', async () => {
    const { cookie } = await asFunder(['regio-deal-6']);
    const own = await (await request(`/projecten/${TERRA}`, { cookie })).text();
    expect(own).toContain('Regio Deal (Rijk)');
    expect(own).toContain('Programma van eisen vastgesteld');
    const other = await request(`/projecten/${MIRADOR}`, { cookie });
    expect(other.status).toBe(200);
    const html = await other.text();
    for (const text of RESTRICTED) expect(html).not.toContain(text);
  });

  it('shows the programme team everything plus the management links and the report form', async () => {
    const { cookie } = await asRole('programme');
    const res = await request(`/projecten/${TERRA}`, { cookie });
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    const html = await res.text();
    expect(html).toContain(`href="/projectbeheer/${TERRA}"`);
    expect(html).toContain(`action="/projecten/${TERRA}/rapportages"`);
    expect(html).toContain('12% van de mijlpalen (naar gewicht) gereed'); // 1 / 8
    expect(html).toContain('€ 1.400.000,00');
  });

  it('speaks English to a funder who switched language', async () => {
    const { cookie } = await asFunder();
    const html = await (await request(`/projecten/${MIRADOR}`, { cookie: `${cookie}; taal=en` })).text();
    expect(html).toContain('<html lang="en">');
    for (const text of [
      'Status of Miradorplein Nazareth',
      'Implementation',
      'At risk',
      'Milestones',
      'Overdue',
      '€1,200,000.00',
      '30% of the milestones (by weight) done',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('keeps an admin (who manages accounts, not projects) to the public part', async () => {
    const { cookie } = await asRole('admin');
    const html = await (await request(`/projecten/${MIRADOR}`, { cookie })).text();
    for (const text of RESTRICTED) expect(html).not.toContain(text);
  });
});
