import { eq } from 'drizzle-orm';
import { holidayPeriods, organisationNeighbourhoods, organisationRevisions, recoveryCodes, users } from '../../../src/db/schema';
import { createOrganisation, createUser, db, ensureNeighbourhoods, futureDate, postForm, reviewer, sessionCookie } from '../../helpers';
import { post, type RouteCase, unique } from './case';
import { activityIn, organisationWithOpenRevision, publishedWithRevision } from './portal';

async function pendingOrganisation() {
  const nb = await ensureNeighbourhoods();
  const org = await createOrganisation({ status: 'pending' });
  await db().insert(organisationNeighbourhoods).values({ organisationId: org.id, neighbourhoodId: nb.nazareth });
  await createUser({ memberOf: [{ organisationId: org.id, role: 'owner' }] });
  return org;
}

async function openRevisionId() {
  const { org } = await organisationWithOpenRevision();
  const [revision] = await db().select().from(organisationRevisions).where(eq(organisationRevisions.organisationId, org.id));
  return revision!.id;
}

const admin = async () => sessionCookie((await createUser({ role: 'admin' })).id);

export const REVIEW_CASES: RouteCase[] = [
  {
    route: 'POST /beoordelen/organisaties/:id{[0-9]+}/goedkeuren',
    prepare: async () => post(`/beoordelen/organisaties/${(await pendingOrganisation()).id}/goedkeuren`, { versie: '1' }, (await reviewer()).cookie),
  },
  {
    route: 'POST /beoordelen/organisaties/:id{[0-9]+}/afwijzen',
    prepare: async () =>
      post(
        `/beoordelen/organisaties/${(await pendingOrganisation()).id}/afwijzen`,
        { versie: '1', reden: 'Graag meer uitleg.' },
        (await reviewer()).cookie,
      ),
  },
  {
    route: 'POST /beoordelen/organisaties/wijzigingen/:id{[0-9]+}/goedkeuren',
    prepare: async () =>
      post(`/beoordelen/organisaties/wijzigingen/${await openRevisionId()}/goedkeuren`, { versie: '1' }, (await reviewer()).cookie),
  },
  {
    route: 'POST /beoordelen/organisaties/wijzigingen/:id{[0-9]+}/afwijzen',
    prepare: async () =>
      post(
        `/beoordelen/organisaties/wijzigingen/${await openRevisionId()}/afwijzen`,
        { versie: '1', reden: 'Klopt niet.' },
        (await reviewer()).cookie,
      ),
  },
  {
    route: 'POST /beoordelen/activiteiten/:id',
    every: true,
    prepare: async () =>
      post(
        `/beoordelen/activiteiten/${(await activityIn('submitted')).id}`,
        { besluit: 'goedkeuren', opmerking: '', versie: '1' },
        (await reviewer()).cookie,
      ),
  },
  {
    route: 'POST /beoordelen/wijzigingen/:id',
    prepare: async () => {
      const { revision } = await publishedWithRevision('indienen');
      return post(
        `/beoordelen/wijzigingen/${revision.id}`,
        { besluit: 'goedkeuren', opmerking: '', versie: String(revision.version) },
        (await reviewer()).cookie,
      );
    },
  },
  {
    route: 'POST /beoordelen/goedkeuren',
    prepare: async () => {
      const [a, b] = [await activityIn('submitted'), await activityIn('submitted')];
      return post('/beoordelen/goedkeuren', { activiteit: [`${a.id}:1`, `${b.id}:1`] }, (await reviewer()).cookie);
    },
  },
  {
    route: 'POST /vakanties',
    prepare: async () =>
      post('/vakanties', { name: 'Herfstvakantie regio Zuid', fromDate: futureDate(20), toDate: futureDate(27) }, (await reviewer()).cookie),
  },
  {
    route: 'POST /vakanties/:id',
    prepare: async () => {
      const { cookie } = await reviewer();
      await postForm('/vakanties', { name: `Vakantie ${unique()}`, fromDate: futureDate(50), toDate: futureDate(54) }, { cookie });
      const [period] = await db()
        .select()
        .from(holidayPeriods)
        .orderBy(holidayPeriods.id)
        .limit(1)
        .offset((await db().$count(holidayPeriods)) - 1);
      return post(
        `/vakanties/${period!.id}`,
        { versie: String(period!.version), name: `${period!.name} (verlengd)`, fromDate: period!.fromDate, toDate: futureDate(56) },
        cookie,
      );
    },
  },
  {
    route: 'POST /vakanties/:id/verwijderen',
    prepare: async () => {
      const { cookie } = await reviewer();
      await postForm('/vakanties', { name: `Vakantie ${unique()}`, fromDate: futureDate(40), toDate: futureDate(44) }, { cookie });
      const [period] = await db()
        .select()
        .from(holidayPeriods)
        .orderBy(holidayPeriods.id)
        .limit(1)
        .offset((await db().$count(holidayPeriods)) - 1);
      return post(`/vakanties/${period!.id}/verwijderen`, { versie: String(period!.version) }, cookie);
    },
  },
];

export const ADMIN_CASES: RouteCase[] = [
  {
    route: 'POST /beheer/gebruikers/:id{[0-9]+}/verwijderen',
    prepare: async () => post(`/beheer/gebruikers/${(await createUser()).id}/verwijderen`, {}, await admin()),
  },
  {
    route: 'POST /beheer/gebruikers/:id{[0-9]+}/rol',
    prepare: async () => post(`/beheer/gebruikers/${(await createUser()).id}/rol`, { rol: 'funder', huidige_rol: 'partner' }, await admin()),
  },
  {
    route: 'POST /beheer/gebruikers/:id{[0-9]+}/blokkeren',
    prepare: async () => post(`/beheer/gebruikers/${(await createUser()).id}/blokkeren`, {}, await admin()),
  },
  {
    route: 'POST /beheer/gebruikers/:id{[0-9]+}/deblokkeren',
    prepare: async () => {
      const target = await createUser();
      await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, target.id));
      return post(`/beheer/gebruikers/${target.id}/deblokkeren`, {}, await admin());
    },
  },
  {
    route: 'POST /beheer/gebruikers/:id{[0-9]+}/tweestapsverificatie-resetten',
    prepare: async () => {
      const target = await createUser({ role: 'programme' });
      await db().update(users).set({ totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totpEnabledAt: new Date() }).where(eq(users.id, target.id));
      await db()
        .insert(recoveryCodes)
        .values({ userId: target.id, codeHash: 'x'.repeat(64) });
      return post(`/beheer/gebruikers/${target.id}/tweestapsverificatie-resetten`, {}, await admin());
    },
  },
  {
    route: 'POST /beheer/gebruikers/:id{[0-9]+}/opnieuw-uitnodigen',
    prepare: async () => {
      const cookie = await admin();
      const email = `uitgenodigd-${unique()}@voorbeeld.nl`;
      await postForm('/beheer/uitnodigen', { naam: 'Nieuwe Financier', email, rol: 'funder', taal: 'nl' }, { cookie });
      const [invited] = await db().select().from(users).where(eq(users.email, email));
      return post(`/beheer/gebruikers/${invited!.id}/opnieuw-uitnodigen`, {}, cookie);
    },
  },
  {
    route: 'POST /beheer/uitnodigen',
    prepare: async () =>
      post('/beheer/uitnodigen', { naam: 'Nieuwe Financier', email: `f-${unique()}@voorbeeld.nl`, rol: 'funder', taal: 'nl' }, await admin()),
  },
];
