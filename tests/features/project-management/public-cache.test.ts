import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { milestones } from '../../../src/db/schema';
import { deployedWorker as deployedWorkerFor, type DeployedCall } from '../../deployed-worker';
import { db, request } from '../../helpers';
import { asRole, projectRow, seedOnce, TERRA } from '../projects/support';

const deployedWorker = () => deployedWorkerFor('project-cache');

/**
 * Every response has its own CSP nonce, and the deployed worker's canonical and Open Graph links name its own origin;
 * the rest of the page must be the same.
 */
const withoutNonces = (html: string) =>
  html.replace(/nonce="[^"]*"/g, 'nonce=""').replace(/https:\/\/project-cache-[0-9a-f-]+\.test/g, 'http://localhost');

/** What a visitor gets now (from the cache when stored) equals what the worker renders from the database. */
async function expectVisitorSeesCurrentState(call: DeployedCall, path: string) {
  const served = await call(path);
  expect(served.res.status).toBe(200);
  const fresh = await request(path); // the test environment never caches
  expect(withoutNonces(served.html), path).toBe(withoutNonces(await fresh.text()));
  return served;
}

const PUBLIC_PAGES = [`/projecten/${TERRA}`, '/projecten'];
let cookie: string;

beforeAll(async () => {
  await seedOnce();
  cookie = (await asRole('programme')).cookie;
});

const version = async () => String((await projectRow(TERRA)).version);

describe('cached public project pages after a change in project management', () => {
  it('show the new total budget at once after a budget line is added', async () => {
    const call = deployedWorker();
    const first = await call(`/projecten/${TERRA}`);
    expect(first.cache).toBe('MISS');
    expect((await call(`/projecten/${TERRA}`)).cache).toBe('HIT');
    const added = await call(`/projectbeheer/${TERRA}/begroting`, {
      cookie,
      form: { version: await version(), fundingSource: 'Cachetoets', allocated: '1.000', committed: '', spent: '' },
    });
    expect(added.res.status).toBe(303);
    const after = await expectVisitorSeesCurrentState(call, `/projecten/${TERRA}`);
    expect(after.cache).toBe('MISS');
    expect(after.html).not.toBe(first.html);
  });

  // Milestones and progress are for the programme team and funders only (canSeeProjectStatus); their pages are never
  // cached. This guards the choice not to drop the cache on milestone changes: once a cacheable page shows anything
  // of them, it fails until milestone commands invalidate the public pages too.
  it('never serve a visitor a page made stale by adding, finishing or removing a milestone', async () => {
    const call = deployedWorker();
    for (const path of PUBLIC_PAGES) {
      await call(path);
      expect((await call(path)).cache, path).toBe('HIT');
    }
    const add = await call(`/projectbeheer/${TERRA}/mijlpalen`, {
      cookie,
      form: { version: await version(), title: 'Cachetoets mijlpaal', plannedDate: '2027-03-31', actualDate: '', status: 'planned', weight: '5' },
    });
    expect(add.res.status).toBe(303);
    for (const path of PUBLIC_PAGES) await expectVisitorSeesCurrentState(call, path);

    const [added] = await db().select().from(milestones).where(eq(milestones.title, 'Cachetoets mijlpaal'));
    const done = await call(`/projectbeheer/${TERRA}/mijlpalen/${added!.id}`, {
      cookie,
      form: { version: await version(), title: added!.title, plannedDate: added!.plannedDate, actualDate: '', status: 'done', weight: '5' },
    });
    expect(done.res.status).toBe(303);
    for (const path of PUBLIC_PAGES) await expectVisitorSeesCurrentState(call, path);

    const removed = await call(`/projectbeheer/${TERRA}/mijlpalen/${added!.id}/verwijderen`, { cookie, form: { version: await version() } });
    expect(removed.res.status).toBe(303);
    for (const path of PUBLIC_PAGES) await expectVisitorSeesCurrentState(call, path);
  });
});
