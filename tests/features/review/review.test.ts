import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, activityPillars, activityRevisions, auditLog, organisationRevisions, outbox, users } from '../../../src/db/schema';
import type { CurrentUser } from '../../../src/env';
import { loadActivity, organisationMembersQuery } from '../../../src/features/activity-editing/queries';
import { activityDecisionStatements } from '../../../src/features/review/commands';
import {
  activityForm,
  createOrganisation,
  createUser,
  db,
  ensureReferenceData,
  partnerWithOrganisation,
  postActivity,
  postForm,
  request,
  reviewer,
  roundTrips,
  sessionCookie,
} from '../../helpers';

let nb: Record<string, number>;
let team: Awaited<ReturnType<typeof reviewer>>;
beforeAll(async () => {
  nb = await ensureReferenceData();
  team = await reviewer();
});

const row = async (id: number) => (await db().select().from(activities).where(eq(activities.id, id)))[0]!;
const audits = async (id: number, action: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.objectType, 'activity'), eq(auditLog.objectId, String(id)), eq(auditLog.action, action)));
const mailsTo = (email: string) => db().select().from(outbox).where(eq(outbox.toAddress, email));
const decide = (id: number, fields: Record<string, string>, cookie = team.cookie) => postForm(`/beoordelen/activiteiten/${id}`, fields, { cookie });
const decideRevision = (id: number, fields: Record<string, string>, cookie = team.cookie) =>
  postForm(`/beoordelen/wijzigingen/${id}`, fields, { cookie });
const revisionOf = async (activityId: number) =>
  (await db().select().from(activityRevisions).where(eq(activityRevisions.activityId, activityId)).orderBy(activityRevisions.id)).at(-1)!;

/** A partner's activity, submitted, then approved by the team: the starting point of revision tests. */
async function publishedActivity(title = 'Taalcafé Nazareth') {
  const partner = await partnerWithOrganisation();
  const id = await postActivity(partner.cookie, partner.organisation.id, nb.nazareth!, { submit: true, overrides: { title } });
  const res = await decide(id, { besluit: 'goedkeuren', opmerking: '', versie: '1' });
  expect(res.status).toBe(303);
  return { ...partner, id };
}

describe('the review queue', () => {
  it('lists organisations, profile changes, new activities and revisions, oldest first, in two round trips', async () => {
    const pending = await createOrganisation({ status: 'pending', name: 'Wachtende Buurtvereniging' });
    const approvedOrg = await createOrganisation({ name: 'Organisatie Met Profielwijziging' });
    await db().insert(organisationRevisions).values({ organisationId: approvedOrg.id, data: '{}', status: 'submitted' });
    const partner = await partnerWithOrganisation();
    const older = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, {
      submit: true,
      overrides: { title: 'Oudste inzending' },
    });
    const newer = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, {
      submit: true,
      overrides: { title: 'Nieuwere inzending' },
    });
    await db()
      .update(activities)
      .set({ submittedAt: new Date(Date.now() - 3 * 24 * 60 * 60 * 1000) })
      .where(eq(activities.id, older));

    const res = await request('/beoordelen', { cookie: team.cookie });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    const html = await res.text();
    expect(html.indexOf('Oudste inzending')).toBeLessThan(html.indexOf('Nieuwere inzending'));
    expect(html).toContain('3 dagen');
    expect(html).toContain(`href="/beoordelen/activiteiten/${newer}"`);
    expect(html).toContain(`value="${older}:1"`); // bulk checkbox carries id and version
    expect(html).toContain(`href="/beoordelen/organisaties/${pending.id}"`);
    expect(html).toContain('Organisatie Met Profielwijziging');
    expect(html).toContain('href="/beoordelen/organisaties/wijzigingen/');
  });

  it('is for the programme team only', async () => {
    const partner = await partnerWithOrganisation();
    const visitor = await request('/beoordelen');
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('Location')).toBe('/inloggen?terug=%2Fbeoordelen');
    expect((await request('/beoordelen', { cookie: partner.cookie })).status).toBe(403);
    const funder = await createUser({ role: 'funder' });
    expect((await request('/beoordelen', { cookie: await sessionCookie(funder.id) })).status).toBe(403);
  });
});

describe('deciding on a new activity', () => {
  it('approves: published, audit row, e-mail to the partner, visible on /activiteiten', async () => {
    const partner = await partnerWithOrganisation();
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, {
      submit: true,
      overrides: { title: 'Moestuin Pottenberg' },
    });
    expect((await request(`/activiteiten/${id}`)).status).toBe(404);

    const page = await request(`/beoordelen/activiteiten/${id}`, { cookie: team.cookie });
    expect(page.status).toBe(200);
    expect(roundTrips(page)).toBeLessThanOrEqual(2);
    expect(await page.text()).toContain('class="vw-activity-detail"');

    const res = await decide(id, { besluit: 'goedkeuren', opmerking: '', versie: '1' });
    expect(res.status).toBe(303);
    expect(await row(id)).toMatchObject({ status: 'published', version: 2 });
    expect((await row(id)).publishedAt).not.toBeNull();
    expect(await audits(id, 'activity.approve')).toHaveLength(1);
    const [mail] = await mailsTo(partner.user.email);
    expect(mail!.subject).toBe('Uw activiteit "Moestuin Pottenberg" staat online');
    expect(mail!.bodyText).toContain(`/activiteiten/${id}`);

    const publicPage = await request(`/activiteiten/${id}`);
    expect(publicPage.status).toBe(200);
    expect(await publicPage.text()).toContain('Moestuin Pottenberg');
  });

  it('requires a comment to request changes or reject (422, nothing changed)', async () => {
    const partner = await partnerWithOrganisation();
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: true });
    for (const besluit of ['wijzigingen', 'afwijzen']) {
      const res = await decide(id, { besluit, opmerking: '   ', versie: '1' });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain('id="veld-opmerking-fout">Schrijf een opmerking: de partner moet weten wat er anders moet of waarom het is afgewezen.<');
    }
    const none = await decide(id, { opmerking: 'x', versie: '1' });
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('Kies een besluit.');
    expect(await row(id)).toMatchObject({ status: 'submitted', version: 1 });
    expect(await mailsTo(partner.user.email)).toHaveLength(0);
  });

  it('the whole round: changes requested, fixed, resubmitted, approved, then on /activiteiten', async () => {
    const partner = await partnerWithOrganisation();
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: true, overrides: { title: 'Kookclub' } });

    expect((await decide(id, { besluit: 'wijzigingen', opmerking: 'Vermeld de kosten van de ingrediënten.', versie: '1' })).status).toBe(303);
    expect(await row(id)).toMatchObject({ status: 'changes-requested', reviewComment: 'Vermeld de kosten van de ingrediënten.' });
    expect(await audits(id, 'activity.request-changes')).toHaveLength(1);
    const [mail] = await mailsTo(partner.user.email);
    expect(mail!.subject).toBe('Aanpassingen gevraagd voor "Kookclub"');
    expect(mail!.bodyText).toContain('Vermeld de kosten van de ingrediënten.');

    const workspace = await (await request('/portaal', { cookie: partner.cookie })).text();
    expect(workspace).toContain('Het programmateam vraagt om aanpassingen.');
    expect(workspace).toContain('Vermeld de kosten van de ingrediënten.');

    const fixed = await postForm(
      `/portaal/activiteiten/${id}`,
      {
        ...activityForm(nb.pottenberg!, { title: 'Kookclub', cost: 'paid', costAmount: '2' }),
        versie: '2',
        wijziging: '',
        wijzigingVersie: '',
        actie: 'indienen',
      },
      { cookie: partner.cookie },
    );
    expect(fixed.status).toBe(303);
    expect(await row(id)).toMatchObject({ status: 'submitted', costCents: 200, reviewComment: null, version: 3 });

    expect((await decide(id, { besluit: 'goedkeuren', opmerking: 'Dank je!', versie: '3' })).status).toBe(303);
    expect((await row(id)).status).toBe('published');
    const list = await request('/activiteiten?q=Kookclub');
    expect(await list.text()).toContain(`/activiteiten/${id}`);
  });

  it('rejects with a reason the partner sees', async () => {
    const partner = await partnerWithOrganisation();
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: true, overrides: { title: 'Loterij' } });
    expect((await decide(id, { besluit: 'afwijzen', opmerking: 'Past niet bij de pijlers.', versie: '1' })).status).toBe(303);
    expect(await row(id)).toMatchObject({ status: 'rejected', reviewComment: 'Past niet bij de pijlers.' });
    expect(await audits(id, 'activity.reject')).toHaveLength(1);
    expect((await mailsTo(partner.user.email))[0]!.subject).toBe('Uw activiteit "Loterij" is niet goedgekeurd');
    const overview = await (await request(`/portaal/activiteiten/${id}`, { cookie: partner.cookie })).text();
    expect(overview).toContain('Past niet bij de pijlers.');
  });

  it('refuses a decision on something not submitted, with the current state (409)', async () => {
    const partner = await partnerWithOrganisation();
    const draft = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!);
    const res = await decide(draft, { besluit: 'goedkeuren', opmerking: '', versie: '1' });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Hierover is al besloten. De huidige status is: Concept.');
    expect((await row(draft)).status).toBe('draft');
    expect(await audits(draft, 'activity.approve')).toHaveLength(0);
  });

  it('decides only on submitted activities: every other status is refused (409) and left alone', async () => {
    const partner = await partnerWithOrganisation();
    for (const status of ['draft', 'changes-requested', 'published', 'rejected', 'withdrawn', 'archived'] as const) {
      const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!);
      await db().update(activities).set({ status }).where(eq(activities.id, id));
      for (const [besluit, opmerking] of [
        ['goedkeuren', ''],
        ['wijzigingen', 'x'],
        ['afwijzen', 'y'],
      ]) {
        expect((await decide(id, { besluit: besluit!, opmerking: opmerking!, versie: '1' })).status, `${besluit} on ${status}`).toBe(409);
      }
      expect(await row(id)).toMatchObject({ status, version: 1 });
    }
    expect(await mailsTo(partner.user.email)).toHaveLength(0);
  });

  it('does not let a partner decide (403), not even on their own activity', async () => {
    const partner = await partnerWithOrganisation();
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: true });
    expect((await decide(id, { besluit: 'goedkeuren', opmerking: '', versie: '1' }, partner.cookie)).status).toBe(403);
    expect((await request(`/beoordelen/activiteiten/${id}`, { cookie: partner.cookie })).status).toBe(403);
    expect(await row(id)).toMatchObject({ status: 'submitted', version: 1 });
  });

  it('answers unknown ids with 404', async () => {
    expect((await request('/beoordelen/activiteiten/999999', { cookie: team.cookie })).status).toBe(404);
    expect((await request('/beoordelen/activiteiten/abc', { cookie: team.cookie })).status).toBe(404);
    expect((await decide(999999, { besluit: 'goedkeuren', opmerking: '', versie: '1' })).status).toBe(404);
  });
});

describe('two reviewers at once', () => {
  it('exactly one of two approvals of the same version succeeds; the other gets 409 and the current state', async () => {
    const partner = await partnerWithOrganisation();
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: true });
    const second = await reviewer();
    const results = await Promise.all([
      decide(id, { besluit: 'goedkeuren', opmerking: '', versie: '1' }),
      decide(id, { besluit: 'afwijzen', opmerking: 'Te laat', versie: '1' }, second.cookie),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([303, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(await loser.text()).toMatch(/De huidige status is: (Gepubliceerd|Afgewezen)\./);
    expect((await row(id)).version).toBe(2);
    const decisions = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectId, String(id)), inArray(auditLog.action, ['activity.approve', 'activity.reject'])));
    expect(decisions).toHaveLength(1);
    expect(await mailsTo(partner.user.email)).toHaveLength(1);
  });

  it('the SQL guard itself: two batches built from the same snapshot, only the first writes anything', async () => {
    const partner = await partnerWithOrganisation();
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: true });
    const [teamRow] = await db().select().from(users).where(eq(users.id, team.user.id));
    const user: CurrentUser = { ...teamRow!, role: 'programme', emailVerified: true, totpEnabled: false, memberships: [] };
    const actor = { db: db(), user, now: new Date(), origin: 'http://localhost' };
    const snapshot = (await loadActivity(db(), id))!;
    const recipients = await organisationMembersQuery(db(), partner.organisation.id);
    const first = await db().batch(activityDecisionStatements(actor, snapshot, recipients, 'approve', '') as [never]);
    const second = await db().batch(activityDecisionStatements(actor, snapshot, recipients, 'reject', 'Nee') as [never]);
    expect(first.at(-1)).toHaveLength(1);
    expect(second.at(-1)).toHaveLength(0);
    expect(await row(id)).toMatchObject({ status: 'published', version: 2, reviewComment: null });
    expect(await audits(id, 'activity.reject')).toHaveLength(0);
    expect(await mailsTo(partner.user.email)).toHaveLength(1);
  });

  it('a stale version is refused even when it arrives alone', async () => {
    const partner = await partnerWithOrganisation();
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: true });
    // The partner edits while the reviewer looks at version 1.
    await postForm(
      `/portaal/activiteiten/${id}`,
      { ...activityForm(nb.pottenberg!, { title: 'Bijgewerkt' }), versie: '1', wijziging: '', wijzigingVersie: '', actie: 'opslaan' },
      { cookie: partner.cookie },
    );
    const res = await decide(id, { besluit: 'goedkeuren', opmerking: '', versie: '1' });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('de partner heeft het gewijzigd');
    expect(await row(id)).toMatchObject({ status: 'submitted', title: 'Bijgewerkt' });
  });
});

describe('revisions of published activities', () => {
  it('keeps the published version live until approval, then replaces fields and link rows at once', async () => {
    const { id, cookie, user } = await publishedActivity('Taalcafé Nazareth');
    const edit = await postForm(
      `/portaal/activiteiten/${id}`,
      {
        ...activityForm(nb.nazareth!, {
          title: 'Taalcafé Nazareth op donderdag',
          pillars: ['livelihood', 'equal-chances'],
          summary: 'Nieuwe samenvatting.',
        }),
        versie: '2',
        wijziging: '',
        wijzigingVersie: '',
        actie: 'indienen',
      },
      { cookie },
    );
    expect(edit.status).toBe(303);
    const revision = await revisionOf(id);
    expect(revision.status).toBe('submitted');

    // The public page still shows the approved text.
    const before = await (await request(`/activiteiten/${id}`)).text();
    expect(before).toContain('Taalcafé Nazareth');
    expect(before).not.toContain('op donderdag');

    const page = await request(`/beoordelen/wijzigingen/${revision.id}`, { cookie: team.cookie });
    expect(page.status).toBe(200);
    expect(roundTrips(page)).toBeLessThanOrEqual(2);
    const html = await page.text();
    expect(html).toMatch(
      /<tr class="utrecht-table__row vw-comparison__changed"><th[^>]*>Titel<br\/><span class="vw-tag vw-tag--changed">gewijzigd<\/span><\/th><td[^>]*>Taalcafé Nazareth<\/td><td[^>]*>Taalcafé Nazareth op donderdag<\/td>/,
    );
    expect(html).toMatch(/<th[^>]*>Locatie<br\/><span class="vw-meta">ongewijzigd<\/span>/);
    expect(html).toContain('Bestaanszekerheid, Gelijke kansen');

    const res = await decideRevision(revision.id, { besluit: 'goedkeuren', opmerking: '', versie: String(revision.version) });
    expect(res.status).toBe(303);
    expect(await row(id)).toMatchObject({
      title: 'Taalcafé Nazareth op donderdag',
      summary: 'Nieuwe samenvatting.',
      status: 'published',
      version: 3,
    });
    const pillars = await db().select().from(activityPillars).where(eq(activityPillars.activityId, id));
    expect(pillars.map((p) => p.pillarId).sort()).toEqual(['equal-chances', 'livelihood']);
    expect((await revisionOf(id)).status).toBe('approved');
    expect(await audits(id, 'activity-revision.approve')).toHaveLength(1);
    expect((await mailsTo(user.email)).at(-1)!.subject).toBe('Uw wijziging van "Taalcafé Nazareth op donderdag" staat online');
    expect(await (await request(`/activiteiten/${id}`)).text()).toContain('Taalcafé Nazareth op donderdag');
  });

  it('requests changes on or rejects a revision: the live row never changes', async () => {
    const { id, cookie } = await publishedActivity('Yoga in het park');
    const submitRevision = (title: string, fields: Record<string, string> = {}) =>
      postForm(
        `/portaal/activiteiten/${id}`,
        { ...activityForm(nb.nazareth!, { title }), versie: '2', wijziging: '', wijzigingVersie: '', actie: 'indienen', ...fields },
        { cookie },
      );
    await submitRevision('Yoga in het park (nieuw)');
    const first = await revisionOf(id);
    expect((await decideRevision(first.id, { besluit: 'wijzigingen', opmerking: 'Welk park?', versie: '1' })).status).toBe(303);
    expect((await revisionOf(id)).status).toBe('changes-requested');
    expect((await row(id)).title).toBe('Yoga in het park');
    const overview = await (await request(`/portaal/activiteiten/${id}`, { cookie })).text();
    expect(overview).toContain('Welk park?');

    await submitRevision('Yoga in het Stadspark', { wijziging: String(first.id), wijzigingVersie: '2' });
    const resubmitted = await revisionOf(id);
    expect(resubmitted).toMatchObject({ id: first.id, status: 'submitted', version: 3 });
    expect((await decideRevision(first.id, { besluit: 'afwijzen', opmerking: 'Buiten de wijk.', versie: '3' })).status).toBe(303);
    expect((await revisionOf(id)).status).toBe('rejected');
    expect(await row(id)).toMatchObject({ title: 'Yoga in het park', version: 2 });
    expect(await audits(id, 'activity-revision.request-changes')).toHaveLength(1);
    expect(await audits(id, 'activity-revision.reject')).toHaveLength(1);
  });

  it('two reviewers approving the same revision version: one wins, the live row changes once', async () => {
    const { id, cookie } = await publishedActivity('Schaakclub');
    await postForm(
      `/portaal/activiteiten/${id}`,
      { ...activityForm(nb.nazareth!, { title: 'Schaakclub voor iedereen' }), versie: '2', wijziging: '', wijzigingVersie: '', actie: 'indienen' },
      { cookie },
    );
    const revision = await revisionOf(id);
    const second = await reviewer();
    const results = await Promise.all([
      decideRevision(revision.id, { besluit: 'goedkeuren', opmerking: '', versie: '1' }),
      decideRevision(revision.id, { besluit: 'goedkeuren', opmerking: '', versie: '1' }, second.cookie),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([303, 409]);
    expect(await row(id)).toMatchObject({ title: 'Schaakclub voor iedereen', version: 3 });
    expect(await audits(id, 'activity-revision.approve')).toHaveLength(1);
  });
});

describe('approving several at once', () => {
  it('approves every selected entry in one go and skips the ones that changed meanwhile', async () => {
    const partner = await partnerWithOrganisation();
    const a = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: true, overrides: { title: 'Bulk A' } });
    const b = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: true, overrides: { title: 'Bulk B' } });
    const stale = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: true, overrides: { title: 'Bulk C' } });
    const published = await publishedActivity('Bulk D');
    await postForm(
      `/portaal/activiteiten/${published.id}`,
      { ...activityForm(nb.nazareth!, { title: 'Bulk D gewijzigd' }), versie: '2', wijziging: '', wijzigingVersie: '', actie: 'indienen' },
      { cookie: published.cookie },
    );
    const revision = await revisionOf(published.id);

    const res = await postForm(
      '/beoordelen/goedkeuren',
      { activiteit: [`${a}:1`, `${b}:1`, `${stale}:7`, 'rommel'], wijziging: [`${revision.id}:1`] },
      { cookie: team.cookie },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/beoordelen?goedgekeurd=${a}.${b}.${published.id}&overgeslagen=1`);
    expect((await row(a)).status).toBe('published');
    expect((await row(b)).status).toBe('published');
    expect((await row(stale)).status).toBe('submitted');
    expect((await row(published.id)).title).toBe('Bulk D gewijzigd');
    expect(await audits(a, 'activity.approve')).toHaveLength(1);
    expect(await audits(published.id, 'activity-revision.approve')).toHaveLength(1);
    const page = await (await request(res.headers.get('Location')!, { cookie: team.cookie })).text();
    expect(page).toContain('Goedgekeurd (3): Bulk A, Bulk B, Bulk D gewijzigd. 1 item overgeslagen');
  });

  it('is refused for partners', async () => {
    const partner = await partnerWithOrganisation();
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: true });
    expect((await postForm('/beoordelen/goedkeuren', { activiteit: [`${id}:1`] }, { cookie: partner.cookie })).status).toBe(403);
    expect((await row(id)).status).toBe('submitted');
  });
});
