import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/db/seed';
import { deployedWorker } from '../deployed-worker';
import { createUser, db, request, sessionCookie } from '../helpers';

const call = deployedWorker('monitor');

describe('monitor pages in the edge cache', () => {
  beforeAll(async () => {
    await seedDemoData(db());
  });

  it('are cached for visitors and show an import at once after it is confirmed', async () => {
    const map = '/monitor?indicator=vrijwilligerswerk&meting=circusvis-2021';
    const first = await call(map);
    expect([first.res.status, first.cache, first.trips]).toEqual([200, 'MISS', 1]);
    const cached = await call(map);
    expect([cached.cache, cached.trips]).toEqual(['HIT', 0]);

    const cookie = await sessionCookie((await createUser({ role: 'programme' })).id);
    const form = new FormData();
    form.append('bestand', new File(['buurtcode;indicator;meting;waarde;aantal\nBU09350203;vrijwilligerswerk;2021;77,7;300\n'], 'cache.csv'));
    const preview = await (await request('/monitor/import', { method: 'POST', body: form, cookie })).text();
    const id = /\/monitor\/import\/(\d+)\/bevestigen/.exec(preview)![1];
    const confirmed = await call(`/monitor/import/${id}/bevestigen`, { cookie, form: {} });
    expect(confirmed.res.status).toBe(303);

    const after = await call(map);
    expect(after.cache).toBe('MISS');
    expect(after.html).toContain('aria-label="Pottenberg (programmawijk): 77,7%"');
  });
});
