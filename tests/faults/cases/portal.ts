import { eq } from 'drizzle-orm';
import { activities, activityRevisions, organisationNeighbourhoods, organisations, users } from '../../../src/db/schema';
import {
  activityForm,
  createOrganisation,
  createUser,
  db,
  ensureNeighbourhoods,
  ensureReferenceData,
  partnerWithOrganisation,
  postActivity,
  postForm,
  sessionCookie,
} from '../../helpers';
import { post, type RouteCase, unique } from './case';

/** An organisation with an owner (logged in) and an editor. */
async function ownerAndEditor() {
  const org = await createOrganisation();
  const owner = await createUser({ memberOf: [{ organisationId: org.id, role: 'owner' }] });
  const editor = await createUser({ memberOf: [{ organisationId: org.id, role: 'editor' }] });
  return { org, owner, editor, cookie: await sessionCookie(owner.id) };
}

async function profileForm(name: string) {
  const nb = await ensureNeighbourhoods();
  return {
    versie: '1',
    organisatie: name,
    soort: 'other',
    beschrijving: 'Een nieuwe beschrijving.',
    wijken: [String(nb.nazareth)],
    website: 'https://nieuw.example',
    contact_email: 'nieuw@live.example',
    contact_telefoon: '',
  };
}

/** An approved organisation whose profile change waits for review; the member's cookie. */
export async function organisationWithOpenRevision() {
  const nb = await ensureNeighbourhoods();
  const org = await createOrganisation({ status: 'approved' });
  await db().insert(organisationNeighbourhoods).values({ organisationId: org.id, neighbourhoodId: nb.pottenberg });
  const cookie = await sessionCookie((await createUser({ memberOf: [{ organisationId: org.id, role: 'owner' }] })).id);
  await postForm(`/portaal/organisaties/${org.id}/profiel`, await profileForm(`${org.name} Nieuw`), { cookie });
  return { org, cookie };
}

/** A partner's activity in `status` (created through the form), with the partner's cookie. */
export async function activityIn(status: 'draft' | 'submitted' | 'published') {
  const nb = await ensureReferenceData();
  const partner = await partnerWithOrganisation();
  const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, { submit: status === 'submitted' });
  if (status === 'published')
    await db().update(activities).set({ status, publishedAt: new Date(), confirmedAt: new Date() }).where(eq(activities.id, id));
  return { ...partner, id, nb };
}

const editFields = (nb: Record<string, number>, version: number, overrides: Record<string, string | string[]> = {}) => ({
  ...activityForm(nb.pottenberg!, overrides),
  versie: String(version),
  wijziging: '',
  wijzigingVersie: '',
});

/** A published activity with a submitted revision; returns the revision. */
export async function publishedWithRevision(action: 'opslaan' | 'indienen') {
  const a = await activityIn('published');
  await postForm(`/portaal/activiteiten/${a.id}`, { ...editFields(a.nb, 1, { title: 'Gewijzigde titel' }), actie: action }, { cookie: a.cookie });
  const [revision] = await db().select().from(activityRevisions).where(eq(activityRevisions.activityId, a.id));
  return { ...a, revision: revision! };
}

export const PORTAL_CASES: RouteCase[] = [
  {
    route: 'POST /portaal/organisaties/:id{[0-9]+}/profiel',
    prepare: async () => {
      const { org, cookie } = await ownerAndEditor();
      await db().update(organisations).set({ status: 'approved' }).where(eq(organisations.id, org.id));
      return post(`/portaal/organisaties/${org.id}/profiel`, await profileForm(`${org.name} Nieuw`), cookie);
    },
  },
  {
    route: 'POST /portaal/organisaties/:id{[0-9]+}/profiel/intrekken',
    prepare: async () => {
      const { org, cookie } = await organisationWithOpenRevision();
      return post(`/portaal/organisaties/${org.id}/profiel/intrekken`, {}, cookie);
    },
  },
  {
    route: 'POST /portaal/organisaties/:id{[0-9]+}/leden',
    prepare: async () => {
      const { org, cookie } = await ownerAndEditor();
      return post(
        `/portaal/organisaties/${org.id}/leden`,
        { naam: 'Cor Collega', email: `collega-${unique()}@voorbeeld.nl`, rol: 'editor', taal: 'nl' },
        cookie,
      );
    },
  },
  {
    route: 'POST /portaal/organisaties/:id{[0-9]+}/leden/verlaten',
    prepare: async () => {
      const { org, editor } = await ownerAndEditor();
      return post(`/portaal/organisaties/${org.id}/leden/verlaten`, {}, await sessionCookie(editor.id));
    },
  },
  {
    route: 'POST /portaal/organisaties/:id{[0-9]+}/leden/:userId{[0-9]+}/rol',
    prepare: async () => {
      const { org, editor, cookie } = await ownerAndEditor();
      return post(`/portaal/organisaties/${org.id}/leden/${editor.id}/rol`, { rol: 'owner' }, cookie);
    },
  },
  {
    route: 'POST /portaal/organisaties/:id{[0-9]+}/leden/:userId{[0-9]+}/verwijderen',
    prepare: async () => {
      const { org, editor, cookie } = await ownerAndEditor();
      return post(`/portaal/organisaties/${org.id}/leden/${editor.id}/verwijderen`, {}, cookie);
    },
  },
  {
    route: 'POST /portaal/organisaties/:id{[0-9]+}/leden/:userId{[0-9]+}/opnieuw-uitnodigen',
    prepare: async () => {
      const { org, cookie } = await ownerAndEditor();
      const email = `collega-${unique()}@voorbeeld.nl`;
      await postForm(`/portaal/organisaties/${org.id}/leden`, { naam: 'Cor Collega', email, rol: 'editor', taal: 'nl' }, { cookie });
      const [invited] = await db().select().from(users).where(eq(users.email, email));
      return post(`/portaal/organisaties/${org.id}/leden/${invited!.id}/opnieuw-uitnodigen`, {}, cookie);
    },
  },
  {
    route: 'POST /portaal/activiteiten',
    every: true,
    prepare: async () => {
      const nb = await ensureReferenceData();
      await createUser({ role: 'programme' });
      const { organisation, cookie } = await partnerWithOrganisation();
      return post('/portaal/activiteiten', { ...activityForm(nb.pottenberg!), organisationId: String(organisation.id), actie: 'indienen' }, cookie);
    },
  },
  {
    route: 'POST /portaal/activiteiten/:id',
    prepare: async () => {
      const a = await activityIn('draft');
      return post(`/portaal/activiteiten/${a.id}`, { ...editFields(a.nb, 1, { title: 'Nieuwe titel' }), actie: 'opslaan' }, a.cookie);
    },
  },
  {
    route: 'POST /portaal/activiteiten/:id/indienen',
    prepare: async () => {
      const a = await activityIn('draft');
      return post(`/portaal/activiteiten/${a.id}/indienen`, { versie: '1' }, a.cookie);
    },
  },
  {
    route: 'POST /portaal/activiteiten/:id/intrekken',
    prepare: async () => {
      const a = await activityIn('submitted');
      return post(`/portaal/activiteiten/${a.id}/intrekken`, { versie: '1' }, a.cookie);
    },
  },
  {
    route: 'POST /portaal/activiteiten/:id/archiveren',
    prepare: async () => {
      const a = await activityIn('published');
      return post(`/portaal/activiteiten/${a.id}/archiveren`, { versie: '1' }, a.cookie);
    },
  },
  {
    route: 'POST /portaal/activiteiten/:id/bevestigen',
    prepare: async () => {
      const a = await activityIn('published');
      return post(`/portaal/activiteiten/${a.id}/bevestigen`, { versie: '1' }, a.cookie);
    },
  },
  {
    route: 'POST /portaal/activiteiten/:id/wijziging/indienen',
    prepare: async () => {
      const a = await publishedWithRevision('opslaan');
      return post(
        `/portaal/activiteiten/${a.id}/wijziging/indienen`,
        { wijziging: String(a.revision.id), wijzigingVersie: String(a.revision.version) },
        a.cookie,
      );
    },
  },
  {
    route: 'POST /portaal/activiteiten/:id/wijziging/intrekken',
    prepare: async () => {
      const a = await publishedWithRevision('indienen');
      return post(
        `/portaal/activiteiten/${a.id}/wijziging/intrekken`,
        { wijziging: String(a.revision.id), wijzigingVersie: String(a.revision.version) },
        a.cookie,
      );
    },
  },
];
