import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActivityStatus } from '../../../src/db/enums';
import { activities, activityOrganisers, activityPillars, activityRevisions, auditLog, savedDrafts } from '../../../src/db/schema';
import {
  expiredSessionCookie,
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
beforeAll(async () => {
  nb = await ensureReferenceData();
});

const row = async (id: number) => (await db().select().from(activities).where(eq(activities.id, id)))[0]!;
const auditActions = async (id: number) =>
  (
    await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectType, 'activity'), eq(auditLog.objectId, String(id))))
  ).map((a) => a.action);
const editFields = (id: number, version: number, overrides: Record<string, string | string[]> = {}) => ({
  ...activityForm(nb.pottenberg!, overrides),
  versie: String(version),
  wijziging: '',
  wijzigingVersie: '',
});
/** Test set-up only: puts an activity in a status without going through the review feature. */
const setStatus = (id: number, status: 'published' | 'rejected') =>
  db().update(activities).set({ status, publishedAt: new Date(), confirmedAt: new Date() }).where(eq(activities.id, id));

describe('creating an activity', () => {
  it('saves a draft with every field and its link rows, and writes the audit row', async () => {
    const { organisation, user, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!, {
      overrides: { pillars: ['health', 'livelihood'], cost: 'paid', costAmount: '2,50', joinMethod: 'email', joinDetail: 'aanmelden@voorbeeld.nl' },
    });
    const saved = await row(id);
    expect(saved).toMatchObject({
      status: 'draft',
      version: 1,
      organisationId: organisation.id,
      createdByUserId: user.id,
      title: 'Koffieochtend in de buurt',
      postcode: '6216 AB',
      costCents: 250,
      joinMethod: 'email',
      joinDetail: 'aanmelden@voorbeeld.nl',
      languages: 'Nederlands, Engels',
    });
    const pillars = await db().select().from(activityPillars).where(eq(activityPillars.activityId, id));
    expect(pillars.map((p) => p.pillarId).sort()).toEqual(['health', 'livelihood']);
    expect(await auditActions(id)).toEqual(['activity.create']);
  });

  it('submits at once with "Opslaan en indienen"', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.nazareth!, { submit: true });
    const saved = await row(id);
    expect(saved.status).toBe('submitted');
    expect(saved.submittedAt).not.toBeNull();
    expect(await auditActions(id)).toEqual(['activity.create', 'activity.submit']);
  });

  it('ignores a posted status and version, and refuses another organisation', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const other = await createOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!, { overrides: { status: 'published', version: '42', reviewComment: 'x' } });
    expect(await row(id)).toMatchObject({ status: 'draft', version: 1, reviewComment: null });

    const res = await postForm(
      '/portaal/activiteiten',
      { ...activityForm(nb.pottenberg!), organisationId: String(other.id), actie: 'opslaan' },
      { cookie },
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Kies een goedgekeurde organisatie waarvan u lid bent.');
    expect(await db().select().from(activities).where(eq(activities.organisationId, other.id))).toHaveLength(0);
  });

  it('lets a member of a pending organisation create nothing', async () => {
    const pending = await createOrganisation({ status: 'pending' });
    const user = await createUser({ memberOf: [{ organisationId: pending.id }] });
    const cookie = await sessionCookie(user.id);
    expect((await request('/portaal/activiteiten/nieuw', { cookie })).status).toBe(403);
    const res = await postForm(
      '/portaal/activiteiten',
      { ...activityForm(nb.pottenberg!), organisationId: String(pending.id), actie: 'opslaan' },
      { cookie },
    );
    expect(res.status).toBe(403);
    expect(await db().select().from(activities).where(eq(activities.organisationId, pending.id))).toHaveLength(0);
  });

  it('shows a preview through the public detail component without saving anything', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const before = (await db().select().from(activities)).length;
    const res = await postForm(
      '/portaal/activiteiten',
      { ...activityForm(nb.pottenberg!, { title: 'Voorbeeld van de taalcafé' }), organisationId: String(organisation.id), actie: 'voorbeeld' },
      { cookie },
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('class="vw-activity-detail"');
    expect(html).toContain('Voorbeeld van de taalcafé');
    expect(html).toContain('value="Voorbeeld van de taalcafé"'); // the form below keeps the input
    expect((await db().select().from(activities)).length).toBe(before);
  });
});

describe('the partner lifecycle', () => {
  it('edits a draft, guarded by its version', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!);
    const res = await postForm(`/portaal/activiteiten/${id}`, { ...editFields(id, 1, { title: 'Nieuwe titel' }), actie: 'opslaan' }, { cookie });
    expect(res.status).toBe(303);
    expect(await row(id)).toMatchObject({ title: 'Nieuwe titel', version: 2, status: 'draft' });

    // A form loaded at version 1 is stale now: 409, the typed text is kept, nothing changes.
    const stale = await postForm(
      `/portaal/activiteiten/${id}`,
      { ...editFields(id, 1, { title: 'Verouderde titel' }), actie: 'opslaan' },
      { cookie },
    );
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('intussen door iemand anders gewijzigd');
    expect(html).toContain('value="Verouderde titel"');
    expect(html).toContain('name="versie" value="2"');
    expect(await row(id)).toMatchObject({ title: 'Nieuwe titel', version: 2 });
    expect(await auditActions(id)).toEqual(['activity.create', 'activity.update']);
  });

  it('submits, withdraws and archives, each only from the right status', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!);

    expect((await postForm(`/portaal/activiteiten/${id}/intrekken`, { versie: '1' }, { cookie })).status).toBe(409); // a draft cannot be withdrawn
    expect((await postForm(`/portaal/activiteiten/${id}/bevestigen`, { versie: '1' }, { cookie })).status).toBe(409); // nor confirmed

    const submitted = await postForm(`/portaal/activiteiten/${id}/indienen`, { versie: '1' }, { cookie });
    expect(submitted.status).toBe(303);
    expect(submitted.headers.get('Location')).toBe(`/portaal/activiteiten/${id}?melding=ingediend`);
    expect(await row(id)).toMatchObject({ status: 'submitted', version: 2 });
    const twice = await postForm(`/portaal/activiteiten/${id}/indienen`, { versie: '2' }, { cookie });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain('Huidige status: Ingediend');

    expect((await postForm(`/portaal/activiteiten/${id}/intrekken`, { versie: '2' }, { cookie })).status).toBe(303);
    expect(await row(id)).toMatchObject({ status: 'withdrawn', version: 3 });

    expect((await postForm(`/portaal/activiteiten/${id}/archiveren`, { versie: '3' }, { cookie })).status).toBe(303);
    expect(await row(id)).toMatchObject({ status: 'archived', version: 4 });
    expect((await postForm(`/portaal/activiteiten/${id}/archiveren`, { versie: '4' }, { cookie })).status).toBe(409);
    const edit = await postForm(`/portaal/activiteiten/${id}`, { ...editFields(id, 4), actie: 'opslaan' }, { cookie });
    expect(edit.status).toBe(409);
    expect((await row(id)).version).toBe(4);

    expect(await auditActions(id)).toEqual(['activity.create', 'activity.submit', 'activity.withdraw', 'activity.archive']);
  });

  it('confirms a published activity: the freshness clock restarts and a hidden one shows again', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!);
    await db()
      .update(activities)
      .set({ status: 'published', confirmedAt: new Date(0), reminderSentAt: new Date(1000), staleHiddenAt: new Date(2000) })
      .where(eq(activities.id, id));
    const page = await request(`/portaal/activiteiten/${id}`, { cookie });
    expect(await page.text()).toContain('verborgen op de openbare lijst');
    const res = await postForm(`/portaal/activiteiten/${id}/bevestigen`, { versie: '1' }, { cookie });
    expect(res.status).toBe(303);
    const confirmed = await row(id);
    expect(confirmed.reminderSentAt).toBeNull();
    expect(confirmed.staleHiddenAt).toBeNull();
    expect(confirmed.confirmedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await auditActions(id)).toContain('activity.confirm');
  });

  it('keeps a rejected activity final: no edit, no resubmit, only archive or copy', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!);
    await setStatus(id, 'rejected');
    expect((await postForm(`/portaal/activiteiten/${id}/indienen`, { versie: '1' }, { cookie })).status).toBe(409);
    expect((await postForm(`/portaal/activiteiten/${id}`, { ...editFields(id, 1), actie: 'indienen' }, { cookie })).status).toBe(409);
    expect((await row(id)).status).toBe('rejected');
    expect((await postForm(`/portaal/activiteiten/${id}/archiveren`, { versie: '1' }, { cookie })).status).toBe(303);
  });

  it('duplicates an activity into a new form without writing anything', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!, { overrides: { title: 'Wandelgroep' } });
    const count = (await db().select().from(activities)).length;
    const res = await request(`/portaal/activiteiten/${id}/kopie`, { cookie });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    const html = await res.text();
    expect(html).toContain('action="/portaal/activiteiten"');
    expect(html).toContain('value="Wandelgroep"');
    expect((await db().select().from(activities)).length).toBe(count);
  });
});

describe('every partner transition, allowed and refused per status', () => {
  const ALL: ActivityStatus[] = ['draft', 'submitted', 'changes-requested', 'published', 'rejected', 'withdrawn', 'archived'];
  const ALLOWED: Record<string, { from: ActivityStatus[]; to: ActivityStatus; audit: string }> = {
    indienen: { from: ['draft', 'changes-requested', 'withdrawn'], to: 'submitted', audit: 'activity.submit' },
    intrekken: { from: ['submitted', 'changes-requested', 'published'], to: 'withdrawn', audit: 'activity.withdraw' },
    archiveren: {
      from: ['draft', 'submitted', 'changes-requested', 'published', 'rejected', 'withdrawn'],
      to: 'archived',
      audit: 'activity.archive',
    },
    bevestigen: { from: ['published'], to: 'published', audit: 'activity.confirm' },
  };
  for (const [action, rule] of Object.entries(ALLOWED)) {
    it(`${action}: from ${rule.from.join(', ')} only`, async () => {
      const { organisation, cookie } = await partnerWithOrganisation();
      for (const status of ALL) {
        const id = await postActivity(cookie, organisation.id, nb.pottenberg!);
        await db().update(activities).set({ status }).where(eq(activities.id, id));
        const res = await postForm(`/portaal/activiteiten/${id}/${action}`, { versie: '1' }, { cookie });
        if (rule.from.includes(status)) {
          expect(res.status, `${action} from ${status}`).toBe(303);
          expect(await row(id), `${action} from ${status}`).toMatchObject({ status: rule.to, version: 2 });
          expect(await auditActions(id)).toEqual(['activity.create', rule.audit]);
        } else {
          expect(res.status, `${action} from ${status}`).toBe(409);
          expect(await row(id), `${action} from ${status}`).toMatchObject({ status, version: 1 });
          expect(await auditActions(id)).toEqual(['activity.create']);
        }
      }
    });
  }

  it('saving the form: the activity itself while unpublished, a revision when published, nothing when final', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    for (const status of ALL) {
      const id = await postActivity(cookie, organisation.id, nb.pottenberg!);
      await db().update(activities).set({ status }).where(eq(activities.id, id));
      const res = await postForm(`/portaal/activiteiten/${id}`, { ...editFields(id, 1, { title: `Nieuw ${status}` }), actie: 'opslaan' }, { cookie });
      const revisions = await db().select().from(activityRevisions).where(eq(activityRevisions.activityId, id));
      if (status === 'rejected' || status === 'archived') {
        expect(res.status, status).toBe(409);
        expect((await row(id)).title).toBe('Koffieochtend in de buurt');
        expect(revisions).toHaveLength(0);
      } else if (status === 'published') {
        expect(res.status, status).toBe(303);
        expect((await row(id)).title).toBe('Koffieochtend in de buurt');
        expect(revisions).toHaveLength(1);
      } else {
        expect(res.status, status).toBe(303);
        expect(await row(id), status).toMatchObject({ title: `Nieuw ${status}`, status });
        expect(revisions).toHaveLength(0);
      }
    }
  });

  it('a version from the future is refused like a stale one', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!);
    expect((await postForm(`/portaal/activiteiten/${id}/indienen`, { versie: '99' }, { cookie })).status).toBe(409);
    expect((await postForm(`/portaal/activiteiten/${id}`, { ...editFields(id, 99), actie: 'opslaan' }, { cookie })).status).toBe(409);
    expect(await row(id)).toMatchObject({ status: 'draft', version: 1 });
  });
});

describe('changing a published activity', () => {
  it('saves a revision and keeps the live row unchanged', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!, { overrides: { title: 'Oude titel' } });
    await setStatus(id, 'published');

    const form = await request(`/portaal/activiteiten/${id}/bewerken`, { cookie });
    const formHtml = await form.text();
    expect(formHtml).toContain('Uw wijziging wordt eerst beoordeeld');
    expect(formHtml).toContain('Wijziging indienen');

    const saved = await postForm(
      `/portaal/activiteiten/${id}`,
      { ...editFields(id, 1, { title: 'Nieuwe titel', pillars: ['equal-chances'] }), actie: 'opslaan' },
      { cookie },
    );
    expect(saved.status).toBe(303);
    expect(saved.headers.get('Location')).toBe(`/portaal/activiteiten/${id}?melding=wijziging-opgeslagen`);
    expect(await row(id)).toMatchObject({ title: 'Oude titel', version: 1, status: 'published' });
    const [revision] = await db().select().from(activityRevisions).where(eq(activityRevisions.activityId, id));
    expect(revision).toMatchObject({ status: 'draft', version: 1 });
    expect(JSON.parse(revision!.data)).toMatchObject({ title: 'Nieuwe titel', pillarIds: ['equal-chances'] });

    // Editing again continues the same revision (guarded by its version) and submits it.
    const again = await request(`/portaal/activiteiten/${id}/bewerken`, { cookie });
    expect(await again.text()).toContain('value="Nieuwe titel"');
    const submitted = await postForm(
      `/portaal/activiteiten/${id}`,
      { ...editFields(id, 1, { title: 'Nieuwste titel' }), wijziging: String(revision!.id), wijzigingVersie: '1', actie: 'indienen' },
      { cookie },
    );
    expect(submitted.status).toBe(303);
    const revisions = await db().select().from(activityRevisions).where(eq(activityRevisions.activityId, id));
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ status: 'submitted', version: 2 });
    expect((await row(id)).title).toBe('Oude titel');

    // A second "new revision" from a stale form (no revision id) is a conflict, not a second revision.
    const stale = await postForm(`/portaal/activiteiten/${id}`, { ...editFields(id, 1, { title: 'Andere titel' }), actie: 'opslaan' }, { cookie });
    expect(stale.status).toBe(409);
    expect(await db().select().from(activityRevisions).where(eq(activityRevisions.activityId, id))).toHaveLength(1);

    expect(await auditActions(id)).toEqual(['activity.create', 'activity-revision.save', 'activity-revision.submit']);
  });

  it('withdraws a revision; withdrawing the activity also closes its open revision', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!);
    await setStatus(id, 'published');
    await postForm(`/portaal/activiteiten/${id}`, { ...editFields(id, 1, { title: 'Wijziging 1' }), actie: 'indienen' }, { cookie });
    const [first] = await db().select().from(activityRevisions).where(eq(activityRevisions.activityId, id));
    const res = await postForm(`/portaal/activiteiten/${id}/wijziging/intrekken`, { wijziging: String(first!.id), wijzigingVersie: '1' }, { cookie });
    expect(res.status).toBe(303);
    expect((await db().select().from(activityRevisions).where(eq(activityRevisions.id, first!.id)))[0]!.status).toBe('withdrawn');

    await postForm(`/portaal/activiteiten/${id}`, { ...editFields(id, 1, { title: 'Wijziging 2' }), actie: 'indienen' }, { cookie });
    expect((await postForm(`/portaal/activiteiten/${id}/intrekken`, { versie: '1' }, { cookie })).status).toBe(303);
    const open = await db()
      .select()
      .from(activityRevisions)
      .where(and(eq(activityRevisions.activityId, id), eq(activityRevisions.status, 'submitted')));
    expect(open).toHaveLength(0);
    expect((await row(id)).status).toBe('withdrawn');
    expect(await auditActions(id)).toEqual([
      'activity.create',
      'activity-revision.submit',
      'activity-revision.withdraw',
      'activity-revision.submit',
      'activity.withdraw',
    ]);
  });
});

describe('who may touch an activity', () => {
  it('hides another organisation’s activity (404) and changes nothing', async () => {
    const owner = await partnerWithOrganisation();
    const stranger = await partnerWithOrganisation();
    const id = await postActivity(owner.cookie, owner.organisation.id, nb.pottenberg!, { overrides: { title: 'Van de eigenaar' } });
    for (const path of ['', '/bewerken', '/voorbeeld', '/kopie']) {
      expect((await request(`/portaal/activiteiten/${id}${path}`, { cookie: stranger.cookie })).status).toBe(404);
    }
    expect(
      (
        await postForm(
          `/portaal/activiteiten/${id}`,
          { ...editFields(id, 1, { title: 'Overgenomen' }), actie: 'opslaan' },
          { cookie: stranger.cookie },
        )
      ).status,
    ).toBe(404);
    for (const action of ['indienen', 'intrekken', 'archiveren', 'bevestigen']) {
      expect((await postForm(`/portaal/activiteiten/${id}/${action}`, { versie: '1' }, { cookie: stranger.cookie })).status).toBe(404);
    }
    expect(await row(id)).toMatchObject({ title: 'Van de eigenaar', version: 1, status: 'draft' });
    expect(await auditActions(id)).toEqual(['activity.create']);
  });

  it('does not let the programme team or a funder edit in the portal', async () => {
    const owner = await partnerWithOrganisation();
    const id = await postActivity(owner.cookie, owner.organisation.id, nb.pottenberg!);
    const team = await reviewer();
    const funder = await createUser({ role: 'funder' });
    for (const cookie of [team.cookie, await sessionCookie(funder.id)]) {
      expect((await request(`/portaal/activiteiten/${id}/bewerken`, { cookie })).status).toBe(404);
      expect((await postForm(`/portaal/activiteiten/${id}/indienen`, { versie: '1' }, { cookie })).status).toBe(404);
    }
    expect((await row(id)).status).toBe('draft');
  });

  it('sends visitors to the login page and back', async () => {
    const owner = await partnerWithOrganisation();
    const id = await postActivity(owner.cookie, owner.organisation.id, nb.pottenberg!);
    const res = await request(`/portaal/activiteiten/${id}/bewerken`);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/inloggen?terug=${encodeURIComponent(`/portaal/activiteiten/${id}/bewerken`)}`);
    expect((await postForm(`/portaal/activiteiten/${id}/indienen`, { versie: '1' })).status).toBe(303);
    expect((await row(id)).status).toBe('draft');
  });

  it('lets co-organisers edit, but only the main organisation chooses co-organisers', async () => {
    const owner = await partnerWithOrganisation();
    const partner = await partnerWithOrganisation();
    const third = await createOrganisation();
    const pending = await createOrganisation({ status: 'pending' });

    const refused = await postForm(
      '/portaal/activiteiten',
      { ...activityForm(nb.pottenberg!, { coOrganisers: [String(pending.id)] }), organisationId: String(owner.organisation.id), actie: 'opslaan' },
      { cookie: owner.cookie },
    );
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Kies alleen andere, goedgekeurde organisaties uit de lijst.');

    const id = await postActivity(owner.cookie, owner.organisation.id, nb.pottenberg!, {
      overrides: { coOrganisers: [String(partner.organisation.id)] },
    });
    expect((await db().select().from(activityOrganisers).where(eq(activityOrganisers.activityId, id))).map((o) => o.organisationId)).toEqual([
      partner.organisation.id,
    ]);

    const form = await request(`/portaal/activiteiten/${id}/bewerken`, { cookie: partner.cookie });
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('Alleen leden van de hoofdorganisatie');
    const res = await postForm(
      `/portaal/activiteiten/${id}`,
      { ...editFields(id, 1, { title: 'Samen bijgewerkt', coOrganisers: [String(third.id)] }), actie: 'opslaan' },
      { cookie: partner.cookie },
    );
    expect(res.status).toBe(303);
    expect((await row(id)).title).toBe('Samen bijgewerkt');
    // The co-organiser's posted list is ignored: the list stays as the main organisation set it.
    expect((await db().select().from(activityOrganisers).where(eq(activityOrganisers.activityId, id))).map((o) => o.organisationId)).toEqual([
      partner.organisation.id,
    ]);
    expect((await request('/portaal', { cookie: partner.cookie })).status).toBe(200);
  });
});

describe('nothing typed is lost', () => {
  it('keeps the form when the session expired on submit and restores it after logging in', async () => {
    const { organisation, user } = await partnerWithOrganisation();
    const expired = await expiredSessionCookie(user.id);
    const fields = { ...activityForm(nb.pottenberg!, { title: 'Bijna kwijtgeraakt' }), organisationId: String(organisation.id), actie: 'indienen' };
    const res = await postForm('/portaal/activiteiten', fields, { cookie: expired });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/inloggen?terug=${encodeURIComponent('/portaal/activiteiten/nieuw')}`);
    const draftCookie = res.headers.getSetCookie().find((c) => c.startsWith('concept='))!;
    expect(draftCookie).toContain('HttpOnly');
    const draftId = /^concept=([^;]+)/.exec(draftCookie)![1]!;
    expect(await db().select().from(savedDrafts).where(eq(savedDrafts.id, draftId))).toHaveLength(1);

    const cookie = `${await sessionCookie(user.id)}; concept=${draftId}`;
    const form = await request('/portaal/activiteiten/nieuw', { cookie });
    expect(roundTrips(form)).toBeLessThanOrEqual(2);
    const html = await form.text();
    expect(html).toContain('We hebben bewaard wat u had ingevuld');
    expect(html).toContain('value="Bijna kwijtgeraakt"');

    const saved = await postForm('/portaal/activiteiten', fields, { cookie });
    expect(saved.status).toBe(303);
    expect(saved.headers.getSetCookie().some((c) => c.startsWith('concept=;'))).toBe(true);
    expect(await db().select().from(savedDrafts).where(eq(savedDrafts.id, draftId))).toHaveLength(0);
  });

  it('keeps an edit the same way, for that activity’s form only', async () => {
    const { organisation, user, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!);
    const expired = await expiredSessionCookie(user.id);
    const res = await postForm(
      `/portaal/activiteiten/${id}`,
      { ...editFields(id, 1, { title: 'Halverwege' }), actie: 'opslaan' },
      { cookie: expired },
    );
    expect(res.headers.get('Location')).toBe(`/inloggen?terug=${encodeURIComponent(`/portaal/activiteiten/${id}/bewerken`)}`);
    const draftId = /concept=([^;]+)/.exec(res.headers.getSetCookie().join(';'))![1]!;
    const fresh = `${await sessionCookie(user.id)}; concept=${draftId}`;
    expect(await (await request(`/portaal/activiteiten/${id}/bewerken`, { cookie: fresh })).text()).toContain('value="Halverwege"');
    expect(await (await request('/portaal/activiteiten/nieuw', { cookie: fresh })).text()).not.toContain('Halverwege');
  });
});

describe('pages behind login stay within two D1 round trips', () => {
  it('for every GET of the activity pages', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!);
    for (const path of [
      '/portaal/activiteiten/nieuw',
      `/portaal/activiteiten/${id}`,
      `/portaal/activiteiten/${id}/bewerken`,
      `/portaal/activiteiten/${id}/voorbeeld`,
    ]) {
      const res = await request(path, { cookie });
      expect(res.status, path).toBe(200);
      expect(roundTrips(res), path).toBeLessThanOrEqual(2);
      expect(res.headers.get('Cache-Control')).toBe('no-store');
    }
  });
});
