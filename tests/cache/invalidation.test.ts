import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/db/seed';
import { activities, activityNeighbourhoods, activityPillars, organisations, users } from '../../src/db/schema';
import { deployedWorker } from '../deployed-worker';
import { createUser, db, sessionCookie } from '../helpers';

// The real worker with the cache switched on (as in any deployed environment), on a private cache origin.
const call = deployedWorker('invalidation');

const TITLE = 'Cachetoets wandelclub';
let activityId: number;
let reviewerCookie: string;
let ownerCookie: string;

describe('public pages after a change', () => {
  beforeAll(async () => {
    await seedDemoData(db());
    const [organisation] = await db().select().from(organisations).where(eq(organisations.slug, 'trajekt'));
    const nextWeek = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const [row] = await db()
      .insert(activities)
      .values({
        organisationId: organisation!.id,
        title: TITLE,
        summary: 'Samen wandelen door de wijk.',
        locationName: 'Buurtcentrum',
        scheduleKind: 'once',
        firstDate: nextWeek,
        lastDate: nextWeek,
        startTime: '10:00',
        endTime: '11:00',
        status: 'submitted',
        submittedAt: new Date(),
      })
      .returning();
    activityId = row!.id;
    await db().insert(activityPillars).values({ activityId, pillarId: 'health' });
    await db().insert(activityNeighbourhoods).values({ activityId, neighbourhoodId: 1 });
    const reviewer = await createUser({ role: 'programme' });
    await db().update(users).set({ totpEnabledAt: new Date() }).where(eq(users.id, reviewer.id));
    reviewerCookie = await sessionCookie(reviewer.id);
    const owner = await createUser({ memberOf: [{ organisationId: organisation!.id }] });
    ownerCookie = await sessionCookie(owner.id);
  });

  it('shows a newly approved activity at once, although the list was cached', async () => {
    const list = '/activiteiten?zoek=cachetoets';
    const first = await call(list);
    expect([first.res.status, first.cache, first.trips]).toEqual([200, 'MISS', 1]);
    expect(first.html).not.toContain(TITLE);
    const cached = await call(list);
    expect([cached.cache, cached.trips]).toEqual(['HIT', 0]);

    const decided = await call(`/beoordelen/activiteiten/${activityId}`, {
      cookie: reviewerCookie,
      form: { besluit: 'goedkeuren', opmerking: '', versie: '1' },
    });
    expect(decided.res.status).toBe(303);
    const [row] = await db().select({ status: activities.status }).from(activities).where(eq(activities.id, activityId));
    expect(row!.status).toBe('published');

    const after = await call(list);
    expect([after.cache, after.trips]).toEqual(['MISS', 1]);
    expect(after.html).toContain(TITLE);
    expect((await call(`/activiteiten/${activityId}`)).html).toContain(TITLE);
  });

  // The routes no longer invalidate by hand: the kernel notes that the batch wrote `activities`, and the request's
  // afterCommands() drops the cached pages. This fails if a partner's command stops recording its effects.
  it('drops a published activity from the cached list at once when its organisation archives it', async () => {
    const list = '/activiteiten?zoek=cachetoets';
    await call(list);
    const cached = await call(list);
    expect([cached.cache, cached.html.includes(TITLE)]).toEqual(['HIT', true]);
    const [row] = await db().select({ version: activities.version }).from(activities).where(eq(activities.id, activityId));

    const archived = await call(`/portaal/activiteiten/${activityId}/archiveren`, { cookie: ownerCookie, form: { versie: String(row!.version) } });
    expect(archived.res.status).toBe(303);
    const [after] = await db().select({ status: activities.status }).from(activities).where(eq(activities.id, activityId));
    expect(after!.status).toBe('archived');

    const fresh = await call(list);
    expect(fresh.cache).toBe('MISS');
    expect(fresh.html).not.toContain(TITLE);
  });

  it('never caches the pages a logged-in reviewer sees', async () => {
    for (let i = 0; i < 2; i++) {
      const page = await call('/activiteiten', { cookie: reviewerCookie });
      expect(page.cache).toBeNull();
      expect(page.res.headers.get('Cache-Control')).toBe('no-store');
      expect(page.trips).toBe(2);
    }
  });
});
