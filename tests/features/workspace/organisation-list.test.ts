import { beforeAll, describe, expect, it } from 'vitest';
import { WORKSPACE_GROUP_LIMIT } from '../../../src/features/workspace/grouping';
import { ORGANISATION_LIST_PAGE_SIZE } from '../../../src/features/workspace/routes';
import { ensureReferenceData, partnerWithOrganisation, request, roundTrips } from '../../helpers';
import { insertOnceActivities } from '../activities/fixtures';

// A partner with many activities: /portaal stays small (each status group and the attention list show at most
// WORKSPACE_GROUP_LIMIT, with a link onwards), and the organisation's own list shows all of one status, a page at a time.
const PUBLISHED = ORGANISATION_LIST_PAGE_SIZE + 5;
const DRAFTS = WORKSPACE_GROUP_LIMIT + 2;

let organisationId = 0;
let cookie = '';
let otherCookie = '';

beforeAll(async () => {
  await ensureReferenceData();
  const partner = await partnerWithOrganisation({ name: 'Grote Partner' });
  organisationId = partner.organisation.id;
  cookie = partner.cookie;
  otherCookie = (await partnerWithOrganisation({ name: 'Andere Partner' })).cookie;
  await insertOnceActivities(organisationId, PUBLISHED, { title: `'Gepubliceerd ' || printf('%04d', i)`, daysAhead: 'i', startTime: `'10:00'` });
  await insertOnceActivities(organisationId, DRAFTS, { title: `'Concept ' || printf('%04d', i)`, daysAhead: 'i', startTime: `'10:00'` }, 'draft');
});

const count = (html: string, text: string) => html.split(text).length - 1;
const listHref = (status: string, page?: number) =>
  `/portaal/organisaties/${organisationId}/activiteiten?status=${status}${page ? `&pagina=${page}` : ''}`;

describe('/portaal for a partner with many activities', () => {
  it('shows at most the limit per status group, with the full count and a link to all of them', async () => {
    const res = await request('/portaal', { cookie });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    const html = await res.text();
    expect(html).toContain(`Gepubliceerd (${PUBLISHED})`);
    expect(count(html, '>Gepubliceerd 0')).toBe(WORKSPACE_GROUP_LIMIT);
    expect(html).toContain(`Alle ${PUBLISHED} activiteiten met status ‘Gepubliceerd’ bekijken`);
    expect(html).toContain(`href="${listHref('published').replaceAll('&', '&amp;')}"`);
  });

  it('lists at most the limit under "what needs your attention" and says how many more there are', async () => {
    const html = await (await request('/portaal', { cookie })).text();
    const attention = html.slice(html.indexOf('id="aandacht"'), html.indexOf('</section>', html.indexOf('id="aandacht"')));
    expect(count(attention, '>Concept 0')).toBe(WORKSPACE_GROUP_LIMIT);
    expect(attention).toContain(`En nog ${DRAFTS - WORKSPACE_GROUP_LIMIT} activiteiten die aandacht vragen`);
  });
});

describe('the organisation’s own list', () => {
  it('shows one status a page at a time, with links between the pages and to the other statuses', async () => {
    const res = await request(listHref('published'), { cookie });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    const first = await res.text();
    expect(first).toContain('Activiteiten van Grote Partner');
    expect(count(first, '>Gepubliceerd 0')).toBe(ORGANISATION_LIST_PAGE_SIZE);
    expect(first).toContain('Pagina 1 van 2.');
    expect(first).toContain(`href="${listHref('published', 2).replaceAll('&', '&amp;')}" rel="next"`);
    expect(first).toContain(`Concept (${DRAFTS})`);
    expect(await (await request('/portaal', { cookie })).text()).toContain(
      `href="/portaal/organisaties/${organisationId}/activiteiten">Alle activiteiten</a>`,
    );

    const second = await (await request(listHref('published', 2), { cookie })).text();
    expect(count(second, '>Gepubliceerd 0')).toBe(PUBLISHED - ORGANISATION_LIST_PAGE_SIZE);
    // Most recently changed first (all alike here, so the newest row first): the oldest row is on the last page.
    expect(second).toContain('>Gepubliceerd 0001<');
    expect(second).toContain(`href="${listHref('published')}" rel="prev"`);
  });

  it('says a page beyond the end does not exist (404), and opens on the first status with activities without a valid one', async () => {
    const beyond = await request(listHref('published', 3), { cookie });
    expect(beyond.status).toBe(404);
    expect(await beyond.text()).toContain('Pagina 3 bestaat niet: zoveel activiteiten zijn er niet.');
    const unknown = await request(`/portaal/organisaties/${organisationId}/activiteiten?status=%3Cscript%3E&pagina=x`, { cookie });
    expect(unknown.status).toBe(200);
    const html = await unknown.text();
    expect(html).toContain(`Concept (${DRAFTS})</h2>`);
    expect(html).not.toContain('<script>');
  });

  it('is not there for members of another organisation or for visitors', async () => {
    expect((await request(listHref('published'), { cookie: otherCookie })).status).toBe(404);
    const visitor = await request(listHref('published'));
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('Location')).toMatch(/^\/inloggen/);
  });
});
