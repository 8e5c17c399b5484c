import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, activityRevisions } from '../../../src/db/schema';
import {
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

/** The text of one organisation's section of the workspace. */
function section(html: string, organisationId: number): string {
  const start = html.indexOf(`aria-labelledby="organisatie-${organisationId}"`);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

describe('the partner workspace', () => {
  it('groups the organisation’s activities by status with counts, in two round trips', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const draft = await postActivity(cookie, organisation.id, nb.pottenberg!, { overrides: { title: 'Concept-activiteit' } });
    await postActivity(cookie, organisation.id, nb.pottenberg!, { submit: true, overrides: { title: 'Ingediende activiteit' } });
    const published = await postActivity(cookie, organisation.id, nb.pottenberg!, { overrides: { title: 'Live activiteit' } });
    const archived = await postActivity(cookie, organisation.id, nb.pottenberg!, { overrides: { title: 'Oude activiteit' } });
    await db().update(activities).set({ status: 'published' }).where(eq(activities.id, published));
    await db().update(activities).set({ status: 'archived' }).where(eq(activities.id, archived));

    const res = await request('/portaal', { cookie });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const html = section(await res.text(), organisation.id);
    expect(html).toContain('Concept (1)');
    expect(html).toContain('Ingediend, wacht op beoordeling (1)');
    expect(html).toContain('Gepubliceerd (1)');
    expect(html).toContain('Gearchiveerd (1) — tonen');
    expect(html).toContain(`href="/portaal/activiteiten/${draft}"`);
    expect(html).toContain(`href="/portaal/activiteiten/nieuw?organisatie=${organisation.id}"`);
    expect(html).toContain(`href="/portaal/organisaties/${organisation.id}/profiel"`);
    expect(html).toContain(`href="/portaal/organisaties/${organisation.id}/leden"`);
    expect(html).not.toContain('Andere organisatie');
  });

  it('puts what needs action on top, with the review outcome and comment', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const team = await reviewer();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!, { submit: true, overrides: { title: 'Repaircafé' } });
    await postForm(
      `/beoordelen/activiteiten/${id}`,
      { besluit: 'wijzigingen', opmerking: 'Noem het adres van de werkplaats.', versie: '1' },
      { cookie: team.cookie },
    );
    const stale = await postActivity(cookie, organisation.id, nb.pottenberg!, { overrides: { title: 'Wandelclub' } });
    await db().update(activities).set({ status: 'published', reminderSentAt: new Date(), staleHiddenAt: new Date() }).where(eq(activities.id, stale));
    const due = await postActivity(cookie, organisation.id, nb.pottenberg!, { overrides: { title: 'Leesclub' } });
    await db().update(activities).set({ status: 'published', reminderSentAt: new Date() }).where(eq(activities.id, due));

    const html = await (await request('/portaal', { cookie })).text();
    const attention = html.slice(html.indexOf('Wat vraagt uw aandacht'), html.indexOf('</section>', html.indexOf('Wat vraagt uw aandacht')));
    expect(attention).toContain('Repaircafé</a>: Het programmateam vraagt om aanpassingen.');
    expect(attention).toContain('Noem het adres van de werkplaats.');
    expect(attention).toContain('Wandelclub</a>: Verborgen op de openbare lijst');
    expect(attention).toContain('Leesclub</a>: Bevestig dat deze activiteit nog klopt');
    expect(section(html, organisation.id)).toContain('Wijzigingen gevraagd (1)');
  });

  it('shows a revision’s state next to the published activity', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!, { overrides: { title: 'Buurtmaaltijd' } });
    await db().update(activities).set({ status: 'published' }).where(eq(activities.id, id));
    await db().insert(activityRevisions).values({ activityId: id, data: '{}', status: 'changes-requested', reviewComment: 'Welke dag?' });
    const html = await (await request('/portaal', { cookie })).text();
    expect(html).toContain('Het programmateam vraagt om aanpassingen in uw wijziging.');
    expect(html).toContain('Welke dag?');
  });

  it('lists co-organised activities under the co-organiser too', async () => {
    const owner = await partnerWithOrganisation();
    const partner = await partnerWithOrganisation();
    await postActivity(owner.cookie, owner.organisation.id, nb.pottenberg!, {
      overrides: { title: 'Samen sporten', coOrganisers: [String(partner.organisation.id)] },
    });
    const html = section(await (await request('/portaal', { cookie: partner.cookie })).text(), partner.organisation.id);
    expect(html).toContain('Samen sporten');
    expect(html).toContain(`Hoofdorganisatie: ${owner.organisation.name}`);
  });

  it('explains a pending organisation and offers no new activity yet', async () => {
    const pending = await createOrganisation({ status: 'pending' });
    const user = await createUser({ memberOf: [{ organisationId: pending.id }] });
    const html = await (await request('/portaal', { cookie: await sessionCookie(user.id) })).text();
    expect(html).toContain('Uw aanmelding wacht op goedkeuring door het programmateam.');
    expect(html).not.toContain(`/portaal/activiteiten/nieuw?organisatie=${pending.id}`);
  });

  it('shows nobody else’s activities', async () => {
    const mine = await partnerWithOrganisation();
    const theirs = await partnerWithOrganisation();
    await postActivity(theirs.cookie, theirs.organisation.id, nb.pottenberg!, { overrides: { title: 'Geheim concept van een ander' } });
    expect(await (await request('/portaal', { cookie: mine.cookie })).text()).not.toContain('Geheim concept van een ander');
  });

  it('sends visitors to the login page; shows the team a way to the queue', async () => {
    const res = await request('/portaal');
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/inloggen?terug=%2Fportaal');
    const team = await reviewer();
    const page = await request('/portaal', { cookie: team.cookie });
    expect(page.status).toBe(200);
    expect(roundTrips(page)).toBeLessThanOrEqual(2);
    const html = await page.text();
    // Issue 17: the programme team is not told to register an organisation, but where its own work is.
    expect(html).not.toContain('U bent (nog) geen lid van een partnerorganisatie.');
    expect(html).toContain('Mijn portaal is de werkplek van partnerorganisaties.');
    expect(html).toContain('href="/beoordelen"');
  });
});
