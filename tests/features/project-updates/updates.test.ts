import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { outbox, projectUpdates } from '../../../src/db/schema';
import { localDate } from '../../../src/dates';
import { db, postForm, request, roundTrips } from '../../helpers';
import { asFunder, asMemberOf, asRole, auditRows, MIRADOR, projectRow, seedOnce } from '../projects/support';

let programme: { user: { id: number }; cookie: string };
let lead: { user: { id: number; email: string }; cookie: string };

beforeAll(async () => {
  await seedOnce();
  programme = await asRole('programme');
  lead = await asMemberOf('gemeente-maastricht');
});

const today = () => localDate(new Date());
const updateTitled = async (title: string) => (await db().select().from(projectUpdates).where(eq(projectUpdates.title, title)))[0];
const funderPage = async () => (await request(`/projecten/${MIRADOR}`, { cookie: (await asFunder()).cookie })).text();

describe('who may post a progress update', () => {
  it('sends visitors to the login page', async () => {
    const res = await request(`/projecten/${MIRADOR}/voortgang/nieuw`);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toContain('/inloggen?terug=');
  });

  it('refuses funders and members of partners that are not the lead with 403, and changes nothing', async () => {
    const before = await db().select().from(projectUpdates);
    for (const who of [await asFunder(), await asMemberOf('woonpunt')]) {
      expect((await request(`/projecten/${MIRADOR}/voortgang/nieuw`, { cookie: who.cookie })).status).toBe(403);
      const res = await postForm(
        `/projecten/${MIRADOR}/voortgang`,
        { title: 'Mag niet', publishedOn: today(), body: 'Tekst' },
        { cookie: who.cookie },
      );
      expect(res.status).toBe(403);
    }
    expect(await db().select().from(projectUpdates)).toHaveLength(before.length);
  });

  it('answers an unknown project with 404', async () => {
    expect((await request('/projecten/bestaat-niet/voortgang/nieuw', { cookie: programme.cookie })).status).toBe(404);
  });
});

describe('the programme team publishes at once', () => {
  it('puts the update on the timeline with an audit row', async () => {
    const form = await request(`/projecten/${MIRADOR}/voortgang/nieuw`, { cookie: programme.cookie });
    expect(form.status).toBe(200);
    expect(roundTrips(form)).toBeLessThanOrEqual(2);
    expect(await form.text()).toContain('direct gepubliceerd');
    const res = await postForm(
      `/projecten/${MIRADOR}/voortgang`,
      { title: 'Schetsontwerp <gedeeld>', publishedOn: today(), body: 'Alinea één.\n\nAlinea & twee.' },
      { cookie: programme.cookie },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/projecten/${MIRADOR}?bericht=gepubliceerd`);
    const update = await updateTitled('Schetsontwerp <gedeeld>');
    expect(update).toMatchObject({ status: 'approved', organisationId: null, authorUserId: programme.user.id });
    expect(await auditRows('project-update.publish', update!.id)).toHaveLength(1);
    const html = await funderPage();
    expect(html).toContain('Schetsontwerp &lt;gedeeld&gt;');
    expect(html).toContain('Alinea &amp; twee.');
  });

  it('refuses a missing title, an impossible or a future date with Dutch messages', async () => {
    const before = (await db().select().from(projectUpdates)).length;
    const res = await postForm(`/projecten/${MIRADOR}/voortgang`, { title: ' ', publishedOn: '2026-02-30', body: 'x' }, { cookie: programme.cookie });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Vul een titel in.');
    expect(html).toContain('Vul een bestaande datum in');
    const future = await postForm(
      `/projecten/${MIRADOR}/voortgang`,
      { title: 'Later', publishedOn: '2999-01-01', body: 'x' },
      { cookie: programme.cookie },
    );
    expect(future.status).toBe(422);
    expect(await future.text()).toContain('De datum mag niet in de toekomst liggen.');
    expect((await db().select().from(projectUpdates)).length).toBe(before);
  });
});

describe("a lead partner's update is reviewed like an activity", () => {
  it('is submitted, tells the programme team, and stays off the timeline until approved', async () => {
    const form = await (await request(`/projecten/${MIRADOR}/voortgang/nieuw`, { cookie: lead.cookie })).text();
    expect(form).toContain('namens Gemeente Maastricht');
    const res = await postForm(
      `/projecten/${MIRADOR}/voortgang`,
      { title: 'Bewonersavond over de speelplek', publishedOn: today(), body: 'Veertig bewoners kwamen.' },
      { cookie: lead.cookie },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/projecten/${MIRADOR}?bericht=ingediend`);
    const update = await updateTitled('Bewonersavond over de speelplek');
    expect(update).toMatchObject({ status: 'submitted', authorUserId: lead.user.id });
    expect(update!.organisationId).not.toBeNull();
    expect(await auditRows('project-update.submit', update!.id)).toHaveLength(1);
    const mails = await db().select().from(outbox).where(eq(outbox.kind, 'project-update.submitted'));
    expect(mails.some((m) => m.subject.includes('Miradorplein Nazareth'))).toBe(true);
    expect(await funderPage()).not.toContain('Bewonersavond over de speelplek');
    const own = await (await request(`/projecten/${MIRADOR}`, { cookie: lead.cookie })).text();
    expect(own).toContain('Bewonersavond over de speelplek');
    expect(own).toContain('Ingediend, wacht op beoordeling');
  });

  it('is listed for the programme team, and only for them', async () => {
    const res = await request('/beoordelen/voortgangsberichten', { cookie: programme.cookie });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    const html = await res.text();
    expect(html).toContain('Beoordeel: Bewonersavond over de speelplek');
    expect(html).toContain('Beoordeel: Buurtmoestuin draait al'); // the demo update waiting for review
    const overview = await request('/beoordelen', { cookie: programme.cookie });
    expect(roundTrips(overview)).toBeLessThanOrEqual(2);
    expect(await overview.text()).toMatch(
      /<a class="utrecht-link" href="\/beoordelen\/voortgangsberichten">2 voortgangsberichten wachten op beoordeling<\/a>/,
    );
    expect((await request('/beoordelen/voortgangsberichten', { cookie: lead.cookie })).status).toBe(403);
    expect((await request('/beoordelen/voortgangsberichten', { cookie: (await asFunder()).cookie })).status).toBe(403);
  });

  it('needs a comment to ask for changes; then the lead partner revises and resubmits', async () => {
    const update = (await updateTitled('Bewonersavond over de speelplek'))!;
    const noComment = await postForm(
      `/beoordelen/voortgangsberichten/${update.id}`,
      { version: String(update.version), decision: 'changes', comment: '' },
      { cookie: programme.cookie },
    );
    expect(noComment.status).toBe(422);
    expect(await noComment.text()).toContain('Leg uit wat er aangepast moet worden');
    expect((await updateTitled('Bewonersavond over de speelplek'))!.status).toBe('submitted');

    const asked = await postForm(
      `/beoordelen/voortgangsberichten/${update.id}`,
      { version: String(update.version), decision: 'changes', comment: 'Noem ook de datum van de volgende avond.' },
      { cookie: programme.cookie },
    );
    expect(asked.status).toBe(303);
    const changed = (await updateTitled('Bewonersavond over de speelplek'))!;
    expect(changed).toMatchObject({
      status: 'changes-requested',
      reviewComment: 'Noem ook de datum van de volgende avond.',
      version: update.version + 1,
    });
    expect(await auditRows('project-update.request-changes', update.id)).toHaveLength(1);
    const toAuthor = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.kind, 'project-update.decided'), eq(outbox.toAddress, lead.user.email)));
    expect(toAuthor).toHaveLength(1);

    // Someone else cannot revise it; the author's colleague at the lead partner can see the request.
    expect((await request(`/projecten/${MIRADOR}/voortgang/${update.id}/bewerken`, { cookie: (await asMemberOf('woonpunt')).cookie })).status).toBe(
      403,
    );
    const edit = await request(`/projecten/${MIRADOR}/voortgang/${update.id}/bewerken`, { cookie: lead.cookie });
    expect(await edit.text()).toContain('Noem ook de datum van de volgende avond.');
    const revised = await postForm(
      `/projecten/${MIRADOR}/voortgang/${update.id}`,
      {
        version: String(changed.version),
        title: 'Bewonersavond over de speelplek',
        publishedOn: today(),
        body: 'Veertig bewoners kwamen. De volgende avond is over een maand.',
      },
      { cookie: lead.cookie },
    );
    expect(revised.status).toBe(303);
    expect((await updateTitled('Bewonersavond over de speelplek'))!.status).toBe('submitted');
    expect(await auditRows('project-update.resubmit', update.id)).toHaveLength(1);
  });

  it('is published on approval; a second decision on the same version gets 409', async () => {
    const update = (await updateTitled('Bewonersavond over de speelplek'))!;
    const page = await request(`/beoordelen/voortgangsberichten/${update.id}`, { cookie: programme.cookie });
    expect(roundTrips(page)).toBeLessThanOrEqual(2);
    const ok = await postForm(
      `/beoordelen/voortgangsberichten/${update.id}`,
      { version: String(update.version), decision: 'approve', comment: '' },
      { cookie: programme.cookie },
    );
    expect(ok.status).toBe(303);
    expect((await updateTitled('Bewonersavond over de speelplek'))!.status).toBe('approved');
    expect(await auditRows('project-update.approve', update.id)).toHaveLength(1);
    const again = await postForm(
      `/beoordelen/voortgangsberichten/${update.id}`,
      { version: String(update.version), decision: 'reject', comment: 'Toch niet' },
      { cookie: programme.cookie },
    );
    expect(again.status).toBe(409);
    expect((await updateTitled('Bewonersavond over de speelplek'))!.status).toBe('approved');
    expect(await auditRows('project-update.reject', update.id)).toHaveLength(0);
    const html = await funderPage();
    expect(html).toContain('Bewonersavond over de speelplek');
    expect(html).toContain('Namens Gemeente Maastricht');
  });

  it('can be rejected with a reason, and then stays off the timeline', async () => {
    const project = await projectRow(MIRADOR);
    const demo = (
      await db()
        .select()
        .from(projectUpdates)
        .where(and(eq(projectUpdates.projectId, project.id), eq(projectUpdates.status, 'submitted')))
    )[0]!;
    const res = await postForm(
      `/beoordelen/voortgangsberichten/${demo.id}`,
      { version: String(demo.version), decision: 'reject', comment: 'Dubbel bericht.' },
      { cookie: programme.cookie },
    );
    expect(res.status).toBe(303);
    expect((await db().select().from(projectUpdates).where(eq(projectUpdates.id, demo.id)))[0]).toMatchObject({
      status: 'rejected',
      reviewComment: 'Dubbel bericht.',
    });
    expect(await funderPage()).not.toContain(demo.title);
    expect((await request('/beoordelen/voortgangsberichten/999999', { cookie: programme.cookie })).status).toBe(404);
    expect((await request('/beoordelen/voortgangsberichten/abc', { cookie: programme.cookie })).status).toBe(404);
  });
});
