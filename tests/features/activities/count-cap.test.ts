import { beforeAll, describe, expect, it } from 'vitest';
import { COUNT_CAP } from '../../../src/features/activities/count-cap';
import { PAGE_SIZE } from '../../../src/features/activities/list-state';
import { request, roundTrips } from '../../helpers';
import { cardTitles, ensureReference, insertOnceActivities, makeOrganisation, today } from './fixtures';

// Above COUNT_CAP results the list stops counting (so a count costs the same at any size): it says "more than",
// pages on with "next" links and page numbers around the current page, and never offers a last page it cannot know.
const TOTAL = COUNT_CAP + 40;

beforeAll(async () => {
  await ensureReference();
  const org = await makeOrganisation({ name: 'Veelpartner' });
  // TOTAL one-off activities on the coming days, a few per day.
  await insertOnceActivities(org.id, TOTAL, {
    title: `'Grote reeks ' || printf('%04d', i)`,
    daysAhead: 'i / 8',
    startTime: `printf('%02d:00', 8 + i % 8)`,
  });
});

const decode = (href: string) => href.replaceAll('&amp;', '&');
const nextHref = (html: string) => decode(/<a class="utrecht-link" href="([^"]+)" rel="next"/.exec(html)?.[1] ?? '');

describe(`a list of more than ${COUNT_CAP} activities`, () => {
  it('says "more than" instead of a count, and links to the next page but not to a last page', async () => {
    const res = await request('/activiteiten');
    const html = await res.text();
    expect(roundTrips(res)).toBe(1);
    expect(html).toContain(`Meer dan ${COUNT_CAP} activiteiten gevonden.`);
    expect(html).toContain('Pagina 1.');
    expect(cardTitles(html)).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => `Grote reeks ${String(i + 1).padStart(4, '0')}`));
    expect(nextHref(html)).toMatch(/^\/activiteiten\?pagina=2&na=/);
    expect(html).not.toContain(`pagina=${Math.ceil(TOTAL / PAGE_SIZE)}"`);
  });

  it('still serves a page by number beyond the counted ones, and its last page has no next link', async () => {
    const lastPage = Math.ceil(TOTAL / PAGE_SIZE);
    const html = await (await request(`/activiteiten?pagina=${lastPage}`)).text();
    expect(html).toContain(`Pagina ${lastPage}.`);
    expect(cardTitles(html).at(-1)).toBe(`Grote reeks ${String(TOTAL).padStart(4, '0')}`);
    expect(cardTitles(html)).toHaveLength(TOTAL - (lastPage - 1) * PAGE_SIZE);
    expect(nextHref(html)).toBe('');
  });

  it('says a page beyond the end does not exist, with a way back to page 1', async () => {
    const html = await (await request('/activiteiten?pagina=400')).text();
    expect(html).toContain('Pagina 400 bestaat niet: zoveel resultaten zijn er niet.');
    expect(html).toContain('Ga naar pagina 1');
    expect(html).not.toContain('Ga naar de laatste pagina');
  });

  it('counts exactly below the cap', async () => {
    const html = await (await request(`/activiteiten?tot=${today()}`)).text();
    expect(html).toMatch(/<strong>\d+ activiteiten gevonden\.<\/strong>/);
  });
});
