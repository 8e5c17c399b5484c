import { beforeAll, describe, expect, it } from 'vitest';
import { invalidatePublicPages } from '../../../src/cache';
import { seedDemoData } from '../../../src/db/seed';
import { deployedWorker } from '../../deployed-worker';
import { createUser, db, sessionCookie } from '../../helpers';

// The feeds and the API are edge-cached for anonymous requests exactly like the pages, and invalidated with them.
const call = deployedWorker('open-data');

beforeAll(async () => {
  await seedDemoData(db());
});

describe('open data in the edge cache', () => {
  it.each([
    '/api/v1/activities?pijler=health',
    '/api/v1/organisations',
    '/activiteiten.ics?wijk=nazareth',
    '/partners/trajekt/activiteiten.ics',
    '/api/v1/openapi.json',
  ])('%s: one round trip, then a hit without any; a change makes it a miss again', async (path) => {
    const first = await call(path);
    expect([first.res.status, first.cache]).toEqual([200, 'MISS']);
    expect(first.trips).toBeLessThanOrEqual(1);
    const second = await call(path);
    expect([second.cache, second.trips]).toEqual(['HIT', 0]);
    expect(second.html).toBe(first.html);
    await invalidatePublicPages({ PUBLIC_ORIGIN: call.origin });
    const after = await call(path);
    expect(after.cache).not.toBe('HIT');
  });

  it('never caches a problem answer nor a logged-in request', async () => {
    expect((await call('/api/v1/activities?limit=1000000')).cache).toBeNull();
    expect((await call('/api/v1/activities?limit=1000000')).cache).toBeNull();
    const cookie = await sessionCookie((await createUser()).id);
    expect((await call('/api/v1/organisations', { cookie })).cache).toBeNull();
  });
});
