import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/db/seed';
import { HOME_UPCOMING_COUNT } from '../../../src/features/home/queries';
import { db, request, roundTrips } from '../../helpers';
import { cardTitles } from '../activities/fixtures';

beforeAll(async () => {
  await seedDemoData(db());
});

describe('home page', () => {
  it('shows the ambition, the three pillars, the two neighbourhoods and upcoming activities, with one round trip', async () => {
    const res = await request('/');
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    const html = await res.text();
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('een generatie lang');
    for (const pillar of ['Positieve gezondheid', 'Bestaanszekerheid', 'Gelijke kansen'])
      expect(html).toContain(`<h3 class="utrecht-heading-3">${pillar}</h3>`);
    for (const id of ['health', 'livelihood', 'equal-chances']) expect(html).toContain(`href="/activiteiten?pijler=${id}"`);
    expect(html).toContain('href="/wijken/pottenberg"');
    expect(html).toContain('href="/wijken/nazareth"');
    expect(cardTitles(html)).toHaveLength(HOME_UPCOMING_COUNT);
    expect(html).toContain('<span class="vw-demo-badge">Demo</span>');
    expect(html).toContain('href="/activiteiten"');
  });

  it('has the landmarks, the skip link and the navigation including Wijken', async () => {
    const html = await (await request('/')).text();
    expect(html).toContain('<a class="utrecht-skip-link" href="#inhoud">');
    expect(html).toContain('<header class="vw-header" data-area="resident">');
    expect(html).toContain('<nav class="vw-container vw-nav" aria-label="Hoofdmenu">');
    expect(html).toContain('<main id="inhoud"');
    expect(html).toContain('<footer class="vw-footer">');
    expect(html).toContain('<a class="utrecht-link" href="/wijken">Wijken</a>');
    expect(html).toContain('<a class="utrecht-link" href="/" aria-current="page">Home</a>');
    expect(html).toContain('href="/toegankelijkheid"');
  });

  it('lists the upcoming activities soonest first', async () => {
    const all = cardTitles(await (await request('/activiteiten')).text());
    const home = cardTitles(await (await request('/')).text());
    expect(home).toEqual(all.slice(0, HOME_UPCOMING_COUNT));
  });

  it('renders in English with the language cookie', async () => {
    const res = await request('/', { cookie: 'taal=en' });
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('a generation long');
    expect(html).toContain('Positive health');
    expect(html).toContain('Three pillars');
  });
});
