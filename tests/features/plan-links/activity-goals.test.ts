import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activityGoals, activityRevisions } from '../../../src/db/schema';
import { BUDGETS } from '../../budgets/budgets';
import { activityForm, db, ensureReferenceData, partnerWithOrganisation, postActivity, postForm, request, reviewer, roundTrips } from '../../helpers';
import { addConcept, makePlan } from './fixtures';

let nb: Record<string, number>;
let team: Awaited<ReturnType<typeof reviewer>>;
let pottenberg: Awaited<ReturnType<typeof makePlan>>;
let agenda: Awaited<ReturnType<typeof makePlan>>;
let nextVersionGoal: number;

const goalIdsOf = async (activityId: number) =>
  (await db().select().from(activityGoals).where(eq(activityGoals.activityId, activityId))).map((r) => r.goalId).sort((a, b) => a - b);

beforeAll(async () => {
  nb = await ensureReferenceData();
  team = await reviewer();
  pottenberg = await makePlan({
    title: 'Uitvoeringsplan Pottenberg',
    neighbourhoodId: nb.pottenberg!,
    goals: [
      { title: 'Ambitie Gezond Pottenberg', pillars: ['health'] },
      { title: 'Doel Meer ouderen bewegen', depth: 2, parent: 'Ambitie Gezond Pottenberg', pillars: ['health'] },
      { title: 'Doel Schulden eerder in beeld', pillars: ['livelihood'] },
    ],
  });
  // A concept next version: its new goal is not current while version 1 is the adopted one.
  const next = await addConcept(
    pottenberg.planId,
    2,
    'Uitvoeringsplan Pottenberg',
    [
      { title: 'Ambitie Gezond Pottenberg', pillars: ['health'] },
      { title: 'Doel Alleen in het concept', pillars: ['health'] },
    ],
    pottenberg.goalIds,
  );
  nextVersionGoal = next.goalIds['Doel Alleen in het concept']!;
  agenda = await makePlan({
    title: 'Strategische agenda',
    kind: 'strategic-agenda',
    adopted: false,
    periodStart: 2026,
    periodEnd: 2030,
    goals: [{ title: 'Agendadoel Gezond in heel de stad', pillars: ['health'] }],
  });
  await makePlan({
    title: 'Uitvoeringsplan Nazareth',
    neighbourhoodId: nb.nazareth!,
    goals: [{ title: 'Doel Nazareth gezond', pillars: ['health'] }],
  });
});

const goal = (title: string) => String(pottenberg.goalIds[title]);

describe('the goals the activity form offers', () => {
  it('offers the current versions’ goals of the chosen pillars and neighbourhoods, grouped by plan with their parent', async () => {
    const { cookie } = await partnerWithOrganisation();
    const res = await postForm(
      '/portaal/activiteiten/valideren',
      { ...activityForm(nb.pottenberg!, { pillars: ['health'] }), _veld: 'goals' },
      { cookie },
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('id="veld-goals-veld"');
    expect(html).toContain('Draagt bij aan doelen');
    expect(html).toContain('Uitvoeringsplan Pottenberg 2026–2027');
    expect(html).toMatch(/Doel: Doel Meer ouderen bewegen<span class="vw-meta"> \(onder: Ambitie Gezond Pottenberg\)/);
    expect(html).toContain('Ambitie: Ambitie Gezond Pottenberg');
    // The agenda has no adopted version yet: its concept is current, and says so.
    expect(html).toContain('Strategische agenda 2026–2030');
    expect(html).toContain('concept — nog niet vastgesteld');
    expect(html).toContain('Agendadoel Gezond in heel de stad');
    expect(html).not.toContain('Doel Schulden eerder in beeld'); // another pillar
    expect(html).not.toContain('Doel Nazareth gezond'); // another neighbourhood
    expect(html).not.toContain('Doel Alleen in het concept'); // not in the current (adopted) version
  });

  it('follows a change of pillars: another pillar offers other goals', async () => {
    const { cookie } = await partnerWithOrganisation();
    const res = await postForm(
      '/portaal/activiteiten/valideren',
      { ...activityForm(nb.pottenberg!, { pillars: ['livelihood'] }), _veld: 'goals' },
      { cookie },
    );
    const html = await res.text();
    expect(html).toContain('Doel Schulden eerder in beeld');
    expect(html).not.toContain('Doel Meer ouderen bewegen');
  });

  it('the full form carries the goals field and the htmx refresh around pillars and neighbourhoods, in two round trips', async () => {
    const { cookie } = await partnerWithOrganisation();
    const res = await request('/portaal/activiteiten/nieuw', { cookie });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(BUDGETS.loggedInPageRoundTrips);
    const html = await res.text();
    expect(html).toMatch(
      /<div class="vw-activity-form__goal-scope" hx-post="\/portaal\/activiteiten\/valideren" hx-trigger="change" hx-target="#veld-goals-veld"/,
    );
    expect(html).toContain('id="veld-goals-veld"');
  });
});

describe('storing the chosen goals', () => {
  it('stores them with a new draft, and replaces them when the draft is edited and submitted', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!, { overrides: { goals: [goal('Doel Meer ouderen bewegen')] } });
    expect(await goalIdsOf(id)).toEqual([pottenberg.goalIds['Doel Meer ouderen bewegen']]);

    const edit = await postForm(
      `/portaal/activiteiten/${id}`,
      {
        ...activityForm(nb.pottenberg!, {
          pillars: ['health', 'livelihood'],
          goals: [goal('Doel Schulden eerder in beeld'), goal('Ambitie Gezond Pottenberg')],
        }),
        versie: '1',
        wijziging: '',
        wijzigingVersie: '',
        actie: 'indienen',
      },
      { cookie },
    );
    expect(edit.status).toBe(303);
    expect(await goalIdsOf(id)).toEqual(
      [pottenberg.goalIds['Ambitie Gezond Pottenberg'], pottenberg.goalIds['Doel Schulden eerder in beeld']].sort((a, b) => a! - b!),
    );
    // The form opens with them ticked.
    const form = await (await request(`/portaal/activiteiten/${id}/bewerken`, { cookie })).text();
    expect(form).toMatch(new RegExp(`value="${goal('Doel Schulden eerder in beeld')}" checked`));
  });

  it('refuses a goal outside the pillars and neighbourhoods, at the field, keeping everything typed; nothing stored', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const res = await postForm(
      '/portaal/activiteiten',
      {
        ...activityForm(nb.pottenberg!, { title: 'Beweegochtend met fout doel', goals: [goal('Doel Schulden eerder in beeld')] }),
        organisationId: String(organisation.id),
        actie: 'opslaan',
      },
      { cookie },
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Een gekozen doel hoort niet bij de gekozen pijlers en wijken.');
    expect(html).toContain('(past niet bij de gekozen pijlers en wijken)');
    expect(html).toMatch(new RegExp(`value="${goal('Doel Schulden eerder in beeld')}" checked`));
    expect(html).toContain('value="Beweegochtend met fout doel"');
    expect(html).toContain('href="#veld-goals"');

    const nazareth = await postForm(
      '/portaal/activiteiten',
      { ...activityForm(nb.nazareth!, { goals: [goal('Doel Meer ouderen bewegen')] }), organisationId: String(organisation.id), actie: 'opslaan' },
      { cookie },
    );
    expect(nazareth.status).toBe(422);
    expect(await nazareth.text()).toContain('Een gekozen doel hoort niet bij de gekozen pijlers en wijken.');

    const unknown = await postForm(
      '/portaal/activiteiten',
      { ...activityForm(nb.pottenberg!, { goals: [String(nextVersionGoal)] }), organisationId: String(organisation.id), actie: 'opslaan' },
      { cookie },
    );
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain('Kies alleen doelen uit de lijst.');
  });
});

describe('goals in review, revisions and on the public page', () => {
  it('the programme team sees the goals of a new activity; after approval the public page shows "Draagt bij aan"', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!, {
      submit: true,
      overrides: { goals: [goal('Doel Meer ouderen bewegen')] },
    });
    const review = await (await request(`/beoordelen/activiteiten/${id}`, { cookie: team.cookie })).text();
    expect(review).toContain('Draagt bij aan');
    expect(review).toContain('Doel Meer ouderen bewegen');

    expect(
      (await postForm(`/beoordelen/activiteiten/${id}`, { besluit: 'goedkeuren', opmerking: '', versie: '1' }, { cookie: team.cookie })).status,
    ).toBe(303);
    const page = await request(`/activiteiten/${id}`);
    expect(page.status).toBe(200);
    expect(roundTrips(page)).toBe(BUDGETS.publicPageRoundTrips);
    const html = await page.text();
    expect(html).toContain('<h2 class="utrecht-heading-2" id="activiteit-doelen">Draagt bij aan</h2>');
    expect(html).toContain(
      `Uitvoeringsplan Pottenberg 2026–2027 · Doel: <a class="utrecht-link" href="/programma/doelen/${goal('Doel Meer ouderen bewegen')}">Doel Meer ouderen bewegen</a>`,
    );
  });

  it('a revision proposes goals, the comparison shows was/wordt, and approval applies them', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!, {
      submit: true,
      overrides: { goals: [goal('Doel Meer ouderen bewegen')] },
    });
    expect(
      (await postForm(`/beoordelen/activiteiten/${id}`, { besluit: 'goedkeuren', opmerking: '', versie: '1' }, { cookie: team.cookie })).status,
    ).toBe(303);

    const edit = await postForm(
      `/portaal/activiteiten/${id}`,
      {
        ...activityForm(nb.pottenberg!, { goals: [goal('Ambitie Gezond Pottenberg'), String(agenda.goalIds['Agendadoel Gezond in heel de stad'])] }),
        versie: '2',
        wijziging: '',
        wijzigingVersie: '',
        actie: 'indienen',
      },
      { cookie },
    );
    expect(edit.status).toBe(303);
    const [revision] = await db().select().from(activityRevisions).where(eq(activityRevisions.activityId, id));
    expect(JSON.parse(revision!.data).goalIds).toEqual(
      [pottenberg.goalIds['Ambitie Gezond Pottenberg'], agenda.goalIds['Agendadoel Gezond in heel de stad']].sort((a, b) => a! - b!),
    );
    // Live links unchanged until approval.
    expect(await goalIdsOf(id)).toEqual([pottenberg.goalIds['Doel Meer ouderen bewegen']]);

    const page = await request(`/beoordelen/wijzigingen/${revision!.id}`, { cookie: team.cookie });
    expect(roundTrips(page)).toBeLessThanOrEqual(BUDGETS.loggedInPageRoundTrips);
    const html = await page.text();
    expect(html).toMatch(
      /<tr class="utrecht-table__row vw-comparison__changed"><th[^>]*>Draagt bij aan doelen<br\/><span class="vw-tag vw-tag--changed">gewijzigd<\/span><\/th><td[^>]*>Uitvoeringsplan Pottenberg 2026–2027 · Doel: Doel Meer ouderen bewegen<\/td><td[^>]*>[^<]*Ambitie: Ambitie Gezond Pottenberg[^<]*<\/td>/,
    );
    expect(html).toContain('Strategische agenda 2026–2030 · Ambitie: Agendadoel Gezond in heel de stad');

    const approve = await postForm(
      `/beoordelen/wijzigingen/${revision!.id}`,
      { besluit: 'goedkeuren', opmerking: '', versie: String(revision!.version) },
      { cookie: team.cookie },
    );
    expect(approve.status).toBe(303);
    expect(await goalIdsOf(id)).toEqual(
      [pottenberg.goalIds['Ambitie Gezond Pottenberg'], agenda.goalIds['Agendadoel Gezond in heel de stad']].sort((a, b) => a! - b!),
    );
  });

  it('shows nothing when the activity serves no goal, and never a goal that is not in a current plan version', async () => {
    const { organisation, cookie } = await partnerWithOrganisation();
    const id = await postActivity(cookie, organisation.id, nb.pottenberg!, { submit: true });
    expect(
      (await postForm(`/beoordelen/activiteiten/${id}`, { besluit: 'goedkeuren', opmerking: '', versie: '1' }, { cookie: team.cookie })).status,
    ).toBe(303);
    // Its only link is to a goal in the concept version alone (as after a goal was dropped from the adopted one).
    await db().insert(activityGoals).values({ activityId: id, goalId: nextVersionGoal });
    const page = await request(`/activiteiten/${id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain('Draagt bij aan');
    expect(html).not.toContain('Doel Alleen in het concept');
  });
});
