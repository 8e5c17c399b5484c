import { and, desc, eq, gt, like, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/db/client';
import {
  activities,
  activityRevisions,
  memberships,
  organisationNeighbourhoods,
  organisationRevisions,
  organisations,
  outbox,
  users,
} from '../../../src/db/schema';
import { SESSION_COOKIE } from '../../../src/auth/session';
import type { CurrentUser } from '../../../src/env';
import { saveRevision } from '../../../src/features/activity-editing/revision-commands';
import { submitActivity } from '../../../src/features/activity-editing/state-commands';
import { rowToData } from '../../../src/features/activity-editing/model';
import { loadActivity } from '../../../src/features/activity-editing/queries';
import { saveOrganisationProfile } from '../../../src/features/organisations/commands';
import {
  ORIGIN,
  activityForm,
  cookieFrom,
  createOrganisation,
  createUser,
  db,
  ensureReferenceData,
  linkPathIn,
  partnerWithOrganisation,
  postActivity,
  postForm,
  request,
  sessionCookie,
} from '../../helpers';

type User = Awaited<ReturnType<typeof createUser>>;

let nb: Record<string, number>;
/** The programme team of this test file: one Dutch and one English member, plus a disabled account and an admin. */
let team: { dutch: User; english: User; disabled: User; admin: User; cookie: string };

beforeAll(async () => {
  nb = await ensureReferenceData();
  const dutch = await createUser({ role: 'programme' });
  const english = await createUser({ role: 'programme' });
  await db().update(users).set({ locale: 'en' }).where(eq(users.id, english.id));
  const disabled = await createUser({ role: 'programme' });
  await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
  const admin = await createUser({ role: 'admin' });
  team = { dutch, english, disabled, admin, cookie: await sessionCookie(dutch.id) };
});

/** The newest outbox id: what a test's action queues comes after it. */
const outboxMark = async () =>
  (
    await db()
      .select({ id: sql<number>`coalesce(max(${outbox.id}), 0)` })
      .from(outbox)
  )[0]!.id;
const reviewRequestsSince = (mark: number) =>
  db()
    .select()
    .from(outbox)
    .where(and(gt(outbox.id, mark), like(outbox.kind, 'review-request.%')));

type Expected = { path: string; kind: string; title: string; organisation: string; nl: string; en: string };

/** Exactly one mail per active programme-team member, in their language, naming the item and linking to its review page. */
async function expectTeamTold(mark: number, expected: Expected) {
  const mails = await reviewRequestsSince(mark);
  // Not the disabled member, the admin, or the partner who submitted.
  expect(mails.map((m) => m.toAddress).sort()).toEqual([team.dutch.email, team.english.email].sort());
  const dutch = mails.find((m) => m.toAddress === team.dutch.email)!;
  const english = mails.find((m) => m.toAddress === team.english.email)!;
  expect(dutch).toMatchObject({ kind: `review-request.${expected.kind}`, subject: `Nieuw ter beoordeling: ${expected.title}` });
  expect(dutch.bodyText).toContain(`Wat: ${expected.nl}\nTitel: ${expected.title}\nIngediend door: ${expected.organisation}`);
  expect(english).toMatchObject({ kind: `review-request.${expected.kind}`, subject: `New for review: ${expected.title}` });
  expect(english.bodyText).toContain(`What: ${expected.en}\nTitle: ${expected.title}\nSubmitted by: ${expected.organisation}`);
  for (const mail of [dutch, english]) {
    expect(mail.bodyText).toContain(`\n${ORIGIN}${expected.path}\n`);
    expect(linkPathIn(mail.bodyText, '/beoordelen/')).toBe(expected.path);
    expect(mail.bodyText).not.toMatch(/<[a-z]/i);
  }
  expect((await request(expected.path, { cookie: team.cookie })).status).toBe(200);
}

const activityRow = async (id: number) => (await db().select().from(activities).where(eq(activities.id, id)))[0]!;
const newestRevision = async (activityId: number) =>
  (await db().select().from(activityRevisions).where(eq(activityRevisions.activityId, activityId)).orderBy(desc(activityRevisions.id)))[0];
const editForm = (title: string, fields: Record<string, string>) => ({
  ...activityForm(nb.pottenberg!, { title }),
  wijziging: '',
  wijzigingVersie: '',
  ...fields,
});
const decideActivity = (id: number, fields: Record<string, string>) => postForm(`/beoordelen/activiteiten/${id}`, fields, { cookie: team.cookie });
const decideRevision = (id: number, fields: Record<string, string>) => postForm(`/beoordelen/wijzigingen/${id}`, fields, { cookie: team.cookie });

async function publishedActivity(title: string) {
  const partner = await partnerWithOrganisation();
  const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: true, overrides: { title } });
  expect((await decideActivity(id, { besluit: 'goedkeuren', opmerking: '', versie: '1' })).status).toBe(303);
  return { ...partner, id };
}

/** The user as the session middleware would load them, for calling a command directly. */
async function asCurrentUser(userId: number): Promise<CurrentUser> {
  const [user] = await db().select().from(users).where(eq(users.id, userId));
  const rows = await db()
    .select({ organisation: organisations, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId));
  const membershipRows = rows.map(({ organisation, role }) => ({
    organisationId: organisation.id,
    organisationName: organisation.name,
    organisationSlug: organisation.slug,
    organisationStatus: organisation.status,
    role,
  }));
  return {
    id: user!.id,
    name: user!.name,
    email: user!.email,
    role: user!.role,
    locale: user!.locale,
    emailVerified: true,
    totpEnabled: false,
    memberships: membershipRows,
  };
}

/**
 * The database as a command sees it, except that a competitor writes just before the command's write batch (the
 * batch that would queue the mail): the command's reads saw the old state, so only the guard in the batch can notice.
 */
function losingTheRaceTo(competitor: () => Promise<unknown>): Db {
  const real = db();
  let raced = false;
  const raceFirst = async () => {
    if (!raced) {
      raced = true;
      await competitor();
    }
  };
  const bound = (target: object, key: string | symbol) => {
    const value = Reflect.get(target, key) as unknown;
    return typeof value === 'function' ? value.bind(target) : value;
  };
  const client = (real as unknown as { $client: D1Database }).$client;
  // runBatch (organisations) writes through the raw binding; drizzle's own batch (activity editing) through `batch`.
  const racingClient = new Proxy(client, {
    get: (target, key) =>
      key === 'batch' ? async (statements: D1PreparedStatement[]) => (await raceFirst(), target.batch(statements)) : bound(target, key),
  });
  const queuesMail = (statements: { toSQL?: () => { sql: string } }[]) => statements.some((s) => s.toSQL?.().sql.includes('"outbox"'));
  return new Proxy(real, {
    get: (target, key) => {
      if (key === '$client') return racingClient;
      if (key === 'batch') {
        return async (statements: Parameters<Db['batch']>[0]) => {
          if (queuesMail(statements as never)) await raceFirst();
          return target.batch(statements);
        };
      }
      return bound(target, key);
    },
  });
}

describe('a new activity submitted for review', () => {
  it('is announced to every active programme-team member at once when created with "submit"', async () => {
    const partner = await partnerWithOrganisation({ name: 'Buurtvereniging De Linde' });
    const mark = await outboxMark();
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: true, overrides: { title: 'Buurtmoestuin' } });
    await expectTeamTold(mark, {
      path: `/beoordelen/activiteiten/${id}`,
      kind: 'activity',
      title: 'Buurtmoestuin',
      organisation: 'Buurtvereniging De Linde',
      nl: 'Nieuwe activiteit',
      en: 'New activity',
    });
  });

  it('is not announced as a draft; it is when submitted, and again on each resubmission after changes were requested', async () => {
    const partner = await partnerWithOrganisation();
    const beforeDraft = await outboxMark();
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { overrides: { title: 'Kookclub' } });
    expect(await reviewRequestsSince(beforeDraft)).toHaveLength(0);

    let mark = await outboxMark();
    expect((await postForm(`/portaal/activiteiten/${id}/indienen`, { versie: '1' }, { cookie: partner.cookie })).status).toBe(303);
    const first = { path: `/beoordelen/activiteiten/${id}`, kind: 'activity', title: 'Kookclub', organisation: partner.organisation.name };
    await expectTeamTold(mark, { ...first, nl: 'Nieuwe activiteit', en: 'New activity' });

    // Sent back; resubmitted through the form (saving with "submit").
    expect((await decideActivity(id, { besluit: 'wijzigingen', opmerking: 'Graag een eindtijd.', versie: '2' })).status).toBe(303);
    mark = await outboxMark();
    const resubmit = await postForm(`/portaal/activiteiten/${id}`, editForm('Kookclub voor buren', { versie: '3', actie: 'indienen' }), {
      cookie: partner.cookie,
    });
    expect(resubmit.status).toBe(303);
    const again = { nl: 'Activiteit, opnieuw ingediend na gevraagde aanpassingen', en: 'Activity, submitted again after changes were requested' };
    await expectTeamTold(mark, { ...first, title: 'Kookclub voor buren', ...again });

    // Sent back again; resubmitted with the submit button of the overview.
    expect((await decideActivity(id, { besluit: 'wijzigingen', opmerking: 'Welke dag?', versie: '4' })).status).toBe(303);
    mark = await outboxMark();
    expect((await postForm(`/portaal/activiteiten/${id}/indienen`, { versie: '5' }, { cookie: partner.cookie })).status).toBe(303);
    await expectTeamTold(mark, { ...first, title: 'Kookclub voor buren', ...again });
  });

  it('is not announced when the submit carries a stale version (409)', async () => {
    const partner = await partnerWithOrganisation();
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!);
    expect(
      (await postForm(`/portaal/activiteiten/${id}`, editForm('Nieuwe titel', { versie: '1', actie: 'opslaan' }), { cookie: partner.cookie })).status,
    ).toBe(303);
    const mark = await outboxMark();
    expect((await postForm(`/portaal/activiteiten/${id}/indienen`, { versie: '1' }, { cookie: partner.cookie })).status).toBe(409);
    expect(
      (await postForm(`/portaal/activiteiten/${id}`, editForm('Nog een titel', { versie: '1', actie: 'indienen' }), { cookie: partner.cookie }))
        .status,
    ).toBe(409);
    expect(await reviewRequestsSince(mark)).toHaveLength(0);
    expect((await activityRow(id)).status).toBe('draft');
  });

  it('is not announced when the submit loses the race inside its batch', async () => {
    const partner = await partnerWithOrganisation();
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!);
    const colleagueSaves = () =>
      db()
        .update(activities)
        .set({ version: sql`${activities.version} + 1` })
        .where(eq(activities.id, id));
    const mark = await outboxMark();
    const result = await submitActivity({ db: losingTheRaceTo(colleagueSaves), user: await asCurrentUser(partner.user.id), origin: ORIGIN }, id, 1);
    expect(result).toMatchObject({ ok: false, problem: 'conflict' });
    expect(await reviewRequestsSince(mark)).toHaveLength(0);
    expect(await activityRow(id)).toMatchObject({ status: 'draft', version: 2 });
  });
});

describe('a change to a published activity submitted for review', () => {
  const change = { kind: 'activity-revision', nl: 'Wijziging van een gepubliceerde activiteit', en: 'Change to a published activity' };

  it('is announced with a link to the change, and again when resubmitted after changes were requested', async () => {
    const { id, cookie, organisation } = await publishedActivity('Wandelgroep');
    let mark = await outboxMark();
    expect(
      (await postForm(`/portaal/activiteiten/${id}`, editForm('Wandelgroep op zondag', { versie: '2', actie: 'indienen' }), { cookie })).status,
    ).toBe(303);
    const revision = (await newestRevision(id))!;
    const told = { ...change, path: `/beoordelen/wijzigingen/${revision.id}`, title: 'Wandelgroep op zondag', organisation: organisation.name };
    await expectTeamTold(mark, told);

    expect((await decideRevision(revision.id, { besluit: 'wijzigingen', opmerking: 'Welke zondag?', versie: '1' })).status).toBe(303);
    mark = await outboxMark();
    const resubmit = editForm('Wandelgroep elke zondag', { versie: '2', wijziging: String(revision.id), wijzigingVersie: '2', actie: 'indienen' });
    expect((await postForm(`/portaal/activiteiten/${id}`, resubmit, { cookie })).status).toBe(303);
    await expectTeamTold(mark, {
      ...told,
      title: 'Wandelgroep elke zondag',
      nl: 'Wijziging van een gepubliceerde activiteit, opnieuw ingediend na gevraagde aanpassingen',
      en: 'Change to a published activity, submitted again after changes were requested',
    });
  });

  it('is announced when a saved draft change is submitted, not while it is saved, and not with a stale version', async () => {
    const { id, cookie, organisation } = await publishedActivity('Voorleesuur');
    const mark = await outboxMark();
    expect(
      (await postForm(`/portaal/activiteiten/${id}`, editForm('Voorleesuur in de bieb', { versie: '2', actie: 'opslaan' }), { cookie })).status,
    ).toBe(303);
    const draft = (await newestRevision(id))!;
    expect(draft.status).toBe('draft');
    expect(
      (await postForm(`/portaal/activiteiten/${id}/wijziging/indienen`, { wijziging: String(draft.id), wijzigingVersie: '7' }, { cookie })).status,
    ).toBe(409);
    expect(await reviewRequestsSince(mark)).toHaveLength(0);

    expect(
      (await postForm(`/portaal/activiteiten/${id}/wijziging/indienen`, { wijziging: String(draft.id), wijzigingVersie: '1' }, { cookie })).status,
    ).toBe(303);
    await expectTeamTold(mark, {
      ...change,
      path: `/beoordelen/wijzigingen/${draft.id}`,
      title: 'Voorleesuur in de bieb',
      organisation: organisation.name,
    });
  });

  it('is not announced when a new change is submitted against a stale version of the activity (409)', async () => {
    const { id, cookie } = await publishedActivity('Fietsenwerkplaats');
    const mark = await outboxMark();
    expect(
      (await postForm(`/portaal/activiteiten/${id}`, editForm('Fietsenwerkplaats Noord', { versie: '1', actie: 'indienen' }), { cookie })).status,
    ).toBe(409);
    expect(await reviewRequestsSince(mark)).toHaveLength(0);
    expect(await newestRevision(id)).toBeUndefined();
  });

  it('is not announced when the new change loses the race inside its batch (a colleague opened a change first)', async () => {
    const { id, user } = await publishedActivity('Repair café');
    const loaded = (await loadActivity(db(), id))!;
    const data = { ...rowToData(loaded.row, loaded.links), title: 'Repair café elke maand' };
    const colleagueStartsAChange = () =>
      db()
        .insert(activityRevisions)
        .values({ activityId: id, data: JSON.stringify(data), status: 'draft', createdByUserId: user.id });
    const mark = await outboxMark();
    const actor = { db: losingTheRaceTo(colleagueStartsAChange), user: await asCurrentUser(user.id), origin: ORIGIN };
    const result = await saveRevision(actor, id, { version: 2, revisionId: null, revisionVersion: null }, data, { submit: true });
    expect(result).toMatchObject({ ok: false, problem: 'conflict' });
    expect(await reviewRequestsSince(mark)).toHaveLength(0);
    const revisions = await db().select().from(activityRevisions).where(eq(activityRevisions.activityId, id));
    expect(revisions.map((r) => r.status)).toEqual(['draft']);
  });
});

describe('an organisation registration submitted for review', () => {
  const registration = (name: string) => ({
    organisatie: name,
    soort: 'neighbourhood',
    beschrijving: 'Wij organiseren klusdagen voor buurtbewoners.',
    wijken: [String(nb.nazareth)],
    website: '',
    contact_email: 'info@klusdagen.example',
    contact_telefoon: '',
    naam: 'Kees Aanvrager',
    email: `kees.${Date.now()}@voorbeeld.nl`,
    wachtwoord: 'klussen in de wijk met de buren',
  });
  const profile = (name: string, version: number) => ({
    versie: String(version),
    organisatie: name,
    soort: 'neighbourhood',
    beschrijving: 'Wij organiseren klusdagen voor buurtbewoners, ook op zaterdag.',
    wijken: [String(nb.nazareth)],
    website: '',
    contact_email: 'info@klusdagen.example',
    contact_telefoon: '',
  });

  it('is announced when registered, and again when resubmitted after a rejection, but not with a stale version', async () => {
    let mark = await outboxMark();
    const res = await postForm('/registreren', registration('Klusdagen Nazareth'), { headers: { 'cf-connecting-ip': '10.77.0.1' } });
    expect(res.status).toBe(303);
    const id = Number(res.headers.get('Location')!.split('/')[3]);
    const cookie = `${SESSION_COOKIE}=${cookieFrom(res)}`;
    const told = { path: `/beoordelen/organisaties/${id}`, kind: 'organisation', title: 'Klusdagen Nazareth', organisation: 'Klusdagen Nazareth' };
    await expectTeamTold(mark, { ...told, nl: 'Aanmelding van een nieuwe organisatie', en: 'Registration of a new organisation' });

    const reject = (version: number) =>
      postForm(`/beoordelen/organisaties/${id}/afwijzen`, { versie: String(version), reden: 'Graag meer uitleg.' }, { cookie: team.cookie });
    expect((await reject(1)).status).toBe(303);
    mark = await outboxMark();
    const resubmitted = await postForm(`/portaal/organisaties/${id}/profiel`, profile('Klusdagen Nazareth', 2), { cookie });
    expect(resubmitted.headers.get('Location')).toContain('melding=opnieuw-ingediend');
    await expectTeamTold(mark, {
      ...told,
      nl: 'Aanmelding van een organisatie, opnieuw ingediend na afwijzing',
      en: 'Registration of an organisation, submitted again after a rejection',
    });

    // Editing the application while it waits tells nobody again; a resubmission with a stale version is refused.
    mark = await outboxMark();
    expect((await postForm(`/portaal/organisaties/${id}/profiel`, profile('Klusdagen in Nazareth', 3), { cookie })).status).toBe(303);
    expect((await reject(4)).status).toBe(303);
    expect((await postForm(`/portaal/organisaties/${id}/profiel`, profile('Klusdagen Nazareth-Oost', 4), { cookie })).status).toBe(409);
    expect(await reviewRequestsSince(mark)).toHaveLength(0);
  });
});

describe('a profile change of an approved organisation submitted for review', () => {
  async function approvedWithMember() {
    const org = await createOrganisation({ name: `Stichting Buurtbrug ${Date.now()}` });
    await db().insert(organisationNeighbourhoods).values({ organisationId: org.id, neighbourhoodId: nb.pottenberg! });
    const member = await createUser({ memberOf: [{ organisationId: org.id, role: 'editor' }] });
    return { org, member, cookie: await sessionCookie(member.id) };
  }
  const profile = (name: string, version = '1') => ({
    versie: version,
    organisatie: name,
    soort: 'other',
    beschrijving: 'Een nieuwe beschrijving die eerst beoordeeld wordt.',
    wijken: [String(nb.pottenberg)],
    website: '',
    contact_email: 'info@buurtbrug.example',
    contact_telefoon: '',
  });
  const openRevisions = (organisationId: number) =>
    db()
      .select()
      .from(organisationRevisions)
      .where(and(eq(organisationRevisions.organisationId, organisationId), eq(organisationRevisions.status, 'submitted')));

  it('is announced with a link to the change; replacing the waiting change does not announce it twice', async () => {
    const { org, cookie } = await approvedWithMember();
    let mark = await outboxMark();
    const res = await postForm(`/portaal/organisaties/${org.id}/profiel`, profile('Buurtbrug Maastricht'), { cookie });
    expect(res.headers.get('Location')).toContain('melding=wijziging-ingediend');
    const [revision] = await openRevisions(org.id);
    await expectTeamTold(mark, {
      path: `/beoordelen/organisaties/wijzigingen/${revision!.id}`,
      kind: 'organisation-revision',
      title: 'Buurtbrug Maastricht',
      organisation: org.name,
      nl: 'Profielwijziging van een organisatie',
      en: 'Profile change of an organisation',
    });

    mark = await outboxMark();
    expect((await postForm(`/portaal/organisaties/${org.id}/profiel`, profile('Buurtbrug Maastricht-West'), { cookie })).status).toBe(303);
    expect(await reviewRequestsSince(mark)).toHaveLength(0);
    const open = await openRevisions(org.id);
    expect(open.map((r) => [r.id, JSON.parse(r.data).name])).toEqual([[revision!.id, 'Buurtbrug Maastricht-West']]);
  });

  it('is not announced with a stale version (409), nor when it loses the race inside its batch', async () => {
    const { org, member, cookie } = await approvedWithMember();
    const mark = await outboxMark();
    expect((await postForm(`/portaal/organisaties/${org.id}/profiel`, profile('Buurtbrug Oud', '7'), { cookie })).status).toBe(409);

    const programmeTeamDecides = () =>
      db()
        .update(organisations)
        .set({ version: sql`${organisations.version} + 1` })
        .where(eq(organisations.id, org.id));
    const ctx = { db: losingTheRaceTo(programmeTeamDecides), now: new Date(), ip: null, origin: ORIGIN };
    const input = {
      version: 1,
      profile: {
        name: 'Buurtbrug Nieuw',
        kind: 'other' as const,
        description: 'Anders.',
        website: null,
        contactEmail: 'info@buurtbrug.example',
        contactPhone: null,
        neighbourhoodIds: [nb.pottenberg!],
        logo: null,
      },
    };
    expect(await saveOrganisationProfile(ctx, await asCurrentUser(member.id), org.id, input)).toEqual({ kind: 'conflict' });
    expect(await reviewRequestsSince(mark)).toHaveLength(0);
    expect(await openRevisions(org.id)).toHaveLength(0);
  });
});
