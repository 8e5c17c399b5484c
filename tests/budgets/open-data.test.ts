import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/db/seed';
import { FEED_LIMIT } from '../../src/features/open-data/queries';
import { db, request, roundTrips } from '../helpers';
import { insertOnceActivities, makeOrganisation } from '../features/activities/fixtures';

// Every feed and API answer: one D1 round trip, and bounded however many activities there are.
const FEEDS = [
  '/activiteiten.ics',
  '/activiteiten.ics?pijler=health&wijk=pottenberg',
  '/activiteiten.csv',
  '/activiteiten.atom',
  '/api/v1/activities',
  '/api/v1/activities?limit=100',
  '/api/v1/organisations',
  '/api/v1/neighbourhoods',
  '/api/v1/projects',
  '/api/v1/indicators',
  '/api/v1/openapi.json',
  '/api/hsds/export.json',
  '/sitemap.xml',
  '/robots.txt',
  '/partners/trajekt/activiteiten.ics',
  '/wijken/nazareth/activiteiten.ics',
  '/widget/activiteiten',
  '/widget/activiteiten?wijk=pottenberg&stijl=eenvoudig',
];

beforeAll(async () => {
  await seedDemoData(db());
  const org = await makeOrganisation({ name: 'Veel activiteiten' });
  await insertOnceActivities(org.id, FEED_LIMIT + 100, { title: "'Bulk ' || i", daysAhead: '1 + i % 200', startTime: "'18:00'" });
});

describe('open-data budgets', () => {
  it("one activity's .ics: at most one D1 round trip", async () => {
    const list = await (await request('/api/v1/activities?limit=1')).json<{ data: { id: number }[] }>();
    const res = await request(`/activiteiten/${list.data[0]!.id}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/calendar');
    expect(roundTrips(res)).toBeLessThanOrEqual(1);
  });

  it.each(FEEDS)('%s: at most one D1 round trip', async (path) => {
    const res = await request(path);
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(1);
  });

  it(`an .ics of a filter holds at most the next ${FEED_LIMIT} activities, the CSV too`, async () => {
    const ics = await (await request('/activiteiten.ics')).text();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(FEED_LIMIT);
    const csv = await (await request('/activiteiten.csv')).text();
    expect(csv.trimEnd().split('\r\n')).toHaveLength(FEED_LIMIT + 1);
  });

  it('an API page holds at most 100 items, and asking for more is refused', async () => {
    const page = (await (await request('/api/v1/activities?limit=100')).json()) as { data: unknown[]; links: { next: string | null } };
    expect(page.data).toHaveLength(100);
    expect(page.links.next).not.toBeNull();
    expect((await request('/api/v1/activities?limit=101')).status).toBe(400);
  });
});
