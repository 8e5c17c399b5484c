import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organisationNeighbourhoods, organisations, outbox, users } from '../../../src/db/schema';
import { approveOrganisation } from '../../../src/features/organisations/commands';
import { pendingOrganisationsQuery } from '../../../src/features/organisations/queries';
import { daysWaiting as waitingDays } from '../../../src/dates';
import { createOrganisation, createUser, db, ensureNeighbourhoods, postForm, request, roundTrips, sessionCookie } from '../../helpers';

const DAY = 24 * 60 * 60 * 1000;
let programmeCookie: string;
let programme: Awaited<ReturnType<typeof createUser>>;
let nb: { pottenberg: number; nazareth: number };

beforeAll(async () => {
  nb = await ensureNeighbourhoods();
  programme = await createUser({ role: 'programme' });
  programmeCookie = await sessionCookie(programme.id);
});

async function pendingWithApplicant(opts: { daysAgo?: number; locale?: 'nl' | 'en' } = {}) {
  const org = await createOrganisation({ status: 'pending' });
  const createdAt = new Date(Date.now() - (opts.daysAgo ?? 0) * DAY);
  await db().update(organisations).set({ createdAt, contactEmail: 'info@aanvraag.example' }).where(eq(organisations.id, org.id));
  await db().insert(organisationNeighbourhoods).values({ organisationId: org.id, neighbourhoodId: nb.nazareth });
  const applicant = await createUser({ memberOf: [{ organisationId: org.id, role: 'owner' }] });
  if (opts.locale) await db().update(users).set({ locale: opts.locale }).where(eq(users.id, applicant.id));
  return { org, applicant };
}

const current = async (id: number) => (await db().select().from(organisations).where(eq(organisations.id, id)))[0]!;
const mailsTo = (email: string) => db().select().from(outbox).where(eq(outbox.toAddress, email));

describe('the programme team’s list of pending organisations', () => {
  it('lists them oldest first with the waiting time, within the round-trip budget', async () => {
    const newer = await pendingWithApplicant({ daysAgo: 1 });
    const older = await pendingWithApplicant({ daysAgo: 9 });
    const res = await request('/beoordelen/organisaties', { cookie: programmeCookie });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    const html = await res.text();
    const [a, b] = [html.indexOf(older.org.name), html.indexOf(newer.org.name)];
    expect(a).toBeGreaterThan(-1);
    expect(a).toBeLessThan(b);
    expect(html).toContain('9 dagen');
    expect(html).toContain('1 dag<');
  });

  it('exports a batchable query, oldest first, and the waiting-days rule', async () => {
    const rows = await pendingOrganisationsQuery(db());
    const times = rows.map((r) => r.submittedAt.getTime());
    expect([...times].sort((x, y) => x - y)).toEqual(times);
    expect(waitingDays(new Date('2026-03-01T10:00:00Z'), new Date('2026-03-04T09:00:00Z'))).toBe(2);
    expect(waitingDays(new Date('2026-03-01T10:00:00Z'), new Date('2026-03-01T11:00:00Z'))).toBe(0);
  });

  it('is for the programme team only', async () => {
    const org = await createOrganisation();
    for (const role of ['partner', 'funder', 'admin'] as const) {
      const user = await createUser({ role, memberOf: role === 'partner' ? [{ organisationId: org.id }] : [] });
      const cookie = await sessionCookie(user.id);
      expect((await request('/beoordelen/organisaties', { cookie })).status, role).toBe(403);
      expect((await postForm(`/beoordelen/organisaties/${org.id}/goedkeuren`, { versie: '1' }, { cookie })).status, role).toBe(403);
    }
    expect((await request('/beoordelen/organisaties')).status).toBe(303);
  });
});

describe('approving and rejecting a registration', () => {
  it('shows the application, then approves it: public, audited, the applicant mailed', async () => {
    const { org, applicant } = await pendingWithApplicant({ daysAgo: 2 });
    const page = await request(`/beoordelen/organisaties/${org.id}`, { cookie: programmeCookie });
    expect(page.status).toBe(200);
    expect(roundTrips(page)).toBeLessThanOrEqual(2);
    const html = await page.text();
    expect(html).toContain(applicant.email);
    expect(html).toContain('Nazareth');
    expect(html).toContain('name="versie" value="1"');

    const res = await postForm(`/beoordelen/organisaties/${org.id}/goedkeuren`, { versie: '1' }, { cookie: programmeCookie });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/beoordelen/organisaties?melding=goedgekeurd');
    const after = await current(org.id);
    expect(after.status).toBe('approved');
    expect(after.version).toBe(2);
    expect(after.decidedAt).not.toBeNull();
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'organisation.approve'), eq(auditLog.objectId, String(org.id))));
    expect(audit).toMatchObject({ actorUserId: programme.id, objectType: 'organisation', result: 'success' });
    const mails = await mailsTo(applicant.email);
    expect(mails.map((m) => m.subject)).toEqual([`${org.name} is goedgekeurd`]);
    const directory = await (await request('/partners')).text();
    expect(directory).toContain(org.name);
  });

  it('requires a reason to reject, and tells the applicant (in English when they chose English)', async () => {
    const { org, applicant } = await pendingWithApplicant({ locale: 'en' });
    const empty = await postForm(`/beoordelen/organisaties/${org.id}/afwijzen`, { versie: '1', reden: '   ' }, { cookie: programmeCookie });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Geef een reden op; de aanvrager krijgt die te zien.');
    expect((await current(org.id)).status).toBe('pending');

    const reason = 'Wij missen een beschrijving van de activiteiten in de wijk.';
    const res = await postForm(`/beoordelen/organisaties/${org.id}/afwijzen`, { versie: '1', reden: reason }, { cookie: programmeCookie });
    expect(res.status).toBe(303);
    const after = await current(org.id);
    expect(after.status).toBe('rejected');
    expect(after.decisionReason).toBe(reason);
    const [mail] = await mailsTo(applicant.email);
    expect(mail!.subject).toBe(`Decision on the registration of ${org.name}`);
    expect(mail!.bodyText).toContain(reason);
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'organisation.reject'), eq(auditLog.objectId, String(org.id))));
    expect(JSON.parse(audit!.detail!)).toEqual({ reason });

    // The applicant sees the reason and can change and resubmit the application.
    const cookie = await sessionCookie(applicant.id);
    const profile = await (await request(`/portaal/organisaties/${org.id}/profiel`, { cookie })).text();
    expect(profile).toContain(reason);
    const resubmit = await postForm(
      `/portaal/organisaties/${org.id}/profiel`,
      {
        versie: '2',
        organisatie: org.name,
        soort: 'neighbourhood',
        beschrijving: 'Nu met een beschrijving van onze activiteiten.',
        wijken: [String(nb.nazareth)],
        contact_email: 'info@aanvraag.example',
      },
      { cookie },
    );
    expect(resubmit.status).toBe(303);
    expect(resubmit.headers.get('Location')).toContain('melding=opnieuw-ingediend');
    expect(await current(org.id)).toMatchObject({ status: 'pending', decisionReason: null, version: 3 });
  });

  it('lets exactly one of two reviewers deciding at once succeed; the other gets 409 and writes nothing', async () => {
    const { org, applicant } = await pendingWithApplicant();
    const other = await createUser({ role: 'programme' });
    const [a, b] = await Promise.all([
      postForm(`/beoordelen/organisaties/${org.id}/goedkeuren`, { versie: '1' }, { cookie: programmeCookie }),
      postForm(`/beoordelen/organisaties/${org.id}/afwijzen`, { versie: '1', reden: 'Dubbel aangemeld.' }, { cookie: await sessionCookie(other.id) }),
    ]);
    expect([a.status, b.status].sort()).toEqual([303, 409]);
    const loser = a.status === 409 ? a : b;
    expect(await loser.text()).toContain('Iemand anders heeft dit intussen al gewijzigd');
    const decisions = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.objectId, String(org.id)));
    expect(decisions.filter((d) => d.action === 'organisation.approve' || d.action === 'organisation.reject')).toHaveLength(1);
    expect(await mailsTo(applicant.email)).toHaveLength(1);
    expect((await current(org.id)).version).toBe(2);
  });

  it('refuses a stale version and an already decided registration with 409', async () => {
    const { org } = await pendingWithApplicant();
    const stale = await postForm(`/beoordelen/organisaties/${org.id}/goedkeuren`, { versie: '7' }, { cookie: programmeCookie });
    expect(stale.status).toBe(409);
    expect((await current(org.id)).status).toBe('pending');
  });

  it('answers unknown or malformed ids with 404 and a missing version with 422', async () => {
    expect((await request('/beoordelen/organisaties/999999', { cookie: programmeCookie })).status).toBe(404);
    expect((await request('/beoordelen/organisaties/abc', { cookie: programmeCookie })).status).toBe(404);
    expect((await postForm('/beoordelen/organisaties/999999/goedkeuren', { versie: '1' }, { cookie: programmeCookie })).status).toBe(404);
    const { org } = await pendingWithApplicant();
    expect((await postForm(`/beoordelen/organisaties/${org.id}/goedkeuren`, { versie: 'x' }, { cookie: programmeCookie })).status).toBe(422);
  });

  it('checks permission in the command itself, not only in the route', async () => {
    const { org } = await pendingWithApplicant();
    const partner = await createUser();
    const result = await approveOrganisation(
      { db: db(), now: new Date(), ip: null, origin: 'http://localhost' },
      {
        id: partner.id,
        name: partner.name,
        email: partner.email,
        role: 'partner',
        locale: 'nl',
        emailVerified: true,
        totpEnabled: false,
        memberships: [],
      },
      org.id,
      1,
    );
    expect(result.kind).toBe('forbidden');
    expect((await current(org.id)).status).toBe('pending');
  });
});
