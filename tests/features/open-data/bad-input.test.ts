import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/db/seed';
import { db, request } from '../../helpers';

// The "Bad input" list for every open-data address that reads the list's filters. The rule, the same
// everywhere: the HTML list page is for people, so it shows the rest of the list with a Dutch message per wrong
// value; the feeds (.ics, CSV, Atom) cannot show a message inside a calendar or spreadsheet, so they answer the
// Dutch 400 page naming the filter; the widget a Dutch 400 message; the API a 400 problem (api.test.ts). A value
// of the right form that names nothing counts as wrong. Never a 5xx, never the value as markup.
const FEEDS = ['/activiteiten.ics', '/activiteiten.csv', '/activiteiten.atom'];
const SCRIPT = '%3Cscript%3Ealert(1)%3C%2Fscript%3E';
const WRONG: [string, string][] = [
  ['pijler=onbekend', 'pijler'],
  ['wijk=bestaat-niet', 'wijk'],
  ['doelgroep=onbekend', 'doelgroep'],
  ['periode=volgend-jaar', 'periode'],
  ['van=2026-13-45', 'van'],
  [`wijk=${SCRIPT}`, 'wijk'],
  [`pijler="><img src=x onerror=alert(1)>`, 'pijler'],
];
const LONG_SEARCH = `zoek=${'taal '.repeat(2000)}`; // 10,000 characters

// A tag made of the query. (The query may come back inside an escaped href, e.g. `…%3Cimg%20src=x%20onerror=…`: text.)
const noMarkupFromTheQuery = (html: string) => expect(html).not.toMatch(/<script>alert|<img[\s/>]|"\s*onerror/);

beforeAll(async () => {
  await seedDemoData(db());
});

describe.each(FEEDS)('%s', (feed) => {
  it.each(WRONG)('?%s is the Dutch 400 page naming %s', async (query, parameter) => {
    const res = await request(`${feed}?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toContain('text/html');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('Dit adres klopt niet helemaal');
    expect(html).toContain(`<code>${parameter}</code>`);
    noMarkupFromTheQuery(html);
  });

  it('takes a 10,000-character search (cut as on the page), and ignores parameters it does not know', async () => {
    expect((await request(`${feed}?${LONG_SEARCH}`)).status).toBe(200);
    expect((await request(`${feed}?utm_source=nieuwsbrief`)).status).toBe(200);
  });
});

describe('the list page', () => {
  it.each(WRONG)('?%s shows the list with a Dutch message, the value only as escaped text', async (query) => {
    const res = await request(`/activiteiten?${query}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/bestaat niet|kennen we niet|geen geldige|klopt niet/i);
    noMarkupFromTheQuery(html);
  });

  it('a tampered cursor and a 10,000-character search still give the list', async () => {
    for (const query of ['pagina=2&na=2026-01-01_1000_%3Cb%3E', 'pagina=2&voor=x', LONG_SEARCH]) {
      const res = await request(`/activiteiten?${query}`);
      expect(res.status, query).toBe(200);
      expect(await res.text()).not.toContain('<b>');
    }
  });
});

describe('the widget', () => {
  it.each([...WRONG, ['organisatie=bestaat-niet', 'organisatie'] as [string, string]])('?%s is a Dutch 400 message', async (query) => {
    for (const style of ['', '&stijl=eenvoudig']) {
      const res = await request(`/widget/activiteiten?${query}${style}`);
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('Deze widget is niet goed ingesteld');
      noMarkupFromTheQuery(html);
    }
  });

  it('takes a 10,000-character search, script in the style and target parameters is ignored', async () => {
    expect((await request(`/widget/activiteiten?${LONG_SEARCH}`)).status).toBe(200);
    const res = await request(`/widget/activiteiten?stijl=${SCRIPT}&doel=${SCRIPT}`);
    expect(res.status).toBe(200);
    noMarkupFromTheQuery(await res.text());
  });
});
