import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, activityRevisions } from '../../../src/db/schema';
import { activityForm, db, ensureReferenceData, partnerWithOrganisation, postActivity, postForm, request, reviewer } from '../../helpers';

let nb: Record<string, number>;
let team: Awaited<ReturnType<typeof reviewer>>;
beforeAll(async () => {
  nb = await ensureReferenceData();
  team = await reviewer();
});

// User content with markup and a line break: it must come out as text.
const COMMENT = 'Vermeld de kosten <b>per persoon</b>.\nEn de begintijd.';
const ESCAPED = 'Vermeld de kosten &lt;b&gt;per persoon&lt;/b&gt;.\nEn de begintijd.';

const versionOf = async (id: number) => (await db().select().from(activities).where(eq(activities.id, id)))[0]!.version;
const editForm = async (id: number, cookie: string) => {
  const res = await request(`/portaal/activiteiten/${id}/bewerken`, { cookie });
  expect(res.status).toBe(200);
  return res.text();
};

/** A partner's activity that the programme team sent back with COMMENT. */
async function changesRequested() {
  const partner = await partnerWithOrganisation();
  const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: true });
  const decided = await postForm(
    `/beoordelen/activiteiten/${id}`,
    { besluit: 'wijzigingen', opmerking: COMMENT, versie: String(await versionOf(id)) },
    { cookie: team.cookie },
  );
  expect(decided.status).toBe(303);
  expect((await db().select().from(activities).where(eq(activities.id, id)))[0]!.status).toBe('changes-requested');
  return { ...partner, id };
}

describe('the reviewer’s comment on the edit form', () => {
  it('is shown, as text, at the top of the form of an activity with changes requested, in Dutch and English', async () => {
    const { id, cookie } = await changesRequested();
    const html = await editForm(id, cookie);
    const notice = html.indexOf('Opmerking van het programmateam:');
    expect(notice).toBeGreaterThan(html.indexOf('<h1'));
    expect(notice).toBeLessThan(html.indexOf(`action="/portaal/activiteiten/${id}"`));
    expect(html).toContain(ESCAPED);
    expect(html).not.toContain('<b>per persoon</b>');
    const english = await editForm(id, `${cookie}; taal=en`);
    expect(english).toContain('Comment from the programme team:');
    expect(english).toContain(ESCAPED);
  });

  it('stays in view when a save is refused with 422', async () => {
    const { id, cookie } = await changesRequested();
    const res = await postForm(
      `/portaal/activiteiten/${id}`,
      { ...activityForm(nb.pottenberg!, { title: '' }), versie: String(await versionOf(id)), wijziging: '', wijzigingVersie: '', actie: 'opslaan' },
      { cookie },
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain(ESCAPED);
  });

  it('is not shown on a draft, nor once the activity left "changes requested" (withdrawn with the old comment)', async () => {
    const partner = await partnerWithOrganisation();
    const draft = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!);
    expect(await editForm(draft, partner.cookie)).not.toContain('Opmerking van het programmateam');

    const { id, cookie } = await changesRequested();
    const withdrawn = await postForm(`/portaal/activiteiten/${id}/intrekken`, { versie: String(await versionOf(id)) }, { cookie });
    expect(withdrawn.status).toBe(303);
    const [row] = await db().select().from(activities).where(eq(activities.id, id));
    expect(row).toMatchObject({ status: 'withdrawn', reviewComment: COMMENT });
    expect(await editForm(id, cookie)).not.toContain('Opmerking van het programmateam');
  });

  it('shows the comment on a change to a published activity that was sent back', async () => {
    const partner = await partnerWithOrganisation();
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.nazareth!, { submit: true });
    expect(
      (
        await postForm(
          `/beoordelen/activiteiten/${id}`,
          { besluit: 'goedkeuren', opmerking: '', versie: String(await versionOf(id)) },
          { cookie: team.cookie },
        )
      ).status,
    ).toBe(303);
    const change = await postForm(
      `/portaal/activiteiten/${id}`,
      {
        ...activityForm(nb.nazareth!, { title: 'Nieuwe titel' }),
        versie: String(await versionOf(id)),
        wijziging: '',
        wijzigingVersie: '',
        actie: 'indienen',
      },
      { cookie: partner.cookie },
    );
    expect(change.status).toBe(303);
    const [submitted] = await db().select().from(activityRevisions).where(eq(activityRevisions.activityId, id));
    const sentBack = await postForm(
      `/beoordelen/wijzigingen/${submitted!.id}`,
      { besluit: 'wijzigingen', opmerking: COMMENT, versie: String(submitted!.version) },
      { cookie: team.cookie },
    );
    expect(sentBack.status).toBe(303);
    const html = await editForm(id, partner.cookie);
    expect(html).toContain('Opmerking van het programmateam:');
    expect(html).toContain(ESCAPED);
  });
});
