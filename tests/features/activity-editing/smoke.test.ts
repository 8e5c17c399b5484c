import { describe, expect, it } from 'vitest';
import { activityForm, createOrganisation, createUser, ensureReferenceData, postForm, request, roundTrips, sessionCookie } from '../../helpers';

describe('smoke', () => {
  it('creates and shows', async () => {
    const nb = await ensureReferenceData();
    const org = await createOrganisation();
    const user = await createUser({ memberOf: [{ organisationId: org.id }] });
    const cookie = await sessionCookie(user.id);
    const form = await request('/portaal/activiteiten/nieuw', { cookie });
    console.log(form.status, roundTrips(form));
    const html = await form.text();
    if (form.status !== 200) console.log(html.slice(0, 3000));
    const res = await postForm('/portaal/activiteiten', { ...activityForm(nb.pottenberg!), organisationId: String(org.id), actie: 'opslaan' }, { cookie });
    console.log(res.status, res.headers.get('Location'));
    if (res.status !== 303) console.log((await res.text()).match(/foutoverzicht[\s\S]{0,2000}/)?.[0]);
    const loc = res.headers.get('Location')!;
    const page = await request(loc, { cookie });
    console.log(page.status, roundTrips(page));
    const edit = await request(loc.split('?')[0] + '/bewerken', { cookie });
    console.log(edit.status, roundTrips(edit));
    const t = await edit.text();
    console.log(t.slice(t.indexOf('<form method="post"'), t.indexOf('<form method="post"') + 3000));
    const ws = await request('/portaal', { cookie });
    console.log(ws.status, roundTrips(ws));
    const v = await postForm('/portaal/activiteiten/valideren', { ...activityForm(nb.pottenberg!), postcode: '1234', organisationId: String(org.id), _veld: 'postcode' }, { cookie, htmx: true });
    console.log(v.status, await v.text());
  });
});
