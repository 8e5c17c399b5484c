import { count, desc, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holidayPeriods, organisationRevisions, organisations, users } from '../../src/db/schema';
import { createOrganisation, createUser, db, ensureNeighbourhoods, futureDate, postForm, reviewer, sessionCookie } from '../helpers';
import { dutchRefusal, SEED, text } from './text';

/* More form routes, as in forms.test.ts: never a 5xx, a refusal is Dutch and stores nothing, an accepted post reads back. */
// Posts per property; the profile form (2,000-character descriptions, a full page re-rendered) is the slowest.
const RUNS = 150;

/** Posts `fields`; a 303 must read back through `stored`, anything else must be a Dutch refusal that left `count` alone. */
async function check(res: Response, rowsBefore: number, rowsAfter: () => Promise<number>) {
  expect(res.status).toBeLessThan(500);
  if (res.status === 303) return true;
  // 429: the owner invited too many people in a short time (the invitation limit), refused in Dutch as well.
  expect([422, 429]).toContain(res.status);
  expect(dutchRefusal(await res.text())).toBe(true);
  expect(await rowsAfter()).toBe(rowsBefore);
  return false;
}

describe('fuzz: a holiday period (programme team)', () => {
  it('never 5xx; refusals store nothing; accepted names read back trimmed', async () => {
    const { cookie } = await reviewer();
    const rows = async () => (await db().select({ n: count() }).from(holidayPeriods))[0]!.n;
    let day = 0;
    await fc.assert(
      fc.asyncProperty(text(80), async (name) => {
        day = (day + 3) % 300;
        const before = await rows();
        const res = await postForm('/vakanties', { name, fromDate: futureDate(day + 1), toDate: futureDate(day + 2) }, { cookie });
        if (await check(res, before, rows)) {
          const [row] = await db().select().from(holidayPeriods).orderBy(desc(holidayPeriods.id)).limit(1);
          expect(row!.name).toBe(name.trim());
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});

describe('fuzz: inviting a colleague (organisation owner)', () => {
  it('never 5xx; refusals store nothing; accepted names read back trimmed', async () => {
    const org = await createOrganisation();
    const cookie = await sessionCookie((await createUser({ memberOf: [{ organisationId: org.id, role: 'owner' }] })).id);
    const rows = async () => (await db().select({ n: count() }).from(users))[0]!.n;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(text(120), fc.constantFrom('editor', 'owner', 'baas'), async (naam, rol) => {
        const email = `fuzz-${SEED}-${n++}@voorbeeld.nl`;
        const before = await rows();
        const res = await postForm(`/portaal/organisaties/${org.id}/leden`, { naam, email, rol, taal: 'nl' }, { cookie });
        if (await check(res, before, rows)) {
          const [row] = await db().select().from(users).where(eq(users.email, email));
          expect(row!.name).toBe(naam.trim());
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});

describe('fuzz: an approved organisation’s profile change (member)', () => {
  it('never 5xx; refusals store nothing; an accepted change is stored as typed (trimmed) in the revision', async () => {
    const nb = await ensureNeighbourhoods();
    const org = await createOrganisation({ status: 'approved' });
    const cookie = await sessionCookie((await createUser({ memberOf: [{ organisationId: org.id, role: 'owner' }] })).id);
    const revision = async () => (await db().select().from(organisationRevisions).where(eq(organisationRevisions.organisationId, org.id)))[0];
    const fingerprint = async () =>
      JSON.stringify([await revision(), (await db().select().from(organisations).where(eq(organisations.id, org.id)))[0]]);
    await fc.assert(
      fc.asyncProperty(text(120), text(2000), async (organisatie, beschrijving) => {
        const before = await fingerprint();
        const fields = {
          versie: '1',
          organisatie,
          soort: 'other',
          beschrijving,
          wijken: [String(nb.nazareth)],
          website: '',
          contact_email: 'info@live.example',
          contact_telefoon: '',
        };
        const res = await postForm(`/portaal/organisaties/${org.id}/profiel`, fields, { cookie });
        expect(res.status).toBeLessThan(500);
        if (res.status === 303) {
          expect(JSON.parse((await revision())!.data)).toMatchObject({ name: organisatie.trim(), description: beschrijving.trim() });
        } else {
          expect([409, 422]).toContain(res.status);
          expect(dutchRefusal(await res.text())).toBe(true);
          expect(await fingerprint()).toBe(before);
        }
      }),
      { numRuns: RUNS / 3, seed: SEED },
    );
  }, 120_000);
});
