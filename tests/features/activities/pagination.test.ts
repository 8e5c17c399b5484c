import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../../src/features/activities/list-state';
import { request, roundTrips } from '../../helpers';
import { cardTitles, makeActivity, makeOrganisation, resultCount } from './fixtures';

const TOTAL = 30; // PAGE_SIZE 12: pages of 12, 12 and 6
const title = (i: number) => `Reeks ${String(i).padStart(2, '0')}`;
const decode = (href: string) => href.replaceAll('&amp;', '&');

async function page(path: string, htmx = false) {
  const res = await request(path, { htmx });
  const html = await res.text();
  const next = /<a class="utrecht-link" href="([^"]+)" rel="next"/.exec(html)?.[1];
  const previous = /<a class="utrecht-link" href="([^"]+)" rel="prev"/.exec(html)?.[1];
  return { res, html, titles: cardTitles(html), next: next && decode(next), previous: previous && decode(previous) };
}

beforeAll(async () => {
  const org = await makeOrganisation({ name: 'Paginapartner' });
  // Two per day, so the seek key needs its time and id parts too.
  for (let i = 1; i <= TOTAL; i++) {
    await makeActivity({ organisationId: org.id, title: title(i), onceIn: Math.ceil(i / 2), startTime: i % 2 ? '09:00' : '14:00' });
  }
});

describe('pagination', () => {
  it('uses pages of 12 (the page sizes below assume it)', () => {
    expect(PAGE_SIZE).toBe(12);
  });

  it('walks forward with seek cursors and gets every activity exactly once, in order', async () => {
    const first = await page('/activiteiten');
    expect(roundTrips(first.res)).toBe(1);
    expect(resultCount(first.html)).toBe(TOTAL);
    expect(first.html).toContain('Pagina 1 van 3.');
    expect(first.previous).toBeUndefined();
    expect(first.next).toMatch(/^\/activiteiten\?pagina=2&na=\d{4}-\d{2}-\d{2}_\d{4}_\d+$/);

    const second = await page(first.next!);
    expect(roundTrips(second.res)).toBe(1);
    expect(second.html).toContain('Pagina 2 van 3.');
    const third = await page(second.next!);
    expect(third.html).toContain('Pagina 3 van 3.');
    expect(third.next).toBeUndefined();

    expect(first.titles).toHaveLength(12);
    expect(second.titles).toHaveLength(12);
    expect(third.titles).toHaveLength(6);
    expect([...first.titles, ...second.titles, ...third.titles]).toEqual(Array.from({ length: TOTAL }, (_, i) => title(i + 1)));
  });

  it('gives the same page by number (offset) as by cursor, and walks back with a cursor', async () => {
    const first = await page('/activiteiten');
    const byCursor = await page(first.next!);
    const byNumber = await page('/activiteiten?pagina=2');
    expect(byNumber.titles).toEqual(byCursor.titles);
    const third = await page('/activiteiten?pagina=3');
    expect(third.previous).toMatch(/^\/activiteiten\?pagina=2&voor=/);
    const back = await page(third.previous!);
    expect(back.titles).toEqual(byCursor.titles);
    expect(back.html).toContain('Pagina 2 van 3.');
  });

  it('marks the current page and links the others', async () => {
    const { html } = await page('/activiteiten?pagina=2');
    expect(html).toContain('<nav class="vw-pager" aria-label="Paginanummers">');
    expect(html).toMatch(/href="\/activiteiten\?pagina=2"[^>]*aria-current="page"/);
    expect(html).toContain('href="/activiteiten" aria-label="Pagina 1"');
    expect(html).toContain('href="/activiteiten?pagina=3" aria-label="Pagina 3"');
  });

  it('keeps the filters in the page links', async () => {
    const { next } = await page('/activiteiten?pijler=health&wijk=pottenberg');
    expect(next).toMatch(/^\/activiteiten\?pijler=health&wijk=pottenberg&pagina=2&na=/);
  });

  it('answers a page link requested by htmx with the fragment', async () => {
    const first = await page('/activiteiten');
    const second = await page(first.next!, true);
    expect(second.html).not.toContain('<html');
    expect(second.titles).toHaveLength(12);
    expect(second.html).toContain('hx-push-url="true"');
    expect(second.html).toContain('data-results-link');
  });

  it('explains a page number past the end, with links back, without a server error', async () => {
    for (const n of ['4', '999999999']) {
      const { res, html, titles } = await page(`/activiteiten?pagina=${n}`);
      expect(res.status).toBe(200);
      expect(roundTrips(res)).toBe(1);
      expect(titles).toEqual([]);
      expect(html).toContain(`Pagina ${n} bestaat niet: er zijn 3 pagina&#39;s met resultaten.`);
      expect(html).toContain('Ga naar pagina 1');
      expect(html).toContain('href="/activiteiten?pagina=3"');
    }
  });

  it('shows page 1 with a message for a page number that is not one', async () => {
    for (const n of ['0', '-1', 'abc', '1.5', '2e3', '%20']) {
      const { res, html, titles } = await page(`/activiteiten?pagina=${n}`);
      expect(res.status).toBe(200);
      expect(titles).toEqual(Array.from({ length: 12 }, (_, i) => title(i + 1)));
      if (n !== '%20') expect(html).toContain('is geen paginanummer. We tonen pagina 1.');
    }
  });

  it('ignores a malformed cursor and uses the page number', async () => {
    const byNumber = await page('/activiteiten?pagina=2');
    const garbled = await page('/activiteiten?pagina=2&na=%27%3B%20DROP%20TABLE%20activities%3B--');
    expect(garbled.res.status).toBe(200);
    expect(garbled.titles).toEqual(byNumber.titles);
  });

  it('explains a cursor that no longer points into the results', async () => {
    const { res, html, titles } = await page('/activiteiten?pagina=2&na=9999-12-30_2359_999999');
    expect(res.status).toBe(200);
    expect(titles).toEqual([]);
    expect(html).toContain('De resultaten zijn intussen veranderd');
    expect(html).toContain('Ga naar pagina 1');
  });
});
