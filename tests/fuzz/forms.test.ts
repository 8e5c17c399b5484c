import { count, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activities, users } from '../../src/db/schema';
import { UNSAFE_TEXT } from '../../src/validation/safe-text';
import { activityForm, db, ensureReferenceData, partnerWithOrganisation, postForm } from '../helpers';
import { dutchRefusal, SEED, text } from './text';

/*
 * Property tests over form routes, posted as the right role with a same-origin request (the CSRF check): never a 5xx,
 * a refusal is a 422 in Dutch and stores nothing, an accepted post reads back unchanged (after trimming). RUNS per
 * property, kept small enough for `npm test`; seeds of failures found are kept as examples.
 */
const RUNS = 400;

describe('fuzz: account preferences', () => {
  it('never 5xx; refused names change nothing; accepted names read back trimmed and unchanged', async () => {
    const { user, cookie } = await partnerWithOrganisation();
    await fc.assert(
      fc.asyncProperty(text(120), fc.constantFrom('nl', 'nl', 'en', 'xx', ''), async (naam, taal) => {
        const [before] = await db().select({ name: users.name, locale: users.locale }).from(users).where(eq(users.id, user.id));
        const res = await postForm('/account/voorkeuren', { naam, taal }, { cookie: `${cookie}; taal=nl` });
        expect(res.status).toBeLessThan(500);
        const [after] = await db().select({ name: users.name, locale: users.locale }).from(users).where(eq(users.id, user.id));
        if (res.status === 303) {
          expect(after!.name).toBe(naam.trim());
          expect(UNSAFE_TEXT.test(naam)).toBe(false);
        } else {
          expect(res.status).toBe(422);
          expect(dutchRefusal(await res.text())).toBe(true);
          expect(after).toEqual(before);
        }
      }),
      {
        numRuns: RUNS,
        seed: SEED,
        examples: [
          ['\u202Eevil', 'nl'],
          ['a\u0000b', 'nl'],
          [' 👩‍👩‍👧 ', 'nl'],
        ],
      },
    );
  }, 120_000);
});

describe('fuzz: the activity form (saving a draft)', () => {
  it('never 5xx; refusals store nothing; accepted activities read back unchanged', async () => {
    const nb = await ensureReferenceData();
    const { organisation, cookie } = await partnerWithOrganisation();
    const stored = async () => (await db().select({ n: count() }).from(activities).where(eq(activities.organisationId, organisation.id)))[0]!.n;
    await fc.assert(
      fc.asyncProperty(text(120), text(300), text(400), text(120), async (title, summary, description, locationName) => {
        const before = await stored();
        const fields = {
          ...activityForm(nb.pottenberg!, { title, summary, description, locationName }),
          organisationId: String(organisation.id),
          actie: 'opslaan',
        };
        const res = await postForm('/portaal/activiteiten', fields, { cookie });
        expect(res.status).toBeLessThan(500);
        if (res.status === 303) {
          const id = Number(/\/portaal\/activiteiten\/(\d+)/.exec(res.headers.get('Location') ?? '')?.[1]);
          const [row] = await db().select().from(activities).where(eq(activities.id, id));
          expect(row).toMatchObject({ title: title.trim(), summary: summary.trim(), locationName: locationName.trim() });
          expect(row!.description ?? '').toBe(description.trim());
          expect(await stored()).toBe(before + 1);
        } else {
          expect(res.status).toBe(422);
          expect(dutchRefusal(await res.text())).toBe(true);
          expect(await stored()).toBe(before);
        }
      }),
      { numRuns: Math.ceil(RUNS / 4), seed: SEED },
    );
  }, 120_000);
});
