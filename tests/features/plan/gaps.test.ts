import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, roundTrips, sessionCookie } from '../../helpers';
import { makeOrganisation } from '../activities/fixtures';
import { makePlanFixture } from './fixtures';

let f: Awaited<ReturnType<typeof makePlanFixture>>;
let programme: string;
beforeAll(async () => {
  f = await makePlanFixture();
  programme = await sessionCookie((await createUser({ role: 'programme' })).id);
});

/** The link texts of one gap list (`data-gap`). */
function listed(html: string, gap: string): string[] {
  const start = html.indexOf(`data-gap="${gap}"`);
  if (start < 0) return [];
  const list = html.slice(start, html.indexOf('</ul>', start));
  return [...list.matchAll(/<li class="utrecht-unordered-list__item">(?:<a [^>]*>([^<]*)<\/a>|([^<]*))/g)].map((m) => m[1] ?? m[2]!);
}

describe('/programma/hiaten', () => {
  it('lists exactly the goals without a current activity, the unlinked activities, the empty cells and the goals moving away', async () => {
    const res = await request('/programma/hiaten', { cookie: programme });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2); // the session lookup and the page's one batch
    // A1 is served through A1a and the Pottenberg goal under it; A1b and Nazareth's goal only by a past activity.
    expect(listed(html, 'zonder-activiteit').sort()).toEqual(['Meer bewegen', 'Minder schulden', 'Werk in Nazareth']);
    // The archived and the past activity are not current; the others serve a goal.
    expect(listed(html, 'zonder-doel')).toEqual(['Losse yogales']);
    expect(listed(html, 'cellen')).toEqual([
      'Bestaanszekerheid in Pottenberg',
      'Gelijke kansen in Pottenberg',
      'Positieve gezondheid in Nazareth',
      'Gelijke kansen in Nazareth',
    ]);
    // Debts rose from 20 % to 24 % against a target of 15 % (higher is worse); participation rises towards its target.
    expect(listed(html, 'van-doel-af')).toEqual(['Minder schulden']);
    expect(html).toContain('van 20,0% naar 24,0%; doel 2027: 15,0%');
  });

  it('sends a visitor to the login page and refuses a partner (403)', async () => {
    const visitor = await request('/programma/hiaten');
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('Location')).toContain('/inloggen');
    const org = await makeOrganisation();
    const partner = await createUser({ memberOf: [{ organisationId: org.id }] });
    expect((await request('/programma/hiaten', { cookie: await sessionCookie(partner.id) })).status).toBe(403);
  });

  it('is linked from the programme team navigation, not from a partner’s', async () => {
    const html = await (await request('/programma', { cookie: programme })).text();
    expect(html).toContain('href="/programma/hiaten"');
    const org = await makeOrganisation();
    const partner = await createUser({ memberOf: [{ organisationId: org.id }] });
    expect(await (await request('/programma', { cookie: await sessionCookie(partner.id) })).text()).not.toContain('href="/programma/hiaten"');
    expect(f.a1).toBeGreaterThan(0);
  });
});

describe('sitemap', () => {
  it('lists /programma, the execution plans and the goal pages of the current versions', async () => {
    const xml = await (await request('/sitemap.xml')).text();
    expect(xml).toContain('/programma</loc>');
    expect(xml).toContain('/wijken/pottenberg/plan</loc>');
    expect(xml).toContain('/wijken/nazareth/plan</loc>');
    expect(xml).toContain(`/programma/doelen/${f.a1a}</loc>`);
  });
});
