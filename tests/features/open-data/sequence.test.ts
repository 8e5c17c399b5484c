import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activityRevisions } from '../../../src/db/schema';
import { activityForm, db, ensureReferenceData, partnerWithOrganisation, postActivity, postForm, request, reviewer } from '../../helpers';
import { parseCalendar } from './ical-support';

// Through the real commands: an approved change raises SEQUENCE and LAST-MODIFIED under the same UID, and an
// archived activity leaves the feeds.
let nb: Record<string, number>;
let team: Awaited<ReturnType<typeof reviewer>>;
beforeAll(async () => {
  nb = await ensureReferenceData();
  team = await reviewer();
});

async function event(id: number) {
  const res = await request(`/activiteiten/${id}.ics`);
  if (res.status !== 200) return null;
  const vevent = parseCalendar(await res.text()).getFirstSubcomponent('vevent')!;
  return {
    uid: String(vevent.getFirstPropertyValue('uid')),
    sequence: Number(vevent.getFirstPropertyValue('sequence')),
    modified: String(vevent.getFirstPropertyValue('last-modified')),
    summary: String(vevent.getFirstPropertyValue('summary')),
  };
}

describe('SEQUENCE follows the approved changes', () => {
  it('rises when the programme team approves a change; the activity leaves the feeds when archived', async () => {
    const partner = await partnerWithOrganisation();
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.nazareth!, { submit: true, overrides: { title: 'Agenda-toets' } });
    expect(await event(id)).toBeNull();
    expect(
      (await postForm(`/beoordelen/activiteiten/${id}`, { besluit: 'goedkeuren', opmerking: '', versie: '1' }, { cookie: team.cookie })).status,
    ).toBe(303);
    const published = (await event(id))!;
    expect(published.summary).toBe('Agenda-toets');

    const edit = await postForm(
      `/portaal/activiteiten/${id}`,
      { ...activityForm(nb.nazareth!, { title: 'Agenda-toets, nieuwe titel' }), versie: '2', wijziging: '', wijzigingVersie: '', actie: 'indienen' },
      { cookie: partner.cookie },
    );
    expect(edit.status).toBe(303);
    // Waiting for review: the feed still has the live version.
    expect((await event(id))!.sequence).toBe(published.sequence);
    const [revision] = await db()
      .select()
      .from(activityRevisions)
      .where(and(eq(activityRevisions.activityId, id), eq(activityRevisions.status, 'submitted')));
    const decided = await postForm(
      `/beoordelen/wijzigingen/${revision!.id}`,
      { besluit: 'goedkeuren', opmerking: '', versie: String(revision!.version) },
      { cookie: team.cookie },
    );
    expect(decided.status).toBe(303);

    const changed = (await event(id))!;
    expect(changed.uid).toBe(published.uid);
    expect(changed.sequence).toBeGreaterThan(published.sequence);
    expect(changed.modified >= published.modified).toBe(true);
    expect(changed.summary).toBe('Agenda-toets, nieuwe titel');

    const feed = async () => (await (await request('/activiteiten.ics')).text()).includes(published.uid);
    expect(await feed()).toBe(true);
    const archived = await postForm(`/portaal/activiteiten/${id}/archiveren`, { versie: String(changed.sequence) }, { cookie: partner.cookie });
    expect([303, 200]).toContain(archived.status);
    expect(await feed()).toBe(false);
    expect(await event(id)).toBeNull();
  });
});
