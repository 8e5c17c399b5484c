import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { neighbourhoods, planGoalTargets, planVersions } from '../../../src/db/schema';
import { db, postForm, request, roundTrips } from '../../helpers';
import { asRole, auditRows, seedOnce } from '../projects/support';
import { addGoalVia, aWave, freshConcept, goalFields, goalRows, goalState, versionRow } from './support';

let cookie: string;
let partner: string;

beforeAll(async () => {
  await seedOnce();
  cookie = (await asRole('programme')).cookie;
  partner = (await asRole('partner')).cookie;
});

const v = async (id: number) => String((await versionRow(id)).version);
const adopt = async (path: string, id: number) =>
  postForm(`${path}/vaststellen`, { version: await v(id), adoptedOn: '2026-03-12', adoptedBy: 'Stuurgroep Veerkrachtige Wijken' }, { cookie });

describe('plans and versions', () => {
  it('creates an execution plan with its first concept, refusing a second one for the same neighbourhood', async () => {
    const [nb] = await db().insert(neighbourhoods).values({ slug: 'planwijk', name: 'Planwijk', descriptionNl: '', descriptionEn: '' }).returning();
    const form = {
      kind: 'execution-plan',
      neighbourhood: String(nb!.id),
      title: 'Uitvoeringsplan Planwijk',
      summary: '',
      periodStart: '2026',
      periodEnd: '2027',
    };
    const res = await postForm('/plannen', form, { cookie });
    expect(res.status).toBe(303);
    const id = Number(/\/plannen\/(\d+)/.exec(res.headers.get('Location')!)![1]);
    expect(await versionRow(id)).toMatchObject({ number: 1, status: 'concept', periodStart: 2026, periodEnd: 2027 });
    const again = await postForm('/plannen', form, { cookie });
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('Dit plan bestaat al.');
    expect(await auditRows('plan.create')).toHaveLength(1);
    expect((await postForm('/plannen', form, { cookie: partner })).status).toBe(403);
  });

  it('refuses a period that ends before it starts, keeping the input', async () => {
    const res = await postForm(
      '/plannen',
      { kind: 'strategic-agenda', neighbourhood: '', title: 'Mijn agenda', summary: '', periodStart: '2030', periodEnd: '2026' },
      { cookie },
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Het laatste jaar ligt vóór het eerste jaar.');
    expect(html).toContain('value="Mijn agenda"');
  });

  it('checks one field of the plan and version forms inline (htmx), storing nothing', async () => {
    const planCount = async () => (await db().select({ id: planVersions.id }).from(planVersions)).length;
    const before = await planCount();
    const fields = { title: 'Mijn agenda', summary: '', periodStart: '2030', periodEnd: '2026' };
    const order = await postForm('/plannen/valideren', { _veld: 'periodEnd', ...fields }, { cookie, htmx: true });
    expect(order.status).toBe(200);
    const html = await order.text();
    expect(html).toContain('id="veld-periodEnd-veld"');
    expect(html).toContain('Het laatste jaar ligt vóór het eerste jaar.');
    expect(html).toContain('value="2026"');
    expect(html).not.toContain('<html');
    // Only the field that lost focus gets a message: the title is fine, so its answer has none.
    const title = await (await postForm('/plannen/valideren', { _veld: 'title', ...fields }, { cookie, htmx: true })).text();
    expect(title).toContain('id="veld-title-veld"');
    expect(title).not.toContain('utrecht-form-field-error-message');
    const empty = await (await postForm('/plannen/valideren', { _veld: 'title', ...fields, title: ' ' }, { cookie, htmx: true })).text();
    expect(empty).toContain('Vul een titel in.');
    expect((await postForm('/plannen/valideren', { _veld: 'kind', ...fields }, { cookie, htmx: true })).status).toBe(400);
    expect((await postForm('/plannen/valideren', { _veld: 'title', ...fields }, { cookie: partner, htmx: true })).status).toBe(403);
    expect(await planCount()).toBe(before);
    // The forms ask for the check: the new-plan form on /plannen and the concept's form.
    const list = await (await request('/plannen', { cookie })).text();
    expect(list).toContain('hx-post="/plannen/valideren" hx-trigger="blur changed" hx-target="#veld-periodEnd-veld"');
    const { path } = await freshConcept();
    expect(await (await request(path, { cookie })).text()).toContain(
      'hx-post="/plannen/valideren" hx-trigger="blur changed" hx-target="#veld-title-veld"',
    );
  });

  it('edits the concept, refusing a period that leaves a target outside it', async () => {
    const { version, path } = await freshConcept();
    await addGoalVia(path, cookie, version.id, { indicator: 'eenzaamheid', targets: '2027: 12' });
    const narrow = await postForm(
      path,
      { version: await v(version.id), title: 'Nieuw', summary: '', periodStart: '2026', periodEnd: '2026' },
      { cookie },
    );
    expect(narrow.status).toBe(422);
    expect(await narrow.text()).toContain('2027 valt buiten de looptijd van het plan (2026–2026).');
    const ok = await postForm(
      path,
      { version: await v(version.id), title: 'Nieuwe titel', summary: 'Kort', periodStart: '2026', periodEnd: '2027' },
      { cookie },
    );
    expect(ok.status).toBe(303);
    expect((await versionRow(version.id)).title).toBe('Nieuwe titel');
  });

  it('adopts a concept, freezes it, and starts a new concept as a copy with the same goal ids', async () => {
    const { version, path } = await freshConcept();
    const wave = await aWave('eenzaamheid');
    const a = await addGoalVia(path, cookie, version.id, { title: 'A', pillars: ['health'] });
    await addGoalVia(path, cookie, version.id, {
      title: 'B',
      parent: String(a),
      indicator: 'eenzaamheid',
      baselineWave: wave,
      baselineValue: '14',
      targets: '2027: 12',
    });
    expect((await adopt(path, version.id)).status).toBe(303);
    expect(await versionRow(version.id)).toMatchObject({ status: 'adopted', adoptedOn: '2026-03-12', adoptedBy: 'Stuurgroep Veerkrachtige Wijken' });

    // An edit of the adopted version: 409, nothing written.
    const edit = await postForm(`${path}/doelen`, { version: await v(version.id), ...goalFields({ title: 'Te laat' }) }, { cookie });
    expect(edit.status).toBe(409);
    expect((await goalRows(version.id)).some((r) => r.title === 'Te laat')).toBe(false);

    const next = await postForm(`${path}/nieuw-concept`, { version: await v(version.id) }, { cookie });
    expect(next.status).toBe(303);
    const conceptId = Number(/\/plannen\/(\d+)/.exec(next.headers.get('Location')!)![1]);
    expect(await versionRow(conceptId)).toMatchObject({ number: 2, status: 'concept', planId: version.planId });
    const strip = (rows: Awaited<ReturnType<typeof goalRows>>) => rows.map(({ planVersionId: _, ...r }) => r).sort((p, q) => p.goalId - q.goalId);
    expect(strip(await goalRows(conceptId))).toEqual(strip(await goalRows(version.id)));
    expect(await db().select().from(planGoalTargets).where(eq(planGoalTargets.planVersionId, conceptId))).toHaveLength(1);
    // Only one concept per plan.
    expect((await postForm(`${path}/nieuw-concept`, { version: '1' }, { cookie })).status).toBe(409);

    // Adopting the second version supersedes the first in the same batch.
    const conceptPath = `/plannen/${conceptId}`;
    await addGoalVia(conceptPath, cookie, conceptId, { title: 'C' });
    expect((await adopt(conceptPath, conceptId)).status).toBe(303);
    expect((await versionRow(version.id)).status).toBe('superseded');
    expect((await versionRow(conceptId)).status).toBe('adopted');
  });

  it('an edit of an adopted plan: 409 saying it is frozen and where a change goes, the input kept, nothing written', async () => {
    const { version, path } = await freshConcept();
    const a = await addGoalVia(path, cookie, version.id, { title: 'Vast doel', description: 'Zoals vastgesteld' });
    expect((await adopt(path, version.id)).status).toBe(303);
    const adopted = await versionRow(version.id);
    const goalsBefore = await goalRows(version.id);
    const opened = String(adopted.version);
    const frozen = 'Deze versie is vastgesteld en ligt vast: er is niets opgeslagen. Een wijziging komt in een nieuwe conceptversie.';
    const expectFrozen = async (res: Response, typed: string[]) => {
      expect(res.status).toBe(409);
      const html = await res.text();
      expect(html).toContain(frozen);
      expect(html).not.toContain('Iemand anders heeft dit plan intussen gewijzigd');
      expect(html).toContain(`href="${path}#nieuw-concept-kop"`);
      expect(html).toContain('Naar het plan, om een nieuwe conceptversie te beginnen');
      for (const text of typed) expect(html).toContain(text);
      return html;
    };

    const goalEdit = await postForm(
      `${path}/doelen/${a}`,
      { version: opened, ...goalFields({ title: 'Vast doel', description: 'Mijn getypte wijziging' }) },
      { cookie },
    );
    const goalHtml = await expectFrozen(goalEdit, ['Mijn getypte wijziging']);
    // The form cannot be saved or moved here.
    expect(goalHtml).not.toMatch(/<button type="submit"[^>]*>Opslaan<\/button>/);
    expect(goalHtml).not.toContain(`action="${path}/doelen/${a}/verplaatsen"`);
    const versionEdit = await postForm(
      path,
      { version: opened, title: 'Mijn nieuwe titel', summary: 'Mijn samenvatting', periodStart: '2026', periodEnd: '2027' },
      { cookie },
    );
    const versionHtml = await expectFrozen(versionEdit, ['value="Mijn nieuwe titel"', 'Mijn samenvatting']);
    expect(versionHtml).not.toMatch(/<button type="submit"[^>]*>Opslaan<\/button>/);
    await expectFrozen(await postForm(`${path}/doelen`, { version: opened, ...goalFields({ title: 'Mijn nieuw doel' }) }, { cookie }), [
      'Mijn nieuw doel',
    ]);
    await expectFrozen(await postForm(`${path}/doelen/${a}/verplaatsen`, { version: opened, parent: '' }, { cookie }), []);
    await expectFrozen(await postForm(`${path}/doelen/${a}/verwijderen`, { version: opened }, { cookie }), []);
    await expectFrozen(await postForm(`${path}/doelen/${a}/omlaag`, { version: opened }, { cookie }), []); // a no-op there too

    const english = await postForm(
      `${path}/doelen/${a}`,
      { version: opened, ...goalFields({ title: 'Vast doel', description: 'My typed change' }) },
      { cookie: `${cookie}; taal=en` },
    );
    expect(english.status).toBe(409);
    const englishHtml = await english.text();
    expect(englishHtml).toContain('This version is adopted and frozen: nothing was saved. A change goes into a new draft version.');
    expect(englishHtml).toContain('To the plan, to start a new draft version');
    expect(englishHtml).toContain('My typed change');

    expect(await versionRow(version.id)).toEqual(adopted);
    expect(await goalRows(version.id)).toEqual(goalsBefore);
    for (const action of ['plan.goal.update', 'plan.version.update', 'plan.goal.move', 'plan.goal.remove', 'plan.goal.reorder'])
      expect(await auditRows(action, version.id)).toHaveLength(0);
    expect(await auditRows('plan.goal.add', version.id)).toHaveLength(1);

    // Once a concept is started, the way on is that concept.
    const next = await postForm(`${path}/nieuw-concept`, { version: opened }, { cookie });
    const conceptId = Number(/\/plannen\/(\d+)/.exec(next.headers.get('Location')!)![1]);
    const late = await postForm(
      `${path}/doelen/${a}`,
      { version: opened, ...goalFields({ title: 'Vast doel', description: 'Nog eens' }) },
      { cookie },
    );
    expect(late.status).toBe(409);
    const lateHtml = await late.text();
    expect(lateHtml).toContain(`href="/plannen/${conceptId}"`);
    expect(lateHtml).toContain('Naar de conceptversie van dit plan');
    expect(lateHtml).toContain('Nog eens');
  });

  it('refuses to adopt an empty concept', async () => {
    const { version, path } = await freshConcept();
    const res = await adopt(path, version.id);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Een plan zonder doelen kan niet worden vastgesteld.');
    expect((await versionRow(version.id)).status).toBe('concept');
  });
});

describe('the public version history', () => {
  it('lists the versions with status and adoption, and what changed between them', async () => {
    const { version, path, neighbourhood } = await freshConcept();
    const a = await addGoalVia(path, cookie, version.id, { title: 'Gezond leven' });
    await adopt(path, version.id);
    const next = await postForm(`${path}/nieuw-concept`, { version: await v(version.id) }, { cookie });
    const conceptId = Number(/\/plannen\/(\d+)/.exec(next.headers.get('Location')!)![1]);
    await postForm(`/plannen/${conceptId}/doelen/${a}`, { version: await v(conceptId), ...goalFields({ title: 'Gezonder leven' }) }, { cookie });
    await addGoalVia(`/plannen/${conceptId}`, cookie, conceptId, { title: 'Nieuw doel' });
    const res = await request(`/wijken/${neighbourhood.slug}/plan/versies`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Versie 1 · Vastgesteld');
    expect(html).toContain('Vastgesteld op 12 maart 2026 door Stuurgroep Veerkrachtige Wijken.');
    expect(html).toContain('Versie 2 · Concept');
    expect(html).toContain('Concept — nog niet vastgesteld');
    expect(html).toContain('titel was “Gezond leven”, wordt “Gezonder leven”');
    expect(html).toContain('Ambitie: Nieuw doel');
    expect(roundTrips(res)).toBeLessThanOrEqual(3);
    expect((await request('/wijken/bestaat-niet/plan/versies')).status).toBe(404);
  });
});

describe('reported progress', () => {
  it('reports status and progress on a leaf of an adopted plan, with its own version guard', async () => {
    const { version, path } = await freshConcept();
    const a = await addGoalVia(path, cookie, version.id, { title: 'A' });
    const b = await addGoalVia(path, cookie, version.id, { title: 'B', parent: String(a) });
    await adopt(path, version.id);
    const state = await goalState(b);
    const form = (over: Record<string, string> = {}) => ({
      version: String(state!.version),
      status: 'on-track',
      progress: '40',
      note: 'Loopt',
      ...over,
    });
    expect((await postForm(`${path}/doelen/${b}/voortgang`, form(), { cookie: partner })).status).toBe(403);
    const bad = await postForm(`${path}/doelen/${b}/voortgang`, form({ progress: '140' }), { cookie });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Vul de voortgang in als heel getal van 0 tot en met 100');
    const parent = await postForm(
      `${path}/doelen/${a}/voortgang`,
      { version: String((await goalState(a))!.version), status: 'under-way', progress: '50', note: '' },
      { cookie },
    );
    expect(parent.status).toBe(422);
    expect(await parent.text()).toContain('de voortgang telt op uit die subdoelen');
    expect((await postForm(`${path}/doelen/${b}/voortgang`, form(), { cookie })).status).toBe(303);
    expect(await goalState(b)).toMatchObject({ status: 'on-track', progress: 40, progressNote: 'Loopt', version: state!.version + 1 });
    const stale = await postForm(`${path}/doelen/${b}/voortgang`, form({ progress: '55', note: 'Mijn melding' }), { cookie });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Mijn melding');
    expect(html).toContain('Loopt');
    expect((await goalState(b))!.progress).toBe(40);
    expect(await auditRows('plan.goal.progress', b)).toHaveLength(1);
  });
});
