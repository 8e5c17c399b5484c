import { neighbourhoods } from '../../../src/db/schema';
import { db, postForm, reviewer } from '../../helpers';
import { addGoalVia, freshConcept, goalFields, goalState, versionRow } from '../../features/plan-editing/support';
import { post, type RouteCase, unique } from './case';

/** A fresh concept with one ambition and one goal under it, and a programme-team cookie. */
async function conceptWithGoals() {
  const { cookie } = await reviewer();
  const concept = await freshConcept();
  const ambition = await addGoalVia(concept.path, cookie, concept.version.id, { title: 'Gezond samenleven' });
  const goal = await addGoalVia(concept.path, cookie, concept.version.id, { title: 'Minder eenzaamheid', parent: String(ambition) });
  const second = await addGoalVia(concept.path, cookie, concept.version.id, { title: 'Meer bewegen', parent: String(ambition) });
  const v = String((await versionRow(concept.version.id)).version);
  return { ...concept, cookie, ambition, goal, second, v };
}

export const PLAN_CASES: RouteCase[] = [
  {
    route: 'POST /plannen',
    prepare: async () => {
      const slug = `planwijk-${unique()}`;
      const [nb] = await db()
        .insert(neighbourhoods)
        .values({ slug, name: `Planwijk ${slug}`, descriptionNl: '', descriptionEn: '' })
        .returning();
      return post(
        '/plannen',
        {
          kind: 'execution-plan',
          neighbourhood: String(nb!.id),
          title: `Uitvoeringsplan ${slug}`,
          summary: '',
          periodStart: '2026',
          periodEnd: '2027',
        },
        (await reviewer()).cookie,
      );
    },
  },
  {
    route: 'POST /plannen/:versionId{[0-9]+}',
    prepare: async () => {
      const c = await conceptWithGoals();
      return post(c.path, { version: c.v, title: 'Nieuwe titel', summary: 'Kort', periodStart: '2026', periodEnd: '2027' }, c.cookie);
    },
  },
  {
    route: 'POST /plannen/:versionId{[0-9]+}/vaststellen',
    every: true,
    prepare: async () => {
      const c = await conceptWithGoals();
      return post(`${c.path}/vaststellen`, { version: c.v, adoptedOn: '2026-03-12', adoptedBy: 'Stuurgroep Veerkrachtige Wijken' }, c.cookie);
    },
  },
  {
    route: 'POST /plannen/:versionId{[0-9]+}/nieuw-concept',
    every: true,
    prepare: async () => {
      const c = await conceptWithGoals();
      const adopt = await postForm(`${c.path}/vaststellen`, { version: c.v, adoptedOn: '2026-03-12', adoptedBy: 'Stuurgroep' }, { cookie: c.cookie });
      if (adopt.status !== 303) throw new Error(`adopting answered ${adopt.status}`);
      return post(`${c.path}/nieuw-concept`, { version: String((await versionRow(c.version.id)).version) }, c.cookie);
    },
  },
  {
    route: 'POST /plannen/:versionId{[0-9]+}/doelen',
    every: true,
    prepare: async () => {
      const c = await conceptWithGoals();
      return post(`${c.path}/doelen`, { version: c.v, ...goalFields({ title: 'Nieuw doel', parent: String(c.ambition) }) }, c.cookie);
    },
  },
  {
    route: 'POST /plannen/:versionId{[0-9]+}/doelen/:goalId{[0-9]+}',
    prepare: async () => {
      const c = await conceptWithGoals();
      return post(
        `${c.path}/doelen/${c.goal}`,
        { version: c.v, ...goalFields({ title: 'Veel minder eenzaamheid', parent: String(c.ambition) }) },
        c.cookie,
      );
    },
  },
  {
    route: 'POST /plannen/:versionId{[0-9]+}/doelen/:goalId{[0-9]+}/verplaatsen',
    prepare: async () => {
      const c = await conceptWithGoals();
      return post(`${c.path}/doelen/${c.second}/verplaatsen`, { version: c.v, parent: '' }, c.cookie);
    },
  },
  {
    route: 'POST /plannen/:versionId{[0-9]+}/doelen/:goalId{[0-9]+}/omhoog',
    prepare: async () => {
      const c = await conceptWithGoals();
      return post(`${c.path}/doelen/${c.second}/omhoog`, { version: c.v }, c.cookie);
    },
  },
  {
    route: 'POST /plannen/:versionId{[0-9]+}/doelen/:goalId{[0-9]+}/omlaag',
    prepare: async () => {
      const c = await conceptWithGoals();
      return post(`${c.path}/doelen/${c.goal}/omlaag`, { version: c.v }, c.cookie);
    },
  },
  {
    route: 'POST /plannen/:versionId{[0-9]+}/doelen/:goalId{[0-9]+}/verwijderen',
    prepare: async () => {
      const c = await conceptWithGoals();
      return post(`${c.path}/doelen/${c.second}/verwijderen`, { version: c.v }, c.cookie);
    },
  },
  {
    route: 'POST /plannen/:versionId{[0-9]+}/doelen/:goalId{[0-9]+}/voortgang',
    prepare: async () => {
      const c = await conceptWithGoals();
      return post(
        `${c.path}/doelen/${c.goal}/voortgang`,
        { version: String((await goalState(c.goal))!.version), status: 'under-way', progress: '40', note: 'Eerste bijeenkomsten gehouden.' },
        c.cookie,
      );
    },
  },
  {
    route: 'POST /plannen/:versionId{[0-9]+}/import/bevestigen',
    every: true,
    prepare: async () => {
      const c = await conceptWithGoals();
      const csv =
        'referentie;bovenliggend;niveau;titel;beschrijving;pijlers;wijken;partners;indicator;nulmeting;nulwaarde;streefwaarden;gewicht;agendadoel\r\nA1;;ambitie;Werk voor iedereen;;livelihood;;;;;;;;\r\n';
      return post(`${c.path}/import/bevestigen`, { version: c.v, csv }, c.cookie);
    },
  },
];
